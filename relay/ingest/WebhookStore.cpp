// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/ingest/WebhookStore.h"

#include "relay/ingest/WebhookApplier.h"
#include "relay/store/Database.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWebhookStore, "recado.relay.ingest.store")

namespace recado::relay {

namespace {
const QString kLogInsert = QStringLiteral(
    "INSERT INTO webhook_log (received_at, outcome, error, body) VALUES (?, ?, ?, ?)");
}

void WebhookStore::keepRejected(const QByteArray &body, const QString &outcome,
                                const QString &error)
{
    Statement &q = m_db.prepared(kLogInsert);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(outcome);
    q.addBindValue(notNull(error));
    q.addBindUtf8(body);
    execOrError(q);
}

bool WebhookStore::append(const ReceivedWebhook &w, qint64 now, WebhookApplier &applier,
                          StoredBatch *out)
{
    Statement &log = m_db.prepared(kLogInsert);
    log.addBindValue(now);
    log.addBindValue(w.isWhatsApp ? QStringLiteral("ok") : QStringLiteral("not_whatsapp"));
    log.addBindValue(notNull(w.parseError));
    log.addBindUtf8(w.body);
    return execOrError(log) &&
           (!w.isWhatsApp || applier.apply(w.hook, &out->events, &out->inboundMessageIds));
}

bool WebhookStore::storeAll(const QList<ReceivedWebhook> &batch, StoredBatch *out)
{
    Transaction tx(m_db); // on PostgreSQL, begin() reconnects once if the server restarted
    if (!tx.isActive())
        return false;
    WebhookApplier applier(m_db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const ReceivedWebhook &w : batch) {
        if (!append(w, now, applier, out))
            return false;
    }
    out->queuedOutbound = applier.queuedOutbound();
    return tx.commit();
}

StoredBatch WebhookStore::storeEach(const QList<ReceivedWebhook> &batch)
{
    StoredBatch out;
    out.stored.fill(false, batch.size());
    Transaction tx(m_db);
    if (!tx.isActive()) {
        qCWarning(lcWebhookStore) << "webhooks could not be stored; Meta will redeliver them:"
                                  << m_db.lastError();
        return out;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = 0; i < batch.size(); ++i) {
        WebhookApplier applier(m_db);
        StoredBatch one;
        if (!m_db.inSavepoint([&] { return append(batch[i], now, applier, &one); })) {
            // The statement's error is logged where it failed.
            qCWarning(lcWebhookStore) << "webhook could not be stored; Meta will redeliver it";
            continue;
        }
        out.stored[i] = true;
        out.events += one.events;
        out.inboundMessageIds += one.inboundMessageIds;
        out.queuedOutbound = out.queuedOutbound || applier.queuedOutbound();
    }
    if (tx.commit())
        return out;
    qCWarning(lcWebhookStore) << "webhooks could not be stored; Meta will redeliver them:"
                              << m_db.lastError();
    StoredBatch none;
    none.stored.fill(false, batch.size());
    return none;
}

StoredBatch WebhookStore::store(const QList<ReceivedWebhook> &batch)
{
    StoredBatch out;
    out.stored.fill(true, batch.size());
    if (storeAll(batch, &out))
        return out;
    // Stored again in one transaction, each webhook in a savepoint of its own: a payload that
    // cannot be stored is rolled back alone (and redelivered by Meta), its neighbours are
    // committed with one flush instead of one each. The first pass has no savepoints: they
    // would cost every batch two statements per webhook for a failure that is rare.
    return storeEach(batch);
}

} // namespace recado::relay
