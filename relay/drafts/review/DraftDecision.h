// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/drafts/review/DraftRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace recado::relay::review {

//! One row of the append-only audit of drafts: who did what to which draft, when, what the
//! draft said and what was sent. Actions: approve, edit, reject, auto_send, supersede,
//! mark_wrong.
struct DraftDecision
{
    qint64 id = 0;
    qint64 draftId = 0;
    qint64 conversationId = 0;
    QString action;
    QString actor; //!< user name, recado-ai (auto-send) or recado (supersession)
    QDateTime at;
    QString draftText;
    QString sentText;
    qint64 sentMessageId = 0;
    int editDistance = -1;
    QString reason;
    QString note;

    QJsonObject toJson() const;

    //! A decision on `draft` by `actor` at `at`, with what the draft said; the rest is the
    //! action's own.
    static DraftDecision on(const DraftRecord &draft, const QString &action, const QString &actor,
                            const QDateTime &at);
};

} // namespace recado::relay::review
