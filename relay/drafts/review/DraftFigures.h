// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QTimeZone>

namespace recado::relay {
class Database;
}

namespace recado::relay::review {

//! How the AI drafts did over a period, as supervisors read it: per day and per intent, drafts
//! produced, approved as is, edited (with the mean edit distance), rejected (and why),
//! auto-sent (and marked wrong), escalated, superseded, still pending; AI containment
//! (conversations with a draft in the period, now archived or closed, that no person wrote to);
//! and time to the first human response on escalated conversations (median and p90).
class DraftFigures
{
public:
    explicit DraftFigures(Database &db)
        : m_db(db)
    {}

    //! Drafts created in [fromMs, toMs); days are calendar days in `zone`.
    QJsonObject compute(qint64 fromMs, qint64 toMs, const QTimeZone &zone);

    //! Linear interpolation between closest ranks (numpy's default); `sorted` ascending, p in
    //! [0,1]. 0 for an empty list.
    static double percentile(const QList<double> &sorted, double p);

private:
    QJsonObject containment(qint64 fromMs, qint64 toMs);
    QJsonObject firstHumanResponse(qint64 fromMs, qint64 toMs);

    Database &m_db;
};

} // namespace recado::relay::review
