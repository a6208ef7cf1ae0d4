// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/templates/TemplateIssues.h"

#include <QJsonObject>

namespace recado::relay {

using whatsapp::TemplatePart;
using whatsapp::ValidationIssue;

namespace {
QString where(const ValidationIssue &i)
{
    const QString part = whatsapp::toString(i.part);
    if (i.index < 0)
        return part;
    if (i.part == TemplatePart::Buttons)
        return QStringLiteral("%1[%2]").arg(part).arg(i.index);
    return QStringLiteral("%1 {{%2}}").arg(part).arg(i.index);
}
} // namespace

QJsonArray TemplateIssues::toJson(const whatsapp::ValidationIssues &issues, bool errorsOnly)
{
    QJsonArray out;
    for (const ValidationIssue &i : issues) {
        const bool error = i.severity == ValidationIssue::Severity::Error;
        if (errorsOnly && !error)
            continue;
        out.append(QJsonObject{{QStringLiteral("rule"), i.rule},
                               {QStringLiteral("severity"),
                                error ? QStringLiteral("error") : QStringLiteral("warning")},
                               {QStringLiteral("where"), where(i)},
                               {QStringLiteral("part"), whatsapp::toString(i.part)},
                               {QStringLiteral("index"), i.index},
                               {QStringLiteral("message"), i.message}});
    }
    return out;
}

QJsonArray TemplateIssues::warnings(const whatsapp::ValidationIssues &issues)
{
    QJsonArray out;
    for (const QJsonValue &v : toJson(issues)) {
        if (v.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("warning"))
            out.append(v);
    }
    return out;
}

void TemplateIssues::replyInvalid(const HttpExchangePtr &ex, const QString &what,
                                  const whatsapp::ValidationIssues &issues)
{
    QString first;
    for (const ValidationIssue &i : issues) {
        if (i.severity == ValidationIssue::Severity::Error) {
            first = i.message;
            break;
        }
    }
    ex->replyJson(
        422, QJsonObject{{QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("template_invalid")},
                                      {QStringLiteral("message"),
                                       QStringLiteral("%1: %2").arg(what, first)},
                                      {QStringLiteral("issues"), toJson(issues, true)}}}});
}

} // namespace recado::relay
