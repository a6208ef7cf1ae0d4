// SPDX-License-Identifier: GPL-3.0-or-later
// Two connections of one process to one SQLite file, as the relay's thread and its ingest writer
// use them: a writer waits for the other's commit and then goes on at once (the in-process lock
// handover), a nested begin() fails without deadlocking or releasing the outer transaction, and
// a statement left on a row does not keep a connection from writing after the other committed,
// nor from being bound and run again.
#include "relay/store/Database.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace recado::relay;

class WriteLockTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_url;

    static qint64 count(Database &db)
    {
        QSqlQuery q(db.db());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM probe")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }
    static bool insert(Database &db, int v)
    {
        Statement &q = db.prepared(QStringLiteral("INSERT INTO probe (v) VALUES (?)"));
        q.addBindValue(v);
        return execOrError(q);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("w.db"));
        Database db;
        QString error;
        QVERIFY2(db.open(m_url, &error), qPrintable(error));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE probe (v INTEGER)")));
    }

    void secondWriterWaitsForTheCommitThenGoesOn()
    {
        Database a;
        QString error;
        QVERIFY(a.open(m_url, &error));
        Transaction tx(a);
        QVERIFY(tx.isActive());
        QVERIFY(insert(a, 1));

        std::atomic<bool> began{false};
        std::atomic<bool> committed{false};
        std::atomic<qint64> seen{-1};
        std::atomic<qint64> waitedMs{0};
        std::thread other([&] {
            Database b;
            QString e;
            if (!b.open(m_url, &e))
                return;
            QElapsedTimer t;
            t.start();
            {
                Transaction txB(b);
                began = txB.isActive();
                waitedMs = t.elapsed();
                seen = count(b); // A's row: B began after A's commit
                committed = insert(b, 2) && txB.commit();
            }
            b.close();
        });
        QThread::msleep(150);
        QVERIFY(!began); // still waiting for A
        QVERIFY(tx.commit());
        other.join();
        QVERIFY(began);
        QVERIFY(committed);
        QCOMPARE(seen.load(), 1);
        QVERIFY2(waitedMs >= 140, qPrintable(QString::number(waitedMs)));
        QCOMPARE(count(a), 2);
    }

    void nestedBeginFailsWithoutReleasingTheOuter()
    {
        Database a;
        QString error;
        QVERIFY(a.open(m_url, &error));
        Transaction outer(a);
        QVERIFY(outer.isActive());
        QElapsedTimer t;
        t.start();
        {
            Transaction inner(a); // SQLite has no nested BEGIN: refused, and at once
            QVERIFY(!inner.isActive());
        }
        QVERIFY(t.elapsed() < 1000);
        QVERIFY(insert(a, 3));
        QVERIFY(outer.commit());
        QCOMPARE(count(a), 3);
    }

    void aStatementLeftOnARowDoesNotBlockWriting()
    {
        Database a;
        Database b;
        QString error;
        QVERIFY(a.open(m_url, &error));
        QVERIFY(b.open(m_url, &error));
        // A reads and stops on the first row: SQLite keeps A's snapshot while the row is open.
        Statement &open = a.prepared(QStringLiteral("SELECT v FROM probe ORDER BY v"));
        QVERIFY(execOrError(open));
        QVERIFY(open.next());
        QVERIFY(open.isOpen());
        // B commits after A's snapshot was taken.
        {
            Transaction txB(b);
            QVERIFY(txB.isActive());
            QVERIFY(insert(b, 4));
            QVERIFY(txB.commit());
        }
        // A can still write, and sees B's row.
        Transaction txA(a);
        QVERIFY2(txA.isActive(), qPrintable(a.lastError()));
        QVERIFY(!open.isOpen());
        QCOMPARE(count(a), 4);
        QVERIFY(insert(a, 5));
        QVERIFY(txA.commit());
        QCOMPARE(count(b), 5);
    }

    void aStatementRunAgainWithoutFinishStartsOver()
    {
        Database a;
        QString error;
        QVERIFY(a.open(m_url, &error));
        Statement &q = a.prepared(QStringLiteral("SELECT v FROM probe WHERE v >= ? ORDER BY v"));
        q.addBindValue(1);
        QVERIFY(execOrError(q));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Bound and run again while still on a row, as QSqlQuery allows: new values, from the
        // first row, not the old iteration carrying on.
        q.addBindValue(4);
        QVERIFY(execOrError(q));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 5);
        QVERIFY(!q.next());
        QVERIFY(!q.isOpen());
    }
};

QTEST_GUILESS_MAIN(WriteLockTest)
#include "tst_relay_writelock.moc"
