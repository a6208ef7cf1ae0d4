// SPDX-License-Identifier: GPL-3.0-or-later
// The load generator against a real relay and simulator: every signed webhook it sends is
// acknowledged and shows up on the stream, and the agent replies it posts over REST reach
// Meta (the simulator) and come back as "sent" on the stream, as its report says.
#include "RelayFixture.h"
#include "tools/loadgen/WebhookLoad.h"

#include "relay/Relay.h"
#include "relay/store/Database.h"
#include "tools/metasim/MetaSimulator.h"

#include <QSqlQuery>
#include <QTest>

using namespace recado;
using test::RelayFixture;

class TestLoadgen : public QObject
{
    Q_OBJECT
    RelayFixture fx;
    QString token;

    qint64 count(const QString &sql)
    {
        QSqlQuery q(fx.relay()->database().db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(fx.start());
        QVERIFY(fx.createUser(QStringLiteral("agent"), domain::Role::Agent,
                              QStringLiteral("agent-password")));
        token = fx.login(QStringLiteral("agent"), QStringLiteral("agent-password"));
        QVERIFY(!token.isEmpty());
    }

    void webhooksAndRepliesAreAllAccountedFor()
    {
        loadgen::LoadOptions o;
        o.relays = {fx.relayUrl()};
        o.appSecret = RelayFixture::kAppSecret;
        o.streamToken = token;
        o.connections = 8;
        o.total = 600;
        o.customers = 25;
        o.rate = 300; // two seconds of traffic, so replies have conversations to go to
        o.replyRate = 40;
        loadgen::WebhookLoad load(o);
        const loadgen::LoadReport r = load.run(60000);
        qInfo().noquote() << r.toText();

        QCOMPARE(r.sent, 600);
        QCOMPARE(r.accepted, 600);
        QCOMPARE(r.errors, 0);
        QCOMPARE(r.eventsSeen, 600);
        QCOMPARE(r.streamsLost + r.streamResyncs, 0);
        QVERIFY(r.eventP99Ms > 0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE wamid LIKE 'wamid.load.%'")),
            600);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM conversations")), 25);

        QVERIFY2(r.repliesSent >= 40, qPrintable(r.toText()));
        QCOMPARE(r.repliesAccepted, r.repliesSent);
        QCOMPARE(r.replyErrors, 0);
        QCOMPARE(r.repliesDelivered, r.repliesAccepted);
        QVERIFY(r.replySentP99Ms >= r.replySentP50Ms && r.replySentP50Ms > 0);
        // What the report calls delivered, Meta (the simulator) really received.
        QCOMPARE(fx.simulator()->sentMessages().size(), r.repliesAccepted);
        QVERIFY(r.toText().contains(QStringLiteral("agent replies: sent %1").arg(r.repliesSent)));
    }
};

QTEST_GUILESS_MAIN(TestLoadgen)
#include "tst_loadgen.moc"
