// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/drafts/DraftResult.h"

#include <QDate>
#include <QList>
#include <QString>

namespace recado::relay::drafts {

//! One checkable fact stated by a reply.
struct GroundingClaim
{
    QString kind;  //!< amount, date, weekday, time, request_id, status, name, number, address
    QString text;  //!< as written in the reply
    QString value; //!< normalised
    bool grounded = false;
};

struct GroundingReport
{
    QList<GroundingClaim> claims;

    bool grounded() const;
    QList<GroundingClaim> unsupported() const;
    //! "amount 600.00 ($600); name Pedro" for logs and fallback reasons.
    QString summary() const;
};

//! Checks that a reply states no fact its sources do not contain: money amounts, dates
//! (absolute, relative like "mañana", weekdays), times, request ids, statuses, proper names,
//! other numbers and addresses. Facts are compared normalised ("$1,200" = "1200 pesos",
//! "martes 12 de mayo" = 2026-05-12 = "el martes"), not as strings.
class GroundingChecker
{
public:
    static GroundingReport check(const QString &reply, const QList<DraftSource> &sources,
                                 const QDate &today);
    //! The facts stated by `text` (the claims check() verifies).
    static QList<GroundingClaim> claims(const QString &text, const QDate &today);
};

} // namespace recado::relay::drafts
