// SPDX-License-Identifier: GPL-3.0-or-later
// Small sync building blocks: backoff with jitter, the memory token store, relay URL parsing.
#include "core/sync/Backoff.h"
#include "core/sync/MemoryTokenStore.h"
#include "core/sync/Session.h"

#include <QtTest>

using namespace recado::sync;

class TestSyncBasics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backoffGrowsCapsAndJitters()
    {
        Backoff b(500, 30000);
        b.setRandom([] { return 0.999; });
        QCOMPARE(b.nextDelayMs(), 499); // upper end of [250, 500)
        QCOMPARE(b.nextDelayMs(), 999);
        QCOMPARE(b.nextDelayMs(), 1999);
        for (int i = 0; i < 20; ++i)
            QVERIFY(b.nextDelayMs() <= 30000);
        b.setRandom([] { return 0.0; });
        QCOMPARE(b.nextDelayMs(), 15000); // lower end: half the cap
        b.reset();
        QCOMPARE(b.nextDelayMs(), 250);
        // Real randomness spreads clients out.
        Backoff r(1000, 30000);
        QSet<int> seen;
        for (int i = 0; i < 20; ++i) {
            r.reset();
            seen.insert(r.nextDelayMs());
        }
        QVERIFY(seen.size() > 5);
    }

    void memoryTokenStoreAnswersAsynchronously()
    {
        MemoryTokenStore store;
        bool done = false;
        store.write(QStringLiteral("k"), QStringLiteral("secret"),
                    [&](const TokenStore::Result &r) {
                        QVERIFY(r.ok());
                        done = true;
                    });
        QVERIFY(!done); // never re-entrant
        QTRY_VERIFY(done);
        TokenStore::Result got;
        store.read(QStringLiteral("k"), [&](const TokenStore::Result &r) { got = r; });
        QTRY_VERIFY(got.ok());
        QCOMPARE(got.token, QStringLiteral("secret"));
        store.setAvailable(false);
        got = {};
        store.read(QStringLiteral("k"), [&](const TokenStore::Result &r) { got = r; });
        QTRY_COMPARE(got.status, TokenStore::Status::Unavailable);
        QVERIFY(!got.message.isEmpty());
    }

    void relayUrlNormalisation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare host:port") << "relay.example:8080"
                                        << "http://relay.example:8080";
        QTest::newRow("https slash") << "https://relay.example/"
                                     << "https://relay.example";
        QTest::newRow("spaces") << "  http://127.0.0.1:9000  "
                                << "http://127.0.0.1:9000";
        QTest::newRow("ftp") << "ftp://x"
                             << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void relayUrlNormalisation()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Session::normalizeRelayUrl(input).toString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestSyncBasics)
#include "tst_syncbasics.moc"
