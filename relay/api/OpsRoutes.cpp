// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/api/ApiContext.h"
#include "relay/http/Router.h"
#include "relay/hub/EventHub.h"
#include "relay/ingest/WebhookIngestor.h"
#include "relay/outbox/OutboxWorker.h"
#include "relay/store/ConversationStore.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"
#include "relay/store/OutboxStore.h"
#include "relay/store/WriteGroup.h"

#include <QJsonArray>

namespace recado::relay {

void registerOpsRoutes(Router &router, ApiContext &ctx)
{
    router.add(
        QStringLiteral("GET"), QStringLiteral("/healthz"), [&ctx](const HttpExchangePtr &ex) {
            const bool dbOk = ctx.db.exec(QStringLiteral("SELECT 1"));
            QJsonArray alerts;
            if (!ctx.outbox.alert().isEmpty())
                alerts.append(QJsonObject{{QStringLiteral("code"), ctx.outbox.alert()},
                                          {QStringLiteral("message"), ctx.outbox.alertMessage()}});
            if (!dbOk)
                alerts.append(QJsonObject{
                    {QStringLiteral("code"), QStringLiteral("database_unreachable")},
                    {QStringLiteral("message"), QStringLiteral("the database does not answer")}});
            ex->replyJson(
                dbOk ? 200 : 503,
                QJsonObject{{QStringLiteral("status"),
                             alerts.isEmpty() ? QStringLiteral("ok") : QStringLiteral("degraded")},
                            {QStringLiteral("alerts"), alerts}});
        });

    router.add(
        QStringLiteral("GET"), QStringLiteral("/metrics"), [&ctx](const HttpExchangePtr &ex) {
            QByteArray out;
            const MetricSink metric = [&out](const char *name, const char *type, const char *help,
                                             qint64 value) {
                out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type +
                       '\n' + name + ' ' + QByteArray::number(value) + '\n';
            };
            metric("recado_webhooks_accepted_total", "counter", "Webhooks stored and acknowledged.",
                   ctx.ingest.acceptedCount());
            metric("recado_webhooks_rejected_total", "counter",
                   "Webhooks refused (signature, JSON).", ctx.ingest.rejectedCount());
            metric("recado_ingest_max_batch", "gauge", "Largest group commit so far.",
                   ctx.ingest.maxBatchSize());
            metric("recado_ingest_batches_total", "counter",
                   "Group commits of webhooks (accepted / batches = webhooks per commit).",
                   ctx.ingest.batchCount());
            metric("recado_ingest_early_batches_total", "counter",
                   "Group commits started by a request that found the writer done.",
                   ctx.ingest.earlyBatchCount());
            metric("recado_outbox_sent_total", "counter", "Messages accepted by the Graph API.",
                   ctx.outbox.sentCount());
            metric("recado_outbox_failed_total", "counter", "Messages failed permanently.",
                   ctx.outbox.failedCount());
            metric("recado_outbox_retries_total", "counter", "Transient send failures retried.",
                   ctx.outbox.retriedCount());
            metric("recado_outbox_pending", "gauge", "Messages waiting in the outbox.",
                   OutboxStore(ctx.db).pendingCount());
            metric("recado_outbox_in_flight", "gauge", "Graph API calls in flight.",
                   ctx.outbox.inFlight());
            metric("recado_stream_clients", "gauge", "Connected WebSocket clients.",
                   ctx.hub.clientCount());
            metric("recado_event_last_seq", "gauge", "Newest event sequence number.",
                   EventLog(ctx.db).lastSeq());
            metric("recado_conversations", "gauge", "Conversations stored.",
                   ConversationStore(ctx.db).totalCount());
            metric("recado_alert_token_expired", "gauge",
                   "1 while the Graph access token is refused.",
                   ctx.outbox.alert() == QLatin1String("token_expired") ? 1 : 0);
            metric("recado_write_groups_total", "counter",
                   "Transactions that committed agents' writes read in one event-loop turn "
                   "(sends, conversation changes, draft decisions).",
                   ctx.writes->groupCount());
            metric("recado_grouped_writes_total", "counter",
                   "Agents' writes committed in those transactions.", ctx.writes->writeCount());
            for (const auto &source : ctx.metricSources)
                source(metric);
            ex->reply(200, "text/plain; version=0.0.4", out);
        });
}

} // namespace recado::relay
