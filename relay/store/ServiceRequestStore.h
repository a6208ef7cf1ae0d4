// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ServiceRequest.h"

#include <QList>
#include <optional>

namespace recado::relay {

class Database;

//! Field-service requests that conversations link to.
class ServiceRequestStore
{
public:
    explicit ServiceRequestStore(Database &db)
        : m_db(db)
    {}

    //! Inserts; assigns the next "SR-n" id when `r.id` is empty. Returns the stored id or empty.
    QString create(domain::ServiceRequest r, QString *error);
    std::optional<domain::ServiceRequest> get(const QString &id);
    //! Matches id, customer name or phone (digits anywhere).
    QList<domain::ServiceRequest> search(const QString &text, int limit);

private:
    Database &m_db;
};

} // namespace recado::relay
