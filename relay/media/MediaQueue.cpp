// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/media/MediaQueue.h"

#include "relay/store/Database.h"

#include <QJsonDocument>

namespace recado::relay {

bool MediaQueue::enqueue(qint64 messageId, const QString &mediaId, qint64 now, qint64 expiresAt)
{
    Statement &q =
        m_db.prepared(QStringLiteral("INSERT INTO media_downloads (message_id, media_id, state, "
                                     "attempts, next_attempt_at, expires_at, "
                                     "created_at, updated_at) VALUES (?, ?, 'pending', 0, ?, ?, ?, "
                                     "?) ON CONFLICT (message_id) DO NOTHING"));
    q.addBindValue(messageId);
    q.addBindValue(mediaId);
    q.addBindValue(now);
    q.addBindValue(expiresAt);
    q.addBindValue(now);
    q.addBindValue(now);
    return execOrError(q);
}

QList<MediaDownload> MediaQueue::claimDue(const QString &owner, qint64 now, qint64 leaseMs,
                                          int limit)
{
    QList<MediaDownload> candidates;
    Statement &sel =
        m_db.prepared(QStringLiteral("SELECT message_id, media_id, attempts, expires_at FROM "
                                     "media_downloads WHERE state = 'pending' AND "
                                     "((claimed_by IS NULL AND next_attempt_at <= ?) OR "
                                     "(claimed_by IS NOT NULL AND claimed_until < ?)) "
                                     "ORDER BY next_attempt_at, message_id LIMIT ?"));
    sel.addBindValue(now);
    sel.addBindValue(now);
    sel.addBindValue(limit);
    if (!execOrError(sel))
        return {};
    while (sel.next())
        candidates.append({sel.value(0).toLongLong(), sel.value(1).toString(), sel.value(2).toInt(),
                           sel.value(3).toLongLong()});
    sel.finish();

    // The conditional UPDATE is the claim: of several instances racing, one sees one row changed.
    QList<MediaDownload> claimed;
    for (MediaDownload item : candidates) {
        Statement &up = m_db.prepared(QStringLiteral(
            "UPDATE media_downloads SET claimed_by = ?, claimed_until = ?, attempts = attempts + 1 "
            "WHERE message_id = ? AND state = 'pending' AND attempts = ?"));
        up.addBindValue(owner);
        up.addBindValue(now + leaseMs);
        up.addBindValue(item.messageId);
        up.addBindValue(item.attempts);
        if (execOrError(up) && up.numRowsAffected() == 1) {
            ++item.attempts;
            claimed.append(item);
        }
    }
    return claimed;
}

bool MediaQueue::reschedule(qint64 messageId, qint64 nextAttemptAt, const QString &lastError,
                            qint64 now)
{
    Statement &q =
        m_db.prepared(QStringLiteral("UPDATE media_downloads SET next_attempt_at = ?, last_error = "
                                     "?, claimed_by = NULL, claimed_until = NULL, "
                                     "updated_at = ? WHERE message_id = ?"));
    q.addBindValue(nextAttemptAt);
    q.addBindValue(notNull(lastError));
    q.addBindValue(now);
    q.addBindValue(messageId);
    return execOrError(q);
}

bool MediaQueue::finish(qint64 messageId, const QString &state, const QString &lastError,
                        qint64 now)
{
    Statement &q = m_db.prepared(QStringLiteral("UPDATE media_downloads SET state = ?, last_error "
                                                "= ?, claimed_by = NULL, claimed_until = NULL, "
                                                "updated_at = ? WHERE message_id = ?"));
    q.addBindValue(state);
    q.addBindValue(notNull(lastError));
    q.addBindValue(now);
    q.addBindValue(messageId);
    return execOrError(q);
}

bool MediaQueue::release(const QString &owner)
{
    Statement &q =
        m_db.prepared(QStringLiteral("UPDATE media_downloads SET claimed_by = NULL, claimed_until "
                                     "= NULL WHERE claimed_by = ? AND state = 'pending'"));
    q.addBindValue(owner);
    return execOrError(q);
}

qint64 MediaQueue::nextDueIn(qint64 now)
{
    Statement &q = m_db.prepared(QStringLiteral(
        "SELECT MIN(CASE WHEN claimed_by IS NOT NULL THEN claimed_until ELSE next_attempt_at END) "
        "FROM media_downloads WHERE state = 'pending'"));
    if (!execOrError(q) || !q.next() || q.value(0).isNull())
        return -1;
    const qint64 due = q.value(0).toLongLong();
    q.finish();
    return qMax<qint64>(0, due - now);
}

qint64 MediaQueue::pendingCount()
{
    Statement &q = m_db.prepared(
        QStringLiteral("SELECT COUNT(*) FROM media_downloads WHERE state = 'pending'"));
    if (!execOrError(q) || !q.next())
        return 0;
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

bool MediaQueue::setMessageMedia(qint64 messageId, const QJsonObject &media)
{
    Statement &q = m_db.prepared(QStringLiteral("UPDATE messages SET media = ? WHERE id = ?"));
    q.addBindUtf8(QJsonDocument(media).toJson(QJsonDocument::Compact));
    q.addBindValue(messageId);
    return execOrError(q);
}

} // namespace recado::relay
