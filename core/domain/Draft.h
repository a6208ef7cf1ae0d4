// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace recado::domain {

//! Where a draft's facts come from: a knowledge-base article, the linked service request, the
//! customer record or an earlier message. `text` is what the drafter read.
struct DraftSource
{
    QString kind; //!< kb, service_request, customer, message
    QString id;
    QString title;
    QString text;
};

//! Something the drafter recognised in the customer's message (a date, a request id...).
struct DraftEntity
{
    QString type; //!< request_id, date, time, time_window, address, amount
    QString text; //!< as the customer wrote it
    QString value;
};

//! An AI draft of a reply to one customer message, and what became of it (docs/api.md,
//! "AI drafts"). Ids are the relay's; unset numbers are 0, unset texts empty.
struct Draft
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 messageId = 0; //!< the customer message it answers
    QString status;       //!< pending, approved, edited, rejected, auto_sent, superseded
    QString intent;
    double confidence = 0; //!< 0..1
    QString lang;
    QString text; //!< the drafted reply
    QList<DraftSource> sources;
    QList<DraftEntity> entities;
    bool escalate = false;
    QString escalationReason;
    QStringList escalationReasons;
    bool grounded = false;
    QString drafter; //!< builtin, model
    QString fallbackReason;
    QDateTime createdAt;
    QDateTime decidedAt;
    QString decidedBy;
    qint64 sentMessageId = 0;
    QString sentText;
    int editDistance = -1;
    bool autoSent = false;
    QString rejectReason;
    QString note;
    bool markedWrong = false;
    QDateTime markedWrongAt;
    QString markedWrongBy;
    QString markedWrongNote;
    QString blockedReason; //!< why approving would be refused now; empty when it would not
    QString customerName;

    bool isPending() const { return status == QLatin1String("pending"); }
};

//! One entry of a draft's append-only decision log.
struct DraftDecision
{
    qint64 id = 0;
    QString action; //!< approve, edit, reject, auto_send, supersede, mark_wrong
    QString actor;
    QDateTime at;
    QString draftText;
    QString sentText;
    int editDistance = -1;
    QString reason;
    QString note;
};

} // namespace recado::domain
