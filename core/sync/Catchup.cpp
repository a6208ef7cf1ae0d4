// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Catchup.h"

#include "core/sync/EventApplier.h"
#include "core/sync/LocalCache.h"
#include "core/sync/RelayApi.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCatchup, "recado.sync.catchup", QtWarningMsg)

namespace recado::sync {

static const QString kInitialized = QStringLiteral("snapshot_done");

Catchup::Catchup(LocalCache *cache, RelayApi *api, EventApplier *applier, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
    , m_applier(applier)
{}

void Catchup::cancel()
{
    ++m_generation;
    m_running = false;
}

void Catchup::fail(const ApiResult &r)
{
    m_running = false;
    Q_EMIT failed(r);
}

void Catchup::run()
{
    ++m_generation;
    m_running = true;
    if (m_cache->metaValue(kInitialized).isEmpty()) {
        // First start: learn the relay's position, then take a snapshot from it. Replaying the
        // whole log would also work but costs one event per change ever made.
        const int gen = m_generation;
        m_api->events(0, 1, this, [this, gen](const ApiResult &r, const EventBatch &b) {
            if (gen != m_generation)
                return;
            if (!r.ok())
                return fail(r);
            // last_seq is the relay's head (docs/api.md): the snapshot reflects at least it.
            startSnapshot(b.lastSeq, false);
        });
        return;
    }
    fetchEvents();
}

void Catchup::resync(qint64 resumeAt)
{
    ++m_generation;
    m_running = true;
    startSnapshot(resumeAt, true);
}

void Catchup::fetchEvents()
{
    const int gen = m_generation;
    const qint64 after = m_cache->lastSeq();
    m_api->events(
        after, kEventPage, this, [this, gen, after](const ApiResult &r, const EventBatch &b) {
            if (gen != m_generation)
                return;
            if (!r.ok())
                return fail(r);
            if (b.resync) {
                qCDebug(lcCatchup) << "relay asks for resync at" << b.lastSeq;
                return startSnapshot(b.lastSeq, true);
            }
            if (b.lastSeq < after) {
                // The relay is behind us: its log was reset (restored backup, new database).
                qCDebug(lcCatchup) << "relay head" << b.lastSeq << "is behind our" << after;
                return startSnapshot(b.lastSeq, true);
            }
            if (!m_applier->applyAll(b.events, false)) {
                ApiResult bad;
                bad.errorCode = QStringLiteral("storage");
                bad.errorMessage =
                    tr("The local cache could not be written: %1").arg(m_applier->lastError());
                return fail(bad);
            }
            if (!b.events.isEmpty() && m_cache->lastSeq() < b.lastSeq)
                return fetchEvents();
            m_running = false;
            Q_EMIT finished();
        });
}

void Catchup::startSnapshot(qint64 resumeAt, bool clearMessages)
{
    m_snapshotSeq = resumeAt;
    m_snapshotIds.clear();
    if (clearMessages && !m_cache->clearForResync()) {
        ApiResult bad;
        bad.errorCode = QStringLiteral("storage");
        bad.errorMessage = tr("The local cache could not be written: %1").arg(m_cache->lastError());
        return fail(bad);
    }
    fetchConversationPage({});
}

void Catchup::fetchConversationPage(const QString &cursor)
{
    const int gen = m_generation;
    ConversationQuery q;
    q.limit = kConversationPage;
    q.cursor = cursor;
    m_api->conversations(q, this, [this, gen](const ApiResult &r, const ConversationPage &page) {
        if (gen != m_generation)
            return;
        if (!r.ok())
            return fail(r);
        m_cache->begin();
        for (const domain::Conversation &c : page.conversations) {
            m_snapshotIds.insert(c.id);
            m_cache->conversations().upsert(c);
        }
        if (!m_cache->commit()) {
            ApiResult bad;
            bad.errorCode = QStringLiteral("storage");
            bad.errorMessage =
                tr("The local cache could not be written: %1").arg(m_cache->lastError());
            return fail(bad);
        }
        if (!page.nextCursor.isEmpty() && !page.conversations.isEmpty())
            return fetchConversationPage(page.nextCursor);
        finishSnapshot();
    });
}

void Catchup::finishSnapshot()
{
    m_cache->begin();
    m_cache->conversations().removeExcept(m_snapshotIds);
    // The snapshot reflects at least the state at m_snapshotSeq; events after it are replayed
    // next, harmlessly where the snapshot already shows them (conversation seq check).
    m_cache->setLastSeq(m_snapshotSeq);
    m_cache->setMetaValue(kInitialized, QStringLiteral("1"));
    if (!m_cache->commit()) {
        ApiResult bad;
        bad.errorCode = QStringLiteral("storage");
        bad.errorMessage = tr("The local cache could not be written: %1").arg(m_cache->lastError());
        return fail(bad);
    }
    Q_EMIT snapshotTaken();
    fetchEvents();
}

} // namespace recado::sync
