// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Conversation.h"
#include "core/sync/ConversationFilter.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QTimer>

#include <functional>

namespace recado::sync {
class SyncEngine;
}

namespace recado::ui {

//! The conversation list: the rows of the cache that match the current filter, newest activity
//! first, fetched incrementally (canFetchMore/fetchMore, keyset pages) so that 100,000 cached
//! conversations cost only the rows the user has scrolled to. Filtering happens in SQL (see
//! sync::ConversationTable); live changes from the engine insert, move, update or remove
//! single rows, so selection and scroll position survive a busy inbox.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        PhoneRole,
        PreviewRole,
        LastMessageAtRole,
        UnreadRole,
        AssigneeRole,
        ServiceRequestRole,
        StatusRole,      //!< "active" | "archived" | "closed"
        WindowStateRole, //!< WindowState as int
        WindowSecondsLeftRole,
        TimeTextRole, //!< "14:05", "Tue", "03/11/2025"
    };
    enum class WindowState { Unknown, Open, ClosingSoon, Closed };
    Q_ENUM(WindowState)
    //! A window with less than this left is "about to close".
    static constexpr qint64 kClosingSoonSecs = 2 * 60 * 60;
    static constexpr int kPageSize = 200;

    explicit ConversationListModel(sync::SyncEngine *engine, QObject *parent = nullptr);

    void setFilter(const sync::ConversationFilter &filter);
    sync::ConversationFilter filter() const { return m_filter; }
    //! Re-reads the first page (after a snapshot or a filter change).
    void reload();
    //! Clock for the 24-hour window markers; tests pin it.
    void setClock(std::function<QDateTime()> now);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowOf(qint64 conversationId) const;
    qint64 idAt(int row) const;
    const domain::Conversation *conversationAt(int row) const;
    //! All conversations matching the filter (a SQL count, not only the loaded rows).
    int totalCount() const;

    static WindowState windowState(const domain::Conversation &c, const QDateTime &now);
    static QString timeText(const QDateTime &t, const QDateTime &now);

private:
    void onConversationChanged(const domain::Conversation &c);
    int insertPosition(const sync::ConversationKey &key) const;

    sync::SyncEngine *m_engine;
    sync::ConversationFilter m_filter;
    QList<domain::Conversation> m_rows;
    bool m_atEnd = false;
    bool m_changing = false;
    std::function<QDateTime()> m_now;
    QTimer m_tick;
};

} // namespace recado::ui
