// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Outbox.h"

#include "core/sync/LocalCache.h"
#include "core/sync/RelayApi.h"

#include <QUuid>

namespace recado::sync {

using namespace recado::domain;

Outbox::Outbox(LocalCache *cache, RelayApi *api, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::sendNext);
}

std::optional<CachedMessage> Outbox::enqueue(qint64 conversationId, const QString &text,
                                             const QString &replyTo, const QString &author)
{
    OutboxEntry e;
    e.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.conversationId = conversationId;
    e.text = text;
    e.replyTo = replyTo;
    e.createdAt = QDateTime::currentDateTimeUtc();

    Message m;
    m.conversationId = conversationId;
    m.clientId = e.clientId;
    m.direction = Direction::Outbound;
    m.kind = QStringLiteral("text");
    m.text = text;
    m.replyToWamid = replyTo;
    m.author = author;
    m.timestamp = e.createdAt;

    CachedMessage stored;
    if (!m_cache->begin() || !m_cache->outbox().add(e) ||
        !m_cache->messages().insertPending(m, &stored)) {
        const QString why = m_cache->outbox().lastError() + m_cache->messages().lastError();
        m_cache->rollback();
        Q_EMIT storageError(why);
        return std::nullopt;
    }
    if (!m_cache->commit()) {
        Q_EMIT storageError(m_cache->lastError());
        return std::nullopt;
    }
    if (m_online && !m_inFlight && !m_retryTimer.isActive())
        QTimer::singleShot(0, this, &Outbox::sendNext);
    return stored;
}

bool Outbox::retry(const QString &clientId)
{
    CachedMessage stored;
    if (!m_cache->outbox().get(clientId))
        return false;
    if (!m_cache->begin() || !m_cache->outbox().markPending(clientId) ||
        !m_cache->messages().setPending(clientId, &stored)) {
        m_cache->rollback();
        return false;
    }
    if (!m_cache->commit())
        return false;
    Q_EMIT messageChanged(stored);
    m_backoff.reset();
    if (m_online && !m_inFlight) {
        m_retryTimer.stop();
        QTimer::singleShot(0, this, &Outbox::sendNext);
    }
    return true;
}

void Outbox::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    if (!online) {
        m_retryTimer.stop();
        return;
    }
    m_backoff.reset();
    if (!m_inFlight)
        QTimer::singleShot(0, this, &Outbox::sendNext);
}

int Outbox::pendingCount() const
{
    return m_cache->outbox().pending().size();
}

void Outbox::sendNext()
{
    if (!m_online || m_inFlight || !m_cache->isOpen())
        return;
    const QList<OutboxEntry> pending = m_cache->outbox().pending();
    if (pending.isEmpty())
        return;
    const OutboxEntry e = pending.first();
    m_cache->outbox().recordAttempt(e.clientId);
    m_inFlight = true;
    m_api->sendText(e.conversationId, e.clientId, e.text, e.replyTo, this,
                    [this, id = e.clientId](const ApiResult &r, const Message &stored) {
                        m_inFlight = false;
                        onAnswer(id, r, stored);
                    });
}

void Outbox::onAnswer(const QString &clientId, const ApiResult &r, const Message &stored)
{
    if (!m_cache->isOpen())
        return;
    if (r.ok()) {
        m_backoff.reset();
        Message m = stored;
        if (m.clientId.isEmpty())
            m.clientId = clientId;
        CachedMessage row;
        if (m_cache->begin() && m_cache->messages().upsert(m, &row) &&
            m_cache->outbox().remove(clientId) && m_cache->commit()) {
            Q_EMIT messageChanged(row);
        } else {
            m_cache->rollback();
            Q_EMIT storageError(m_cache->messages().lastError() + m_cache->outbox().lastError());
        }
        QTimer::singleShot(0, this, &Outbox::sendNext);
        return;
    }
    if (r.isTransient()) {
        // Same entry, same client id, later.
        m_retryTimer.start(m_backoff.nextDelayMs());
        return;
    }
    if (r.httpStatus == 401)
        return; // the session is over; the entry stays for the next sign-in
    CachedMessage row;
    if (m_cache->begin() && m_cache->outbox().markFailed(clientId, r.errorMessage) &&
        m_cache->messages().setLocalFailure(clientId, r.errorMessage, &row) && m_cache->commit()) {
        Q_EMIT messageChanged(row);
    } else {
        m_cache->rollback();
    }
    QTimer::singleShot(0, this, &Outbox::sendNext);
}

} // namespace recado::sync
