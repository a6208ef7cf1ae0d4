// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/DraftTracker.h"

#include "core/domain/Event.h"
#include "core/protocol/DraftJson.h"
#include "core/sync/DraftApi.h"
#include "core/sync/EventStream.h"
#include "core/sync/SyncEngine.h"
#include "core/whatsapp/ServiceWindow.h"

#include <QUuid>

#include <limits>

namespace recado::sync {

using namespace recado::domain;

DraftTracker::DraftTracker(SyncEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_api(new DraftApi(engine->api(), this))
{
    connect(engine->stream(), &EventStream::eventReceived, this, &DraftTracker::onEvent);
    // Events missed while offline are caught up over REST without reaching us: ask again.
    connect(engine, &SyncEngine::caughtUp, this, &DraftTracker::refresh);
    connect(engine, &SyncEngine::messageChanged, this, &DraftTracker::onMessage);
    m_windowCheck.setSingleShot(true);
    connect(&m_windowCheck, &QTimer::timeout, this, &DraftTracker::refresh);
}

void DraftTracker::scheduleWindowCheck()
{
    // A pending draft becomes unsendable the moment the window closes; the relay computes that
    // when it serves the draft, so ask it again just after that moment.
    m_windowCheck.stop();
    const auto d = pending();
    const auto c = m_engine->conversation(m_conversationId);
    if (!d || !d->blockedReason.isEmpty() || !c || !c->lastInboundAt.isValid())
        return;
    const whatsapp::ServiceWindow window{c->lastInboundAt};
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(window.closesAt()) + 1000;
    if (ms > 0 && ms < std::numeric_limits<int>::max())
        m_windowCheck.start(int(ms));
}

bool DraftTracker::isPersonsReplyAfter(const Message &m, const Draft &d) const
{
    // Outbound, by a person (not the AI's auto-send nor the relay's own notices), after the
    // draft, and not the send of this very draft.
    return m.conversationId == d.conversationId && m.direction == Direction::Outbound &&
           m.author != QLatin1String("recado-ai") && m.author != QLatin1String("recado") &&
           m.timestamp.isValid() && d.createdAt.isValid() && m.timestamp >= d.createdAt &&
           m.id != d.sentMessageId &&
           (m.clientId.isEmpty() || m.clientId != m_clientIds.value(d.id));
}

bool DraftTracker::answeredSinceDraft() const
{
    const auto d = pending();
    if (!d || m_deciding == d->id)
        return false;
    // The newest cached page is enough: a reply after the draft is among the latest messages.
    const QList<CachedMessage> recent = m_engine->messages(d->conversationId, std::nullopt, 20);
    for (const CachedMessage &m : recent) {
        if (isPersonsReplyAfter(m.message, *d))
            return true;
    }
    return false;
}

void DraftTracker::onMessage(const CachedMessage &m)
{
    const auto d = pending();
    if (d && isPersonsReplyAfter(m.message, *d))
        Q_EMIT pendingChanged(); // same draft, but now answered: the pane says so
}

std::optional<Draft> DraftTracker::pending() const
{
    return m_known.value(m_conversationId);
}

void DraftTracker::setConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        return;
    m_conversationId = conversationId;
    scheduleWindowCheck();
    Q_EMIT pendingChanged(); // the remembered draft (or none) at once
    refresh();
}

void DraftTracker::refresh()
{
    const qint64 id = m_conversationId;
    if (id == 0)
        return;
    const int generation = ++m_fetchGeneration;
    m_api->pendingDraft(id, this,
                        [this, id, generation](const ApiResult &r, const std::optional<Draft> &d) {
                            // Only the newest answer counts: an older one may predate an event.
                            if (generation != m_fetchGeneration || !r.ok())
                                return;
                            store(id, d);
                        });
}

void DraftTracker::store(qint64 conversationId, const std::optional<Draft> &draft)
{
    const std::optional<Draft> before = m_known.value(conversationId);
    m_known.insert(conversationId, draft);
    if (conversationId != m_conversationId)
        return;
    scheduleWindowCheck();
    const bool same =
        before.has_value() == draft.has_value() &&
        (!draft || (before->id == draft->id && before->status == draft->status &&
                    before->blockedReason == draft->blockedReason && before->text == draft->text));
    if (!same)
        Q_EMIT pendingChanged();
}

void DraftTracker::onEvent(const Event &e)
{
    if (e.type != QLatin1String("draft.new") && e.type != QLatin1String("draft.updated"))
        return;
    const Draft d = protocol::draftFromJson(e.payload.value(QStringLiteral("draft")).toObject());
    if (d.id == 0 || d.conversationId == 0)
        return;
    ++m_fetchGeneration; // an answer in flight is older than this event
    const std::optional<Draft> current = m_known.value(d.conversationId);
    if (d.isPending()) {
        // The event does not say whether approving is blocked (that is computed when a draft is
        // served): keep what we know for the same draft, and ask for the open conversation.
        Draft shown = d;
        if (current && current->id == d.id)
            shown.blockedReason = current->blockedReason;
        store(d.conversationId, shown);
        if (d.conversationId == m_conversationId)
            refresh();
        return;
    }
    if (current && current->id == d.id) {
        store(d.conversationId, std::nullopt);
        if (d.conversationId == m_conversationId && d.id != m_deciding)
            Q_EMIT decidedElsewhere(d);
    }
}

QString DraftTracker::clientIdFor(qint64 draftId)
{
    QString &id = m_clientIds[draftId];
    if (id.isEmpty())
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return id;
}

void DraftTracker::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void DraftTracker::finish(const ApiResult &r, const Draft &draft)
{
    const qint64 id = m_deciding;
    m_deciding = 0;
    setBusy(false);
    if (!r.ok()) {
        if (r.errorCode == QLatin1String("draft_not_pending") ||
            r.errorCode == QLatin1String("not_found"))
            refresh(); // someone else was faster: show what is pending now
        else if (r.errorCode == QLatin1String("window_closed"))
            refresh(); // the draft stays pending, now with its blocked reason
        Q_EMIT failed(r.errorMessage);
        return;
    }
    m_clientIds.remove(id);
    if (const auto current = m_known.value(draft.conversationId); current && current->id == id)
        store(draft.conversationId, std::nullopt);
    Q_EMIT decided(draft);
}

void DraftTracker::approve()
{
    const auto d = pending();
    if (!d || m_busy)
        return;
    m_deciding = d->id;
    setBusy(true);
    m_api->approve(d->id, clientIdFor(d->id), this,
                   [this](const ApiResult &r, const Draft &draft) { finish(r, draft); });
}

void DraftTracker::sendEdited(const QString &text)
{
    const auto d = pending();
    if (!d || m_busy)
        return;
    m_deciding = d->id;
    setBusy(true);
    m_api->sendEdited(d->id, clientIdFor(d->id), text, this,
                      [this](const ApiResult &r, const Draft &draft) { finish(r, draft); });
}

void DraftTracker::reject(const QString &reason, const QString &note)
{
    const auto d = pending();
    if (!d || m_busy)
        return;
    m_deciding = d->id;
    setBusy(true);
    m_api->reject(d->id, reason, note, this,
                  [this](const ApiResult &r, const Draft &draft) { finish(r, draft); });
}

} // namespace recado::sync
