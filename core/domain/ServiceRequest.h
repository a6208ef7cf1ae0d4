// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace recado::domain {

//! A field-service request a conversation can be linked to.
struct ServiceRequest
{
    QString id; //!< human-readable, e.g. "SR-1042"
    QString serviceType;
    QString customerName;
    QString contactPhone; //!< E.164
    QString contactEmail;
    QString address;
    QDate requestedDate;
    QString status = QStringLiteral("open");
    QString vendor;
    QString technician;
    QDateTime createdAt;
};

} // namespace recado::domain
