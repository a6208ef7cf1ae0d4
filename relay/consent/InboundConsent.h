// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Conversation.h"
#include "core/domain/Event.h"
#include "core/domain/Message.h"

#include <QList>

namespace recado::relay {

class Database;

//! What a new customer message means for consent, applied inside the ingest transaction so the
//! message, the ledger entry and the confirmation commit together (a redelivered webhook is
//! skipped before it gets here, so nothing is recorded twice):
//! - an opt-out or opt-in keyword or phrase (ConsentKeywords: STOP, BAJA, SAIR, START...) is
//!   recorded with the keyword and answered with a confirmation through the outbox;
//! - an ambiguous word ("cancelar", "sí") records nothing and emits `consent.review` so an
//!   agent can confirm what the customer meant;
//! - the customer's first message is recorded as an opt-in (source customer_message), and so is
//!   writing again after an opt-out.
class InboundConsent
{
public:
    //! Returns false on a storage error (the ingest rolls back and Meta redelivers).
    //! `conversation` is the inbound message's, as stored with it. `*queuedReply` is set when a
    //! confirmation to the customer was queued in the outbox (the caller wakes the outbox).
    static bool apply(Database &db, const domain::Conversation &conversation,
                      const domain::Message &inbound, QList<domain::Event> *events,
                      bool *queuedReply = nullptr);
    //! The same, loading the conversation.
    static bool apply(Database &db, const domain::Message &inbound, QList<domain::Event> *events);
};

} // namespace recado::relay
