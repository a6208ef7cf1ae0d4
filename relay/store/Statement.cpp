// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/store/Statement.h"

#include <QSqlError>

#include <sqlite3.h>

namespace recado::relay {

namespace {
const QLatin1String kReturningId(" RETURNING id");
const QLatin1String kWhereIdReturning(" WHERE id = ? RETURNING ");
} // namespace

Statement::Statement(QSqlDatabase &db, sqlite3 *sqlite, const QString &sql,
                     std::function<void(Statement *)> leftOpen)
    : m_sqlite(sqlite)
    , m_leftOpen(std::move(leftOpen))
{
    if (m_sqlite) {
        prepareSqlite(db, sql);
        return;
    }
    m_postgres = true;
    m_pgDb = &db;
    m_sql = sql;
    m_readOnly = sql.startsWith(QLatin1String("SELECT "));
    preparePostgres();
}

bool Statement::preparePostgres()
{
    m_query = std::make_unique<QSqlQuery>(*m_pgDb);
    m_query->setForwardOnly(true);
    m_valid = m_query->prepare(m_sql);
    if (!m_valid)
        m_error = m_query->lastError().text();
    return m_valid;
}

void Statement::detach()
{
    m_query.reset();
}

bool Statement::execPostgres()
{
    if (!m_query && !preparePostgres())
        return false;
    for (qsizetype i = 0; i < m_binds.size(); ++i)
        m_query->bindValue(int(i), m_binds[i]);
    const bool ok = m_query->exec();
    if (!ok)
        m_error = m_query->lastError().text();
    return ok;
}

void Statement::prepareSqlite(QSqlDatabase &db, const QString &sql)
{
    QString own = sql;
    if (sql.startsWith(QLatin1String("INSERT ")) && sql.endsWith(kReturningId)) {
        m_returnsRowid = true;
        own.chop(kReturningId.size());
    } else if (const qsizetype at = sql.lastIndexOf(kWhereIdReturning);
               sql.startsWith(QLatin1String("UPDATE ")) && at > 0) {
        const QString table = sql.mid(7, sql.indexOf(QLatin1Char(' '), 7) - 7);
        const QString columns = sql.mid(at + kWhereIdReturning.size());
        own = sql.left(at + kWhereIdReturning.size() - 11); // up to and with "WHERE id = ?"
        m_readBack = std::make_unique<Statement>(
            db, m_sqlite, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns, table),
            [this](Statement *) {
                if (m_leftOpen)
                    m_leftOpen(this);
            });
        if (!m_readBack->isValid()) {
            m_error = m_readBack->lastError();
            return;
        }
    }
    const QByteArray utf8 = own.toUtf8();
    m_valid = sqlite3_prepare_v3(m_sqlite, utf8.constData(), int(utf8.size()),
                                 SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) == SQLITE_OK;
    if (!m_valid)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void Statement::addBindValue(const QVariant &value)
{
    if (m_postgres) {
        bindPostgres(m_nextBind++, value);
        return;
    }
    bindSqlite(m_nextBind++, value);
}

void Statement::addBindUtf8(const QByteArray &utf8)
{
    if (m_postgres) {
        bindPostgres(m_nextBind++, QString::fromUtf8(utf8));
        return;
    }
    rewind();
    if (m_stmt)
        sqlite3_bind_text64(m_stmt, ++m_nextBind, utf8.constData(), sqlite3_uint64(utf8.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Statement::bindValue(int position, const QVariant &value)
{
    if (m_postgres) {
        bindPostgres(position, value);
        return;
    }
    bindSqlite(position, value);
}

void Statement::bindPostgres(int position, const QVariant &value)
{
    if (position >= m_binds.size())
        m_binds.resize(position + 1);
    m_binds[position] = value;
}

void Statement::rewind()
{
    // Binding to a statement stepped since its reset fails (SQLITE_MISUSE), even once it is
    // done, and stepping one still on a row carries on with the old rows; QSqlQuery lets a
    // caller bind and exec again without finish().
    if (m_stmt && m_stepped) {
        sqlite3_reset(m_stmt);
        m_stepped = false;
        m_done = true;
        m_onRow = false;
        m_rowPending = false;
    }
}

void Statement::bindSqlite(int position, const QVariant &value)
{
    if (!m_stmt)
        return;
    rewind();
    const int index = position + 1;
    if (m_readBack && index == sqlite3_bind_parameter_count(m_stmt))
        m_updatedId = value.toLongLong();
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
        sqlite3_bind_int64(m_stmt, index, value.toLongLong());
        return;
    case QMetaType::ULongLong:
    case QMetaType::ULong:
        sqlite3_bind_int64(m_stmt, index, sqlite3_int64(value.toULongLong()));
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob64(m_stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                            SQLITE_TRANSIENT);
        return;
    }
    default: {
        // QString and anything else: its text, as QtSql's driver does.
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8);
        return;
    }
    }
}

bool Statement::stepSqlite()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_onRow = true;
        return true;
    }
    m_onRow = false;
    m_done = true;
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        sqlite3_reset(m_stmt); // releases the statement; the error text is kept above
    }
    return false;
}

