// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/review/DraftStatus.h"

namespace recado::relay::review {

QString toString(DraftStatus status)
{
    switch (status) {
    case DraftStatus::Pending:
        return QStringLiteral("pending");
    case DraftStatus::Approved:
        return QStringLiteral("approved");
    case DraftStatus::Edited:
        return QStringLiteral("edited");
    case DraftStatus::Rejected:
        return QStringLiteral("rejected");
    case DraftStatus::AutoSent:
        return QStringLiteral("auto_sent");
    case DraftStatus::Superseded:
        return QStringLiteral("superseded");
    }
    return QStringLiteral("pending");
}

std::optional<DraftStatus> draftStatusFromString(const QString &name)
{
    for (DraftStatus s : {DraftStatus::Pending, DraftStatus::Approved, DraftStatus::Edited,
                          DraftStatus::Rejected, DraftStatus::AutoSent, DraftStatus::Superseded}) {
        if (toString(s) == name)
            return s;
    }
    return std::nullopt;
}

QStringList draftStatusNames()
{
    return {QStringLiteral("pending"),  QStringLiteral("approved"),  QStringLiteral("edited"),
            QStringLiteral("rejected"), QStringLiteral("auto_sent"), QStringLiteral("superseded")};
}

QStringList rejectReasons()
{
    return {QStringLiteral("wrong_intent"), QStringLiteral("wrong_facts"), QStringLiteral("tone"),
            QStringLiteral("needs_human"),  QStringLiteral("policy"),      QStringLiteral("other")};
}

} // namespace recado::relay::review
