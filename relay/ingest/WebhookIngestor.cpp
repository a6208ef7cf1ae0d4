// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/ingest/WebhookIngestor.h"

#include "core/whatsapp/WebhookParser.h"
#include "core/whatsapp/WebhookSignature.h"
#include "relay/RelayConfig.h"
#include "relay/ingest/WebhookApplier.h"
#include "relay/store/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcIngest, "recado.relay.ingest")

namespace recado::relay {

WebhookIngestor::WebhookIngestor(Database &db, const RelayConfig &config, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_config(config)
{
    // Zero-interval single shot: runs once the event loop has read every request already
    // waiting on the sockets, so all of them share one commit.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &WebhookIngestor::flush);
}

void WebhookIngestor::handleVerify(const HttpExchangePtr &ex)
{
    const QString mode = ex->queryValue(QStringLiteral("hub.mode"));
    const QByteArray token = ex->queryValue(QStringLiteral("hub.verify_token")).toUtf8();
    if (mode == QLatin1String("subscribe") &&
        whatsapp::constantTimeEquals(token, m_config.verifyToken)) {
        ex->reply(200, "text/plain", ex->queryValue(QStringLiteral("hub.challenge")).toUtf8());
        return;
    }
    qCWarning(lcIngest) << "webhook verification refused: wrong mode or verify token";
    ex->replyError(403, QStringLiteral("verification_failed"),
                   QStringLiteral("hub.verify_token does not match"));
}

void WebhookIngestor::handlePost(const HttpExchangePtr &ex)
{
    if (!whatsapp::verifySignature(ex->body(), ex->header("X-Hub-Signature-256"),
                                   m_config.appSecret)) {
        ++m_rejected;
        qCWarning(lcIngest) << "webhook refused: missing or wrong X-Hub-Signature-256 from"
                            << ex->peer().toString();
        ex->replyError(401, QStringLiteral("bad_signature"),
                       QStringLiteral("X-Hub-Signature-256 is missing or wrong"));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(ex->body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        ++m_rejected;
        const QString why = parseError.error != QJsonParseError::NoError
                                ? parseError.errorString()
                                : QStringLiteral("not a JSON object");
        keepRejected(ex->body(), QStringLiteral("invalid_json"), why);
        ex->replyError(400, QStringLiteral("invalid_json"),
                       QStringLiteral("body is not valid JSON: ") + why);
        return;
    }
    m_pending.append({ex, doc.object()});
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void WebhookIngestor::keepRejected(const QByteArray &body, const QString &outcome,
                                   const QString &error)
{
    Statement &q = m_db.prepared(QStringLiteral(
        "INSERT INTO webhook_log (received_at, outcome, error, body) VALUES (?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(outcome);
    q.addBindValue(notNull(error));
    q.addBindValue(QString::fromUtf8(body));
    execOrError(q);
}

bool WebhookIngestor::storeBatch(const QList<Pending> &batch, QList<domain::Event> *events,
                                 QList<qint64> *inbound)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    WebhookApplier applier(m_db);
    for (const Pending &p : batch) {
        whatsapp::ParsedWebhook hook;
        QString error;
        const bool envelopeOk = whatsapp::parseWebhook(p.envelope, &hook, &error);
        Statement &log = m_db.prepared(QStringLiteral(
            "INSERT INTO webhook_log (received_at, outcome, error, body) VALUES (?, ?, ?, ?)"));
        log.addBindValue(QDateTime::currentMSecsSinceEpoch());
        log.addBindValue(envelopeOk ? QStringLiteral("ok") : QStringLiteral("not_whatsapp"));
        log.addBindValue(notNull(error));
        log.addBindValue(QString::fromUtf8(p.exchange->body()));
        if (!execOrError(log))
            return false;
        if (envelopeOk && !applier.apply(hook, events, inbound))
            return false;
    }
    return tx.commit();
}

void WebhookIngestor::flush()
{
    const QList<Pending> batch = std::exchange(m_pending, {});
    if (batch.isEmpty())
        return;
    m_maxBatch = qMax(m_maxBatch, int(batch.size()));
    QList<domain::Event> events;
    QList<qint64> inbound;
    QList<bool> ok(batch.size(), true);
    if (!storeBatch(batch, &events, &inbound)) {
        events.clear();
        inbound.clear();
        for (qsizetype i = 0; i < batch.size(); ++i) {
            QList<domain::Event> oneEvents;
            QList<qint64> oneInbound;
            ok[i] = storeBatch({batch[i]}, &oneEvents, &oneInbound);
            if (ok[i]) {
                events += oneEvents;
                inbound += oneInbound;
            } else {
                qCWarning(lcIngest)
                    << "webhook could not be stored; Meta will redeliver:" << m_db.lastError();
            }
        }
    }
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (ok[i]) {
            ++m_accepted;
            batch[i].exchange->replyJson(200, QJsonObject{{QStringLiteral("ok"), true}});
        } else {
            batch[i].exchange->replyError(
                500, QStringLiteral("storage_error"),
                QStringLiteral("could not store the webhook; retry later"));
        }
    }
    if (!events.isEmpty())
        Q_EMIT committed(events);
    if (!inbound.isEmpty())
        Q_EMIT inboundStored(inbound);
}

} // namespace recado::relay
