// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/metasim/Config.h"
#include "tools/metasim/MediaStore.h"

#include <QJsonObject>
#include <QString>

namespace recado::metasim {

//! Turns a short description of what a customer does into the message object Meta puts in a
//! webhook, creating (and storing) media bytes when the message carries media.
//!
//! The description is `{"type": kind, ...}` with either Meta's own kind object
//! (`"text": {"body": "hola"}`) or flat fields: body, caption, filename, mime_type, voice,
//! animated, latitude/longitude/location_name/address, formatted_name/phone, payload/text,
//! id/title/ description (replies), message_id/emoji (reaction), new_wa_id (system),
//! unsupported_type. A flat `name` is the customer's profile name
//! (MetaSimulator::sendCustomerMessage). Any kind may add `context` (object), `reply_to` (a wamid),
//! `forwarded` / `frequently_forwarded` (bool) and `referral` (object, or true for a sample ad).
class InboundFactory
{
public:
    InboundFactory(MediaStore &media, const Config &config);

    //! Builds the message from customer `waId`. Returns false with `error` for an unknown kind
    //! or missing required fields.
    bool build(const QString &waId, const QJsonObject &spec, QJsonObject *message,
               QString *error) const;

    //! A fresh message id shaped like Meta's (`wamid.` + base64).
    static QString newWamid(const QString &waId);
    //! Meta's webhook sha256 for media: base64 of the SHA-256 digest.
    static QString webhookSha256(const QByteArray &digest);

private:
    QJsonObject mediaObject(const QString &kind, const QJsonObject &spec, QString *error) const;

    MediaStore &m_media;
    const Config &m_config;
};

} // namespace recado::metasim
