// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Event.h"
#include "core/domain/Message.h"
#include "relay/outbox/GraphClient.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace recado::relay {

class Database;
struct RelayConfig;

//! Works the durable outbox: claims due rows (a lease per instance), sends them through the
//! Graph API, and records the outcome. 429/5xx/network errors are retried with exponential
//! backoff and jitter; permanent errors fail the message with an explanation in words; an
//! expired or invalid token raises the `token_expired` alert and holds the queue (nothing is
//! failed) until a send succeeds again.
class OutboxWorker : public QObject
{
    Q_OBJECT
public:
    OutboxWorker(Database &db, const RelayConfig &config, GraphClient &graph,
                 QObject *parent = nullptr);

    void start();
    //! Stops claiming; waits up to `drainMs` for sends in flight to finish, then releases the
    //! claims this instance still holds.
    void stop(int drainMs = 5000);
    QSet<qint64> inFlightIds() const { return m_inFlight; }
    //! Something was queued: look at the outbox soon.
    void kick();
    //! Current alert code ("" when healthy), e.g. "token_expired".
    QString alert() const { return m_alert; }
    QString alertMessage() const { return m_alertMessage; }
    int inFlight() const { return int(m_inFlight.size()); }
    qint64 sentCount() const { return m_sent; }
    qint64 failedCount() const { return m_failed; }
    qint64 retriedCount() const { return m_retried; }

    //! A step before each send (relay/media uploads an agent's file to Meta): calls back with
    //! the message to send, or nullptr and a Graph result that fails or retries the send.
    using Prepare =
        std::function<void(const domain::Message &,
                           std::function<void(const domain::Message *, const GraphResult &)>)>;
    void setPrepare(Prepare prepare) { m_prepare = std::move(prepare); }

    //! Backoff before attempt `attempt + 1`: `base` doubling to 5 min, +-25 % jitter.
    static qint64 backoffMs(int attempt, qint64 baseMs = 2000);

Q_SIGNALS:
    void committed(const QList<recado::domain::Event> &events);

private:
    void run();
    void failAbandoned();
    void sendOne(qint64 messageId, int attempt);
    void onResult(qint64 messageId, int attempt, const GraphResult &result);
    void setAlert(const QString &code, const QString &message, QList<domain::Event> *events);
    void scheduleNext();

    Database &m_db;
    const RelayConfig &m_config;
    GraphClient &m_graph;
    Prepare m_prepare;
    QTimer m_timer;
    QSet<qint64> m_inFlight;
    QString m_alert;
    QString m_alertMessage;
    bool m_running = false;
    qint64 m_sent = 0;
    qint64 m_failed = 0;
    qint64 m_retried = 0;
};

} // namespace recado::relay
