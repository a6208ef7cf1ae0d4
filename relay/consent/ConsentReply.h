// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Event.h"
#include "core/domain/Message.h"
#include "core/whatsapp/consent/ConsentRecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace recado::relay {

class Database;

//! Queues the confirmation a customer gets after an opt-out or opt-in: a free-form text in their
//! language, through the normal outbox, so it is retried, shown in the thread and its delivery
//! tracked like any other message. Free-form text needs the 24-hour window: it is open when the
//! customer has just written (keywords); after an agent's action it may not be, and then
//! nothing is sent.
class ConsentReply
{
public:
    enum class Outcome { Queued, WindowClosed, AlreadyQueued, Failed };

    //! Inside the caller's transaction. `clientId` makes it idempotent (a second call with the
    //! same id queues nothing). Appends `message.new` to `events` and sets `*queued`.
    static Outcome queue(Database &db, qint64 conversationId, whatsapp::ConsentAction action,
                         const QString &language, const QString &clientId, const QString &author,
                         QList<domain::Event> *events,
                         std::optional<domain::Message> *queued = nullptr);

    //! The author shown on automatic confirmations.
    static QString systemAuthor() { return QStringLiteral("recado"); }
};

} // namespace recado::relay
