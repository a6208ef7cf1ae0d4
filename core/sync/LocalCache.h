// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/ConversationTable.h"
#include "core/sync/MessageTable.h"
#include "core/sync/OutboxTable.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace recado::sync {

//! The client's SQLite cache of one account: conversations, messages, the outbox and the last
//! applied event sequence number. Opened by the sync engine; the UI reads it only through the
//! engine's models-facing calls, never with SQL of its own.
//!
//! Every write reports failure to the caller (false + lastError()); nothing is silently lost.
class LocalCache
{
public:
    LocalCache();
    ~LocalCache();
    LocalCache(const LocalCache &) = delete;
    LocalCache &operator=(const LocalCache &) = delete;

    //! Opens (creating if needed) and migrates the cache at `path` (":memory:" for a throwaway).
    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QString lastError() const { return m_error; }

    ConversationTable &conversations() { return *m_conversations; }
    MessageTable &messages() { return *m_messages; }
    OutboxTable &outbox() { return *m_outbox; }

    qint64 lastSeq() const;
    bool setLastSeq(qint64 seq);
    QString metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value);

    //! Groups writes into one transaction (commit or roll back); nested calls are joined.
    bool begin();
    bool commit();
    void rollback();

    //! Forgets every conversation and message except unsent outbox messages: used when the relay
    //! says our history is too old to catch up (resync) so the snapshot starts clean.
    bool clearForResync();

    QSqlDatabase database() const { return m_db; }

private:
    bool fail(const QString &what);

    QString m_connection;
    QString m_path;
    QSqlDatabase m_db;
    QString m_error;
    int m_txDepth = 0;
    bool m_txFailed = false;
    std::unique_ptr<ConversationTable> m_conversations;
    std::unique_ptr<MessageTable> m_messages;
    std::unique_ptr<OutboxTable> m_outbox;
};

} // namespace recado::sync
