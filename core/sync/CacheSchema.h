// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;

namespace recado::sync {

//! Versioned schema of the client cache. The version lives in `PRAGMA user_version`; each step
//! migrateToN() runs in its own transaction, so a crash mid-migration leaves the previous
//! version intact.
class CacheSchema
{
public:
    static constexpr int kVersion = 3;

    //! Brings `db` up to kVersion. Returns false with `error` set in words on failure, and
    //! also when the file was written by a newer Recado (version above kVersion).
    static bool migrate(QSqlDatabase &db, QString *error);
    static int version(QSqlDatabase &db);

private:
    static bool migrateTo1(QSqlDatabase &db, QString *error);
    static bool migrateTo2(QSqlDatabase &db, QString *error);
    static bool migrateTo3(QSqlDatabase &db, QString *error);
};

} // namespace recado::sync
