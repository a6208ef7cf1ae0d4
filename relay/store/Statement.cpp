// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/store/Statement.h"

#include <QSqlError>

#include <sqlite3.h>

namespace recado::relay {

Statement::Statement(QSqlDatabase &db, sqlite3 *sqlite, const QString &sql,
                     std::function<void(Statement *)> leftOpen)
    : m_sqlite(sqlite)
    , m_leftOpen(std::move(leftOpen))
{
    if (m_sqlite) {
        const QByteArray utf8 = sql.toUtf8();
        m_valid = sqlite3_prepare_v3(m_sqlite, utf8.constData(), int(utf8.size()),
                                     SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) == SQLITE_OK;
        if (!m_valid)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        return;
    }
    m_query = std::make_unique<QSqlQuery>(db);
    m_query->setForwardOnly(true);
    m_valid = m_query->prepare(sql);
    if (!m_valid)
        m_error = m_query->lastError().text();
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void Statement::addBindValue(const QVariant &value)
{
    if (m_query) {
        m_query->addBindValue(value);
        return;
    }
    bindSqlite(m_nextBind++, value);
}

void Statement::addBindUtf8(const QByteArray &utf8)
{
    if (m_query) {
        m_query->addBindValue(QString::fromUtf8(utf8));
        return;
    }
    rewind();
    if (m_stmt)
        sqlite3_bind_text64(m_stmt, ++m_nextBind, utf8.constData(), sqlite3_uint64(utf8.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Statement::bindValue(int position, const QVariant &value)
{
    if (m_query) {
        m_query->bindValue(position, value);
        return;
    }
    bindSqlite(position, value);
}

void Statement::rewind()
{
    // Binding to, or stepping, a statement still on a row would fail (SQLITE_MISUSE) or carry
    // on with the old rows; QSqlQuery lets a caller bind and exec again without finish().
    if (m_stmt && !m_done) {
        sqlite3_reset(m_stmt);
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
    if (m_query) {
        const bool ok = m_query->exec();
        if (!ok)
            m_error = m_query->lastError().text();
        return ok;
    }
    if (!m_stmt) {
        m_error = QStringLiteral("statement was not prepared");
        return false;
    }
    rewind();
    m_nextBind = 0;
    m_done = false;
    m_rowPending = stepSqlite();
    if (!m_error.isEmpty()) {
        sqlite3_clear_bindings(m_stmt);
        return false;
    }
    m_changes = sqlite3_stmt_readonly(m_stmt) ? 0 : sqlite3_changes(m_sqlite);
    if (!m_done && m_leftOpen)
        m_leftOpen(this);
    return true;
}

bool Statement::next()
{
    if (m_query)
        return m_query->next();
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (m_done)
        return false;
    return stepSqlite();
}

QVariant Statement::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    if (!m_onRow)
        return {};
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
    return m_query ? m_query->numRowsAffected() : m_changes;
}

void Statement::finish()
{
    if (m_query) {
        m_query->finish();
        return;
    }
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_nextBind = 0;
    m_rowPending = false;
    m_onRow = false;
    m_done = true;
}

} // namespace recado::relay
