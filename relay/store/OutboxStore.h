// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
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
    {}

    bool enqueue(qint64 messageId, qint64 notBefore);
    //! Rows whose lease expired while claimed: the instance that held them died (or hung) in the
    //! middle of a send, so Meta may or may not have the message. They are removed from the queue
    //! and returned, to be failed visibly rather than sent a second time.
    QList<qint64> takeAbandoned(qint64 now);
    //! Whether takeAbandoned would find a row: a read, so the caller can skip the write
    //! transaction (and its wait for the event sequence's lock) in the usual case of none.
    bool hasAbandoned(qint64 now);
    //! Claims up to `limit` due rows for `owner` until `now + leaseMs`.
    QList<OutboxItem> claimDue(const QString &owner, qint64 now, qint64 leaseMs, int limit);
    bool reschedule(qint64 messageId, qint64 nextAttemptAt, const QString &lastError);
    bool remove(qint64 messageId);
    //! Releases the claims of `owner` (on clean shutdown) so others can take them at once; rows
    //! whose send is still in flight stay claimed and become in doubt when the lease expires.
    bool releaseAllExcept(const QString &owner, const QSet<qint64> &inFlight);
    qint64 pendingCount();
    //! Milliseconds until the next row becomes due, or -1 when the queue is empty.
    qint64 nextDueIn(qint64 now);

private:
    Database &m_db;
};

} // namespace recado::relay
