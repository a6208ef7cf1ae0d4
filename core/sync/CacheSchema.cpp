// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/CacheSchema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace recado::sync {

static bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
            return false;
        }
    }
    return true;
}

int CacheSchema::version(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool CacheSchema::migrate(QSqlDatabase &db, QString *error)
{
    const int have = version(db);
    if (have < 0) {
        if (error)
            *error = QCoreApplication::translate("recado::sync::CacheSchema",
                                                 "The cache file cannot be read.");
        return false;
    }
    if (have > kVersion) {
        if (error)
            *error = QCoreApplication::translate(
                         "recado::sync::CacheSchema",
                         "The cache was written by a newer version of Recado (schema %1; this "
                         "version knows %2).")
                         .arg(have)
                         .arg(kVersion);
        return false;
    }
    using Step = bool (*)(QSqlDatabase &, QString *);
    const Step steps[] = {&CacheSchema::migrateTo1, &CacheSchema::migrateTo2,
                          &CacheSchema::migrateTo3};
    for (int v = have; v < kVersion; ++v) {
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        if (!steps[v](db, error) ||
            !execAll(db, {QStringLiteral("PRAGMA user_version = %1").arg(v + 1)}, error)) {
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

bool CacheSchema::migrateTo1(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {
            QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID"),
            // Times are milliseconds since the epoch (UTC); 0 means none.
            QStringLiteral(
                "CREATE TABLE conversations("
                " id INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL DEFAULT 0,"
                " customer_name TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',"
                " wa_id TEXT NOT NULL DEFAULT '', user_id TEXT NOT NULL DEFAULT '',"
                " status TEXT NOT NULL, assignee TEXT NOT NULL DEFAULT '',"
                " service_request_id TEXT NOT NULL DEFAULT '',"
                " unread_count INTEGER NOT NULL DEFAULT 0,"
                " last_preview TEXT NOT NULL DEFAULT '',"
                " last_message_at INTEGER NOT NULL DEFAULT 0,"
                " last_inbound_at INTEGER NOT NULL DEFAULT 0,"
                " language TEXT NOT NULL DEFAULT '', seq INTEGER NOT NULL DEFAULT 0,"
                " search TEXT NOT NULL DEFAULT '',"
                // 1 once the cache holds the thread back to its first message
                " history_complete INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE INDEX conv_order ON conversations(last_message_at DESC, id DESC)"),
            QStringLiteral("CREATE INDEX conv_status_order ON conversations(status, "
                           "last_message_at DESC, id DESC)"),
            QStringLiteral("CREATE INDEX conv_status_assignee_order ON conversations(status, "
                           "assignee, last_message_at DESC, id DESC)"),
            // local_id orders and identifies rows, including outbox messages that have no relay
            // id yet. NULL id/client_id are allowed many times by UNIQUE.
            QStringLiteral(
                "CREATE TABLE messages("
                " local_id INTEGER PRIMARY KEY, id INTEGER UNIQUE, client_id TEXT UNIQUE,"
                " conversation_id INTEGER NOT NULL, wamid TEXT,"
                " direction TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL DEFAULT '',"
                " content TEXT, status TEXT NOT NULL, ts INTEGER NOT NULL,"
                " reply_to TEXT, forwarded INTEGER NOT NULL DEFAULT 0, author TEXT,"
                " error_code INTEGER NOT NULL DEFAULT 0, error_title TEXT,"
                " error_details TEXT)"),
            QStringLiteral("CREATE INDEX msg_thread ON messages(conversation_id, ts, local_id)"),
            QStringLiteral("CREATE INDEX msg_wamid ON messages(wamid) WHERE wamid IS NOT NULL"),
            QStringLiteral("CREATE TABLE outbox("
                           " client_id TEXT PRIMARY KEY, conversation_id INTEGER NOT NULL,"
                           " text TEXT NOT NULL, reply_to TEXT, created_at INTEGER NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " state TEXT NOT NULL DEFAULT 'pending', error TEXT) WITHOUT ROWID"),
        },
        error);
}

bool CacheSchema::migrateTo2(QSqlDatabase &db, QString *error)
{
    // The tray's total unread count summed the whole table (100 ms with 100,000 cached
    // conversations, on every change); a partial covering index holds only unread rows.
    return execAll(db,
                   {QStringLiteral("CREATE INDEX conv_unread ON conversations(status, unread_count)"
                                   " WHERE unread_count > 0")},
                   error);
}

bool CacheSchema::migrateTo3(QSqlDatabase &db, QString *error)
{
    // Every message kind renders offline: the relay's media record (status, type, size, url,
    // reason of a failure) and the reactions summary are kept as JSON next to `content`. The
    // outbox carries any kind: its content, and for attachments the local copy of the file that
    // is uploaded to the relay before the send (the upload id then goes into `content`).
    return execAll(
        db,
        {QStringLiteral("ALTER TABLE messages ADD COLUMN media TEXT"),
         QStringLiteral("ALTER TABLE messages ADD COLUMN reactions TEXT"),
         QStringLiteral("ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'text'"),
         QStringLiteral("ALTER TABLE outbox ADD COLUMN content TEXT"),
         QStringLiteral("ALTER TABLE outbox ADD COLUMN attachment TEXT"),
         QStringLiteral("ALTER TABLE outbox ADD COLUMN attachment_mime TEXT"),
         QStringLiteral("ALTER TABLE outbox ADD COLUMN attachment_name TEXT")},
        error);
}

} // namespace recado::sync
