// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace recado::relay::drafts {

//! Service-request statuses as drafts talk about them. ServiceRequest::status is free text
//! ("scheduled", "en_route", "done" ...); this maps it to a canonical status, renders it in the
//! customer's language, and finds status claims in a reply for the grounding check.
class ServiceStatus
{
public:
    //! Canonical status for a stored status value ("done" -> "completed"); the value itself,
    //! lower-cased, if unknown.
    static QString canonical(const QString &status);
    //! "programada" / "agendada" / "scheduled" ...; the raw value when unknown.
    static QString localized(const QString &status, const QString &lang);
    //! Canonical statuses mentioned in `text` (any of es/pt/en), with the words that said so.
    static QList<QPair<QString, QString>> mentioned(const QString &text);
    static QStringList knownStatuses();
};

} // namespace recado::relay::drafts
