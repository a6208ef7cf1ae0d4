// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/store/Statement.h"

#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace recado::relay {

enum class Dialect { Sqlite, Postgres };

//! One open database connection of the relay, SQLite (WAL, synchronous=FULL) or PostgreSQL.
//! Owns a cache of prepared statements so hot paths (ingest) do not re-parse SQL.
//! Not thread-safe: one Database per thread.
class Database
{
public:
    //! `url` is `sqlite:/path/file.db` or `postgresql://user:password@host:port/db?...`.
    //! Returns false with a readable `error` (never containing the password).
    bool open(const QString &url, QString *error);
    void close();
    ~Database();

    Dialect dialect() const { return m_dialect; }
    QSqlDatabase &db() { return m_db; }
    QString connectionName() const { return m_name; }

    //! A prepared statement for `sql`, created once per connection. Bind with addBindValue or
    //! bindValue and exec(); the caller must finish reading results before reusing it.
    Statement &prepared(const QString &sql);
    //! Runs a statement without parameters; returns false and fills `error` on failure.
    bool exec(const QString &sql, QString *error = nullptr);

    //! PostgreSQL only: probes the connection and reopens it when the server restarted or the
    //! network dropped (QPSQL reports nothing by itself). Prepared statements stay valid and are
    //! prepared again on the new connection when next run. A statement that fails outside a
    //! transaction does the same by itself, and a SELECT runs once more, so reads after a
    //! restart succeed (a write reports its failure: it may have been done before the break).
    bool ensureConnected();
    int reconnectCount() const { return m_reconnects; }

    //! How a transaction's commit reaches the disk.
    enum class Durability {
        Full,    //!< the commit returns once it survives a power loss (everything we acknowledge)
        Deferred //!< no flush of its own: the next Full commit carries it to the disk. For
                 //!< derived data that can be rebuilt (AI drafts); a power loss may drop the
                 //!< newest Deferred commits, never one that a later Full commit follows.
    };
    //! Whether a write transaction appends events. One that never does (an outbox claim, an
    //! outbox row dropped) does not queue for the event sequence's lock on PostgreSQL: the relay's
    //! thread runs several such steps per agent reply, and at saturation each waited behind a
    //! whole ingest batch. Such a transaction touches no row that event writers lock after the
    //! sequence, so skipping the lock adds no deadlock; nextEventSeq() refuses inside it.
    enum class Events { Appended, None };
    //! Starts a write transaction. On PostgreSQL it first locks the event sequence row (unless
    //! begun with Events::None), so every
    //! write transaction of every instance takes its locks in the same order: events must be
    //! appended one transaction at a time anyway (gap-free sequence), and without a common first
    //! lock the ingest writer and an agent's send deadlocked on conversation rows and the
    //! counter (PostgreSQL then aborts one after a second). The relay turns it on for its
    //! connections once the schema is migrated (setLockEventSequence).
    bool begin(Durability durability = Durability::Full, Events events = Events::Appended);
    //! SQLite: whether this connection's commits checkpoint the WAL once it is long (SQLite's
    //! default). The ingest writer leaves that to relay/store/WalCheckpointer.
    bool setAutoCheckpoint(bool on);
    void setLockEventSequence(bool lock) { m_lockEventSequence = lock; }
    bool commit();
    void rollback();

    //! Runs `work` inside the open transaction in a savepoint of its own, so one refused write
    //! does not fail its neighbours (WriteGroup, and the ingest and drafts stores' retry of a
    //! failed batch). When `work` returns false what it did is undone, and the event numbers it
    //! counted are handed out again (the sequence stays gap-free); the rest of the transaction
    //! stands. Returns false, without running `work`, when the savepoint cannot be set.
    bool inSavepoint(const std::function<bool()> &work);
    //! The next event sequence number, counted in the database's counter row. Inside a
    //! transaction only the first call touches the row (which locks it until the commit: on
    //! SQLite the write lock, on PostgreSQL the row lock begin() took); later calls count on in
    //! memory and commit() stores the last number used. An ingest batch writes one event per
    //! message, and one statement (a round trip on PostgreSQL) per event was a visible share of
    //! its cost. Returns 0 on failure.
    qint64 nextEventSeq();
    //! Resets statements a caller left on a row. In WAL mode an open statement pins the
    //! connection to the snapshot it started with, so it would not see what other connections
    //! (the ingest writer) committed since. Called before a write transaction, before reading
    //! the event log for the stream, before each HTTP request, and when control is back in the
    //! event loop, where no caller can still be reading.
    void releaseSnapshots();
    //! Last driver error as text, for logs and error replies (no secrets in it).
    QString lastError() const;

    //! Rewrites dialect tokens in DDL: {{pk}} -> autoincrement primary key, {{blob}} -> binary
    //! type.
    QString translate(QString ddl) const;

private:
    //! A statement failed outside a transaction: when the connection is gone, open it again.
    bool recoverConnection();
    bool answers(); //!< the connection runs `SELECT 1`
    //! PostgreSQL: a new connection in place of the lost one, keeping the prepared statements.
    bool reopen();
    void restoreDurability();
    void releaseWriteLock();
    bool storeEventSeq();     //!< before COMMIT: the last number handed out, into the row
    void forgetTransaction(); //!< no transaction open: the event numbers start over

    QSqlDatabase m_db;
    QString m_name;
    Dialect m_dialect = Dialect::Sqlite;
    bool m_deferredCommit = false; //!< the open transaction was begun Deferred
    bool m_lockEventSequence = false;
    bool m_inTransaction = false;
    bool m_noEvents = false;   //!< the open transaction was begun with Events::None
    qint64 m_nextSeq = 0;      //!< within the open transaction: the next number to hand out
    bool m_seqCounted = false; //!< numbers were handed out beyond what the counter row says
    QString m_url;
    int m_reconnects = 0;
    sqlite3 *m_sqlite = nullptr; //!< the Qt driver's own handle (SQLite only)
    //! Held from BEGIN to COMMIT by this process's connections to the same SQLite file. SQLite's
    //! own lock makes a waiting connection poll with sleeps of 1, 2, 5, 10... ms; the ingest
    //! writer takes the lock again the moment it commits, so the relay's thread could wait for
    //! many batches. A mutex hands the lock over at once, in turn. (Other processes, such as
    //! `recado-relay user add`, still meet SQLite's busy timeout.)
    std::shared_ptr<QMutex> m_writeLock;
    bool m_holdsWriteLock = false;
    std::map<QString, std::unique_ptr<Statement>> m_statements;
    QObject m_releaseContext; //!< lives on this connection's thread; anchors releaseSnapshots
    bool m_releaseScheduled = false;
    std::vector<Statement *> m_leftOpen; //!< statements exec() left on a row since the release
};

//! QtSql binds a null QString as SQL NULL; columns declared NOT NULL DEFAULT '' need an empty
//! but non-null string.
inline QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

//! Runs `exec()` on a prepared query and reports failure with the driver's text.
bool execOrError(Statement &q, QString *error = nullptr);
//! The same for an ad-hoc QSqlQuery (SQL built per call, e.g. the figures' filters).
bool execOrError(QSqlQuery &q, QString *error = nullptr);

//! RAII transaction: rolls back unless commit() was called and succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db, Database::Durability durability = Database::Durability::Full,
                         Database::Events events = Database::Events::Appended)
        : m_db(db)
        , m_active(db.begin(durability, events))
    {}
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    Database &m_db;
    bool m_active;
};

} // namespace recado::relay
