// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recado::relay {

class Database;

//! Brings the schema to the newest version. Each migration runs in its own transaction and is
//! recorded in `schema_migrations`; SQLite and PostgreSQL run the same list (dialect tokens in
//! the DDL are translated by Database::translate). Several relays starting together on one
//! PostgreSQL serialise on an advisory lock, so each migration runs once.
bool migrate(Database &db, QString *error);

//! The version the newest migration creates.
int latestSchemaVersion();
//! The version the database is at (0 when empty).
int currentSchemaVersion(Database &db);

} // namespace recado::relay
