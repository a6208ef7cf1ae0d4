// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncEngine.h"

#include "core/protocol/JsonCodec.h"
#include "core/sync/Catchup.h"
#include "core/sync/EventApplier.h"
#include "core/sync/EventStream.h"
#include "core/sync/LocalCache.h"
#include "core/sync/MediaApi.h"
#include "core/sync/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEngine, "recado.sync.engine", QtWarningMsg)

namespace recado::sync {

using namespace recado::domain;

static constexpr int kHistoryPage = 100;

SyncEngine::SyncEngine(QObject *parent)
    : QObject(parent)
    , m_cache(std::make_unique<LocalCache>())
    , m_api(new RelayApi(this))
    , m_stream(new EventStream(this))
    , m_applier(new EventApplier(m_cache.get(), this))
    , m_catchup(new Catchup(m_cache.get(), m_api, m_applier, this))
    , m_outbox(new Outbox(m_cache.get(), m_api, this))
    , m_media(new MediaApi(m_api, this))
{
    m_outbox->setMediaApi(m_media);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_running) {
            setConnection(Connection::Connecting);
            m_catchup->run();
        }
    });
    m_unreadTimer.setSingleShot(true);
    connect(&m_unreadTimer, &QTimer::timeout, this, [this] {
        const int total = totalUnread();
        if (total != m_lastUnread) {
            m_lastUnread = total;
            Q_EMIT unreadTotalChanged(total);
        }
    });

    connect(m_applier, &EventApplier::conversationChanged, this, [this](const Conversation &c) {
        Q_EMIT conversationChanged(c);
        scheduleUnreadUpdate();
    });
    connect(m_applier, &EventApplier::messageChanged, this, &SyncEngine::messageChanged);
    connect(m_applier, &EventApplier::newInboundMessage, this, &SyncEngine::newInboundMessage);
    connect(m_applier, &EventApplier::relayAlert, this, &SyncEngine::relayAlert);
    connect(m_outbox, &Outbox::messageChanged, this, &SyncEngine::messageChanged);
    connect(m_outbox, &Outbox::storageError, this, [this](const QString &why) {
        Q_EMIT actionFailed(tr("The message could not be saved: %1").arg(why));
    });

    connect(m_catchup, &Catchup::finished, this, &SyncEngine::onCatchupFinished);
    connect(m_catchup, &Catchup::failed, this, &SyncEngine::onCatchupFailed);
    connect(m_catchup, &Catchup::snapshotTaken, this, [this] {
        Q_EMIT conversationsReset();
        scheduleUnreadUpdate();
    });

    m_stream->setResumeFrom([this] { return m_cache->isOpen() ? m_cache->lastSeq() : 0; });
    connect(m_stream, &EventStream::stateChanged, this, &SyncEngine::onStreamState);
    connect(m_stream, &EventStream::eventReceived, this, &SyncEngine::onStreamEvent);
    connect(m_stream, &EventStream::resyncRequired, this, [this](qint64 lastSeq) {
        m_stream->stop();
        setConnection(Connection::Connecting);
        m_catchup->resync(lastSeq);
    });
    connect(m_stream, &EventStream::hello, this, [this](qint64 relayHead) {
        if (relayHead < m_cache->lastSeq()) {
            // The relay's log restarted below our position: our cache describes a past that
            // no longer exists. Start over from a snapshot.
            m_stream->stop();
            setConnection(Connection::Connecting);
            m_catchup->resync(relayHead);
        }
    });
    connect(m_stream, &EventStream::unauthorized, this, [this] {
        Q_EMIT sessionExpired(tr("Your session is no longer valid. Please sign in again."));
    });
    connect(m_api, &RelayApi::unauthorized, this, [this](const QString &message) {
        if (m_running) {
            stop();
            Q_EMIT sessionExpired(message);
        }
    });
}

SyncEngine::~SyncEngine()
{
    stop();
}

bool SyncEngine::openCache(const QString &path)
{
    const bool ok = m_cache->open(path);
    if (ok) {
        const QJsonArray agents =
            QJsonDocument::fromJson(m_cache->metaValue(QStringLiteral("agents")).toUtf8()).array();
        m_agents.clear();
        for (const QJsonValue &v : agents)
            m_agents.append(protocol::agentFromJson(v.toObject()));
    }
    return ok;
}

QString SyncEngine::cacheError() const
{
    return m_cache->lastError();
}

void SyncEngine::setAccount(const QUrl &relayUrl, const QString &token, const Agent &me)
{
    m_api->setBaseUrl(relayUrl);
    m_api->setToken(token);
    m_stream->setRelayUrl(relayUrl);
    m_stream->setToken(token);
    m_me = me;
}

void SyncEngine::start()
{
    if (m_running || !m_cache->isOpen())
        return;
    m_running = true;
    m_backoff.reset();
    setConnection(Connection::Connecting);
    scheduleUnreadUpdate();
    m_catchup->run();
}

