// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ConversationFilter.h"

namespace recado::sync {

bool ConversationFilter::matches(const domain::Conversation &c) const
{
    if (status && c.status != *status)
        return false;
    switch (assignee) {
    case Assignee::All:
        break;
    case Assignee::Mine:
        if (c.assignee.isEmpty() || c.assignee != me)
            return false;
        break;
    case Assignee::Unassigned:
        if (!c.assignee.isEmpty())
            return false;
        break;
    }
    const QString t = foldedText();
    return t.isEmpty() || searchText(c).contains(t);
}

QString ConversationFilter::searchText(const domain::Conversation &c)
{
    return (c.customerName + QLatin1Char('\n') + c.phone + QLatin1Char('\n') + c.lastPreview)
        .toCaseFolded();
}

} // namespace recado::sync