bool Statement::exec()
{
    m_error.clear();
    if (m_postgres) {
        bool ok = execPostgres();
        // A connection the server closed (restart, failover, idle timeout) fails every statement
        // until it is reopened: outside a transaction the Database reopens it (and detaches every
        // statement, this one included). A read runs again; a write may have been carried out
        // before the connection broke, so it reports the failure rather than risk doing it twice.
        if (!ok && m_connectionLost && m_connectionLost() && m_readOnly)
            ok = execPostgres();
        m_nextBind = 0;
        return ok;
    }
    if (!m_stmt) {
        m_error = QStringLiteral("statement was not prepared");
        return false;
    }
    rewind();
    if (m_readingBack) {
        m_readBack->finish();
        m_readingBack = false;
    }
    m_nextBind = 0;
    m_stepped = true;
    m_done = false;
    m_rowPending = stepSqlite();
    if (!m_error.isEmpty()) {
        sqlite3_clear_bindings(m_stmt);
        return false;
    }
    m_changes = sqlite3_stmt_readonly(m_stmt) ? 0 : sqlite3_changes(m_sqlite);
    if (m_returnsRowid && m_changes > 0) {
        // The row RETURNING would have given (none when ON CONFLICT DO NOTHING skipped it).
        m_rowid = sqlite3_last_insert_rowid(m_sqlite);
        m_onRow = true;
        m_rowPending = true;
    }
    if (m_readBack && m_changes > 0) {
        m_readBack->addBindValue(m_updatedId);
        m_readingBack = true;
        if (!m_readBack->exec()) {
            m_error = m_readBack->lastError();
            return false;
        }
    }
    if (!m_done && m_leftOpen)
        m_leftOpen(this);
    return true;
}

bool Statement::next()
{
    if (m_postgres)
        return m_query && m_query->next();
    if (m_readingBack)
        return m_readBack->next();
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (m_done) {
        m_onRow = false; // past the rowid's row, if any
        return false;
    }
    return stepSqlite();
}

QVariant Statement::value(int column) const
{
    if (m_postgres)
        return m_query ? m_query->value(column) : QVariant();
    if (m_readingBack)
        return m_readBack->value(column);
    if (!m_onRow)
        return {};
    if (m_returnsRowid)
        return column == 0 ? QVariant(m_rowid) : QVariant();
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_TEXT:
        return QVariant(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
                              sqlite3_column_bytes(m_stmt, column)));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)),
                                   sqlite3_column_bytes(m_stmt, column)));
    default:
        return {}; // NULL
    }
}

int Statement::numRowsAffected() const
{
    if (m_postgres)
        return m_query ? m_query->numRowsAffected() : 0;
    return m_changes;
}

void Statement::finish()
{
    if (m_postgres) {
        if (m_query)
            m_query->finish();
        m_nextBind = 0;
        return;
    }
    if (!m_stmt)
        return;
    if (m_readingBack) {
        m_readBack->finish();
        m_readingBack = false;
    }
    sqlite3_reset(m_stmt);
    m_stepped = false;
    sqlite3_clear_bindings(m_stmt);
    m_nextBind = 0;
    m_rowPending = false;
    m_onRow = false;
    m_done = true;
}

} // namespace recado::relay
