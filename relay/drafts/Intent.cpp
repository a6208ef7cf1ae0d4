// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/Intent.h"

#include <array>

namespace recado::relay::drafts {

namespace {
const std::array<const char *, kIntentCount> kNames = {
    "confirm_appointment",
    "reschedule",
    "cancel",
    "eta",
    "request_status",
    "new_request",
    "invoice",
    "media_share",
    "billing_question",
    "billing_dispute",
    "complaint",
    "human",
    "data_request",
    "opt_out",
    "greeting",
    "thanks",
    "faq",
    "other",
};
} // namespace

QString intentName(Intent intent)
{
    return QString::fromLatin1(kNames[size_t(intent)]);
}

std::optional<Intent> intentFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (int i = 0; i < kIntentCount; ++i) {
        if (n == QLatin1String(kNames[size_t(i)]))
            return Intent(i);
    }
    return std::nullopt;
}

QList<Intent> allIntents()
{
    QList<Intent> all;
    for (int i = 0; i < kIntentCount; ++i)
        all.append(Intent(i));
    return all;
}

QStringList intentNames()
{
    QStringList names;
    for (const char *n : kNames)
        names.append(QString::fromLatin1(n));
    return names;
}

bool intentRequiresHuman(Intent intent)
{
    switch (intent) {
    case Intent::Complaint:
    case Intent::BillingDispute:
    case Intent::Human:
    case Intent::DataRequest:
    case Intent::Other:
        return true;
    default:
        return false;
    }
}

} // namespace recado::relay::drafts
