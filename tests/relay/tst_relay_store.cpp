// SPDX-License-Identifier: GPL-3.0-or-later
// The store's shortcuts on the ingest path, on SQLite or on PostgreSQL (RECADO_TEST_DATABASE):
// event numbers counted in memory within a transaction stay gap-free and ordered across commits,
// rollbacks and connections; the newest consent entry of a person is found across the contacts
// that share their phone; recordInbound hands back the conversation as a read would; and on
// SQLite the WAL is checkpointed by the checkpointer's connection when the writer's own
// checkpoints are off; the RETURNING forms Statement answers without RETURNING on SQLite give
// the rows PostgreSQL's RETURNING gives; on PostgreSQL a connection the server closed is reopened
// under the statements that were prepared on it, and a transaction begun without events does not
// wait for the event sequence's lock; a WriteGroup commits its writes once, and a refused write
// rolls back to its savepoint with its event number handed on; a webhook the store refuses is
// rolled back alone and its batch stored.
#include "core/protocol/JsonCodec.h"
#include "relay/consent/ConsentStore.h"
#include "relay/ingest/WebhookStore.h"
#include "relay/store/ConversationStore.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"
#include "relay/store/Migrations.h"
#include "relay/store/WalCheckpointer.h"
#include "relay/store/WriteGroup.h"
#include "tests/support/RefusingTrigger.h"
#include "tests/support/RelayProcess.h"
#include "tools/loadgen/WebhookLoad.h"

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace recado;
using namespace recado::relay;

class StoreTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_url;
    Database m_db;

    qint64 counter() { return EventLog(m_db).lastSeq(); }

    qint64 addContact(const QString &waId, const QString &phone)
    {
        qint64 id = 0;
        [&] {
            Transaction tx(m_db);
            QVERIFY(tx.isActive());
            id = ConversationStore(m_db).upsertContact({waId, {}, phone, QStringLiteral("Ana")},
                                                       QDateTime::currentMSecsSinceEpoch());
            QVERIFY(tx.commit());
        }();
        return id;
    }

    static whatsapp::ConsentRecord record(whatsapp::ConsentAction action, qint64 atMs)
    {
        whatsapp::ConsentRecord r;
        r.action = action;
        r.source = whatsapp::ConsentSource::AgentAction;
        r.agent = QStringLiteral("maria");
        r.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
        return r;
    }

    void appendConsent(qint64 contactId, whatsapp::ConsentAction action, qint64 atMs)
    {
        Transaction tx(m_db);
        QVERIFY(tx.isActive());
        QVERIFY(ConsentStore(m_db).append(contactId, 0, 0, record(action, atMs), atMs).id > 0);
        QVERIFY(tx.commit());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString pg =
            QProcessEnvironment::systemEnvironment().value(QStringLiteral("RECADO_TEST_DATABASE"));
        m_url = pg.isEmpty() ? QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("s.db"))
                             : test::freshPostgresDatabase(pg);
        QVERIFY(!m_url.isEmpty());
        QString error;
        QVERIFY2(m_db.open(m_url, &error), qPrintable(error));
        QVERIFY2(migrate(m_db, &error), qPrintable(error));
        m_db.setLockEventSequence(true);
    }

    void eventNumbersWithinATransactionAreCountedOnce()
    {
        const qint64 before = counter();
        {
            Transaction tx(m_db);
            QVERIFY(tx.isActive());
            EventLog log(m_db);
            QCOMPARE(log.reserve(), before + 1);
            QCOMPARE(log.reserve(), before + 2);
            QCOMPARE(log.reserve(), before + 3);
            QVERIFY(tx.commit());
        }
        QCOMPARE(counter(), before + 3); // the last number used reached the counter row
        {
            Transaction tx(m_db);
            QCOMPARE(EventLog(m_db).reserve(), before + 4);
            QCOMPARE(EventLog(m_db).reserve(), before + 5);
            // rolled back: the numbers are handed out again
        }
        QCOMPARE(counter(), before + 3);
        {
            Transaction tx(m_db);
            QCOMPARE(EventLog(m_db).reserve(), before + 4);
            QVERIFY(tx.commit());
        }
        QCOMPARE(counter(), before + 4);
        // Outside a transaction every call counts in the row itself.
        QCOMPARE(EventLog(m_db).reserve(), before + 5);
        QCOMPARE(counter(), before + 5);
    }

    void anotherConnectionContinuesWhereTheCommitLeftOff()
    {
        Database other;
        QString error;
        QVERIFY2(other.open(m_url, &error), qPrintable(error));
        other.setLockEventSequence(true);
        const qint64 before = counter();
        for (int round = 0; round < 3; ++round) {
            for (Database *db : {&m_db, &other}) {
                Transaction tx(*db);
                QVERIFY(tx.isActive());
                EventLog log(*db);
                const qint64 first = log.reserve();
                QCOMPARE(log.reserve(), first + 1);
                QVERIFY(tx.commit());
            }
        }
        QCOMPARE(counter(), before + 12);
        QCOMPARE(EventLog(other).lastSeq(), before + 12);
    }

    void aNestedBeginFailsAndLeavesTheCountAlone()
    {
        const qint64 before = counter();
        Transaction outer(m_db);
        QVERIFY(outer.isActive());
        QCOMPARE(EventLog(m_db).reserve(), before + 1);
        QCOMPARE(EventLog(m_db).reserve(), before + 2);
        {
            Transaction inner(m_db);
            QVERIFY(!inner.isActive());
        }
        QCOMPARE(EventLog(m_db).reserve(), before + 3);
        QVERIFY(outer.commit());
        QCOMPARE(counter(), before + 3);
    }

    void aGroupOfWritesCommitsOnceAndARefusedOneLeavesNothing()
    {
        QList<domain::Event> published;
        QStringList outcome;
        WriteGroup group(m_db, [&](const QList<domain::Event> &e) { published += e; });
        const auto contacts = [this](const QString &waId) {
            Statement &q =
                m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE wa_id = ?"));
            q.addBindValue(waId);
            const int n = q.exec() && q.next() ? q.value(0).toInt() : -1;
            q.finish();
            return n;
        };
        // Each write stores a contact and appends an event; a refused one is rolled back to its
        // savepoint after doing both.
        const auto write = [&](const QString &name, bool refuse) {
            WriteGroup::Write w;
            w.write = [this, name, refuse](QList<domain::Event> *events) {
                if (ConversationStore(m_db).upsertContact(
                        {QStringLiteral("52155900") + name, {}, {}, name}, 1) == 0)
                    return false;
                const domain::Event e = EventLog(m_db).append(QStringLiteral("test.write"), 0,
                                                              {{QStringLiteral("name"), name}});
                if (e.seq == 0)
                    return false;
                events->append(e);
                return !refuse;
            };
            w.committed = [&outcome, name] { outcome << name; };
            w.failed = [&outcome, name] { outcome << QStringLiteral("failed ") + name; };
            return w;
        };
        for (const bool refuseFirst : {false, true}) {
            published.clear();
            outcome.clear();
            const QString tag = refuseFirst ? QStringLiteral("1") : QStringLiteral("2");
            const qint64 before = counter();
            // A refused write in the middle (its number was counted in memory) or first (its
            // number came from the counter row, which the rollback restores).
            group.add(write(tag + QStringLiteral("1"), refuseFirst));
            group.add(write(tag + QStringLiteral("2"), !refuseFirst));
            group.add(write(tag + QStringLiteral("3"), false));
            QVERIFY(outcome.isEmpty()); // written when control is back in the event loop
            QTRY_COMPARE(outcome.size(), 2);
            const QStringList expected =
                refuseFirst ? QStringList{tag + QStringLiteral("2"), tag + QStringLiteral("3")}
                            : QStringList{tag + QStringLiteral("1"), tag + QStringLiteral("3")};
            QCOMPARE(outcome, expected);
            // Gap-free: the refused write's number went to the next one.
            QCOMPARE(published.size(), 2);
            QCOMPARE(published[0].seq, before + 1);
            QCOMPARE(published[1].seq, before + 2);
            QCOMPARE(counter(), before + 2);
            const QString refused = tag + (refuseFirst ? QStringLiteral("1") : QStringLiteral("2"));
            QCOMPARE(contacts(QStringLiteral("52155900") + refused), 0);
            QCOMPARE(contacts(QStringLiteral("52155900") + tag + QStringLiteral("3")), 1);
        }
        QCOMPARE(group.groupCount(), 2); // one transaction per group
        QCOMPARE(group.writeCount(), 4);
    }

    void aTransactionWithoutEventsSkipsTheSequenceLock()
    {
        {
            Transaction tx(m_db, Database::Durability::Full, Database::Events::None);
            QVERIFY(tx.isActive());
            QCOMPARE(EventLog(m_db).reserve(), 0); // refused: the sequence was not locked
        }
        if (m_db.dialect() != Dialect::Postgres)
            return; // SQLite: one writer at a time anyway
        Database other;
        QString error;
        QVERIFY2(other.open(m_url, &error), qPrintable(error));
        other.setLockEventSequence(true);
        QVERIFY(other.exec(QStringLiteral("SET lock_timeout = '1s'")));
        Transaction holder(m_db); // an ingest batch: holds the sequence's lock until it ends
        QVERIFY(holder.isActive());
        QVERIFY(EventLog(m_db).reserve() > 0);
        {
            // An event writer waits for it (here: gives up after the timeout)...
            Transaction waits(other);
            QVERIFY(!waits.isActive());
        }
        {
            // ...a transaction without events does not.
            Transaction claim(other, Database::Durability::Full, Database::Events::None);
            QVERIFY(claim.isActive());
            Statement &q = other.prepared(
                QStringLiteral("UPDATE outbox SET attempts = attempts WHERE message_id = ?"));
            q.addBindValue(-1);
            QVERIFY(q.exec());
            QVERIFY(claim.commit());
        }
        // The lock's timeout was the statement's failure, not a lost connection.
        QCOMPARE(other.reconnectCount(), 0);
        QVERIFY(holder.commit());
    }

    void latestConsentSpansContactsSharingAPhone()
    {
        // Meta writes one Mexican mobile as 521XXXXXXXXXX and 52XXXXXXXXXX; both are +52...
        const QString phone = QStringLiteral("+525512340001");
        const qint64 a = addContact(QStringLiteral("5215512340001"), phone);
        qint64 b = 0;
        { // a second row for the same phone, as older data or another channel left it
            Transaction tx(m_db);
            Statement &q = m_db.prepared(QStringLiteral(
                "INSERT INTO contacts (wa_id, phone, name, created_at, updated_at) VALUES "
                "('525512340001', ?, 'Ana', 0, 0) RETURNING id"));
            q.addBindValue(phone);
            QVERIFY(execOrError(q) && q.next());
            b = q.value(0).toLongLong();
            q.finish();
            QVERIFY(tx.commit());
        }
        const qint64 stranger =
            addContact(QStringLiteral("5215599990000"), QStringLiteral("+525599990000"));
        QVERIFY(a > 0 && b > 0 && a != b);
        QVERIFY(!ConsentStore(m_db).latest(a));

        appendConsent(a, whatsapp::ConsentAction::OptIn, 1000);
        appendConsent(b, whatsapp::ConsentAction::OptOut, 2000);
        appendConsent(stranger, whatsapp::ConsentAction::OptIn, 9000);
        for (const qint64 contact : {a, b}) {
            const auto latest = ConsentStore(m_db).latest(contact);
            QVERIFY(latest);
            QVERIFY(latest->action == whatsapp::ConsentAction::OptOut);
            QCOMPARE(latest->at.toMSecsSinceEpoch(), 2000);
        }
        // The same instant on both: the entry recorded last wins, as in the history.
        appendConsent(a, whatsapp::ConsentAction::OptIn, 2000);
        QVERIFY(ConsentStore(m_db).latest(b)->action == whatsapp::ConsentAction::OptIn);
        appendConsent(b, whatsapp::ConsentAction::OptOut, 2000);
        QVERIFY(ConsentStore(m_db).latest(a)->action == whatsapp::ConsentAction::OptOut);
        QVERIFY(ConsentStore(m_db).history(a).last().record.action ==
                whatsapp::ConsentAction::OptOut);
        QCOMPARE(ConsentStore(m_db).latest(stranger)->at.toMSecsSinceEpoch(), 9000);
    }

    void recordInboundReturnsTheConversationAsStored()
    {
        Transaction tx(m_db);
        QVERIFY(tx.isActive());
        ConversationStore conversations(m_db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        ContactInfo stored;
        const qint64 contact =
            conversations.upsertContact({QStringLiteral("5215512340077"), QStringLiteral("MX.123"),
                                         QStringLiteral("+525512340077"), QStringLiteral("Beto")},
                                        now, &stored);
        bool created = false;
        bool reopened = false;
        const qint64 id = conversations.conversationForInbound(contact, now, &created, &reopened);
        QVERIFY(created);
        // A later webhook without the name keeps the stored one.
        const qint64 again = conversations.upsertContact(
            {QStringLiteral("5215512340077"), {}, QStringLiteral("+525512340077"), {}}, now,
            &stored);
        QCOMPARE(again, contact);
        QCOMPARE(stored.name, QStringLiteral("Beto"));
        QCOMPARE(stored.userId, QStringLiteral("MX.123"));
        const auto updated = conversations.recordInbound(id, QStringLiteral("hola"), now,
                                                         QStringLiteral("es"), 42, stored);
        QVERIFY(updated);
        const auto read = conversations.get(id);
        QVERIFY(read);
        QCOMPARE(updated->unreadCount, 1);
        QCOMPARE(updated->seq, 42);
        QCOMPARE(protocol::toJson(*updated), protocol::toJson(*read));
        QVERIFY(tx.commit());
    }

    void returningGivesTheRowsTheStatementChanged()
    {
        const bool sqlite = m_db.dialect() == Dialect::Sqlite;
        QVERIFY(m_db.exec(QStringLiteral("CREATE TABLE scratch (id %1, name TEXT NOT NULL UNIQUE, "
                                         "n BIGINT NOT NULL)")
                              .arg(sqlite ? QStringLiteral("INTEGER PRIMARY KEY")
                                          : QStringLiteral("BIGSERIAL PRIMARY KEY"))));
        const QString insert = QStringLiteral("INSERT INTO scratch (name, n) VALUES (?, ?) ON "
                                              "CONFLICT (name) DO NOTHING RETURNING id");
        const auto insertOne = [&](const QString &name) -> qint64 {
            Statement &q = m_db.prepared(insert);
            q.addBindValue(name);
            q.addBindValue(1);
            if (!q.exec())
                return -1;
            const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
            if (q.next())
                return -2; // one row at most
            return id;
        };
        const qint64 first = insertOne(QStringLiteral("a"));
        const qint64 second = insertOne(QStringLiteral("b"));
        QVERIFY(first > 0);
        QCOMPARE(second, first + 1);
        QCOMPARE(insertOne(QStringLiteral("a")), 0); // skipped by ON CONFLICT: no row

        const QString update =
            QStringLiteral("UPDATE scratch SET n = n + ? WHERE id = ? RETURNING name, n");
        Statement &up = m_db.prepared(update);
        up.addBindValue(10);
        up.addBindValue(second);
        QVERIFY2(up.exec(), qPrintable(up.lastError()));
        QVERIFY(up.next());
        QCOMPARE(up.value(0).toString(), QStringLiteral("b"));
        QCOMPARE(up.value(1).toLongLong(), 11);
        QVERIFY(!up.next());
        // Bound and run again without finish(): the new row, not the old one.
        up.addBindValue(5);
        up.addBindValue(first);
        QVERIFY(up.exec());
        QVERIFY(up.next());
        QCOMPARE(up.value(0).toString(), QStringLiteral("a"));
        QCOMPARE(up.value(1).toLongLong(), 6);
        // Left on its row, the statement is released with the others.
        up.addBindValue(1);
        up.addBindValue(first);
        QVERIFY(up.exec());
        QVERIFY(up.isOpen() || !sqlite); // SQLite: the read-back holds a snapshot
        m_db.releaseSnapshots();
        QVERIFY(!up.isOpen());
        // No such row: nothing changed, nothing returned.
        up.addBindValue(1);
        up.addBindValue(first + 1000);
        QVERIFY(up.exec());
        QVERIFY(!up.next());
        QCOMPARE(up.numRowsAffected(), 0);
    }

    void aLostConnectionIsReopenedUnderHeldStatements()
    {
        if (m_db.dialect() != Dialect::Postgres)
            QSKIP("PostgreSQL connections only (a SQLite file cannot go away)");
        Database db;
        QString error;
        QVERIFY2(db.open(m_url, &error), qPrintable(error));
        db.setLockEventSequence(true);
        const auto backendPid = [&db] {
            Statement &pid = db.prepared(QStringLiteral("SELECT pg_backend_pid()"));
            return pid.exec() && pid.next() ? pid.value(0).toLongLong() : 0;
        };
        // What a server restart or an administrator does to a connection.
        const auto terminate = [this](qint64 pid) {
            Statement &kill = m_db.prepared(QStringLiteral("SELECT pg_terminate_backend(?)"));
            kill.addBindValue(pid);
            return kill.exec() && kill.next() && kill.value(0).toBool();
        };
        Statement &seq =
            db.prepared(QStringLiteral("SELECT value FROM counters WHERE name = ? AND value >= ?"));
        seq.addBindValue(QStringLiteral("event_seq"));
        seq.addBindValue(0);
        QVERIFY(seq.exec() && seq.next());
        const qint64 before = seq.value(0).toLongLong();
        seq.finish();

        // A read outside a transaction, through a statement prepared before the loss and bound
        // before the loss: reopened, prepared again, run once more, with the same values.
        const qint64 first = backendPid();
        QVERIFY(first > 0);
        seq.addBindValue(QStringLiteral("event_seq"));
        seq.addBindValue(0);
        QVERIFY(terminate(first));
        QVERIFY2(seq.exec(), qPrintable(seq.lastError()));
        QVERIFY(seq.next());
        QCOMPARE(seq.value(0).toLongLong(), before);
        seq.finish();
        QCOMPARE(db.reconnectCount(), 1);
        const qint64 second = backendPid();
        QVERIFY(second > 0 && second != first);

        // A write outside a transaction may have been done before the connection broke: it is
        // not run again, but the connection is reopened for the next statement.
        Statement &write =
            db.prepared(QStringLiteral("UPDATE counters SET value = value WHERE name = ?"));
        write.addBindValue(QStringLiteral("event_seq"));
        QVERIFY(terminate(second));
        QVERIFY(!write.exec());
        QCOMPARE(db.reconnectCount(), 2);
        write.addBindValue(QStringLiteral("event_seq"));
        QVERIFY2(write.exec(), qPrintable(write.lastError()));
        QCOMPARE(write.numRowsAffected(), 1);
        const qint64 third = backendPid();
        QVERIFY(third > 0 && third != second);

        // A statement that fails on a healthy connection is not run twice.
        Statement &bad = db.prepared(QStringLiteral("SELECT 1 / ?"));
        bad.addBindValue(0);
        QVERIFY(!bad.exec());
        QVERIFY(bad.lastError().contains(QLatin1String("division by zero")));
        QCOMPARE(db.reconnectCount(), 2);

        // Inside a transaction the failure is the caller's to see (its earlier work is gone);
        // the next transaction begins on a new connection.
        {
            Transaction tx(db);
            QVERIFY(tx.isActive());
            QVERIFY(EventLog(db).reserve() > 0);
            QVERIFY(terminate(third));
            QVERIFY(EventLog(db).reserve() == 0 || !tx.commit());
        }
        QCOMPARE(db.reconnectCount(), 2);
        {
            Transaction tx(db);
            QVERIFY(tx.isActive());
            QCOMPARE(EventLog(db).reserve(), counter() + 1);
            QVERIFY(tx.commit());
        }
        QCOMPARE(db.reconnectCount(), 3);
        QVERIFY(backendPid() != third);
    }

    void aWebhookThatCannotBeStoredLeavesItsBatchStored()
    {
        // A trigger refuses one message of the batch, as a payload the schema cannot take would.
        std::optional<test::RefusingTrigger> refusal;
        refusal.emplace(m_db, QStringLiteral("messages"),
                        QStringLiteral("NEW.body LIKE '%mensaje 9002'"));
        QVERIFY2(refusal->error().isEmpty(), qPrintable(refusal->error()));

        QList<ReceivedWebhook> batch;
        for (int i = 9000; i < 9005; ++i) {
            ReceivedWebhook w;
            w.body = loadgen::webhookBody(i, 3, 1, 77);
            w.isWhatsApp = whatsapp::parseWebhook(QJsonDocument::fromJson(w.body).object(), &w.hook,
                                                  &w.parseError);
            QVERIFY(w.isWhatsApp);
            batch.append(w);
        }
        const qint64 before = counter();
        const StoredBatch result = WebhookStore(m_db).store(batch);
        refusal.reset();

        QCOMPARE(result.stored, (QList<bool>{true, true, false, true, true}));
        QCOMPARE(result.inboundMessageIds.size(), 4);
        // The events of the four, gap-free from where the sequence stood, as stored.
        QVERIFY(!result.events.isEmpty());
        for (qsizetype i = 0; i < result.events.size(); ++i)
            QCOMPARE(result.events[i].seq, before + 1 + i);
        QCOMPARE(counter(), before + result.events.size());
        const auto count = [this](const QString &sql) {
            Statement &q = m_db.prepared(sql);
            const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
            q.finish();
            return n;
        };
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE wamid LIKE "
                                      "'wamid.load.900%.0.77'")),
                 4);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE wamid = "
                                      "'wamid.load.9002.0.77'")),
                 0);
        // Nothing of the refused one is kept, not even its log row: Meta redelivers it.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM webhook_log WHERE body LIKE "
                                      "'%wamid.load.900_.0.77%'")),
                 4);

        // Redelivered once the cause is gone, it is stored like any other.
        const StoredBatch again = WebhookStore(m_db).store({batch[2]});
        QCOMPARE(again.stored, QList<bool>{true});
        QCOMPARE(again.events.first().seq, before + result.events.size() + 1);
    }

    void checkpointerEmptiesTheLogTheWriterLeaves()
    {
        if (m_db.dialect() != Dialect::Sqlite)
            QSKIP("SQLite's write-ahead log only");
        QVERIFY(m_db.setAutoCheckpoint(false));
        // The counter as the database file alone holds it (immutable: the WAL is not read).
        const QString path = m_url.mid(int(qstrlen("sqlite:")));
        const auto counterInFile = [&path] {
            qint64 v = -1;
            {
                QSqlDatabase file =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("file"));
                file.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
                file.setDatabaseName(QStringLiteral("file:") + path +
                                     QStringLiteral("?immutable=1"));
                if (file.open()) {
                    QSqlQuery q(file);
                    if (q.exec(QStringLiteral(
                            "SELECT value FROM counters WHERE name = 'event_seq'")) &&
                        q.next())
                        v = q.value(0).toLongLong();
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("file"));
            return v;
        };
        WalCheckpointer checkpointer(60 * 60 * 1000); // only when asked
        QString error;
        QVERIFY2(checkpointer.start(m_url, &error), qPrintable(error));
        QVERIFY(checkpointer.checkpointNow());
        const qint64 before = counterInFile();
        QCOMPARE(before, counter());
        // More logged pages than SQLite's automatic checkpoint waits for (1,000); deferred
        // commits, so the test does not wait for a thousand flushes.
        constexpr int kCommits = 1100;
        for (int i = 0; i < kCommits; ++i) {
            Transaction tx(m_db, Database::Durability::Deferred);
            QVERIFY(EventLog(m_db).reserve() > 0);
            QVERIFY(tx.commit());
        }
        QCOMPARE(counter(), before + kCommits);
        QCOMPARE(counterInFile(), before); // still only in the log: the writer did not copy it
        QVERIFY(checkpointer.checkpointNow());
        QCOMPARE(counterInFile(), before + kCommits);
        checkpointer.stop();
        QVERIFY(m_db.setAutoCheckpoint(true));
    }
};

QTEST_GUILESS_MAIN(StoreTest)
#include "tst_relay_store.moc"
