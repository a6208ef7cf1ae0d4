// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace recado::domain {

//! How drafts created in a period fared (docs/api.md, GET /api/drafts/figures).
struct DraftCounts
{
    QDate day;      //!< set for per-day rows
    QString intent; //!< set for per-intent rows
    int produced = 0;
    int approved = 0;
    int edited = 0;
    double meanEditDistance = -1; //!< -1 when nothing was edited
    int rejected = 0;
    QMap<QString, int> rejectReasons;
    int autoSent = 0;
    int autoSentMarkedWrong = 0;
    int escalated = 0;
    int superseded = 0;
    int pending = 0;
    double approvalRate = -1; //!< -1 when nothing was decided
};

//! The supervisor's figures for a date range.
struct DraftFigures
{
    QDateTime from; //!< start of the range (UTC instant)
    QDateTime to;   //!< end of the range, exclusive
    QString tz;
    DraftCounts totals;
    QList<DraftCounts> byDay;
    QList<DraftCounts> byIntent;
    // AI containment: resolved conversations that no person had to write in.
    int resolved = 0;
    int contained = 0;
    int containedWithAiReply = 0;
    double containmentRate = -1;
    // Time to the first human response on escalated conversations.
    int escalations = 0;
    int answered = 0;
    int unanswered = 0;
    double medianSeconds = -1;
    double p90Seconds = -1;
};

} // namespace recado::domain
