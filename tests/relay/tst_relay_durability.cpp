// SPDX-License-Identifier: GPL-3.0-or-later
// Database::Durability: a Deferred transaction (AI drafts) skips its own disk flush, and the
// connection is back to fully durable commits afterwards, whether it committed or rolled back.
// Runs on SQLite, and on PostgreSQL when RECADO_TEST_DATABASE is set.
#include "relay/store/Database.h"
#include "tests/support/RelayProcess.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace recado::relay;

class DurabilityTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

    //! SQLite: PRAGMA synchronous (2 = FULL, 1 = NORMAL); PostgreSQL: synchronous_commit.
    QString level()
    {
        QSqlQuery q(m_db.db());
        const bool ok =
            q.exec(m_db.dialect() == Dialect::Sqlite ? QStringLiteral("PRAGMA synchronous")
                                                     : QStringLiteral("SHOW synchronous_commit"));
        return ok && q.next() ? q.value(0).toString() : QStringLiteral("?");
    }
    //! FULL on SQLite; on PostgreSQL the server's own setting (the test cluster turns it off).
    QString fullLevel() const { return m_fullLevel; }
    QString m_fullLevel;
    QString deferredLevel() const
    {
        return m_db.dialect() == Dialect::Sqlite ? QStringLiteral("1") : QStringLiteral("off");
    }
    qint64 rows()
    {
        QSqlQuery q(m_db.db());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM durability_probe")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray pg = qgetenv("RECADO_TEST_DATABASE");
        const QString url = pg.isEmpty()
                                ? QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("d.db"))
                                : recado::test::freshPostgresDatabase(QString::fromUtf8(pg));
        QString error;
        QVERIFY2(m_db.open(url, &error), qPrintable(error));
        QVERIFY(m_db.exec(QStringLiteral("CREATE TABLE durability_probe (v INTEGER)")));
        m_fullLevel = m_db.dialect() == Dialect::Sqlite ? QStringLiteral("2") : level();
        QCOMPARE(level(), fullLevel());
    }

    void deferredCommitKeepsDataAndRestoresFull()
    {
        {
            Transaction tx(m_db, Database::Durability::Deferred);
            QVERIFY(tx.isActive());
            if (m_db.dialect() == Dialect::Postgres)
                QCOMPARE(level(), deferredLevel()); // SET LOCAL: this transaction only
            QVERIFY(m_db.exec(QStringLiteral("INSERT INTO durability_probe VALUES (1)")));
            QVERIFY(tx.commit());
        }
        QCOMPARE(rows(), 1);
        QCOMPARE(level(), fullLevel());
    }

    void deferredRollbackRestoresFull()
    {
        {
            Transaction tx(m_db, Database::Durability::Deferred);
            QVERIFY(tx.isActive());
            QVERIFY(m_db.exec(QStringLiteral("INSERT INTO durability_probe VALUES (2)")));
        } // rolled back
        QCOMPARE(rows(), 1);
        QCOMPARE(level(), fullLevel());
    }

    void fullTransactionStaysFull()
    {
        Transaction tx(m_db);
        QVERIFY(tx.isActive());
        QCOMPARE(level(), fullLevel());
        QVERIFY(m_db.exec(QStringLiteral("INSERT INTO durability_probe VALUES (3)")));
        QVERIFY(tx.commit());
        QCOMPARE(rows(), 2);
    }
};

QTEST_GUILESS_MAIN(DurabilityTest)
#include "tst_relay_durability.moc"
