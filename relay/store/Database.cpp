// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/store/Database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <sqlite3.h>

namespace recado::relay {

namespace {
QAtomicInteger<int> s_connectionCounter;

//! Runs when the relay's code is loaded, before anything can open a database: sqlite3_config
//! works only before SQLite initialises. The Qt driver uses the same libsqlite3.
//! - Multi-thread mode: each of the relay's connections is used by one thread at a time (QtSql
//!   requires it; the ingest writer and the checkpointer open their own), so the connection
//!   mutex SQLite takes around every bind, step and column read guards nothing here.
//! - No memory statistics: keeping them takes a process-wide mutex on every allocation, and
//!   nothing reads them.
void configureSqliteLibrary()
{
    sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
Q_CONSTRUCTOR_FUNCTION(configureSqliteLibrary)

//! One mutex per SQLite file, shared by this process's connections to it (see m_writeLock).
std::shared_ptr<QMutex> writeLockFor(const QString &path)
{
    static QMutex registryLock;
    static QHash<QString, std::weak_ptr<QMutex>> registry;
    const QMutexLocker locker(&registryLock);
    const QString key = QFileInfo(path).absoluteFilePath();
    std::shared_ptr<QMutex> lock = registry.value(key).lock();
    if (!lock) {
        lock = std::make_shared<QMutex>();
        registry.insert(key, lock);
    }
    return lock;
}
} // namespace

Database::~Database()
{
    close();
}

bool Database::open(const QString &url, QString *error)
{
    m_url = url;
    m_name = QStringLiteral("recado-relay-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    if (url.startsWith(QLatin1String("sqlite:"))) {
        m_dialect = Dialect::Sqlite;
        QString path = url.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        if (path.isEmpty()) {
            *error = QStringLiteral("RECADO_DATABASE: sqlite URL has no file path");
            return false;
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        m_writeLock = writeLockFor(path);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        // Busy timeout: another process (a backup, a second relay by mistake) holding the lock
        // makes writers wait instead of failing at once.
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!m_db.open()) {
            *error = QStringLiteral("cannot open SQLite database %1: %2")
                         .arg(path, m_db.lastError().text());
            return false;
        }
        // WAL lets readers run during writes; synchronous=FULL makes every commit durable
        // across power loss (NORMAL would only survive an application crash).
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                   "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY"}) {
            if (!exec(QString::fromLatin1(pragma), error))
                return false;
        }
        const QVariant handle = m_db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        return true;
    }
    if (url.startsWith(QLatin1String("postgresql://")) ||
        url.startsWith(QLatin1String("postgres://"))) {
        m_dialect = Dialect::Postgres;
        const QUrl u(url);
        if (!u.isValid() || u.path().size() < 2) {
            *error = QStringLiteral("RECADO_DATABASE: malformed PostgreSQL URL (expected "
                                    "postgresql://user:password@host:port/db)");
            return false;
        }
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        if (!m_db.isValid()) {
            *error = QStringLiteral("the Qt PostgreSQL driver (libqt6sql6-psql) is not installed");
            return false;
        }
        const QUrlQuery query(u);
        QString host = u.host(QUrl::FullyDecoded);
        if (query.hasQueryItem(QStringLiteral("host")))
            host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded); // socket dir
        m_db.setHostName(host.isEmpty() ? QStringLiteral("127.0.0.1") : host);
        m_db.setPort(u.port(5432));
        m_db.setDatabaseName(u.path(QUrl::FullyDecoded).mid(1));
        m_db.setUserName(u.userName(QUrl::FullyDecoded));
        m_db.setPassword(u.password(QUrl::FullyDecoded));
        QStringList options;
        for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
            if (item.first != QLatin1String("host"))
                options << item.first + QLatin1Char('=') + item.second;
        }
        m_db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!m_db.open()) {
            *error = QStringLiteral("cannot connect to PostgreSQL at %1:%2/%3: %4")
                         .arg(m_db.hostName())
                         .arg(m_db.port())
                         .arg(m_db.databaseName(), m_db.lastError().text());
            return false;
        }
        return true;
    }
    *error = QStringLiteral("RECADO_DATABASE must start with sqlite: or postgresql:// (got \"%1\")")
                 .arg(url.section(QLatin1Char(':'), 0, 0));
    return false;
}

