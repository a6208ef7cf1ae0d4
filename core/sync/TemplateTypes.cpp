// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/TemplateTypes.h"

#include "core/protocol/JsonCodec.h"

#include <QJsonArray>

namespace recado::sync {

namespace {
ConsentDecision decisionFromJson(const QJsonValue &v)
{
    ConsentDecision d;
    if (!v.isObject())
        return d;
    const QJsonObject o = v.toObject();
    d.known = true;
    d.allowed = o.value(QStringLiteral("allowed")).toBool(true);
    d.code = o.value(QStringLiteral("code")).toString();
    d.reason = o.value(QStringLiteral("reason")).toString();
    return d;
}
} // namespace

TemplateIssue TemplateIssue::fromJson(const QJsonObject &o)
{
    TemplateIssue i;
    i.rule = o.value(QStringLiteral("rule")).toString();
    i.error = o.value(QStringLiteral("severity")).toString() != QLatin1String("warning");
    i.where = o.value(QStringLiteral("where")).toString();
    i.part = whatsapp::templatePartFromString(o.value(QStringLiteral("part")).toString());
    i.index = o.value(QStringLiteral("index")).toInt(-1);
    i.message = o.value(QStringLiteral("message")).toString();
    return i;
}

TemplateIssue TemplateIssue::fromValidation(const whatsapp::ValidationIssue &v)
{
    TemplateIssue i;
    i.rule = v.rule;
    i.error = v.severity == whatsapp::ValidationIssue::Severity::Error;
    i.part = v.part;
    i.index = v.index;
    i.message = v.message;
    const QString part = whatsapp::toString(v.part);
    i.where = v.index < 0 ? part
              : v.part == whatsapp::TemplatePart::Buttons
                  ? QStringLiteral("%1[%2]").arg(part).arg(v.index)
                  : QStringLiteral("%1 {{%2}}").arg(part).arg(v.index);
    return i;
}

ConsentEntry ConsentEntry::fromJson(const QJsonObject &o)
{
    ConsentEntry e;
    e.id = o.value(QStringLiteral("id")).toInteger();
    e.action = o.value(QStringLiteral("action")).toString();
    e.source = o.value(QStringLiteral("source")).toString();
    e.at = protocol::fromIsoTime(o.value(QStringLiteral("at")).toString());
    e.agent = o.value(QStringLiteral("agent")).toString();
    e.keyword = o.value(QStringLiteral("keyword")).toString();
    e.language = o.value(QStringLiteral("language")).toString();
    e.note = o.value(QStringLiteral("note")).toString();
    e.described = o.value(QStringLiteral("described")).toString();
    e.conversationId = o.value(QStringLiteral("conversation_id")).toInteger();
    e.messageId = o.value(QStringLiteral("message_id")).toInteger();
    return e;
}

ConsentInfo ConsentInfo::fromJson(const QJsonObject &o)
{
    ConsentInfo c;
    const QJsonObject contact = o.value(QStringLiteral("contact")).toObject();
    c.contactId = contact.value(QStringLiteral("id")).toInteger();
    c.contactName = contact.value(QStringLiteral("name")).toString();
    c.contactPhone = contact.value(QStringLiteral("phone")).toString();
    const QJsonObject state = o.value(QStringLiteral("consent")).toObject();
    c.state = state.value(QStringLiteral("state")).toString(QStringLiteral("unknown"));
    c.since = protocol::fromIsoTime(state.value(QStringLiteral("since")).toString());
    c.source = state.value(QStringLiteral("source")).toString();
    c.described = state.value(QStringLiteral("described")).toString();
    c.templates = decisionFromJson(state.value(QStringLiteral("templates")));
    c.marketing = decisionFromJson(state.value(QStringLiteral("marketing")));
    for (const QJsonValue &v : o.value(QStringLiteral("history")).toArray())
        c.history.append(ConsentEntry::fromJson(v.toObject()));
    return c;
}

} // namespace recado::sync
