// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Agent.h"
#include "core/domain/Conversation.h"
#include "core/sync/ApiResult.h"
#include "core/sync/Backoff.h"
#include "core/sync/CachedMessage.h"
#include "core/sync/ConversationFilter.h"
#include "core/sync/RelayApi.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace recado::sync {

class Catchup;
class EventApplier;
class EventStream;
class LocalCache;
class MediaApi;
class Outbox;
struct OutboxAttachment;

//! The one object the desktop UI talks to. It owns the account's cache, the REST client, the
//! event stream and the outbox, keeps the cache converged with the relay, and reports every
//! change through signals. The UI reads the cache through the read calls below (which are
//! fast, indexed, paged queries) and never opens a socket or a database itself.
//!
//! Lifecycle: openCache() shows the cached inbox at once; setAccount() + start() then catch up
//! over REST and go live on the WebSocket stream, reconnecting with backoff and jitter
//! whenever the network or the relay goes away.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class Connection { Offline, Connecting, Live };
    Q_ENUM(Connection)

    explicit SyncEngine(QObject *parent = nullptr);
    ~SyncEngine() override;

    bool openCache(const QString &path);
    QString cacheError() const;
    void setAccount(const QUrl &relayUrl, const QString &token, const domain::Agent &me);
    domain::Agent me() const { return m_me; }
    void start();
    void stop();

    Connection connection() const { return m_connection; }
    //! While offline: milliseconds until the next attempt (-1 when unknown).
    int retryInMs() const;
    QString connectionError() const { return m_connectionError; }

    // Reads, straight from the cache.
    QList<domain::Conversation> conversations(const ConversationFilter &filter,
                                              const std::optional<ConversationKey> &after,
                                              int limit) const;
    int conversationCount(const ConversationFilter &filter) const;
    std::optional<domain::Conversation> conversation(qint64 id) const;
    QList<CachedMessage> messages(qint64 conversationId, const std::optional<MessageKey> &before,
                                  int limit) const;
    bool historyComplete(qint64 conversationId) const;
    bool isFetchingHistory(qint64 conversationId) const
    {
        return m_historyInFlight.contains(conversationId);
    }
    int totalUnread() const;
    QList<domain::Agent> agents() const { return m_agents; }

    // Actions. Failures arrive as actionFailed() in words.
    //! Marks the conversation read and makes sure its newest messages are cached.
    void openConversation(qint64 id);
    void markRead(qint64 id);
    //! Fetches the page older than the oldest cached message from the relay (historyLoaded).
    void fetchOlder(qint64 conversationId);
    std::optional<CachedMessage> sendText(qint64 conversationId, const QString &text,
                                          const QString &replyTo = {});
    //! Any other kind through the outbox (see Outbox::enqueueMessage).
    std::optional<CachedMessage> sendMessage(qint64 conversationId, const QString &kind,
                                             const QJsonObject &content, const QString &text,
                                             const QString &replyTo,
                                             const OutboxAttachment &attachment);
    void retry(const CachedMessage &message);
    //! `username` empty: unassign.
    void assign(qint64 conversationId, const QString &username);
    //! `serviceRequestId` empty: unlink.
    void link(qint64 conversationId, const QString &serviceRequestId);
    void setStatus(qint64 conversationId, domain::ConversationStatus status);

    RelayApi *api() const { return m_api; }
    LocalCache *cache() const { return m_cache.get(); }
    EventStream *stream() const { return m_stream; }
    Outbox *outbox() const { return m_outbox; }
    //! Downloads of message files and uploads of attachments (the UI's media loader uses it).
    MediaApi *media() const { return m_media; }
    Backoff &catchupBackoff() { return m_backoff; }

Q_SIGNALS:
    void connectionChanged(recado::sync::SyncEngine::Connection connection);
    void caughtUp();
    void conversationChanged(const recado::domain::Conversation &conversation);
    //! The conversation set was replaced (snapshot after resync): reload lists and threads.
    void conversationsReset();
    void messageChanged(const recado::sync::CachedMessage &message);
    void historyLoaded(qint64 conversationId, int count, bool complete);
    void historyFailed(qint64 conversationId, const QString &message);
    void newInboundMessage(const recado::domain::Conversation &conversation,
                           const recado::sync::CachedMessage &message);
    void unreadTotalChanged(int total);
    void agentsChanged();
    void actionFailed(const QString &message);
    void relayAlert(const QString &code, const QString &message);
    //! The relay no longer accepts our token; sign in again.
    void sessionExpired(const QString &message);

private:
    void setConnection(Connection c);
    void onCatchupFinished();
    void onCatchupFailed(const ApiResult &r);
    void onStreamState();
    void onStreamEvent(const domain::Event &e);
    void storeConversation(const ApiResult &r, const domain::Conversation &c);
    void scheduleUnreadUpdate();
    void loadAgents();
    void flushPendingReads();

    std::unique_ptr<LocalCache> m_cache;
    RelayApi *m_api;
    EventStream *m_stream;
    EventApplier *m_applier;
    Catchup *m_catchup;
    Outbox *m_outbox;
    MediaApi *m_media;
    domain::Agent m_me;
    QList<domain::Agent> m_agents;
    Connection m_connection = Connection::Offline;
    QString m_connectionError;
    bool m_running = false;
    bool m_streamWasLive = false;
    Backoff m_backoff{500, 30000};
    QTimer m_retryTimer;
    QTimer m_unreadTimer;
    int m_lastUnread = -1;
    QSet<qint64> m_historyInFlight;
    QSet<qint64> m_pendingReads;
};

} // namespace recado::sync
