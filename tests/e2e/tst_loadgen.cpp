// SPDX-License-Identifier: GPL-3.0-or-later
// The load generator against a real relay and simulator: every signed webhook it sends is
// acknowledged and shows up on the stream, and the agent replies it posts over REST reach
// Meta (the simulator) and come back as "sent" on the stream, as its report says.
#include "RelayFixture.h"
#include "tools/loadgen/WebhookLoad.h"

#include "relay/Relay.h"
#include "relay/ingest/WebhookIngestor.h"
#include "relay/store/Database.h"
#include "tools/metasim/MetaSimulator.h"

#include <QJsonDocument>
#include <QJsonObject>
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

    //! As fast as the relay answers, over many connections: the writer commits batches while
    //! the next ones gather, and requests may start a batch the moment the writer is done.
    //! Whatever the timing, every webhook is answered, stored once and streamed once, and the
    //! event log stays gap-free in commit order.
    void burstIsAnsweredStoredOnceAndStreamedInOrder()
    {
        const qint64 messagesBefore = count(QStringLiteral("SELECT COUNT(*) FROM messages"));
        const qint64 batchesBefore = fx.relay()->ingest().batchCount();
        loadgen::LoadOptions o;
        o.relays = {fx.relayUrl()};
        o.appSecret = RelayFixture::kAppSecret;
        o.streamToken = token;
        o.connections = 48;
        o.total = 3000;
        o.customers = 40;
        loadgen::WebhookLoad load(o);
        const loadgen::LoadReport r = load.run(120000);
        const qint64 batches = fx.relay()->ingest().batchCount() - batchesBefore;
        qInfo().noquote() << r.toText();
        qInfo("%lld batches, %lld started early by a request, largest %d", batches,
              fx.relay()->ingest().earlyBatchCount(), fx.relay()->ingest().maxBatchSize());

        QCOMPARE(r.accepted, 3000);
        QCOMPARE(r.errors, 0);
        QCOMPARE(r.eventsSeen, 3000);
        QCOMPARE(r.streamsLost + r.streamResyncs, 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages")) - messagesBefore, 3000);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(DISTINCT wamid) FROM messages WHERE wamid "
                                 "LIKE 'wamid.load.%'")),
            count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE wamid LIKE 'wamid.load.%'")));
        QVERIFY2(batches > 0 && batches < 3000, "webhooks share commits");
        // Gap-free, and each message's event comes after the events of the messages stored
        // before it (ids and sequence numbers grow together, batch after batch).
        QCOMPARE(count(QStringLiteral("SELECT MAX(seq) - MIN(seq) + 1 - COUNT(*) FROM events")), 0);
        QSqlQuery q(fx.relay()->database().db());
        QVERIFY(q.exec(
            QStringLiteral("SELECT payload FROM events WHERE type = 'message.new' ORDER BY seq")));
        qint64 previousId = 0;
        int inOrder = 0;
        while (q.next()) {
            const qint64 id = QJsonDocument::fromJson(q.value(0).toByteArray())
                                  .object()
                                  .value(QStringLiteral("message"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toInteger();
            QVERIFY2(id > previousId, "message.new events follow the order messages were stored");
            previousId = id;
            ++inOrder;
        }
        QVERIFY(inOrder >= 3000);
    }
};

QTEST_GUILESS_MAIN(TestLoadgen)
#include "tst_loadgen.moc"
