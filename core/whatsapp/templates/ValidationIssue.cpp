// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/templates/ValidationIssue.h"

#include <algorithm>

namespace recado::whatsapp {

bool hasErrors(const ValidationIssues &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ValidationIssue &i) {
        return i.severity == ValidationIssue::Severity::Error;
    });
}

const ValidationIssue *findIssue(const ValidationIssues &issues, const QString &rule)
{
    for (const ValidationIssue &i : issues) {
        if (i.rule == rule)
            return &i;
    }
    return nullptr;
}

} // namespace recado::whatsapp
