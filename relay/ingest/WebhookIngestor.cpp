// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/ingest/WebhookIngestor.h"

#include "core/whatsapp/WebhookParser.h"
#include "core/whatsapp/WebhookSignature.h"
#include "relay/RelayConfig.h"
#include "relay/store/Database.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcIngest, "recado.relay.ingest")

namespace recado::relay {

namespace {
//! How many webhooks must be waiting for a request that finds the writer done to answer its
//! batch and start the next one at once. A commit has a fixed cost (the WAL's flush, the pages
//! every batch touches): fewer wait for the end of the loop turn, as before, and gather more.
constexpr qsizetype kEarlyBatchMin = 8;
} // namespace

WebhookIngestor::WebhookIngestor(const RelayConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    m_dispatch.setSingleShot(true);
    m_dispatch.setInterval(0);
    connect(&m_dispatch, &QTimer::timeout, this, [this] {
        if (m_storing.isEmpty())
            storeNextBatch();
    });
}

WebhookIngestor::~WebhookIngestor()
{
    stop();
}

bool WebhookIngestor::start(const QString &databaseUrl, QString *error)
{
    m_writer.start();
    bool opened = false;
    bool sqlite = false;
    m_writer.runThere([&] {
        m_writerDb = std::make_unique<Database>();
        opened = m_writerDb->open(databaseUrl, error);
        m_writerDb->setLockEventSequence(true); // the relay migrated the schema already
        sqlite = m_writerDb->dialect() == Dialect::Sqlite;
        if (opened && sqlite)
            opened = m_writerDb->setAutoCheckpoint(false);
        if (opened)
            m_store = std::make_unique<WebhookStore>(*m_writerDb);
    });
    if (opened && sqlite) {
        m_checkpointer = std::make_unique<WalCheckpointer>();
        opened = m_checkpointer->start(databaseUrl, error);
    }
    return opened;
}

void WebhookIngestor::stop()
{
    m_writer.stop([this] {
        m_store.reset();
        m_writerDb.reset();
    });
    m_checkpointer.reset();
    // Whatever the writer did not hand back is not acknowledged: Meta redelivers it.
    QList<HttpExchangePtr> unanswered = std::exchange(m_waiting, {}).exchanges;
    unanswered += std::exchange(m_storing, {}).exchanges;
    unanswered += m_rejectionsKeeping.values();
    m_rejectionsKeeping.clear();
    for (const HttpExchangePtr &ex : unanswered)
        ex->replyError(503, QStringLiteral("shutting_down"),
                       QStringLiteral("the relay is stopping; retry later"));
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
    if (!m_writer.isRunning()) {
        ex->replyError(503, QStringLiteral("shutting_down"),
                       QStringLiteral("the relay is stopping; retry later"));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(ex->body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        ++m_rejected;
        const QString why = parseError.error != QJsonParseError::NoError
                                ? parseError.errorString()
                                : QStringLiteral("not a JSON object");
        // Kept for the operator before the 400, like everything else we answer. Exchanges
        // never travel to the writer: their last reference must drop on this thread.
        const quint64 id = ++m_lastRejection;
        m_rejectionsKeeping.insert(id, ex);
        const QPointer<WebhookIngestor> self(this);
        m_writer.post([this, self, id, body = ex->body(), why] {
            if (m_store)
                m_store->keepRejected(body, QStringLiteral("invalid_json"), why);
            QMetaObject::invokeMethod(
                self.data(),
                [self, id, why] {
                    if (!self)
                        return;
                    if (const HttpExchangePtr kept = self->m_rejectionsKeeping.take(id))
                        kept->replyError(400, QStringLiteral("invalid_json"),
                                         QStringLiteral("body is not valid JSON: ") + why);
                },
                Qt::QueuedConnection);
        });
        return;
    }
    ReceivedWebhook received;
    received.body = ex->body();
    received.isWhatsApp =
        whatsapp::parseWebhook(doc.object(), &received.hook, &received.parseError);
    m_waiting.exchanges.append(ex);
    m_waiting.webhooks.append(std::move(received));
    if (m_waiting.exchanges.size() >= kEarlyBatchMin &&
        m_storedReady.load(std::memory_order_acquire) && collectStored())
        ++m_earlyBatches;
    // The writer idle: start once this event-loop turn has read every request already waiting
    // on the sockets, so they share one commit instead of the first going alone.
    if (m_storing.isEmpty() && !m_dispatch.isActive())
        m_dispatch.start();
}

void WebhookIngestor::storeNextBatch()
{
    if (m_waiting.isEmpty())
        return;
    m_storing = std::exchange(m_waiting, {});
    const QList<ReceivedWebhook> bodies = m_storing.webhooks;
    m_maxBatch = qMax(m_maxBatch, int(bodies.size()));
    ++m_batches;
    const QPointer<WebhookIngestor> self(this);
    // The exchanges stay on this thread; only the bodies travel to the writer.
    m_writer.post([this, self, bodies] {
        StoredBatch result = m_store ? m_store->store(bodies) : StoredBatch{};
        if (!m_store)
            result.stored.fill(false, bodies.size());
        {
            const std::lock_guard lock(m_storedMutex);
            m_stored = std::move(result);
        }
        m_storedReady.store(true, std::memory_order_release);
        QMetaObject::invokeMethod(
            self.data(),
            [self] {
                if (self)
                    self->collectStored();
            },
            Qt::QueuedConnection);
    });
}

bool WebhookIngestor::collectStored()
{
    std::optional<StoredBatch> result;
    {
        const std::lock_guard lock(m_storedMutex);
        result = std::exchange(m_stored, std::nullopt);
        m_storedReady.store(false, std::memory_order_relaxed);
    }
    // One batch is on the writer at a time, so whatever is here answers m_storing. The flag is
    // only a hint: a queued call may take a result before its writer raised the flag.
    if (!result)
        return false;
    onStored(*result);
    return true;
}

void WebhookIngestor::onStored(const StoredBatch &result)
{
    const QList<HttpExchangePtr> exchanges = std::exchange(m_storing, {}).exchanges;
    // Gathered while this batch committed: on to the disk while we answer these.
    storeNextBatch();
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        if (result.stored.value(i)) {
            ++m_accepted;
            exchanges[i]->reply(200, QByteArrayLiteral("application/json"),
                                QByteArrayLiteral("{\"ok\":true}"));
        } else {
            exchanges[i]->replyError(500, QStringLiteral("storage_error"),
                                     QStringLiteral("could not store the webhook; retry later"));
        }
    }
    if (!result.events.isEmpty())
        Q_EMIT committed(result.events);
    if (!result.inboundMessageIds.isEmpty())
        Q_EMIT inboundStored(result.inboundMessageIds);
    if (result.queuedOutbound)
        Q_EMIT outboundQueued();
}

} // namespace recado::relay
