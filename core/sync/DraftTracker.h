// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Draft.h"
#include "core/sync/ApiResult.h"
#include "core/sync/CachedMessage.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

namespace recado::domain {
struct Event;
}

namespace recado::sync {

class DraftApi;
class SyncEngine;

//! Keeps the pending AI draft of the conversation the agent has open, and carries out the
//! agent's decision on it.
//!
//! The relay is the source of truth: opening a conversation (also after a client restart) asks
//! for its pending draft; `draft.new`/`draft.updated` events on the stream replace it live; a
//! reconnect refetches (events missed while offline are not replayed to us). Drafts seen this
//! run are remembered per conversation, so switching back shows the last known draft at once.
//!
//! Sends are idempotent: each draft gets one client id for its whole life, so clicking Approve
//! again after a timeout can never send the reply twice.
class DraftTracker : public QObject
{
    Q_OBJECT
public:
    explicit DraftTracker(SyncEngine *engine, QObject *parent = nullptr);

    DraftApi *api() const { return m_api; }

    //! Follows `conversationId` (0: none) and fetches its pending draft.
    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }
    //! The open conversation's pending draft, if any.
    std::optional<domain::Draft> pending() const;
    //! Asks the relay again (the "blocked" state can change as time passes).
    void refresh();
    bool isBusy() const { return m_busy; }
    //! A person wrote to the customer after the pending draft was made (the draft may be moot).
    bool answeredSinceDraft() const;

    void approve();
    void sendEdited(const QString &text);
    void reject(const QString &reason, const QString &note);

Q_SIGNALS:
    //! The open conversation's pending draft changed (appeared, changed, or is gone).
    void pendingChanged();
    void busyChanged(bool busy);
    //! A decision this client asked for went through (`draft` is the decided draft).
    void decided(const recado::domain::Draft &draft);
    //! A decision failed; `message` is in words.
    void failed(const QString &message);
    //! The draft on screen was decided somewhere else (another agent, or superseded because
    //! the customer wrote again).
    void decidedElsewhere(const recado::domain::Draft &draft);

private:
    void onEvent(const domain::Event &e);
    void onMessage(const CachedMessage &m);
    bool isPersonsReplyAfter(const domain::Message &m, const domain::Draft &d) const;
    void store(qint64 conversationId, const std::optional<domain::Draft> &draft);
    void finish(const ApiResult &r, const domain::Draft &draft);
    void setBusy(bool busy);
    void scheduleWindowCheck();
    QString clientIdFor(qint64 draftId);

    SyncEngine *m_engine;
    DraftApi *m_api;
    qint64 m_conversationId = 0;
    QHash<qint64, std::optional<domain::Draft>> m_known; //!< by conversation
    QHash<qint64, QString> m_clientIds;                  //!< by draft
    qint64 m_deciding = 0; //!< the draft this client is deciding on right now
    bool m_busy = false;
    int m_fetchGeneration = 0;
    QTimer m_windowCheck; //!< asks again when the customer's 24-hour window closes
};

} // namespace recado::sync
