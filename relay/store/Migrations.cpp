// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/store/Migrations.h"

#include "relay/store/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <iterator>

namespace recado::relay {

namespace {

// Times are BIGINT milliseconds since the epoch (UTC); JSON is TEXT; booleans are INTEGER 0/1.
// Only SQL both engines accept, plus the {{pk}} token.
const QStringList kMigrations[] = {
    // 1: the system of record
    {
        QStringLiteral(
            "CREATE TABLE users (id {{pk}}, username TEXT NOT NULL UNIQUE, display_name TEXT NOT "
            "NULL, "
            "role TEXT NOT NULL, password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0, "
            "created_at BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_id BIGINT NOT NULL "
            "REFERENCES users(id), "
            "created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, revoked_at BIGINT)"),
        QStringLiteral(
            "CREATE TABLE contacts (id {{pk}}, wa_id TEXT UNIQUE, user_id TEXT UNIQUE, phone TEXT, "
            "name TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL, updated_at BIGINT NOT "
            "NULL)"),
        QStringLiteral(
            "CREATE TABLE service_requests (id TEXT PRIMARY KEY, service_type TEXT NOT NULL "
            "DEFAULT '', "
            "customer_name TEXT NOT NULL DEFAULT '', contact_phone TEXT NOT NULL DEFAULT '', "
            "contact_email TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '', "
            "requested_date TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'open', "
            "vendor TEXT NOT NULL DEFAULT '', technician TEXT NOT NULL DEFAULT '', created_at "
            "BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE conversations (id {{pk}}, contact_id BIGINT NOT NULL "
                       "REFERENCES contacts(id), "
                       "status TEXT NOT NULL, assignee TEXT, service_request_id TEXT, unread_count "
                       "INTEGER NOT NULL DEFAULT 0, "
                       "last_preview TEXT NOT NULL DEFAULT '', last_message_at BIGINT NOT NULL, "
                       "last_inbound_at BIGINT, "
                       "language TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL, seq BIGINT "
                       "NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX conversations_contact ON conversations(contact_id, status)"),
        QStringLiteral("CREATE INDEX conversations_recent ON conversations(last_message_at, id)"),
        QStringLiteral(
            "CREATE TABLE messages (id {{pk}}, conversation_id BIGINT NOT NULL REFERENCES "
            "conversations(id), "
            "wamid TEXT UNIQUE, client_id TEXT UNIQUE, direction TEXT NOT NULL, kind TEXT NOT "
            "NULL, "
            "body TEXT NOT NULL DEFAULT '', content TEXT NOT NULL DEFAULT '{}', status TEXT NOT "
            "NULL, "
            "ts BIGINT NOT NULL, reply_to TEXT, forwarded INTEGER NOT NULL DEFAULT 0, author TEXT, "
            "error_code INTEGER NOT NULL DEFAULT 0, error_title TEXT NOT NULL DEFAULT '', "
            "error_details TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX messages_thread ON messages(conversation_id, id)"),
        // Work queue of outbound messages; a row is claimed by one relay instance at a time and the
        // claim expires, so a send interrupted by a crash is picked up again.
        QStringLiteral(
            "CREATE TABLE outbox (message_id BIGINT PRIMARY KEY REFERENCES messages(id), "
            "attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at BIGINT NOT NULL, claimed_by "
            "TEXT, "
            "claimed_until BIGINT, last_error TEXT)"),
        // Statuses for a wamid we have not stored yet (Meta's webhook overtook the send response).
        QStringLiteral(
            "CREATE TABLE orphan_statuses (id {{pk}}, wamid TEXT NOT NULL, status TEXT NOT NULL, "
            "ts BIGINT NOT NULL, "
            "error_code INTEGER NOT NULL DEFAULT 0, error_title TEXT NOT NULL DEFAULT '', "
            "error_details TEXT NOT NULL DEFAULT '', received_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX orphan_statuses_wamid ON orphan_statuses(wamid)"),
        QStringLiteral("CREATE TABLE events (seq BIGINT PRIMARY KEY, type TEXT NOT NULL, "
                       "conversation_id BIGINT NOT NULL DEFAULT 0, "
                       "payload TEXT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO counters (name, value) VALUES ('event_seq', 0)"),
        QStringLiteral("CREATE TABLE webhook_log (id {{pk}}, received_at BIGINT NOT NULL, outcome "
                       "TEXT NOT NULL, "
                       "error TEXT NOT NULL DEFAULT '', body TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE relay_state (key TEXT PRIMARY KEY, value TEXT NOT NULL, "
                       "updated_at BIGINT NOT NULL)"),
    },
    // 2: the template library (synced from Meta or submitted by us) and the consent ledger
    {
        // One row per template translation. `definition` is Meta's list-item JSON; the other
        // columns are what the library filters on and what a status webhook changes.
        // `status_changed_at` lets a sync that started earlier not undo a newer webhook.
        QStringLiteral(
            "CREATE TABLE templates (id {{pk}}, name TEXT NOT NULL, language TEXT NOT NULL, "
            "meta_id TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT '', "
            "status TEXT NOT NULL DEFAULT '', rejected_reason TEXT NOT NULL DEFAULT '', "
            "quality TEXT NOT NULL DEFAULT '', status_detail TEXT NOT NULL DEFAULT '', "
            "definition TEXT NOT NULL DEFAULT '{}', origin TEXT NOT NULL DEFAULT 'meta', "
            "submitted_by TEXT NOT NULL DEFAULT '', synced_at BIGINT, "
            "status_changed_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, UNIQUE (name, "
            "language))"),
        QStringLiteral("CREATE INDEX templates_status ON templates(status, language)"),
        // Append-only: a change of mind is a new row, so the history shows who changed what and
        // how.
        QStringLiteral(
            "CREATE TABLE consent_events (id {{pk}}, contact_id BIGINT NOT NULL REFERENCES "
            "contacts(id), "
            "conversation_id BIGINT, message_id BIGINT, action TEXT NOT NULL, source TEXT NOT "
            "NULL, "
            "at BIGINT NOT NULL, agent TEXT NOT NULL DEFAULT '', keyword TEXT NOT NULL DEFAULT '', "
            "language TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', created_at BIGINT "
            "NOT NULL)"),
        QStringLiteral("CREATE INDEX consent_events_contact ON consent_events(contact_id, at)"),
    },
    // 3: AI drafts (relay/drafts/review) and the append-only record of every decision on them
    {
        // One draft per inbound message. `result` is the drafter's whole answer (DraftResult JSON:
        // sources, entities, escalation reasons ...); the other columns are what reviews change and
        // what the supervisor view and the figures filter on. status: pending, approved, edited,
        // rejected, auto_sent, superseded.
        QStringLiteral(
            "CREATE TABLE drafts (id {{pk}}, conversation_id BIGINT NOT NULL REFERENCES "
            "conversations(id), "
            "message_id BIGINT NOT NULL UNIQUE REFERENCES messages(id), status TEXT NOT NULL, "
            "intent TEXT NOT NULL, confidence DOUBLE PRECISION NOT NULL DEFAULT 0, "
            "lang TEXT NOT NULL DEFAULT '', reply TEXT NOT NULL DEFAULT '', "
            "escalate INTEGER NOT NULL DEFAULT 0, escalation_reason TEXT NOT NULL DEFAULT '', "
            "drafter TEXT NOT NULL DEFAULT '', result TEXT NOT NULL DEFAULT '{}', created_at "
            "BIGINT NOT NULL, "
            "decided_at BIGINT, decided_by TEXT NOT NULL DEFAULT '', sent_message_id BIGINT, "
            "sent_text TEXT NOT NULL DEFAULT '', edit_distance INTEGER, reject_reason TEXT NOT "
            "NULL DEFAULT '', "
            "note TEXT NOT NULL DEFAULT '', marked_wrong_at BIGINT, marked_wrong_by TEXT NOT NULL "
            "DEFAULT '', "
            "marked_wrong_note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX drafts_conversation ON drafts(conversation_id, id)"),
        QStringLiteral("CREATE INDEX drafts_created ON drafts(created_at, id)"),
        // At most one pending draft per conversation, whatever races between relay instances.
        QStringLiteral("CREATE UNIQUE INDEX drafts_one_pending ON drafts(conversation_id) WHERE "
                       "status = 'pending'"),
        // Append-only: who decided what, when, what the draft said and what was sent.
        QStringLiteral("CREATE TABLE draft_decisions (id {{pk}}, draft_id BIGINT NOT NULL "
                       "REFERENCES drafts(id), "
                       "conversation_id BIGINT NOT NULL, action TEXT NOT NULL, actor TEXT NOT "
                       "NULL, at BIGINT NOT NULL, "
                       "draft_text TEXT NOT NULL DEFAULT '', sent_text TEXT NOT NULL DEFAULT '', "
                       "sent_message_id BIGINT, "
                       "edit_distance INTEGER, reason TEXT NOT NULL DEFAULT '', note TEXT NOT NULL "
                       "DEFAULT '')"),
        QStringLiteral("CREATE INDEX draft_decisions_draft ON draft_decisions(draft_id, id)"),
        QStringLiteral("CREATE INDEX draft_decisions_at ON draft_decisions(at)"),
    },
    // 4: media (relay/media): download queue, agents' uploads, media state and reactions on
    // messages
    {
        // What a client shows about a message's file (status pending/ready/failed, type, size,
        // digest, reason) and the current reactions to it; JSON kept next to the message so every
        // read and every event carries it.
        QStringLiteral("ALTER TABLE messages ADD COLUMN media TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN reactions TEXT NOT NULL DEFAULT ''"),
        // Inbound files to fetch from Meta. A row is claimed with a lease like the outbox; a
        // download is idempotent, so an expired lease simply lets another instance try again.
        // state: pending, ready, failed. expires_at: Meta forgets webhook media ids after 7 days.
        QStringLiteral(
            "CREATE TABLE media_downloads (message_id BIGINT PRIMARY KEY REFERENCES messages(id), "
            "media_id TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
            "next_attempt_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, claimed_by TEXT, "
            "claimed_until BIGINT, last_error TEXT NOT NULL DEFAULT '', created_at BIGINT NOT "
            "NULL, "
            "updated_at BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX media_downloads_due ON media_downloads(state, next_attempt_at)"),
        // Files agents uploaded for sending; `meta_media_id` caches Meta's id (valid 30 days).
        QStringLiteral(
            "CREATE TABLE media_uploads (id TEXT PRIMARY KEY, conversation_id BIGINT NOT NULL, "
            "kind TEXT NOT NULL, sha256 TEXT NOT NULL, mime_type TEXT NOT NULL, file_size BIGINT "
            "NOT NULL, "
            "filename TEXT NOT NULL DEFAULT '', animated INTEGER NOT NULL DEFAULT 0, "
            "uploaded_by TEXT NOT NULL, meta_media_id TEXT NOT NULL DEFAULT '', meta_uploaded_at "
            "BIGINT, "
            "created_at BIGINT NOT NULL)"),
    },
    // 5: contacts found by phone number. Consent follows the number across contacts
    // (ConsentStore), and an inbound message whose wa_id is new but whose E.164 number is known
    // (Mexico's "521" and "52" forms of one mobile) joins the existing contact. IF NOT EXISTS:
    // early builds created this index inside migration 2.
    {
        QStringLiteral("CREATE INDEX IF NOT EXISTS contacts_phone ON contacts(phone)"),
    },
};

constexpr int kCount = int(std::size(kMigrations));

} // namespace

int latestSchemaVersion()
{
    return kCount;
}

int currentSchemaVersion(Database &db)
{
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool migrate(Database &db, QString *error)
{
    if (!db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER "
                                "PRIMARY KEY, applied_at BIGINT NOT NULL)"),
                 error))
        return false;
    for (int version = 1; version <= kCount; ++version) {
        Transaction tx(db);
        if (!tx.isActive()) {
            *error = QStringLiteral("cannot begin migration transaction: ") + db.lastError();
            return false;
        }
        if (db.dialect() == Dialect::Postgres &&
            !db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7265636164)"), error))
            return false;
        QSqlQuery check(db.db());
        check.prepare(QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"));
        check.addBindValue(version);
        if (!check.exec()) {
            *error = check.lastError().text();
            return false;
        }
        if (check.next())
            continue;
        for (const QString &statement : kMigrations[version - 1]) {
            QString stepError;
            if (!db.exec(db.translate(statement), &stepError)) {
                *error = QStringLiteral("migration %1 failed: %2").arg(version).arg(stepError);
                return false;
            }
        }
        QSqlQuery record(db.db());
        record.prepare(
            QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
        record.addBindValue(version);
        record.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!record.exec() || !tx.commit()) {
            *error = QStringLiteral("migration %1 could not be recorded: %2")
                         .arg(version)
                         .arg(db.lastError());
            return false;
        }
    }
    return true;
}

} // namespace recado::relay
