// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Event.h"
#include "core/threading/WorkerThread.h"
#include "relay/http/HttpExchange.h"
#include "relay/ingest/WebhookStore.h"
#include "relay/store/WalCheckpointer.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace recado::relay {

class Database;
struct RelayConfig;

//! Meta -> relay. Verifies each webhook's signature and parses it on the relay's thread, and
//! stores them on a writer thread with a database connection of its own (WebhookStore): while
//! one batch commits, the next gathers every webhook that arrives meanwhile, so one durable
//! transaction serves many webhooks and the HTTP side never waits for the disk. Nothing is
//! acknowledged before it is durable.
class WebhookIngestor : public QObject
{
    Q_OBJECT
public:
    WebhookIngestor(const RelayConfig &config, QObject *parent = nullptr);
    ~WebhookIngestor() override;

    //! Opens the writer's connection to `databaseUrl` (already migrated). False with a reason.
    bool start(const QString &databaseUrl, QString *error);
    //! Stops taking webhooks; the batch being stored commits, but only what was answered before
    //! is acknowledged: the rest gets 503 and Meta redelivers it (storing is idempotent).
    void stop();

    void handleVerify(const HttpExchangePtr &ex);
    void handlePost(const HttpExchangePtr &ex);
    qint64 acceptedCount() const { return m_accepted; }
    qint64 rejectedCount() const { return m_rejected; }
    int maxBatchSize() const { return m_maxBatch; }
    qint64 batchCount() const { return m_batches; } //!< batches handed to the writer
    //! Batches a request started as soon as it found the writer done (kEarlyBatchMin).
    qint64 earlyBatchCount() const { return m_earlyBatches; }

Q_SIGNALS:
    void committed(const QList<recado::domain::Event> &events);
    //! New inbound messages, after commit (drafting, media download hooks).
    void inboundStored(const QList<qint64> &messageIds);
    //! The committed batch queued messages to send (consent confirmations).
    void outboundQueued();

private:
    void storeNextBatch();
    //! Takes the writer's result from the mailbox, if it is there, and answers its batch.
    bool collectStored();
    void onStored(const StoredBatch &result);

    const RelayConfig &m_config;
    threading::WorkerThread m_writer{QStringLiteral("recado-ingest")};
    // Live on the writer thread (created, used and destroyed there).
    std::unique_ptr<Database> m_writerDb;
    std::unique_ptr<WebhookStore> m_store;
    //! SQLite: checkpoints the WAL off the writer's thread (the writer's own are off).
    std::unique_ptr<WalCheckpointer> m_checkpointer;

    //! Webhooks and the exchanges to answer, in the same order. Only `webhooks` travels to the
    //! writer; the exchanges stay on this thread, where their last reference must drop.
    struct Batch
    {
        QList<HttpExchangePtr> exchanges;
        QList<ReceivedWebhook> webhooks;
        bool isEmpty() const { return exchanges.isEmpty(); }
    };
    Batch m_waiting;   //!< the next batch
    Batch m_storing;   //!< the batch on the writer now; its webhooks are kept here so the parsed
                       //!< envelopes are freed on the thread that allocated them
    QTimer m_dispatch; //!< starts a batch once the writer is idle and this loop turn is read
    //! The writer's result for m_storing. A queued call announces it too, but under load this
    //! thread is often in the middle of a loop turn of requests when the writer finishes, and
    //! the writer would wait for that turn to end before it gets its next batch.
    std::mutex m_storedMutex;
    std::optional<StoredBatch> m_stored;
    std::atomic<bool> m_storedReady{false};
    QHash<quint64, HttpExchangePtr> m_rejectionsKeeping; //!< invalid bodies being logged
    quint64 m_lastRejection = 0;
    qint64 m_accepted = 0;
    qint64 m_rejected = 0;
    int m_maxBatch = 0;
    qint64 m_batches = 0;
    qint64 m_earlyBatches = 0;
};

} // namespace recado::relay
