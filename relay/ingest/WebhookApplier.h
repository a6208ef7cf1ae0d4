// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Event.h"
#include "core/whatsapp/WebhookParser.h"

#include <QList>

namespace recado::relay {

class Database;

//! Applies one parsed webhook to the store inside the caller's transaction and returns the
//! events it produced. Idempotent: a redelivered message is skipped, a stale status ignored.
class WebhookApplier
{
public:
    explicit WebhookApplier(Database &db)
        : m_db(db)
    {}

    //! Returns false on a storage error (the caller rolls back and answers non-200, so Meta
    //! redelivers). Produced events are appended to `events`; the ids of new inbound messages
    //! to `newInbound`.
    bool apply(const whatsapp::ParsedWebhook &hook, QList<domain::Event> *events,
               QList<qint64> *newInbound);

    //! Applies a status to a message we know by wamid, or parks it until we do. Shared with the
    //! outbox, which applies parked statuses once Meta's send response gives the wamid.
    bool applyStatus(const whatsapp::StatusUpdate &status, QList<domain::Event> *events);

    //! Whether anything applied so far queued a message in the outbox (a consent confirmation).
    bool queuedOutbound() const { return m_queuedOutbound; }

private:
    bool applyMessage(const whatsapp::InboundMessage &in, QList<domain::Event> *events,
                      QList<qint64> *newInbound);
    Database &m_db;
    bool m_queuedOutbound = false;
};

} // namespace recado::relay
