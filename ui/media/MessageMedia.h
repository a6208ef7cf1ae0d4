// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Message.h"

#include <QJsonObject>
#include <QString>

namespace recado::ui {

//! Reads the parts of a message the thread shows, whichever way they were stored: inbound
//! messages keep Meta's whole object (`content[kind]`, `context`, `referral`, ...), outbound
//! ones what the agent sent (`content[kind]`); `media` is the relay's copy of the file.
class MessageMedia
{
public:
    //! image, video, audio, document or sticker.
    static bool isMediaKind(const QString &kind);
    //! Image-like: shown as a thumbnail (image, sticker).
    static bool isPicture(const QString &kind);
    //! `content[kind]` (e.g. the image object with caption, mime_type, filename).
    static QJsonObject kindObject(const domain::Message &m);
    //! "pending", "ready", "failed", "local" (an attachment not uploaded yet) or empty.
    static QString status(const domain::Message &m);
    static QString mimeType(const domain::Message &m);
    static QString filename(const domain::Message &m);
    static qint64 size(const domain::Message &m);
    static QString error(const domain::Message &m);
    //! Where a downloaded copy is named: the content digest when known (the same file sent twice
    //! is stored once), else the message id.
    static QString cacheName(const domain::Message &m);
    //! A voice note (audio recorded in WhatsApp) rather than an audio file.
    static bool isVoice(const domain::Message &m);
};

} // namespace recado::ui
