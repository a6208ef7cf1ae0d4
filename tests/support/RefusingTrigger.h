// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recado::relay {
class Database;
}

namespace recado::test {

//! While it lives, an insert into `table` whose new row matches `condition` (SQL over NEW) fails,
//! as a row the schema cannot take would; on SQLite and on PostgreSQL. For the paths that keep
//! one refused write from failing its neighbours.
class RefusingTrigger
{
public:
    RefusingTrigger(relay::Database &db, const QString &table, const QString &condition);
    ~RefusingTrigger();
    RefusingTrigger(const RefusingTrigger &) = delete;
    RefusingTrigger &operator=(const RefusingTrigger &) = delete;

    //! Empty when the trigger is in place, otherwise why not.
    QString error() const { return m_error; }

private:
    relay::Database &m_db;
    QString m_table;
    QString m_error;
};

} // namespace recado::test