void Database::close()
{
    if (m_name.isEmpty())
        return;
    // m_url and m_reconnects survive close() so ensureConnected() can reopen.
    releaseWriteLock(); // closed inside a transaction: SQLite rolls it back
    forgetTransaction();
    m_leftOpen.clear();
    m_statements.clear(); // finalised before the driver closes the handle
    m_sqlite = nullptr;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

Statement &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto statement = std::make_unique<Statement>(m_db, m_sqlite, sql, [this](Statement *open) {
            m_leftOpen.push_back(open);
            if (m_releaseScheduled)
                return;
            m_releaseScheduled = true;
            QTimer::singleShot(0, &m_releaseContext, [this] { releaseSnapshots(); });
        });
        if (m_dialect == Dialect::Postgres)
            statement->setConnectionLost([this] { return recoverConnection(); });
        if (!statement->isValid())
            qWarning("relay: cannot prepare statement: %s", qPrintable(statement->lastError()));
        it = m_statements.emplace(sql, std::move(statement)).first;
    }
    it->second->finish();
    return *it->second;
}

void Database::releaseSnapshots()
{
    m_releaseScheduled = false;
    for (Statement *statement : std::exchange(m_leftOpen, {})) {
        if (statement->isOpen())
            statement->finish();
    }
}

bool Database::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool Database::answers()
{
    return m_db.isOpen() && exec(QStringLiteral("SELECT 1"));
}

bool Database::ensureConnected()
{
    return m_dialect != Dialect::Postgres || answers() || reopen();
}

bool Database::recoverConnection()
{
    // Inside a transaction the work before the failure is gone with the connection: the caller
    // must see the failure and roll back; begin() reconnects for the next one. A connection that
    // answers is fine: the statement itself failed.
    return !m_inTransaction && !answers() && reopen();
}

bool Database::reopen()
{
    // The statements stay (callers may hold references to them); each lets go of its driver
    // query before the connection it belongs to is removed, and prepares again on first use.
    for (auto &[sql, statement] : m_statements)
        statement->detach();
    m_leftOpen.clear();
    forgetTransaction(); // a transaction open on the lost connection is gone with it
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
    QString error;
    if (!open(m_url, &error)) {
        qWarning("relay: database still unreachable: %s", qPrintable(error));
        return false;
    }
    ++m_reconnects;
    qInfo("relay: reconnected to PostgreSQL");
    return true;
}

