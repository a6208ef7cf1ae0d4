// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/templates/TemplateStatusUpdate.h"

#include <QCoreApplication>

namespace recado::whatsapp {

namespace {
QDateTime parseTime(const QJsonValue &v)
{
    // Meta sends Unix seconds, as a number or as a string of digits; some examples show text.
    if (v.isDouble())
        return QDateTime::fromSecsSinceEpoch(v.toInteger(), Qt::UTC);
    const QString s = v.toString();
    bool ok = false;
    const qint64 secs = s.toLongLong(&ok);
    if (ok)
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    return QDateTime::fromString(s, Qt::ISODate);
}
} // namespace

bool TemplateStatusUpdate::fromWebhookValue(const QJsonObject &value, TemplateStatusUpdate *out)
{
    TemplateStatusUpdate u;
    u.event = value.value(QLatin1String("event")).toString().toUpper();
    const QJsonValue id = value.value(QLatin1String("message_template_id"));
    u.templateId = id.isString() ? id.toString() : QString::number(id.toInteger());
    if (u.templateId == QLatin1String("0"))
        u.templateId.clear();
    u.name = value.value(QLatin1String("message_template_name")).toString();
    u.language = value.value(QLatin1String("message_template_language")).toString();
    u.category = templateCategoryFromString(
        value.value(QLatin1String("message_template_category")).toString());
    u.reason = value.value(QLatin1String("reason")).toString();
    const QJsonObject rejection = value.value(QLatin1String("rejection_info")).toObject();
    u.rejectionReason = rejection.value(QLatin1String("reason")).toString();
    u.rejectionRecommendation = rejection.value(QLatin1String("recommendation")).toString();
    u.disableDate = parseTime(
        value.value(QLatin1String("disable_info")).toObject().value(QLatin1String("disable_date")));
    const QJsonObject other = value.value(QLatin1String("other_info")).toObject();
    u.otherTitle = other.value(QLatin1String("title")).toString();
    u.otherDescription = other.value(QLatin1String("description")).toString();

    if (u.event == QLatin1String("FLAGGED") || u.event == QLatin1String("LOCKED") ||
        u.event == QLatin1String("UNLOCKED"))
        u.status = TemplateStatus::Approved;
    else
        u.status = templateStatusFromString(u.event);

    *out = u;
    return !u.name.isEmpty() && !u.event.isEmpty();
}

QString TemplateStatusUpdate::describe() const
{
    const QString who = QStringLiteral("\"%1\" (%2)").arg(name, language);
    QString text;
    if (event == QLatin1String("APPROVED"))
        text = tr("Meta approved the template %1.").arg(who);
    else if (event == QLatin1String("REJECTED"))
        text = tr("Meta rejected the template %1: %2.")
                   .arg(who, reason.isEmpty() ? tr("no reason given") : reason);
    else if (event == QLatin1String("PAUSED"))
        text = tr("Meta paused the template %1 because of customer feedback.").arg(who);
    else if (event == QLatin1String("DISABLED"))
        text = tr("Meta disabled the template %1.").arg(who);
    else if (event == QLatin1String("FLAGGED"))
        text = tr("Meta flagged the template %1 for low quality; it will be disabled on %2 "
                  "unless its quality improves.")
                   .arg(who, disableDate.isValid() ? disableDate.toString(Qt::ISODate)
                                                   : tr("a date Meta did not give"));
    else if (event == QLatin1String("REINSTATED") || event == QLatin1String("UNARCHIVED"))
        text = tr("The template %1 can be used again.").arg(who);
    else if (event == QLatin1String("ARCHIVED"))
        text = tr("The template %1 was archived.").arg(who);
    else if (event == QLatin1String("IN_APPEAL"))
        text = tr("The rejection of the template %1 is being appealed.").arg(who);
    else
        text = tr("The template %1 changed: %2.").arg(who, event);
    for (const QString &extra :
         {rejectionReason, rejectionRecommendation, otherTitle, otherDescription}) {
        if (!extra.isEmpty())
            text += QLatin1Char(' ') + extra;
    }
    return text;
}

} // namespace recado::whatsapp