void SyncEngine::stop()
{
    m_running = false;
    m_retryTimer.stop();
    m_catchup->cancel();
    m_stream->stop();
    m_outbox->setOnline(false);
    setConnection(Connection::Offline);
}

void SyncEngine::setConnection(Connection c)
{
    if (m_connection == c)
        return;
    m_connection = c;
    Q_EMIT connectionChanged(c);
}

int SyncEngine::retryInMs() const
{
    if (m_retryTimer.isActive())
        return m_retryTimer.remainingTime();
    return m_stream->retryInMs();
}

void SyncEngine::onCatchupFinished()
{
    if (!m_running)
        return;
    m_backoff.reset();
    m_connectionError.clear();
    Q_EMIT caughtUp();
    loadAgents();
    m_stream->start();
}

void SyncEngine::onCatchupFailed(const ApiResult &r)
{
    if (!m_running)
        return;
    if (r.httpStatus == 401)
        return; // RelayApi::unauthorized already ended the session
    qCDebug(lcEngine) << "catch-up failed:" << r.errorMessage;
    m_connectionError = r.errorMessage;
    m_outbox->setOnline(false);
    m_retryTimer.start(m_backoff.nextDelayMs()); // before the signal: listeners show the wait
    setConnection(Connection::Offline);
}

void SyncEngine::onStreamState()
{
    if (!m_running)
        return;
    switch (m_stream->state()) {
    case EventStream::State::Live:
        m_streamWasLive = true;
        m_connectionError.clear();
        setConnection(Connection::Live);
        m_outbox->setOnline(true);
        flushPendingReads();
        break;
    case EventStream::State::Waiting:
        m_connectionError = m_stream->lastError();
        m_outbox->setOnline(false);
        setConnection(Connection::Offline);
        // A refused handshake looks like any network error on the socket; ask REST whether the
        // token is still good (a 401 ends the session via RelayApi::unauthorized).
        m_api->me(this, [](const ApiResult &, const Agent &) {});
        break;
    case EventStream::State::Connecting:
        if (m_connection != Connection::Live)
            setConnection(Connection::Connecting);
        break;
    case EventStream::State::Idle:
        break;
    }
}

void SyncEngine::onStreamEvent(const Event &e)
{
    const qint64 last = m_cache->lastSeq();
    if (e.seq <= last)
        return;
    if (e.seq > last + 1) {
        // We missed something (should not happen: the stream replays in order). Catch up over
        // REST, which restarts the stream from the right place.
        qCDebug(lcEngine) << "gap in stream:" << last << "->" << e.seq;
        m_stream->stop();
        setConnection(Connection::Connecting);
        m_catchup->run();
        return;
    }
    if (m_applier->apply(e, true) == EventApplier::Outcome::Failed)
        Q_EMIT actionFailed(
            tr("The local cache could not be written: %1").arg(m_applier->lastError()));
}

QList<Conversation> SyncEngine::conversations(const ConversationFilter &filter,
                                              const std::optional<ConversationKey> &after,
                                              int limit) const
{
    if (!m_cache->isOpen())
        return {};
    return m_cache->conversations().page(filter, after, limit);
}

int SyncEngine::conversationCount(const ConversationFilter &filter) const
{
    return m_cache->isOpen() ? m_cache->conversations().count(filter) : 0;
}

std::optional<Conversation> SyncEngine::conversation(qint64 id) const
{
    if (!m_cache->isOpen())
        return std::nullopt;
    return m_cache->conversations().get(id);
}

QList<CachedMessage> SyncEngine::messages(qint64 conversationId,
                                          const std::optional<MessageKey> &before, int limit) const
{
    if (!m_cache->isOpen())
        return {};
    return m_cache->messages().pageBefore(conversationId, before, limit);
}

bool SyncEngine::historyComplete(qint64 conversationId) const
{
    return m_cache->isOpen() && m_cache->conversations().historyComplete(conversationId);
}

int SyncEngine::totalUnread() const
{
    return m_cache->isOpen() ? m_cache->conversations().totalUnread() : 0;
}

void SyncEngine::scheduleUnreadUpdate()
{
    if (!m_unreadTimer.isActive())
        m_unreadTimer.start(0);
}

void SyncEngine::openConversation(qint64 id)
{
    markRead(id);
    if (!m_cache->messages().hasMessages(id) && !historyComplete(id))
        fetchOlder(id);
}

void SyncEngine::markRead(qint64 id)
{
    auto c = conversation(id);
    if (!c || c->unreadCount == 0)
        return;
    // Clear the badge at once; the relay's answer (or its event) confirms it.
    m_cache->conversations().setUnread(id, 0);
    c->unreadCount = 0;
    Q_EMIT conversationChanged(*c);
    scheduleUnreadUpdate();
    m_pendingReads.insert(id);
    if (m_connection == Connection::Live)
        flushPendingReads();
}