bool Database::begin(Durability durability, Events events)
{
    // Transactions do not nest: the inner begin() fails and leaves the outer one as it is.
    if (m_inTransaction)
        return false;
    m_deferredCommit = durability == Durability::Deferred;
    forgetTransaction();
    m_noEvents = events == Events::None;
    if (m_dialect == Dialect::Sqlite) {
        // A statement left on a row would hold an older snapshot than the one the write lock
        // needs (SQLITE_BUSY_SNAPSHOT once the ingest writer has committed since).
        releaseSnapshots();
        // SQLite only changes its safety level outside a transaction; in WAL mode a NORMAL
        // commit appends to the WAL without fsync, and the next FULL commit's fsync covers it.
        if (m_deferredCommit && !exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
            return false;
        if (m_writeLock) {
            m_writeLock->lock();
            m_holdsWriteLock = true;
        }
        // IMMEDIATE takes the write lock up front, so two writers never deadlock on upgrade.
        if (exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_inTransaction = true;
            return true;
        }
        releaseWriteLock();
        restoreDurability();
        return false;
    }
    bool begun = m_db.transaction();
    // The server may have restarted since the last statement: reconnect once and retry.
    if (!begun)
        begun = ensureConnected() && m_db.transaction();
    if (!begun)
        return false;
    // Open from here: a statement failing below (the lock's timeout) must not make the
    // connection look lost (recoverConnection) and be reopened under the transaction.
    m_inTransaction = true;
    if (m_deferredCommit) // PostgreSQL: the WAL writer flushes it shortly after
        exec(QStringLiteral("SET LOCAL synchronous_commit = off"));
    if (m_lockEventSequence && !m_noEvents) {
        Statement &lock =
            prepared(QStringLiteral("UPDATE counters SET value = value WHERE name = 'event_seq'"));
        if (!execOrError(lock)) {
            forgetTransaction();
            m_db.rollback();
            restoreDurability();
            return false;
        }
    }
    return true;
}

bool Database::setAutoCheckpoint(bool on)
{
    if (m_dialect != Dialect::Sqlite)
        return true;
    return exec(on ? QStringLiteral("PRAGMA wal_autocheckpoint=1000")
                   : QStringLiteral("PRAGMA wal_autocheckpoint=0"));
}

qint64 Database::nextEventSeq()
{
    if (m_inTransaction && m_noEvents) {
        qWarning("relay: an event was appended in a transaction begun without events");
        return 0;
    }
    if (m_inTransaction && m_nextSeq > 0) {
        m_seqCounted = true;
        return m_nextSeq++;
    }
    Statement &next = prepared(QStringLiteral(
        "UPDATE counters SET value = value + 1 WHERE name = 'event_seq' RETURNING value"));
    if (!execOrError(next) || !next.next())
        return 0;
    const qint64 seq = next.value(0).toLongLong();
    next.finish();
    if (m_inTransaction)
        m_nextSeq = seq + 1;
    return seq;
}

void Database::forgetTransaction()
{
    m_inTransaction = false;
    m_nextSeq = 0;
    m_seqCounted = false;
}

bool Database::storeEventSeq()
{
    if (!m_seqCounted)
        return true;
    Statement &store =
        prepared(QStringLiteral("UPDATE counters SET value = ? WHERE name = 'event_seq'"));
    store.addBindValue(m_nextSeq - 1);
    return execOrError(store);
}

void Database::releaseWriteLock()
{
    if (m_holdsWriteLock) {
        m_holdsWriteLock = false;
        m_writeLock->unlock();
    }
}

void Database::restoreDurability()
{
    if (m_deferredCommit && m_dialect == Dialect::Sqlite)
        exec(QStringLiteral("PRAGMA synchronous=FULL"));
    m_deferredCommit = false;
}

bool Database::commit()
{
    const bool counted = storeEventSeq();
    forgetTransaction();
    if (!counted) {
        rollback();
        return false;
    }
    if (m_dialect != Dialect::Sqlite) {
        const bool ok = m_db.commit();
        restoreDurability();
        return ok;
    }
    const bool ok = exec(QStringLiteral("COMMIT"));
    if (!ok)
        exec(QStringLiteral("ROLLBACK")); // a failed COMMIT can leave the transaction open
    restoreDurability();
    releaseWriteLock();
    return ok;
}

void Database::rollback()
{
    forgetTransaction();
    if (m_dialect != Dialect::Sqlite) {
        m_db.rollback();
        restoreDurability();
        return;
    }
    exec(QStringLiteral("ROLLBACK"));
    restoreDurability();
    releaseWriteLock();
}

// One name serves: ROLLBACK TO and RELEASE find the newest savepoint of that name, so nested
// savepoints unwind in order.
bool Database::inSavepoint(const std::function<bool()> &work)
{
    const qint64 nextSeq = m_nextSeq;
    const bool seqCounted = m_seqCounted;
    if (!exec(QStringLiteral("SAVEPOINT recado_write")))
        return false;
    if (work())
        return exec(QStringLiteral("RELEASE SAVEPOINT recado_write"));
    releaseSnapshots(); // SQLite aborts statements still reading when it rolls back
    exec(QStringLiteral("ROLLBACK TO SAVEPOINT recado_write"));
    exec(QStringLiteral("RELEASE SAVEPOINT recado_write")); // rolled back, it stays on the stack
    m_nextSeq = nextSeq;
    m_seqCounted = seqCounted;
    return false;
}

QString Database::lastError() const
{
    // Statements on SQLite run on the handle directly; the driver does not see their errors.
    if (m_sqlite && sqlite3_errcode(m_sqlite) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(m_sqlite));
    return m_db.lastError().text();
}

QString Database::translate(QString ddl) const
{
    const bool pg = m_dialect == Dialect::Postgres;
    ddl.replace(QLatin1String("{{pk}}"), pg ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                            : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    ddl.replace(QLatin1String("{{blob}}"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    return ddl;
}

bool execOrError(Statement &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError();
    qWarning("relay: SQL failed: %s", qPrintable(q.lastError()));
    return false;
}

bool execOrError(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    qWarning("relay: SQL failed: %s", qPrintable(q.lastError().text()));
    return false;
}

} // namespace recado::relay
