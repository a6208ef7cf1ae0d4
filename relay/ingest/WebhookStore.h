// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Event.h"
#include "core/whatsapp/WebhookParser.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace recado::relay {

class Database;
class WebhookApplier;

//! A webhook whose signature checked out and whose body is a JSON object, already parsed (on
//! the relay's thread, which has time to spare, so the writer only writes).
struct ReceivedWebhook
{
    QByteArray body;
    bool isWhatsApp = false; //!< a WhatsApp envelope; otherwise only logged, as `parseError`
    whatsapp::ParsedWebhook hook;
    QString parseError;
};

//! What storing a batch did: which webhooks are durable, and what their commit produced.
struct StoredBatch
{
    QList<bool> stored; //!< per webhook, in order: committed (acknowledge with 200)
    QList<domain::Event> events;
    QList<qint64> inboundMessageIds; //!< new customer messages (drafting, media downloads)
    bool queuedOutbound = false;     //!< a message to send was queued (a consent confirmation)
};

//! Writes webhooks to the database: the raw body to webhook_log and its messages, statuses and
//! account updates to the conversation store, in one durable transaction per batch. A batch
//! that fails is stored again with each webhook in a savepoint, so one poisoned payload cannot
//! fail its neighbours. Runs on the thread that owns `db`.
class WebhookStore
{
public:
    explicit WebhookStore(Database &db)
        : m_db(db)
    {}

    StoredBatch store(const QList<ReceivedWebhook> &batch);
    //! Keeps a refused body for the operator (invalid JSON); best effort.
    void keepRejected(const QByteArray &body, const QString &outcome, const QString &error);

private:
    bool storeAll(const QList<ReceivedWebhook> &batch, StoredBatch *out);
    StoredBatch storeEach(const QList<ReceivedWebhook> &batch);
    //! The webhook's log row and what it carries, into the open transaction.
    bool append(const ReceivedWebhook &w, qint64 now, WebhookApplier &applier, StoredBatch *out);

    Database &m_db;
};

} // namespace recado::relay
