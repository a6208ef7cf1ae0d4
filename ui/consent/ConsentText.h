// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/TemplateTypes.h"

#include <QCoreApplication>
#include <QString>

namespace recado::ui {

//! Words for the consent ledger: states, actions and sources in the UI language.
class ConsentText
{
    Q_DECLARE_TR_FUNCTIONS(recado::ui::ConsentText)
public:
    //! "Opted in on 12 Mar 2026 (customer's first message)" and the like.
    static QString state(const sync::ConsentInfo &info);
    static QString action(const QString &action);
    static QString source(const QString &source);
};

} // namespace recado::ui
