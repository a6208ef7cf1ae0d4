// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/DraftResult.h"

#include <QJsonArray>

namespace recado::relay::drafts {

void DraftResult::addEscalation(const QString &reason)
{
    escalate = true;
    if (!reason.isEmpty() && !escalationReasons.contains(reason))
        escalationReasons.append(reason);
}

QList<Entity> DraftResult::entitiesOfType(const QString &type) const
{
    QList<Entity> out;
    for (const Entity &e : entities) {
        if (e.type == type)
            out.append(e);
    }
    return out;
}

QJsonObject DraftResult::toJson() const
{
    QJsonArray src;
    for (const DraftSource &s : sources) {
        src.append(QJsonObject{{QStringLiteral("kind"), s.kind},
                               {QStringLiteral("id"), s.id},
                               {QStringLiteral("title"), s.title},
                               {QStringLiteral("text"), s.text}});
    }
    QJsonArray ents;
    for (const Entity &e : entities) {
        ents.append(QJsonObject{{QStringLiteral("type"), e.type},
                                {QStringLiteral("text"), e.text},
                                {QStringLiteral("value"), e.value}});
    }
    QJsonObject o{
        {QStringLiteral("intent"), intentName(intent)},
        {QStringLiteral("confidence"), qRound(confidence * 1000.0) / 1000.0},
        {QStringLiteral("lang"), lang},
        {QStringLiteral("reply"), reply},
        {QStringLiteral("sources"), src},
        {QStringLiteral("entities"), ents},
        {QStringLiteral("escalate"), escalate},
        {QStringLiteral("escalation_reason"), escalationReason()},
        {QStringLiteral("escalation_reasons"), QJsonArray::fromStringList(escalationReasons)},
        {QStringLiteral("grounded"), grounded},
        {QStringLiteral("drafter"), drafter},
    };
    if (!fallbackReason.isEmpty())
        o.insert(QStringLiteral("fallback_reason"), fallbackReason);
    return o;
}

DraftResult DraftResult::fromJson(const QJsonObject &o)
{
    DraftResult r;
    r.intent = intentFromName(o.value(QStringLiteral("intent")).toString()).value_or(Intent::Other);
    r.confidence = o.value(QStringLiteral("confidence")).toDouble();
    r.lang = o.value(QStringLiteral("lang")).toString();
    r.reply = o.value(QStringLiteral("reply")).toString();
    const QJsonArray src = o.value(QStringLiteral("sources")).toArray();
    for (const QJsonValue &v : src) {
        const QJsonObject s = v.toObject();
        r.sources.append({s.value(QStringLiteral("kind")).toString(),
                          s.value(QStringLiteral("id")).toString(),
                          s.value(QStringLiteral("title")).toString(),
                          s.value(QStringLiteral("text")).toString()});
    }
    const QJsonArray ents = o.value(QStringLiteral("entities")).toArray();
    for (const QJsonValue &v : ents) {
        const QJsonObject e = v.toObject();
        Entity en;
        en.type = e.value(QStringLiteral("type")).toString();
        en.text = e.value(QStringLiteral("text")).toString();
        en.value = e.value(QStringLiteral("value")).toString();
        r.entities.append(en);
    }
    r.escalate = o.value(QStringLiteral("escalate")).toBool();
    const QJsonArray reasons = o.value(QStringLiteral("escalation_reasons")).toArray();
    for (const QJsonValue &v : reasons)
        r.escalationReasons.append(v.toString());
    const QString first = o.value(QStringLiteral("escalation_reason")).toString();
    if (r.escalationReasons.isEmpty() && !first.isEmpty())
        r.escalationReasons.append(first);
    r.grounded = o.value(QStringLiteral("grounded")).toBool();
    r.drafter = o.value(QStringLiteral("drafter")).toString(QStringLiteral("builtin"));
    r.fallbackReason = o.value(QStringLiteral("fallback_reason")).toString();
    return r;
}

} // namespace recado::relay::drafts
