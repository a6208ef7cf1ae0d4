// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Event.h"

#include <QList>
#include <QObject>

#include <functional>

namespace recado::relay {

class Database;

//! Small writes that arrive together (agents' sends) committed in one transaction, each in a
//! savepoint of its own so one refused write does not undo its neighbours.
//!
//! On PostgreSQL every write transaction that appends events first waits for the event
//! sequence's lock; at saturation that wait is as long as an ingest batch, and the relay's
//! thread waited once per send, so sends queued for seconds. Grouped, the sends read from the
//! sockets in one event-loop turn wait once, in the next turn. On SQLite a group also shares one
//! flush.
class WriteGroup : public QObject
{
public:
    struct Write
    {
        //! Inside the group's transaction, in its own savepoint: appends its events; returns
        //! false (having replied with the reason) to roll back to the savepoint.
        std::function<bool(QList<domain::Event> *events)> write;
        //! After the commit and the events' publication.
        std::function<void()> committed;
        //! The transaction could not begin or commit: nothing of the write is stored.
        std::function<void()> failed;
    };

    //! `publish` gets the committed events of a group, in sequence order.
    WriteGroup(Database &db, std::function<void(const QList<domain::Event> &)> publish);

    //! Queues `w`; the group is written once control is back in the event loop.
    void add(Write w);
    //! Writes the queued group now.
    void flush();

    qint64 groupCount() const { return m_groups; }
    qint64 writeCount() const { return m_writes; }

private:
    Database &m_db;
    std::function<void(const QList<domain::Event> &)> m_publish;
    QList<Write> m_pending;
    bool m_scheduled = false;
    qint64 m_groups = 0;
    qint64 m_writes = 0;
};

} // namespace recado::relay
