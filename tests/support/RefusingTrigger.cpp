// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefusingTrigger.h"

#include "relay/store/Database.h"

#include <QStringList>

namespace recado::test {

namespace {
bool isPostgres(const relay::Database &db)
{
    return db.dialect() == relay::Dialect::Postgres;
}
} // namespace

RefusingTrigger::RefusingTrigger(relay::Database &db, const QString &table,
                                 const QString &condition)
    : m_db(db)
    , m_table(table)
{
    const QString name = QStringLiteral("refuse_") + table;
    const QStringList ddl =
        isPostgres(db)
            ? QStringList{QStringLiteral("CREATE FUNCTION %1() RETURNS trigger AS $$ BEGIN IF %2 "
                                         "THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN "
                                         "NEW; END $$ LANGUAGE plpgsql")
                              .arg(name, condition),
                          QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW "
                                         "EXECUTE FUNCTION %1()")
                              .arg(name, table)}
            : QStringList{QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 WHEN %3 BEGIN "
                                         "SELECT RAISE(ABORT, 'refused by test'); END")
                              .arg(name, table, condition)};
    for (const QString &sql : ddl) {
        if (!m_db.exec(sql, &m_error))
            return;
    }
}

RefusingTrigger::~RefusingTrigger()
{
    const QString name = QStringLiteral("refuse_") + m_table;
    if (isPostgres(m_db)) {
        m_db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(name, m_table));
        m_db.exec(QStringLiteral("DROP FUNCTION IF EXISTS %1()").arg(name));
    } else {
        m_db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name));
    }
}

} // namespace recado::test
