// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Conversation.h"

namespace recado::domain {

QString toString(ConversationStatus s)
{
    switch (s) {
    case ConversationStatus::Active:
        return QStringLiteral("active");
    case ConversationStatus::Archived:
        return QStringLiteral("archived");
    case ConversationStatus::Closed:
        return QStringLiteral("closed");
    }
    return QStringLiteral("active");
}

ConversationStatus conversationStatusFromString(const QString &s, bool *ok)
{
    if (ok)
        *ok = true;
    if (s == QLatin1String("active"))
        return ConversationStatus::Active;
    if (s == QLatin1String("archived"))
        return ConversationStatus::Archived;
    if (s == QLatin1String("closed"))
        return ConversationStatus::Closed;
    if (ok)
        *ok = false;
    return ConversationStatus::Active;
}

} // namespace recado::domain
