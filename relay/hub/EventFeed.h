// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Event.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace recado::relay {

class Database;
class EventLog;

//! Delivers every committed event to this instance's stream exactly once and in sequence order,
//! whichever instance committed it. Local commits are passed on directly when they continue the
//! sequence; otherwise (another instance committed in between) the gap is read from the log.
//! On PostgreSQL a dedicated connection LISTENs on `recado_events`; a watchdog reopens and
//! re-subscribes it when the server restarts (QPSQL drops LISTEN silently), and a slow poll
//! catches anything a lost notification would have carried. The same connection holds an
//! advisory lock that makes exactly one instance the leader for periodic jobs.
class EventFeed : public QObject
{
    Q_OBJECT
public:
    EventFeed(Database &db, EventLog &log, const QString &databaseUrl, QObject *parent = nullptr);
    ~EventFeed() override;

    bool start(QString *error);
    //! Events this instance just committed.
    void localCommitted(const QList<domain::Event> &events);
    bool isLeader() const { return m_leader; }
    qint64 lastPublished() const { return m_last; }
    int listenerReconnects() const { return m_reconnects; }

Q_SIGNALS:
    void publish(const QList<recado::domain::Event> &events);
    void leadershipChanged(bool leader);

private:
    void catchUp();
    void watchdog();
    bool openListener();
    void setLeader(bool leader);

    Database &m_db;
    EventLog &m_log;
    QString m_url;
    std::unique_ptr<Database> m_listener;
    QTimer m_watchdog;
    qint64 m_last = 0;
    bool m_leader = false;
    int m_reconnects = 0;
};

} // namespace recado::relay
