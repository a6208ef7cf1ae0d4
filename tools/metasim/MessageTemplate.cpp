// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/MessageTemplate.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace recado::metasim {

namespace {
QJsonObject componentOf(const QJsonArray &components, const QString &type)
{
    for (const QJsonValue &v : components) {
        const QJsonObject c = v.toObject();
        if (c.value("type"_L1).toString().compare(type, Qt::CaseInsensitive) == 0)
            return c;
    }
    return {};
}
} // namespace

QJsonObject MessageTemplate::toJson() const
{
    QJsonObject o{{u"name"_s, name},
                  {u"parameter_format"_s, parameterFormat},
                  {u"components"_s, components},
                  {u"language"_s, language},
                  {u"status"_s, status},
                  {u"category"_s, category},
                  {u"id"_s, id}};
    // Meta lists rejected_reason on every template ("NONE" unless it was rejected).
    o.insert(u"rejected_reason"_s, rejectedReason.isEmpty() ? u"NONE"_s : rejectedReason);
    return o;
}

MessageTemplate MessageTemplate::fromJson(const QJsonObject &o)
{
    MessageTemplate t;
    t.id = o.value("id"_L1).toString();
    t.name = o.value("name"_L1).toString();
    t.language = o.value("language"_L1).toString();
    if (o.contains("status"_L1))
        t.status = o.value("status"_L1).toString().toUpper();
    if (o.contains("category"_L1))
        t.category = o.value("category"_L1).toString().toUpper();
    t.components = o.value("components"_L1).toArray();
    if (o.contains("rejected_reason"_L1))
        t.rejectedReason = o.value("rejected_reason"_L1).toString();
    if (o.contains("parameter_format"_L1))
        t.parameterFormat = o.value("parameter_format"_L1).toString();
    return t;
}

int MessageTemplate::placeholderCount(const QString &componentType) const
{
    const QJsonObject c = componentOf(components, componentType);
    if (c.isEmpty())
        return 0;
    if (!c.value("format"_L1).toString().isEmpty() &&
        c.value("format"_L1).toString().compare("TEXT"_L1, Qt::CaseInsensitive) != 0)
        return 0; // a media header takes one media parameter, counted by headerFormat()
    static const QRegularExpression re(u"\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"_s);
    QSet<QString> names;
    auto it = re.globalMatch(c.value("text"_L1).toString());
    while (it.hasNext())
        names.insert(it.next().captured(1));
    return int(names.size());
}

QString MessageTemplate::headerFormat() const
{
    const QJsonObject c = componentOf(components, u"HEADER"_s);
    if (c.isEmpty())
        return {};
    const QString f = c.value("format"_L1).toString().toUpper();
    return f.isEmpty() ? u"TEXT"_s : f;
}

QString MessageTemplate::renderBody(const QStringList &parameters) const
{
    QString text = componentOf(components, u"BODY"_s).value("text"_L1).toString();
    for (int i = 0; i < parameters.size(); ++i)
        text.replace(u"{{%1}}"_s.arg(i + 1), parameters.at(i));
    return text;
}

} // namespace recado::metasim
