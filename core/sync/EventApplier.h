// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Conversation.h"
#include "core/domain/Event.h"
#include "core/sync/CachedMessage.h"

#include <QObject>

#include <functional>

namespace recado::sync {

class LocalCache;

//! Applies relay events to the cache, in order, and announces what changed. The event and the
//! new last sequence number are written in one transaction, so after a crash the cache never
//! claims an event it does not hold. Events at or below the last applied sequence number are
//! ignored (replays after a reconnect are harmless).
class EventApplier : public QObject
{
    Q_OBJECT
public:
    explicit EventApplier(LocalCache *cache, QObject *parent = nullptr);

    enum class Outcome { Applied, Skipped, Failed };
    //! `live`: the event just happened (stream), as opposed to catch-up; only live inbound
    //! messages raise newInboundMessage (no notification storm after a day offline).
    Outcome apply(const domain::Event &event, bool live);
    //! Applies a batch in one transaction; returns false on a storage failure.
    bool applyAll(const QList<domain::Event> &events, bool live);
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void conversationChanged(const recado::domain::Conversation &conversation);
    void messageChanged(const recado::sync::CachedMessage &message);
    void newInboundMessage(const recado::domain::Conversation &conversation,
                           const recado::sync::CachedMessage &message);
    void relayAlert(const QString &code, const QString &message);

private:
    bool applyOne(const domain::Event &e, bool live);
    bool storeConversation(const QJsonObject &json);

    LocalCache *m_cache;
    QString m_error;
    // Signals are queued during a transaction and sent after commit, so listeners that read
    // the cache see the committed state and a rolled-back batch announces nothing.
    QList<std::function<void()>> m_pending;
};

} // namespace recado::sync
