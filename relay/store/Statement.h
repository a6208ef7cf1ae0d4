// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace recado::relay {

//! One prepared statement of a Database, with the part of QSqlQuery's interface the stores use
//! (positional `?` binds, exec, next, value, finish).
//!
//! On SQLite it drives the sqlite3 statement directly. QtSql's SQLite result re-formats a
//! placeholder name and hashes it for every bound value and rebuilds a QSqlRecord with a
//! QSqlField per column on every exec; on the ingest path that was about a third of the relay's
//! CPU per webhook, more than SQLite's own work (docs/benchmarks.md). The handle is the one the
//! Qt driver opened (QSqlDriver::handle), so transactions, the busy timeout and the pragmas are
//! shared. On PostgreSQL it is a QSqlQuery: QPSQL's cost is the round trip, not the binding.
//!
//! An `INSERT ... RETURNING id` runs on SQLite as the plain INSERT, and its one row is the new
//! rowid (`id` is the rowid in every table, see Migrations): SQLite gathers RETURNING rows in a
//! temporary table it creates and drops on every execution, a measurable share of the ingest
//! writer's work for a column it already knows. For the same reason an
//! `UPDATE <table> SET ... WHERE id = ? RETURNING <columns>` runs there as the UPDATE, then, when
//! it changed the row, `SELECT <columns> FROM <table> WHERE id = ?` with the id bound last.
class Statement
{
public:
    //! `leftOpen` runs when exec() leaves the statement on a result row (SQLite: it then holds a
    //! read snapshot of the database until finish()).
    Statement(QSqlDatabase &db, sqlite3 *sqlite, const QString &sql,
              std::function<void(Statement *)> leftOpen = {});
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_valid; }
    //! Binds the next `?` (SQL NULL for a null QVariant, including a null QString).
    void addBindValue(const QVariant &value);
    void bindValue(int position, const QVariant &value);
    //! Binds the next `?` to text already in UTF-8 (a webhook body, serialised JSON) without a
    //! round trip through QString on SQLite.
    void addBindUtf8(const QByteArray &utf8);
    //! Runs the statement with the values bound since the last exec().
    bool exec();
    //! Moves to the next result row (the first after exec()).
    bool next();
    QVariant value(int column) const;
    //! Rows changed by the last exec() of an INSERT, UPDATE or DELETE.
    int numRowsAffected() const;
    //! Ends reading: releases the statement's read snapshot and forgets the bound values.
    void finish();
    //! Still positioned on a row, i.e. holding a snapshot (SQLite).
    bool isOpen() const { return (m_stmt && !m_done) || (m_readBack && m_readBack->isOpen()); }
    QString lastError() const { return m_error; }

    //! PostgreSQL: asked when exec() fails; returns true when the connection had been lost and
    //! is open again, so exec() runs a SELECT once more (Database::recoverConnection).
    void setConnectionLost(std::function<bool()> recover) { m_connectionLost = std::move(recover); }
    //! PostgreSQL: lets go of the driver's query before its connection is closed; the next
    //! exec() prepares it again on the connection the Database reopened. The values bound so far
    //! are kept.
    void detach();

private:
    bool stepSqlite();
    void rewind();
    void bindSqlite(int position, const QVariant &value);
    void prepareSqlite(QSqlDatabase &db, const QString &sql);

    // SQLite
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_nextBind = 0;
    bool m_rowPending = false; //!< exec() stepped onto the first row; next() hands it out
    bool m_onRow = false;
    bool m_done = true;
    bool m_stepped = false; //!< stepped since the last sqlite3_reset
    int m_changes = 0;
    bool m_returnsRowid = false;           //!< `RETURNING id` of an INSERT, answered from the rowid
    qint64 m_rowid = 0;                    //!< that row's value while on it
    std::unique_ptr<Statement> m_readBack; //!< the SELECT of an `UPDATE ... RETURNING`
    qint64 m_updatedId = 0;                //!< the value bound to its `WHERE id = ?`
    bool m_readingBack = false;            //!< exec() ran m_readBack; rows come from it
    std::function<void(Statement *)> m_leftOpen;
    // PostgreSQL
    bool preparePostgres();
    bool execPostgres();
    void bindPostgres(int position, const QVariant &value);
    bool m_postgres = false;
    QSqlDatabase *m_pgDb = nullptr; //!< the Database's connection member; reopened in place
    QString m_sql;
    bool m_readOnly = false; //!< a SELECT: safe to run again on a new connection
    QVariantList m_binds;    //!< kept here, not in the query, so they survive a reconnect
    std::unique_ptr<QSqlQuery> m_query;
    std::function<bool()> m_connectionLost;

    bool m_valid = false;
    QString m_error;
};

} // namespace recado::relay
