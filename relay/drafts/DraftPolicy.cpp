// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/DraftPolicy.h"

#include <QJsonArray>

#include <algorithm>

namespace recado::relay::drafts {

QSet<Intent> DraftPolicy::defaultAutoSendIntents()
{
    return {Intent::Greeting, Intent::Thanks, Intent::Faq, Intent::Eta};
}

bool DraftPolicy::neverAutoSend(Intent intent)
{
    switch (intent) {
    case Intent::Complaint:
    case Intent::BillingDispute:
    case Intent::Human:
    case Intent::DataRequest:
    case Intent::OptOut:
    case Intent::Cancel:
    case Intent::Other:
        return true;
    default:
        return false;
    }
}

bool DraftPolicy::needsCitedSource(Intent intent)
{
    switch (intent) {
    case Intent::Faq:
    case Intent::BillingQuestion:
    case Intent::Eta:
    case Intent::RequestStatus:
    case Intent::Invoice:
        return true;
    default:
        return false;
    }
}

QString DraftPolicy::autoSendBlocker(const DraftResult &d) const
{
    if (mode != Mode::AutoSend)
        return QStringLiteral("mode");
    if (d.escalate)
        return QStringLiteral("escalated");
    if (neverAutoSend(d.intent) || !autoSendIntents.contains(d.intent))
        return QStringLiteral("intent");
    if (d.confidence < minConfidence)
        return QStringLiteral("confidence");
    if (!d.grounded || d.reply.trimmed().isEmpty())
        return QStringLiteral("ungrounded");
    if (needsCitedSource(d.intent)) {
        const bool cited =
            std::any_of(d.sources.cbegin(), d.sources.cend(), [](const DraftSource &s) {
                return s.kind == QLatin1String("kb") || s.kind == QLatin1String("service_request");
            });
        if (!cited)
            return QStringLiteral("no_source");
    }
    return QString();
}

bool DraftPolicy::mayAutoSend(const DraftResult &draft) const
{
    return autoSendBlocker(draft).isEmpty();
}

QString DraftPolicy::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Off:
        return QStringLiteral("off");
    case Mode::DraftOnly:
        return QStringLiteral("draft_only");
    case Mode::AutoSend:
        return QStringLiteral("auto_send");
    }
    return QStringLiteral("draft_only");
}

std::optional<DraftPolicy::Mode> DraftPolicy::modeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("off"))
        return Mode::Off;
    if (n == QLatin1String("draft_only"))
        return Mode::DraftOnly;
    if (n == QLatin1String("auto_send"))
        return Mode::AutoSend;
    return std::nullopt;
}

QJsonObject DraftPolicy::toJson() const
{
    QStringList intents;
    for (Intent i : autoSendIntents)
        intents.append(intentName(i));
    intents.sort();
    return {{QStringLiteral("mode"), modeName(mode)},
            {QStringLiteral("auto_send_intents"), QJsonArray::fromStringList(intents)},
            {QStringLiteral("min_confidence"), minConfidence}};
}

DraftPolicy DraftPolicy::fromJson(const QJsonObject &o, QString *error)
{
    DraftPolicy p;
    QStringList problems;
    if (o.contains(QStringLiteral("mode"))) {
        const auto m = modeFromName(o.value(QStringLiteral("mode")).toString());
        if (m)
            p.mode = *m;
        else
            problems.append(QStringLiteral("unknown mode"));
    }
    if (o.contains(QStringLiteral("auto_send_intents"))) {
        p.autoSendIntents.clear();
        const QJsonArray list = o.value(QStringLiteral("auto_send_intents")).toArray();
        for (const QJsonValue &v : list) {
            const auto i = intentFromName(v.toString());
            if (!i)
                problems.append(QStringLiteral("unknown intent %1").arg(v.toString()));
            else if (neverAutoSend(*i))
                problems.append(QStringLiteral("%1 cannot be auto-sent").arg(v.toString()));
            else
                p.autoSendIntents.insert(*i);
        }
    }
    if (o.contains(QStringLiteral("min_confidence")))
        p.minConfidence = std::clamp(
            o.value(QStringLiteral("min_confidence")).toDouble(p.minConfidence), 0.0, 1.0);
    if (error)
        *error = problems.join(QStringLiteral("; "));
    return p;
}

} // namespace recado::relay::drafts
