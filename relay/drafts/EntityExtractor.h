// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/drafts/DraftResult.h"

#include <QDate>
#include <QList>
#include <QString>

namespace recado::relay::drafts {

//! Pulls structured data out of a customer message so that agents (and the reply) need not
//! ask for it again: request ids, dates, times and windows, addresses, money amounts.
class EntityExtractor
{
public:
    static QList<Entity> extract(const QString &text, const QDate &today);

    //! "SR-1042", "#1042", "folio 1042", "OS 3310", "chamado 1042" -> value SR-<digits>.
    static QList<Entity> requestIds(const QString &text);
    //! Street addresses ("Calle Morelos 45, col. Centro", "Rua Augusta, 500, ap 32",
    //! "my address is ...").
    static QList<Entity> addresses(const QString &text);
    //! "$1,200", "R$ 380", "450 pesos", "120,00 reais" -> value "1200.00 MXN" / "380.00 BRL" /
    //! "1200.00" when the currency is not said.
    static QList<Entity> amounts(const QString &text);
    //! 1.200,50 / 1,200.50 / 120,00 / 450 -> 1200.5, 1200.5, 120, 450 (NaN if not a number).
    static double parseAmount(const QString &number);
};

} // namespace recado::relay::drafts
