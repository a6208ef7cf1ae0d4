// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Agent.h"
#include "core/domain/Event.h"
#include "relay/RelayConfig.h"

#include <QObject>

#include <memory>

namespace recado::relay {

class Database;
class EventHub;
class MediaService;
class OutboxWorker;
class WebhookIngestor;
namespace review {
class DraftService;
}

//! The relay: one object that owns the store, the HTTP server, ingest, the event hub and the
//! outbox worker, all on the thread that created it.
class Relay : public QObject
{
    Q_OBJECT
public:
    explicit Relay(RelayConfig config, QObject *parent = nullptr);
    ~Relay() override;

    //! Opens and migrates the database, then listens. Returns false with a readable error.
    bool start(QString *error);
    //! Stops listening and closes every connection (claims on the outbox are released).
    void stop();
    quint16 port() const;
    //! True on the one instance that runs periodic jobs (always true on SQLite).
    bool isLeader() const;
    const RelayConfig &config() const { return m_config; }

    Database &database();
    EventHub &hub();
    OutboxWorker &outbox();
    WebhookIngestor &ingest();
    //! Media files: store, downloads from Meta, uploads (relay/media).
    MediaService &media();
    //! AI drafts: policy, drafter, knowledge base (relay/drafts/review).
    review::DraftService &drafts();

    //! Creates a user (argon2id-hashed password). Used by `recado-relay user add` and tests.
    bool addUser(const domain::Agent &agent, const QString &password, QString *error);

Q_SIGNALS:
    //! Every batch of committed events, in sequence order.
    void eventsCommitted(const QList<recado::domain::Event> &events);

private:
    void publish(const QList<domain::Event> &events);
    void onIngestCommitted(const QList<domain::Event> &events);
    struct Private;
    RelayConfig m_config;
    std::unique_ptr<Private> d;
};

//! Opens the configured database and migrates it, without serving (for CLI commands).
std::unique_ptr<Database> openDatabase(const RelayConfig &config, QString *error);

} // namespace recado::relay