void SyncEngine::flushPendingReads()
{
    const QSet<qint64> ids = std::exchange(m_pendingReads, {});
    for (qint64 id : ids) {
        m_api->markRead(id, this, [this, id](const ApiResult &r, const Conversation &c) {
            if (r.isTransient())
                m_pendingReads.insert(id); // next time we are live
            else
                storeConversation(r, c);
        });
    }
}

void SyncEngine::fetchOlder(qint64 conversationId)
{
    if (!m_cache->isOpen() || m_historyInFlight.contains(conversationId) ||
        historyComplete(conversationId))
        return;
    m_historyInFlight.insert(conversationId);
    const qint64 before = m_cache->messages().oldestRelayId(conversationId);
    m_api->messages(conversationId, before, kHistoryPage, this,
                    [this, conversationId](const ApiResult &r, const MessagePage &page) {
                        m_historyInFlight.remove(conversationId);
                        if (!m_cache->isOpen())
                            return;
                        if (!r.ok()) {
                            Q_EMIT historyFailed(conversationId, r.errorMessage);
                            return;
                        }
                        m_cache->begin();
                        for (const Message &m : page.messages)
                            m_cache->messages().upsert(m);
                        if (!page.hasMore)
                            m_cache->conversations().setHistoryComplete(conversationId, true);
                        if (!m_cache->commit()) {
                            Q_EMIT historyFailed(conversationId, m_cache->lastError());
                            return;
                        }
                        Q_EMIT historyLoaded(conversationId, int(page.messages.size()),
                                             !page.hasMore);
                    });
}

std::optional<CachedMessage> SyncEngine::sendText(qint64 conversationId, const QString &text,
                                                  const QString &replyTo)
{
    if (!m_cache->isOpen() || text.trimmed().isEmpty())
        return std::nullopt;
    auto stored = m_outbox->enqueue(conversationId, text, replyTo, m_me.username);
    if (stored)
        Q_EMIT messageChanged(*stored);
    return stored;
}

std::optional<CachedMessage> SyncEngine::sendMessage(qint64 conversationId, const QString &kind,
                                                     const QJsonObject &content,
                                                     const QString &text, const QString &replyTo,
                                                     const OutboxAttachment &attachment)
{
    if (!m_cache->isOpen())
        return std::nullopt;
    auto stored = m_outbox->enqueueMessage(conversationId, kind, content, text, replyTo,
                                           m_me.username, attachment);
    if (stored)
        Q_EMIT messageChanged(*stored);
    return stored;
}

void SyncEngine::retry(const CachedMessage &m)
{
    if (m.message.id == 0) {
        m_outbox->retry(m.message.clientId);
        return;
    }
    m_api->retryMessage(m.message.id, this, [this](const ApiResult &r) {
        if (!r.ok())
            Q_EMIT actionFailed(tr("The message could not be retried: %1").arg(r.errorMessage));
    });
}

void SyncEngine::storeConversation(const ApiResult &r, const Conversation &c)
{
    if (!r.ok()) {
        Q_EMIT actionFailed(r.errorMessage);
        return;
    }
    if (!m_cache->isOpen() || c.id == 0)
        return;
    ConversationTable::Change change;
    if (!m_cache->conversations().upsert(c, &change)) {
        Q_EMIT actionFailed(m_cache->conversations().lastError());
        return;
    }
    if (const auto stored = conversation(c.id)) {
        Q_EMIT conversationChanged(*stored);
        scheduleUnreadUpdate();
    }
}

void SyncEngine::assign(qint64 conversationId, const QString &username)
{
    m_api->assign(conversationId, username, this,
                  [this](const ApiResult &r, const Conversation &c) { storeConversation(r, c); });
}

void SyncEngine::link(qint64 conversationId, const QString &serviceRequestId)
{
    m_api->link(conversationId, serviceRequestId, this,
                [this](const ApiResult &r, const Conversation &c) { storeConversation(r, c); });
}

void SyncEngine::setStatus(qint64 conversationId, ConversationStatus status)
{
    m_api->setStatus(
        conversationId, status, this,
        [this](const ApiResult &r, const Conversation &c) { storeConversation(r, c); });
}

void SyncEngine::loadAgents()
{
    m_api->agents(this, [this](const ApiResult &r, const QList<Agent> &agents) {
        if (!r.ok())
            return;
        m_agents = agents;
        QJsonArray arr;
        for (const Agent &a : agents)
            arr.append(protocol::toJson(a));
        if (m_cache->isOpen())
            m_cache->setMetaValue(
                QStringLiteral("agents"),
                QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact)));
        Q_EMIT agentsChanged();
    });
}

} // namespace recado::sync
