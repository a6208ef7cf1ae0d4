// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/LocalCache.h"

#include "core/sync/CacheSchema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace recado::sync {

static QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("recado-cache-%1").arg(counter.fetchAndAddRelaxed(1));
}

LocalCache::LocalCache()
    : m_connection(nextConnectionName())
{}

LocalCache::~LocalCache()
{
    close();
}

bool LocalCache::fail(const QString &what)
{
    m_error = what;
    return false;
}

bool LocalCache::open(const QString &path)
{
    close();
    m_path = path;
    if (path != QLatin1String(":memory:"))
        QDir().mkpath(QFileInfo(path).absolutePath());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return fail(QCoreApplication::translate("recado::sync::LocalCache",
                                                "The local cache %1 cannot be opened: %2")
                        .arg(path, m_db.lastError().text()));
    QSqlQuery q(m_db);
    // WAL: readers never wait for the writer; NORMAL sync is durable across app crashes (the
    // outbox must survive them) and only an OS crash may lose the last transactions.
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
          "PRAGMA cache_size=-16000", "PRAGMA temp_store=MEMORY"}) {
        if (!q.exec(QLatin1String(pragma)))
            return fail(q.lastError().text());
    }
    QString error;
    if (!CacheSchema::migrate(m_db, &error))
        return fail(error);
    m_conversations = std::make_unique<ConversationTable>(m_db);
    m_messages = std::make_unique<MessageTable>(m_db);
    m_outbox = std::make_unique<OutboxTable>(m_db);
    return true;
}

void LocalCache::close()
{
    m_conversations.reset();
    m_messages.reset();
    m_outbox.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_txDepth = 0;
}

QString LocalCache::metaValue(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

bool LocalCache::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec() || fail(q.lastError().text());
}

qint64 LocalCache::lastSeq() const
{
    return metaValue(QStringLiteral("last_seq")).toLongLong();
}

bool LocalCache::setLastSeq(qint64 seq)
{
    return setMetaValue(QStringLiteral("last_seq"), QString::number(seq));
}

bool LocalCache::begin()
{
    if (m_txDepth++ > 0)
        return true;
    m_txFailed = false;
    return m_db.transaction() || fail(m_db.lastError().text());
}

bool LocalCache::commit()
{
    if (m_txDepth == 0)
        return fail(QStringLiteral("commit without begin"));
    if (--m_txDepth > 0)
        return true;
    if (m_txFailed) {
        m_db.rollback();
        return fail(QStringLiteral("an inner step of this transaction failed"));
    }
    return m_db.commit() || fail(m_db.lastError().text());
}

void LocalCache::rollback()
{
    if (m_txDepth == 0)
        return;
    if (--m_txDepth > 0) {
        m_txFailed = true; // the outermost commit turns into a rollback
        return;
    }
    m_db.rollback();
}

bool LocalCache::clearForResync()
{
    if (!begin())
        return false;
    QSqlQuery q(m_db);
    // Conversations stay (the snapshot overwrites them and removes the gone ones); their
    // message history is refetched on demand.
    const bool ok = m_messages->clearRelayMessages() &&
                    q.exec(QStringLiteral("UPDATE conversations SET history_complete = 0"));
    if (!ok) {
        rollback();
        return fail(m_messages->lastError() + q.lastError().text());
    }
    return commit();
}

} // namespace recado::sync
