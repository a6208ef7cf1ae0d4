// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/drafts/DraftResult.h"
#include "relay/drafts/review/DraftStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace recado::relay::review {

//! A stored draft: what the drafter said about one inbound message, and what became of it.
struct DraftRecord
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 messageId = 0; //!< the inbound customer message it answers
    DraftStatus status = DraftStatus::Pending;
    drafts::DraftResult result;
    QDateTime createdAt;
    QDateTime decidedAt;      //!< approval, edit, rejection, auto-send or supersession
    QString decidedBy;        //!< agent user name, or the system actors for automatic decisions
    qint64 sentMessageId = 0; //!< the outbound message, when it was sent
    QString sentText;
    int editDistance = -1; //!< from the draft to what was sent; -1 when nothing was sent
    QString rejectReason;
    QString note;            //!< the agent's free text with a rejection
    QDateTime markedWrongAt; //!< a supervisor flagged the auto-sent reply as wrong
    QString markedWrongBy;
    QString markedWrongNote;
    QString customerName; //!< filled by list queries (joined), for the supervisor view

    bool isPending() const { return status == DraftStatus::Pending; }
    bool markedWrong() const { return markedWrongAt.isValid(); }
    //! The wire form (docs/api.md, "AI drafts"). `blockedReason` says why approving would be
    //! refused right now (window_closed, conversation_closed), empty when it would not.
    QJsonObject toJson(const QString &blockedReason = QString()) const;
};

//! The actor names of decisions no person made.
inline QString autoSendActor()
{
    return QStringLiteral("recado-ai");
}
inline QString systemActor()
{
    return QStringLiteral("recado");
}

} // namespace recado::relay::review
