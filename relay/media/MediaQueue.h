// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace recado::relay {

class Database;

struct MediaDownload
{
    qint64 messageId = 0;
    QString mediaId;
    int attempts = 0; //!< including the one just claimed
    qint64 expiresAt = 0;
};

//! The durable queue of inbound files to fetch from Meta (`media_downloads`) and the media state
//! kept on each message (`messages.media`). Writes run inside the caller's transaction.
class MediaQueue
{
public:
    explicit MediaQueue(Database &db)
        : m_db(db)
    {}

    //! Queues a download for a new inbound message, due now.
    bool enqueue(qint64 messageId, const QString &mediaId, qint64 now, qint64 expiresAt);
    //! Claims up to `limit` due downloads for `owner` until `now + leaseMs`; rows whose lease
    //! expired (an instance died mid-download) are due again.
    QList<MediaDownload> claimDue(const QString &owner, qint64 now, qint64 leaseMs, int limit);
    //! A failed attempt to retry at `nextAttemptAt`.
    bool reschedule(qint64 messageId, qint64 nextAttemptAt, const QString &lastError, qint64 now);
    //! The download is over: `state` is ready or failed.
    bool finish(qint64 messageId, const QString &state, const QString &lastError, qint64 now);
    //! Releases this instance's claims (clean shutdown) so others may take them at once.
    bool release(const QString &owner);
    //! Milliseconds until the next download is due, or -1 when none is pending.
    qint64 nextDueIn(qint64 now);
    qint64 pendingCount();

    //! Replaces the media state shown on a message.
    bool setMessageMedia(qint64 messageId, const QJsonObject &media);

private:
    Database &m_db;
};

} // namespace recado::relay
