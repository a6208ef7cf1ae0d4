// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/store/OutboxStore.h"

#include "relay/store/Database.h"

namespace recado::relay {

bool OutboxStore::enqueue(qint64 messageId, qint64 notBefore)
{
    Statement &q = m_db.prepared(QStringLiteral(
        "INSERT INTO outbox (message_id, attempts, next_attempt_at) VALUES (?, 0, ?) "
        "ON CONFLICT (message_id) DO UPDATE SET next_attempt_at = excluded.next_attempt_at, "
        "claimed_by = NULL, claimed_until = NULL"));
    q.addBindValue(messageId);
    q.addBindValue(notBefore);
    return execOrError(q);
}

QList<qint64> OutboxStore::takeAbandoned(qint64 now)
{
    QList<qint64> ids;
    Statement &sel = m_db.prepared(QStringLiteral(
        "SELECT message_id FROM outbox WHERE claimed_by IS NOT NULL AND claimed_until < ?"));
    sel.addBindValue(now);
    if (!execOrError(sel))
        return ids;
    while (sel.next())
        ids.append(sel.value(0).toLongLong());
    sel.finish();
    QList<qint64> taken;
    for (qint64 id : ids) {
        // Conditional delete: of several instances noticing the same row, one takes it.
        Statement &del =
            m_db.prepared(QStringLiteral("DELETE FROM outbox WHERE message_id = ? AND claimed_by "
                                         "IS NOT NULL AND claimed_until < ?"));
        del.addBindValue(id);
        del.addBindValue(now);
        if (execOrError(del) && del.numRowsAffected() == 1)
            taken.append(id);
    }
    return taken;
}

bool OutboxStore::hasAbandoned(qint64 now)
{
    Statement &q = m_db.prepared(QStringLiteral(
        "SELECT 1 FROM outbox WHERE claimed_by IS NOT NULL AND claimed_until < ? LIMIT 1"));
    q.addBindValue(now);
    const bool found = execOrError(q) && q.next();
    q.finish();
    return found;
}

QList<OutboxItem> OutboxStore::claimDue(const QString &owner, qint64 now, qint64 leaseMs, int limit)
{
    QList<OutboxItem> candidates;
    Statement &sel = m_db.prepared(QStringLiteral(
        "SELECT message_id, attempts FROM outbox WHERE next_attempt_at <= ? AND claimed_by IS NULL "
        "ORDER BY next_attempt_at, message_id LIMIT ?"));
    sel.addBindValue(now);
    sel.addBindValue(limit);
    if (!execOrError(sel))
        return {};
    while (sel.next())
        candidates.append({sel.value(0).toLongLong(), sel.value(1).toInt()});
    sel.finish();

    // The conditional UPDATE is the claim: of several instances racing for a row, exactly one
    // sees one affected row.
    QList<OutboxItem> claimed;
    for (const OutboxItem &item : candidates) {
        Statement &up = m_db.prepared(QStringLiteral(
            "UPDATE outbox SET claimed_by = ?, claimed_until = ?, attempts = attempts + 1 "
            "WHERE message_id = ? AND claimed_by IS NULL"));
        up.addBindValue(owner);
        up.addBindValue(now + leaseMs);
        up.addBindValue(item.messageId);
        if (execOrError(up) && up.numRowsAffected() == 1)
            claimed.append({item.messageId, item.attempts + 1});
    }
    return claimed;
}

bool OutboxStore::reschedule(qint64 messageId, qint64 nextAttemptAt, const QString &lastError)
{
    Statement &q = m_db.prepared(QStringLiteral("UPDATE outbox SET next_attempt_at = ?, last_error "
                                                "= ?, claimed_by = NULL, claimed_until = NULL "
                                                "WHERE message_id = ?"));
    q.addBindValue(nextAttemptAt);
    q.addBindValue(lastError);
    q.addBindValue(messageId);
    return execOrError(q);
}

bool OutboxStore::remove(qint64 messageId)
{
    Statement &q = m_db.prepared(QStringLiteral("DELETE FROM outbox WHERE message_id = ?"));
    q.addBindValue(messageId);
    return execOrError(q);
}

bool OutboxStore::releaseAllExcept(const QString &owner, const QSet<qint64> &inFlight)
{
    Statement &sel =
        m_db.prepared(QStringLiteral("SELECT message_id FROM outbox WHERE claimed_by = ?"));
    sel.addBindValue(owner);
    if (!execOrError(sel))
        return false;
    QList<qint64> mine;
    while (sel.next())
        mine.append(sel.value(0).toLongLong());
    sel.finish();
    for (qint64 id : mine) {
        if (inFlight.contains(id))
            continue; // in doubt: left for takeAbandoned once the lease expires
        Statement &q = m_db.prepared(QStringLiteral(
            "UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE message_id = ?"));
        q.addBindValue(id);
        execOrError(q);
    }
    return true;
}

qint64 OutboxStore::pendingCount()
{
    Statement &q = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    if (!execOrError(q) || !q.next())
        return 0;
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

qint64 OutboxStore::nextDueIn(qint64 now)
{
    Statement &q =
        m_db.prepared(QStringLiteral("SELECT MIN(CASE WHEN claimed_by IS NOT NULL THEN "
                                     "claimed_until ELSE next_attempt_at END) FROM outbox"));
    if (!execOrError(q) || !q.next() || q.value(0).isNull())
        return -1;
    const qint64 due = q.value(0).toLongLong();
    q.finish();
    return qMax<qint64>(0, due - now);
}

} // namespace recado::relay
