// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace recado::relay {

class Database;

//! Applies Meta's template webhooks (`message_template_status_update`,
//! `message_template_quality_update`, `template_category_update`) to the library inside the
//! ingest transaction, so the row and the `template.updated` event commit together.
class TemplateWebhook
{
public:
    //! True for the fields this class handles.
    static bool handles(const QString &field);

    //! Updates the library and adds `template` (the updated row, see TemplateRow::toJson) and,
    //! for status changes, `message` (a sentence for agents) to `payload`. Returns false when
    //! the library does not know the template: the caller leaves `template` out and a sync
    //! fetches it.
    static bool apply(Database &db, const QString &field, const QJsonObject &value,
                      QJsonObject *payload);
};

} // namespace recado::relay
