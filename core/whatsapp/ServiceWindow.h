// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace recado::whatsapp {

//! The 24-hour customer-service window. It is opened and refreshed only by the customer's own
//! messages; a business message never extends it. Computed in UTC, so time zones and
//! daylight-saving changes cannot shift it.
struct ServiceWindow
{
    static constexpr qint64 kLengthSecs = 24 * 60 * 60;

    QDateTime lastInboundAt;

    bool isOpen(const QDateTime &now) const
    {
        return lastInboundAt.isValid() && secondsLeft(now) > 0;
    }
    QDateTime closesAt() const { return lastInboundAt.toUTC().addSecs(kLengthSecs); }
    qint64 secondsLeft(const QDateTime &now) const
    {
        if (!lastInboundAt.isValid())
            return 0;
        return qMax<qint64>(0, now.toUTC().secsTo(closesAt()));
    }
};

} // namespace recado::whatsapp
