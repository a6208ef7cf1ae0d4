// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace recado::sync {

//! One message waiting to be handed to the relay. `clientId` is generated once, when the user
//! presses Enter, and reused by every attempt, so the relay (idempotent on client_id) can never
//! send it twice.
struct OutboxEntry
{
    enum class State { Pending, Failed };

    QString clientId;
    qint64 conversationId = 0;
    QString text;
    QString replyTo;
    QDateTime createdAt;
    int attempts = 0;
    State state = State::Pending;
    QString error;
    //! Any kind besides text: `content` is what goes to the relay as `content` (for media its
    //! `content[kind].upload_id` is filled in once the attachment is uploaded).
    QString kind = QStringLiteral("text");
    QJsonObject content;
    //! A file to upload before sending: the outbox's own copy (so the send survives the user
    //! moving or deleting the original), its MIME type and the name the customer sees.
    QString attachmentPath;
    QString attachmentMime;
    QString attachmentName;
};

} // namespace recado::sync
