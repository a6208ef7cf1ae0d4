// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Parses Meta's webhook envelope: object / entry[] / changes[] / {field, value}. Every message,
// status, error and non-message change is reported; nothing in the envelope is dropped.

#include "core/domain/Message.h"

#include <QJsonObject>
#include <QList>

namespace recado::whatsapp {

struct InboundMessage
{
    QString phoneNumberId; //!< our business number that received it
    QString waId;          //!< customer's WhatsApp id (may be empty for BSUID-only users)
    QString userId;        //!< business-scoped user id
    QString profileName;
    domain::Message message; //!< kind, text summary, content (the raw message object), context
};

struct StatusUpdate
{
    QString wamid;
    QString recipientId;
    domain::DeliveryStatus status = domain::DeliveryStatus::Pending;
    QString rawStatus; //!< as sent, e.g. "played" is mapped to Read
    QDateTime timestamp;
    int errorCode = 0;
    QString errorTitle;
    QString errorDetails;
};

struct ChangeError
{
    int code = 0;
    QString title;
    QString message;
    QString details;
};

//! A change whose field is not `messages` (template status, account or quality updates...).
struct OtherChange
{
    QString field;
    QJsonObject value;
};

struct ParsedWebhook
{
    QList<InboundMessage> messages;
    QList<StatusUpdate> statuses;
    QList<ChangeError> errors;
    QList<OtherChange> others;
};

//! Returns false with `error` set when the body is not a WhatsApp webhook envelope.
bool parseWebhook(const QJsonObject &envelope, ParsedWebhook *out, QString *error);

//! A one-line readable summary of a message for previews and notifications.
QString summarize(const QString &kind, const QJsonObject &content);

} // namespace recado::whatsapp
