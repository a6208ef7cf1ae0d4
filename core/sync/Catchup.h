// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/ApiResult.h"

#include <QObject>
#include <QSet>

namespace recado::sync {

class EventApplier;
class LocalCache;
class RelayApi;

//! Brings the cache up to the relay's newest event over REST before the live stream takes over:
//! `GET /api/events?after=N` page by page. When the relay no longer keeps our events (resync),
//! or on the very first start, it takes a snapshot instead: every conversation, page by page,
//! then drops the cached conversations the relay no longer has and the cached message history
//! (refetched when a thread is opened), and continues from the snapshot's sequence number.
//! The result is exactly the relay's state, however long the client was away.
class Catchup : public QObject
{
    Q_OBJECT
public:
    Catchup(LocalCache *cache, RelayApi *api, EventApplier *applier, QObject *parent = nullptr);

    void run();
    //! Snapshot now, then continue from `resumeAt` (the relay's sequence number at resync).
    void resync(qint64 resumeAt);
    bool isRunning() const { return m_running; }
    void cancel();

    static constexpr int kEventPage = 500;
    static constexpr int kConversationPage = 200;

Q_SIGNALS:
    void finished();
    void failed(const recado::sync::ApiResult &result);
    //! The conversation set was replaced wholesale; lists should reload from the cache.
    void snapshotTaken();

private:
    void fetchEvents();
    void startSnapshot(qint64 resumeAt, bool clearMessages);
    void fetchConversationPage(const QString &cursor);
    void finishSnapshot();
    void fail(const ApiResult &r);

    LocalCache *m_cache;
    RelayApi *m_api;
    EventApplier *m_applier;
    bool m_running = false;
    int m_generation = 0; //!< answers of a cancelled run are ignored
    qint64 m_snapshotSeq = 0;
    QSet<qint64> m_snapshotIds;
};

} // namespace recado::sync
