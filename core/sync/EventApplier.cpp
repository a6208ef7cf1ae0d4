// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/EventApplier.h"

#include "core/protocol/JsonCodec.h"
#include "core/sync/LocalCache.h"

namespace recado::sync {

using namespace recado::domain;

EventApplier::EventApplier(LocalCache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{}

EventApplier::Outcome EventApplier::apply(const Event &event, bool live)
{
    if (event.seq <= m_cache->lastSeq())
        return Outcome::Skipped;
    return applyAll({event}, live) ? Outcome::Applied : Outcome::Failed;
}

bool EventApplier::applyAll(const QList<Event> &events, bool live)
{
    m_pending.clear();
    if (!m_cache->begin()) {
        m_error = m_cache->lastError();
        return false;
    }
    qint64 last = m_cache->lastSeq();
    const qint64 start = last;
    for (const Event &e : events) {
        if (e.seq <= last)
            continue;
        if (!applyOne(e, live)) {
            m_cache->rollback();
            m_pending.clear();
            return false;
        }
        last = e.seq;
    }
    if (last != start && !m_cache->setLastSeq(last)) {
        m_error = m_cache->lastError();
        m_cache->rollback();
        m_pending.clear();
        return false;
    }
    if (!m_cache->commit()) {
        m_error = m_cache->lastError();
        m_pending.clear();
        return false;
    }
    const auto pending = std::exchange(m_pending, {});
    for (const auto &announce : pending)
        announce();
    return true;
}

bool EventApplier::storeConversation(const QJsonObject &json)
{
    if (json.isEmpty())
        return true;
    const Conversation c = protocol::conversationFromJson(json);
    if (c.id == 0)
        return true;
    ConversationTable::Change change;
    if (!m_cache->conversations().upsert(c, &change)) {
        m_error = m_cache->conversations().lastError();
        return false;
    }
    if (change != ConversationTable::Change::None) {
        // Re-read: the cache may have kept a newer version than this event's.
        const auto stored = m_cache->conversations().get(c.id);
        if (stored)
            m_pending.append([this, s = *stored] { Q_EMIT conversationChanged(s); });
    }
    return true;
}

bool EventApplier::applyOne(const Event &e, bool live)
{
    const QString &type = e.type;
    if (type == QLatin1String("conversation.updated"))
        return storeConversation(e.payload.value(QStringLiteral("conversation")).toObject());

    if (type == QLatin1String("message.new") || type == QLatin1String("message.updated")) {
        if (!storeConversation(e.payload.value(QStringLiteral("conversation")).toObject()))
            return false;
        const Message m =
            protocol::messageFromJson(e.payload.value(QStringLiteral("message")).toObject());
        if (m.id == 0 && m.clientId.isEmpty())
            return true;
        // An update for a message we do not hold is older than our cached tail; inserting it
        // would leave a hole between it and the tail. It arrives with its page when scrolled to.
        if (type == QLatin1String("message.updated")) {
            const bool known =
                (m.id != 0 && m_cache->messages().containsRelayId(m.id)) ||
                (!m.clientId.isEmpty() && m_cache->messages().byClientId(m.clientId));
            if (!known)
                return true;
        }
        CachedMessage stored;
        MessageTable::Change change;
        if (!m_cache->messages().upsert(m, &stored, &change)) {
            m_error = m_cache->messages().lastError();
            return false;
        }
        m_pending.append([this, stored] { Q_EMIT messageChanged(stored); });
        if (live && type == QLatin1String("message.new") && m.direction == Direction::Inbound &&
            change == MessageTable::Change::Inserted) {
            const auto conv = m_cache->conversations().get(m.conversationId);
            if (conv)
                m_pending.append(
                    [this, c = *conv, stored] { Q_EMIT newInboundMessage(c, stored); });
        }
        return true;
    }

    if (type == QLatin1String("relay.alert")) {
        const QString code = e.payload.value(QStringLiteral("code")).toString();
        const QString message = e.payload.value(QStringLiteral("message")).toString();
        m_pending.append([this, code, message] { Q_EMIT relayAlert(code, message); });
        return true;
    }
    // template.*, account.*, draft.*, request.*: other issues' clients; the seq still advances.
    return true;
}

} // namespace recado::sync
