// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/CachedMessage.h"

#include <QAbstractListModel>
#include <QList>

namespace recado::sync {
class SyncEngine;
}

namespace recado::ui {

class MediaContext;

//! The messages of one conversation, oldest at the top. It starts with the newest page from
//! the cache and grows backwards: fetchOlder() prepends the next older page from the cache and,
//! once the cache is exhausted, asks the engine to fetch the page before it from the relay.
//! Only the rows the user scrolled through are in memory, so a thread of 100,000 messages
//! opens as fast as one of ten.
//!
//! Why not canFetchMore()/fetchMore(): item views call them when the *last* row is visible,
//! which in a chat is always, so they would load the whole history at once. The thread view
//! calls canFetchOlder()/fetchOlder() when the user nears the top instead.
class ThreadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        LocalIdRole = Qt::UserRole + 1,
        BodyRole,      //!< the text or caption
        KindRole,      //!< Meta's type word
        KindLabelRole, //!< placeholder for non-text kinds; empty for text
        OutboundRole,
        TimestampRole,
        TimeTextRole,
        StatusRole, //!< domain::DeliveryStatus as int
        StatusTextRole,
        FailureRole, //!< reason in words when failed
        QuoteRole,   //!< text of the quoted message
        QuoteOutboundRole,
        DaySeparatorRole, //!< "Today", "Monday, 3 November": set on the first row of a day
        AuthorRole,
        ForwardedRole, //!< "Forwarded" / "Forwarded many times", or empty
        ReactionsRole, //!< the emoji reacting to this message, e.g. "👍 ❤️", or empty
        HasCardRole,   //!< the bubble has a MessageCards card (media, location, ...)
    };
    //! The first page covers a screen or two; later pages are bigger (the user is scrolling).
    static constexpr int kFirstPage = 40;
    static constexpr int kPageSize = 80;

    explicit ThreadModel(sync::SyncEngine *engine, QObject *parent = nullptr);

    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }

    bool canFetchOlder() const;
    //! Returns the number of rows prepended synchronously (from the cache); 0 when the page has
    //! to come from the relay first (loadingOlder() is then true until it arrives).
    int fetchOlder();
    bool loadingOlder() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const sync::CachedMessage *messageAt(int row) const;
    int rowOfLocalId(qint64 localId) const;
    //! Whether the relay can be reached (pending messages then say "Sending…").
    void setOnline(bool online);

    static QString dayLabel(const QDate &day, const QDate &today);
    //! Files, thumbnails and durations for the bubbles; rows repaint when theirs arrive.
    void setMediaContext(MediaContext *media);
    MediaContext *mediaContext() const { return m_media; }
    //! Reactions are shown under the message they react to, not as rows of their own.
    static bool isShownAsRow(const sync::CachedMessage &m);

Q_SIGNALS:
    //! Rows were prepended (history); views keep their scroll position with it.
    void olderRowsInserted(int count);
    void loadingOlderChanged(bool loading);

private:
    void onMessageChanged(const sync::CachedMessage &m);
    void onHistoryLoaded(qint64 conversationId, int count, bool complete);
    void reload();
    int insertPosition(const sync::MessageKey &key) const;
    void touchRow(int row);

    sync::SyncEngine *m_engine;
    qint64 m_conversationId = 0;
    QList<sync::CachedMessage> m_rows;
    bool m_cacheExhausted = true;
    bool m_waitingForRelay = false;
    bool m_online = true;
    MediaContext *m_media = nullptr;
};

} // namespace recado::ui
