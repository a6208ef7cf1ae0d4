// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/templates/TemplateWebhook.h"

#include "core/whatsapp/templates/TemplateStatusUpdate.h"
#include "relay/templates/TemplateStore.h"

#include <QDateTime>

namespace recado::relay {

namespace {
QString idOf(const QJsonObject &value)
{
    const QJsonValue id = value.value(QStringLiteral("message_template_id"));
    const QString s = id.isString() ? id.toString() : QString::number(id.toInteger());
    return s == QLatin1String("0") ? QString() : s;
}
} // namespace

bool TemplateWebhook::handles(const QString &field)
{
    return field == QLatin1String("message_template_status_update") ||
           field == QLatin1String("message_template_quality_update") ||
           field == QLatin1String("template_category_update");
}

bool TemplateWebhook::apply(Database &db, const QString &field, const QJsonObject &value,
                            QJsonObject *payload)
{
    TemplateStore store(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString name = value.value(QStringLiteral("message_template_name")).toString();
    const QString language = value.value(QStringLiteral("message_template_language")).toString();
    std::optional<TemplateRow> row;
    if (field == QLatin1String("message_template_status_update")) {
        whatsapp::TemplateStatusUpdate update;
        if (!whatsapp::TemplateStatusUpdate::fromWebhookValue(value, &update))
            return false;
        payload->insert(QStringLiteral("message"), update.describe());
        row = store.applyStatusUpdate(update, now);
    } else if (field == QLatin1String("message_template_quality_update")) {
        row = store.applyQuality(idOf(value), name, language,
                                 value.value(QStringLiteral("new_quality_score")).toString(), now);
    } else if (field == QLatin1String("template_category_update")) {
        QString category = value.value(QStringLiteral("new_category")).toString();
        if (category.isEmpty())
            category = value.value(QStringLiteral("correct_category")).toString();
        row = store.applyCategory(idOf(value), name, language, category, now);
    }
    if (!row)
        return false;
    payload->insert(QStringLiteral("template"), row->toJson());
    return true;
}

} // namespace recado::relay
