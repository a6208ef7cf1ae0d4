// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
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
};

} // namespace recado::sync
