// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Event.h"
#include "core/domain/Message.h"

#include <QList>

namespace recado::relay {

class Database;

//! What an inbound message of some kinds changes beyond its own row, applied by the webhook
//! ingest inside its transaction:
//! - media kinds: the message starts with `media.status = pending` and a download is queued
//!   (MediaFetcher fetches it after commit);
//! - `system` / user_changed_number: the contact's wa_id and phone move to the new number, so
//!   replies go there and the conversation shows it;
//! - `reaction`: the reacted-to message shows the customer's current emoji (Reactions).
class InboundKinds
{
public:
    //! Webhook media ids live 7 days at Meta; after that a download can never succeed.
    static constexpr qint64 kMediaLifetimeMs = 7LL * 24 * 3600 * 1000;

    //! Right after the message row is inserted (m->id set), before its message.new event is
    //! built: fills `m->media` and stores it, queues the download, applies a number change.
    static bool afterInsert(Database &db, qint64 contactId, domain::Message *m);
    //! After the message.new event: reactions on their target (message.updated).
    static bool afterEvent(Database &db, const domain::Message &m, QList<domain::Event> *events);
};

} // namespace recado::relay
