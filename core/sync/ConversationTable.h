// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Conversation.h"
#include "core/sync/ConversationFilter.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

class QSqlQuery;

namespace recado::sync {

//! The `conversations` table of LocalCache.
class ConversationTable
{
public:
    explicit ConversationTable(QSqlDatabase db);

    enum class Change { None, Inserted, Updated };

    //! Stores `c` unless the cache already holds a newer version of it (higher `seq`), so a late
    //! or replayed event can never roll a conversation back. Keeps local-only columns.
    bool upsert(const domain::Conversation &c, Change *change = nullptr);
    std::optional<domain::Conversation> get(qint64 id) const;
    //! Up to `limit` conversations matching `filter`, newest activity first, strictly after
    //! `after` in that order (keyset paging: stable while rows are inserted above).
    QList<domain::Conversation> page(const ConversationFilter &filter,
                                     const std::optional<ConversationKey> &after, int limit) const;
    int count(const ConversationFilter &filter) const;
    int totalUnread() const;
    bool setUnread(qint64 id, int unread);
    bool historyComplete(qint64 id) const;
    bool setHistoryComplete(qint64 id, bool complete);
    QSet<qint64> ids() const;
    //! Deletes conversations (and their cached messages) whose id is not in `keep`.
    bool removeExcept(const QSet<qint64> &keep);

    QString lastError() const { return m_error; }

    static domain::Conversation fromRow(const QSqlQuery &q);

private:
    bool fail(const QSqlQuery &q);

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace recado::sync
