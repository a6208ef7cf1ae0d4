// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/whatsapp/templates/TemplateComponents.h"

#include <QList>
#include <QString>

namespace recado::whatsapp {

//! One finding of the TemplateValidator.
struct ValidationIssue
{
    enum class Severity {
        Error,   //!< Meta will reject the template or the send
        Warning, //!< a heuristic: Meta may reject or re-categorise it; a human should look
    };

    QString rule; //!< stable id, e.g. "body.trailing_variable"; see TemplateValidator.h
    Severity severity = Severity::Error;
    TemplatePart part = TemplatePart::Template;
    //! Variable number (1-based) for header/body issues, button index (0-based) for button
    //! issues, -1 when the issue is about the part as a whole.
    int index = -1;
    QString message; //!< English (or the current UI language), ready to show
};

using ValidationIssues = QList<ValidationIssue>;

//! True when `issues` holds at least one Error (warnings alone do not block).
bool hasErrors(const ValidationIssues &issues);
//! The issue with this rule id, or nullptr.
const ValidationIssue *findIssue(const ValidationIssues &issues, const QString &rule);

} // namespace recado::whatsapp
