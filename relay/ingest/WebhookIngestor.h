// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Event.h"
#include "relay/http/HttpExchange.h"

#include <QObject>
#include <QTimer>

namespace recado::relay {

class Database;
struct RelayConfig;

//! Meta -> relay. Verifies each webhook's signature, parses it, and group-commits everything that
//! arrived while the previous commit ran: one durable transaction for many webhooks, then 200 to
//! each. Nothing is acknowledged before it is durable; a failed batch is retried webhook by
//! webhook so one poisoned payload cannot fail its neighbours.
class WebhookIngestor : public QObject
{
    Q_OBJECT
public:
    WebhookIngestor(Database &db, const RelayConfig &config, QObject *parent = nullptr);

    void handleVerify(const HttpExchangePtr &ex);
    void handlePost(const HttpExchangePtr &ex);
    qint64 acceptedCount() const { return m_accepted; }
    qint64 rejectedCount() const { return m_rejected; }
    int maxBatchSize() const { return m_maxBatch; }

Q_SIGNALS:
    void committed(const QList<recado::domain::Event> &events);
    //! New inbound messages, after commit (drafting, media download hooks).
    void inboundStored(const QList<qint64> &messageIds);

private:
    struct Pending
    {
        HttpExchangePtr exchange;
        QJsonObject envelope;
    };
    void flush();
    bool storeBatch(const QList<Pending> &batch, QList<domain::Event> *events,
                    QList<qint64> *inbound);
    void keepRejected(const QByteArray &body, const QString &outcome, const QString &error);

    Database &m_db;
    const RelayConfig &m_config;
    QList<Pending> m_pending;
    QTimer m_flushTimer;
    qint64 m_accepted = 0;
    qint64 m_rejected = 0;
    int m_maxBatch = 0;
};

} // namespace recado::relay
