// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace recado::relay {

class Database;

struct OutboxItem
{
    qint64 messageId = 0;
    int attempts = 0;
};

//! The durable queue of messages waiting to go to Meta. A row is claimed with a lease: the
//! instance that claims it owns it until `claimed_until`; if that instance dies mid-send, the
//! lease expires and another instance (or the restarted one) takes it.
class OutboxStore
{
public:
    explicit OutboxStore(Database &db)
        : m_db(db)
    {
    }

    bool enqueue(qint64 messageId, qint64 notBefore);
    //! Claims up to `limit` due rows for `owner` until `now + leaseMs`.
    QList<OutboxItem> claimDue(const QString &owner, qint64 now, qint64 leaseMs, int limit);
    bool reschedule(qint64 messageId, qint64 nextAttemptAt, const QString &lastError);
    bool remove(qint64 messageId);
    //! Releases every claim of `owner` (on clean shutdown) so others can take them at once.
    bool releaseAll(const QString &owner);
    qint64 pendingCount();
    //! Milliseconds until the next row becomes due, or -1 when the queue is empty.
    qint64 nextDueIn(qint64 now);

private:
    Database &m_db;
};

} // namespace recado::relay
