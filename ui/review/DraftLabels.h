// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Draft.h"

#include <QCoreApplication>
#include <QString>

namespace recado::ui {

//! The relay's draft codes (intents, outcomes, reasons...) in the agent's language. An unknown
//! code (a newer relay) is shown as itself, with spaces for underscores.
class DraftLabels
{
    Q_DECLARE_TR_FUNCTIONS(recado::ui::DraftLabels)
public:
    static QString intent(const QString &code);
    static QString outcome(const QString &status);
    static QString rejectReason(const QString &code);
    static QString escalationReason(const QString &code);
    //! Why approving is refused right now (window_closed, conversation_closed, empty_draft).
    static QString blockedReason(const QString &code);
    static QString entityType(const QString &type);
    static QString sourceKind(const QString &kind);
    //! A source's name in the agent's language: the relay titles requests and customer records
    //! in English ("Service request SR-1042"); articles keep their own title.
    static QString sourceTitle(const domain::DraftSource &source);
    //! "Knowledge base · Warranty", "Service request · SR-1042", "Customer record".
    static QString sourceLine(const domain::DraftSource &source);
    static QString decisionAction(const QString &action);
    //! "recado-ai" and "recado" are not people: say what they are.
    static QString actor(const QString &name);
    //! 0.83 -> "83 %", in the UI language's number format.
    static QString percent(double fraction);

private:
    static QString fallback(const QString &code);
};

} // namespace recado::ui
