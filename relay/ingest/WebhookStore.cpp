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

bool WebhookStore::storeAll(const QList<ReceivedWebhook> &batch, StoredBatch *out)
{
    Transaction tx(m_db); // on PostgreSQL, begin() reconnects once if the server restarted
    if (!tx.isActive())
        return false;
    WebhookApplier applier(m_db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const ReceivedWebhook &w : batch) {
        Statement &log = m_db.prepared(kLogInsert);
        log.addBindValue(now);
        log.addBindValue(w.isWhatsApp ? QStringLiteral("ok") : QStringLiteral("not_whatsapp"));
        log.addBindValue(notNull(w.parseError));
        log.addBindUtf8(w.body);
        if (!execOrError(log))
            return false;
        if (w.isWhatsApp && !applier.apply(w.hook, &out->events, &out->inboundMessageIds))
            return false;
    }
    out->queuedOutbound = applier.queuedOutbound();
    return tx.commit();
}

StoredBatch WebhookStore::store(const QList<ReceivedWebhook> &batch)
{
    StoredBatch out;
    out.stored.fill(true, batch.size());
    if (storeAll(batch, &out))
        return out;
    out = {};
    out.stored.fill(false, batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i) {
        StoredBatch one;
        if (storeAll({batch[i]}, &one)) {
            out.stored[i] = true;
            out.events += one.events;
            out.inboundMessageIds += one.inboundMessageIds;
            out.queuedOutbound = out.queuedOutbound || one.queuedOutbound;
        } else {
            qCWarning(lcWebhookStore)
                << "webhook could not be stored; Meta will redeliver:" << m_db.lastError();
        }
    }
    return out;
}

} // namespace recado::relay
