// SPDX-License-Identifier: GPL-3.0-or-later
// A burst of signed webhooks against a relay process, as fast as it answers, over many
// connections: the writer commits batches while the next ones gather, and a request may start
// the next batch the moment the writer is done (WebhookIngestor's early batches). Whatever the
// timing, every webhook is answered, stored once and streamed once, and the event log stays
// gap-free in the order the messages were stored. SQLite, or PostgreSQL in its pass.
#include "HttpClient.h"
#include "RelayProcess.h"
#include "relay/store/Database.h"
#include "tools/loadgen/WebhookLoad.h"
#include "tools/metasim/MetaSimulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace recado;
using test::HttpClient;
using test::RelayProcess;

namespace {
const QByteArray kSecret = "ingest-burst-secret";
constexpr int kWebhooks = 3000;
} // namespace

class TestIngestBurst : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QString url;
    relay::Database db;
    std::unique_ptr<metasim::MetaSimulator> sim;
    std::unique_ptr<RelayProcess> relay;
    QString token;

    qint64 count(const QString &sql)
    {
        QSqlQuery q(db.db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    //! One counter from the relay's /metrics.
    qint64 metric(const QByteArray &name)
    {
        HttpClient http(relay->url());
        for (const QByteArray &line : http.get(QStringLiteral("/metrics")).body.split('\n')) {
            if (line.startsWith(name + ' '))
                return line.mid(name.size() + 1).toLongLong();
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString base = qEnvironmentVariable("RECADO_TEST_DATABASE");
        url = base.startsWith(QLatin1String("postgresql://"))
                  ? test::freshPostgresDatabase(base)
                  : QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("relay.db"));
        QVERIFY(!url.isEmpty());
        sim = std::make_unique<metasim::MetaSimulator>(RelayProcess::simulatorConfig(kSecret));
        QVERIFY(sim->listen());
        relay =
            std::make_unique<RelayProcess>(QStringLiteral("burst"), url, sim->baseUrl(), kSecret);
        QVERIFY(RelayProcess::addUser(relay->environment(), QStringLiteral("ana"),
                                      QStringLiteral("agent"), QStringLiteral("password-ana")));
        QVERIFY(relay->start());
        token =
            HttpClient(relay->url()).signIn(QStringLiteral("ana"), QStringLiteral("password-ana"));
        QVERIFY(!token.isEmpty());
        QString error;
        QVERIFY2(db.open(url, &error), qPrintable(error));
    }

    void everyWebhookIsAnsweredStoredOnceAndStreamedInOrder()
    {
        loadgen::LoadOptions o;
        o.relays = {relay->url()};
        o.appSecret = kSecret;
        o.streamToken = token;
        o.connections = 48;
        o.total = kWebhooks;
        o.customers = 40;
        loadgen::WebhookLoad load(o);
        const loadgen::LoadReport r = load.run(120000);
        const qint64 batches = metric("recado_ingest_batches_total");
        qInfo().noquote() << r.toText();
        qInfo("%lld batches, %lld started early by a request", batches,
              metric("recado_ingest_early_batches_total"));

        QCOMPARE(r.accepted, kWebhooks);
        QCOMPARE(r.errors, 0);
        QCOMPARE(r.eventsSeen, kWebhooks);
        QCOMPARE(r.streamsLost + r.streamResyncs, 0);
        QCOMPARE(metric("recado_webhooks_accepted_total"), kWebhooks);
        QVERIFY2(batches > 0 && batches < kWebhooks, "webhooks share commits");
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages")), kWebhooks);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT wamid) FROM messages")), kWebhooks);
        QCOMPARE(count(QStringLiteral("SELECT MAX(seq) - MIN(seq) + 1 - COUNT(*) FROM events")), 0);
        // Each message's event comes after those of the messages stored before it: ids and
        // sequence numbers grow together, batch after batch.
        QSqlQuery q(db.db());
        QVERIFY(q.exec(
            QStringLiteral("SELECT payload FROM events WHERE type = 'message.new' ORDER BY seq")));
        qint64 previousId = 0;
        int events = 0;
        while (q.next()) {
            const qint64 id = QJsonDocument::fromJson(q.value(0).toByteArray())
                                  .object()
                                  .value(QStringLiteral("message"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toInteger();
            QVERIFY2(id > previousId, "message.new events follow the order messages were stored");
            previousId = id;
            ++events;
        }
        QCOMPARE(events, kWebhooks);
    }

    void cleanupTestCase()
    {
        if (relay)
            relay->terminate();
    }
};

QTEST_GUILESS_MAIN(TestIngestBurst)
#include "tst_ingest_burst.moc"
