// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/templates/TemplateListPage.h"

#include <QJsonArray>

namespace recado::whatsapp {

TemplateListPage TemplateListPage::fromJson(const QJsonObject &response)
{
    TemplateListPage page;
    const QJsonArray data = response.value(QLatin1String("data")).toArray();
    for (const QJsonValue &item : data)
        page.templates.append(Template::fromJson(item.toObject()));
    const QJsonObject paging = response.value(QLatin1String("paging")).toObject();
    const QJsonObject cursors = paging.value(QLatin1String("cursors")).toObject();
    page.before = cursors.value(QLatin1String("before")).toString();
    page.after = cursors.value(QLatin1String("after")).toString();
    page.next = paging.value(QLatin1String("next")).toString();
    return page;
}

} // namespace recado::whatsapp
