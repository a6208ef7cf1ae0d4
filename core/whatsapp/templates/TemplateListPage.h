// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/whatsapp/templates/Template.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace recado::whatsapp {

//! One page of `GET /<WABA_ID>/message_templates`: `{"data":[...],"paging":{"cursors":
//! {"before","after"},"next"}}`. Keep fetching with `after` while `hasNext()`.
struct TemplateListPage
{
    QList<Template> templates;
    QString before; //!< paging.cursors.before
    QString after;  //!< paging.cursors.after
    QString next;   //!< paging.next: the full URL of the next page, absent on the last page

    bool hasNext() const { return !next.isEmpty(); }

    static TemplateListPage fromJson(const QJsonObject &response);
};

} // namespace recado::whatsapp
