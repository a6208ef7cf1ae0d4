// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Event.h"

#include <QList>

namespace recado::relay {

class Database;

//! The relay's append-only event log. `seq` comes from a counter row updated inside the caller's
//! transaction: writers serialise on that row, so sequence numbers commit in order and without
//! gaps on SQLite and on PostgreSQL with several relay instances.
class EventLog
{
public:
    explicit EventLog(Database &db)
        : m_db(db)
    {}

    //! Appends inside the current transaction. Returns an event with seq 0 on failure.
    domain::Event append(const QString &type, qint64 conversationId, const QJsonObject &payload);
    //! Takes the next sequence number (inside the current transaction) without writing the
    //! event yet, for callers whose payload needs the number; then call `write`.
    qint64 reserve();
    //! Writes `event` and keeps its serialised payload on it (payloadJson) for the stream.
    bool write(domain::Event &event);
    QList<domain::Event> after(qint64 seq, int limit);
    qint64 lastSeq();
    //! Oldest seq still kept (0 when the log is empty).
    qint64 firstSeq();
    //! Deletes all but the newest `keep` events. Returns the number deleted.
    int prune(qint64 keep);

private:
    Database &m_db;
};

} // namespace recado::relay
