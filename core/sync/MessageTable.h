// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/CachedMessage.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

class QSqlQuery;

namespace recado::sync {

//! The `messages` table of LocalCache: every cached message of every thread, including outbox
//! messages the relay has not accepted yet (no relay id, status pending).
//!
//! Invariant kept by the sync engine: for each conversation the cached messages are a
//! contiguous tail of the relay's thread (events since the last snapshot fill it in order;
//! older pages are fetched backwards), so "older than the oldest cached" is a well-defined
//! request to the relay.
class MessageTable
{
public:
    explicit MessageTable(QSqlDatabase db);

    enum class Change { None, Inserted, Updated };

    //! Stores a message from the relay. It replaces the row with the same relay id, or else the
    //! outbox row with the same client id (the relay has now numbered our message), or is
    //! inserted. Delivery status only moves forward (a late "sent" never undoes "read"),
    //! except that a retried failed message starts again at "queued".
    bool upsert(const domain::Message &m, CachedMessage *stored = nullptr,
                Change *change = nullptr);
    //! Adds a message written locally (outbox): no relay id, status pending.
    bool insertPending(const domain::Message &m, CachedMessage *stored);
    //! Marks an outbox message failed before the relay accepted it, with the reason in words.
    bool setLocalFailure(const QString &clientId, const QString &reason, CachedMessage *stored);
    //! Back to pending (the user asked to retry a local failure).
    bool setPending(const QString &clientId, CachedMessage *stored);

    std::optional<CachedMessage> get(qint64 localId) const;
    std::optional<CachedMessage> byClientId(const QString &clientId) const;
    //! Up to `limit` messages of a thread older than `before` (the newest when not given),
    //! returned oldest first.
    QList<CachedMessage> pageBefore(qint64 conversationId, const std::optional<MessageKey> &before,
                                    int limit) const;
    int count(qint64 conversationId) const;
    //! Cheaper than count() > 0 on long threads.
    bool hasMessages(qint64 conversationId) const;
    bool containsRelayId(qint64 id) const;
    //! Relay id of the oldest cached message that has one; 0 when none.
    qint64 oldestRelayId(qint64 conversationId) const;
    //! Drops cached messages that came from the relay, keeping unsent outbox messages.
    bool clearRelayMessages();

    QString lastError() const { return m_error; }

    static MessageKey keyOf(const CachedMessage &m);

private:
    bool fail(const QSqlQuery &q);
    std::optional<CachedMessage> fetchOne(const QString &where, const QVariant &value) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace recado::sync
