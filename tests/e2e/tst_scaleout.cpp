// SPDX-License-Identifier: GPL-3.0-or-later
// Several relay processes on one PostgreSQL: cross-instance delivery, ordering, an instance killed
// mid-burst, PostgreSQL restarted mid-traffic, a client moving to a surviving instance.
// Runs in the PostgreSQL pass of scripts/test.sh (RECADO_TEST_DATABASE set); skipped otherwise.
#include "CustomerWebhook.h"
#include "HttpClient.h"
#include "RelayProcess.h"
#include "tools/metasim/MetaSimulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace recado;
using test::HttpClient;
using test::RelayProcess;

namespace {
const QByteArray kSecret = "scaleout-secret";

QByteArray webhook(const QString &from, const QString &wamid, const QString &text)
{
    return test::customerTextWebhookBody({from, wamid, text});
}

int post(const QUrl &relay, const QByteArray &body)
{
    return HttpClient(relay).postWebhook(body, kSecret).status;
}

//! Records the stream of one instance.
struct Stream : QObject
{
    QWebSocket ws;
    QList<qint64> seqs;
    int newMessages = 0;
    QHash<QString, qint64> wamidSeenAtMs;
    QElapsedTimer *clock = nullptr;
    void open(const QUrl &relay, const QString &token, qint64 after)
    {
        QUrl url(relay);
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/stream"));
        url.setQuery(QStringLiteral("after=%1").arg(after));
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QObject::connect(&ws, &QWebSocket::textMessageReceived, this, [this](const QString &t) {
            const QJsonObject f = QJsonDocument::fromJson(t.toUtf8()).object();
            if (f.value(QStringLiteral("type")) != QLatin1String("event"))
                return;
            const QJsonObject e = f.value(QStringLiteral("event")).toObject();
            seqs.append(e.value(QStringLiteral("seq")).toInteger());
            if (e.value(QStringLiteral("type")) == QLatin1String("message.new"))
                ++newMessages;
            const QString wamid =
                e[QStringLiteral("payload")][QStringLiteral("message")][QStringLiteral("wamid")]
                    .toString();
            if (!wamid.isEmpty() && clock)
                wamidSeenAtMs.insert(wamid, clock->elapsed());
        });
        ws.open(req);
    }
    bool gapFreeFrom(qint64 first) const
    {
        for (qsizetype i = 0; i < seqs.size(); ++i) {
            if (seqs[i] != first + i)
                return false;
        }
        return true;
    }
};
} // namespace

class TestScaleOut : public QObject
{
    Q_OBJECT

    test::RelayPair relays;
    QString token;

    QJsonObject get(const QUrl &relay, const QString &path)
    {
        HttpClient http(relay);
        http.setToken(token);
        return http.get(path).json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString base = qEnvironmentVariable("RECADO_TEST_DATABASE");
        if (!base.startsWith(QLatin1String("postgresql://")))
            QSKIP("multi-instance tests need PostgreSQL (scripts/test.sh runs them in its "
                  "PostgreSQL pass)");
        const QString failed = relays.start(base, kSecret);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        token = HttpClient(relays.a->url())
                    .signIn(QStringLiteral("ana"), QStringLiteral("password-ana"));
        QVERIFY(!token.isEmpty());
    }

    void webhookOnAReachesClientOnB()
    {
        QElapsedTimer clock;
        clock.start();
        Stream onB;
        onB.clock = &clock;
        onB.open(relays.b->url(), token, 0);
        QTRY_VERIFY_WITH_TIMEOUT(onB.ws.state() == QAbstractSocket::ConnectedState, 5000);
        QTest::qWait(200);
        const qint64 sentAt = clock.elapsed();
        QCOMPARE(post(relays.a->url(),
                      webhook(QStringLiteral("5215500000001"), QStringLiteral("wamid.cross1"),
                              QStringLiteral("hola desde A"))),
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(onB.wamidSeenAtMs.contains(QStringLiteral("wamid.cross1")), 5000);
        qInfo("webhook on A -> event on B's stream: %lld ms",
              onB.wamidSeenAtMs.value(QStringLiteral("wamid.cross1")) - sentAt);
        QVERIFY(onB.wamidSeenAtMs.value(QStringLiteral("wamid.cross1")) - sentAt < 1000);
    }

    void concurrentWritesStayGapFreeOnBothStreams()
    {
        const qint64 start = get(relays.a->url(), QStringLiteral("/api/events?after=0&limit=1"))
                                 .value(QStringLiteral("last_seq"))
                                 .toInteger();
        Stream onA, onB;
        onA.open(relays.a->url(), token, start);
        onB.open(relays.b->url(), token, start);
        QTRY_VERIFY_WITH_TIMEOUT(onA.ws.state() == QAbstractSocket::ConnectedState &&
                                     onB.ws.state() == QAbstractSocket::ConnectedState,
                                 5000);
        for (int i = 0; i < 60; ++i) {
            const QUrl target = i % 2 ? relays.b->url() : relays.a->url();
            QCOMPARE(post(target, webhook(QStringLiteral("52155000001%1").arg(i % 10),
                                          QStringLiteral("wamid.cc%1").arg(i),
                                          QStringLiteral("m%1").arg(i))),
                     200);
        }
        QTRY_COMPARE_WITH_TIMEOUT(onA.newMessages, 60, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(onB.newMessages, 60, 10000);
        QTest::qWait(300);
        QCOMPARE(onA.seqs, onB.seqs); // both instances deliver the same events in the same order
        QVERIFY(onA.gapFreeFrom(start + 1));
        QVERIFY(onB.gapFreeFrom(start + 1));
    }

    void postgresRestartIsSurvived()
    {
        Stream onB;
        onB.open(relays.b->url(), token,
                 get(relays.b->url(), QStringLiteral("/api/events?after=0&limit=1"))
                     .value(QStringLiteral("last_seq"))
                     .toInteger());
        QTRY_VERIFY_WITH_TIMEOUT(onB.ws.state() == QAbstractSocket::ConnectedState, 5000);
        QProcess restart;
        restart.start(QStringLiteral(RECADO_SOURCE_DIR "/tests/support/pg-cluster.sh"),
                      {QStringLiteral("restart")});
        QVERIFY(restart.waitForFinished(30000));
        QCOMPARE(restart.exitCode(), 0);
        // Meta retries until a 200; the instances reconnect on their own within seconds.
        int status = 0;
        QElapsedTimer clock;
        clock.start();
        while (status != 200 && clock.elapsed() < 15000) {
            status = post(relays.a->url(), webhook(QStringLiteral("5215500000099"),
                                                   QStringLiteral("wamid.afterrestart"),
                                                   QStringLiteral("después del reinicio")));
            if (status != 200)
                QTest::qWait(200);
        }
        QCOMPARE(status, 200);
        // The connections that served requests before the restart serve them again at once:
        // the first read on each, and a stream opened on A, succeed without a retry by the
        // client (a read outside a transaction reconnects and runs again).
        for (const QUrl &relay : {relays.a->url(), relays.b->url()}) {
            HttpClient http(relay);
            http.setToken(token);
            QCOMPARE(http.get(QStringLiteral("/api/whatsapp/conversations?q=5500000099")).status,
                     200);
        }
        Stream onA;
        onA.open(relays.a->url(), token, 0);
        QTRY_VERIFY_WITH_TIMEOUT(onA.ws.state() == QAbstractSocket::ConnectedState, 5000);
        // B's LISTEN was lost with the restart; its watchdog subscribed again.
        QTRY_VERIFY_WITH_TIMEOUT(onB.wamidSeenAtMs.contains(QStringLiteral("wamid.afterrestart")) ||
                                     !onB.seqs.isEmpty(),
                                 10000);
    }

    void killedInstanceLosesNothingAndSendsNothingTwice()
    {
        const qint64 start = get(relays.b->url(), QStringLiteral("/api/events?after=0&limit=1"))
                                 .value(QStringLiteral("last_seq"))
                                 .toInteger();
        Stream onA, onB;
        onA.open(relays.a->url(), token, start);
        QTRY_VERIFY_WITH_TIMEOUT(onA.ws.state() == QAbstractSocket::ConnectedState, 5000);
        // A conversation to reply in.
        QCOMPARE(
            post(relays.a->url(), webhook(QStringLiteral("5215500000500"),
                                          QStringLiteral("wamid.kill0"), QStringLiteral("hola"))),
            200);
        const qint64 conversation =
            get(relays.a->url(), QStringLiteral("/api/whatsapp/conversations?q=5500000500"))
                .value(QStringLiteral("conversations"))
                .toArray()
                .first()[QStringLiteral("id")]
                .toInteger();
        QSignalSpy sent(relays.sim.get(), &metasim::MetaSimulator::messageSent);

        QStringList replies;
        for (int i = 0; i < 120; ++i) {
            const bool aAlive = relays.a->isRunning();
            if (i == 60)
                relays.a->kill(); // mid-burst, no goodbye
            // Webhooks alternate between instances, like a load balancer; Meta retries a failed
            // delivery and the balancer sends it to the survivor.
            const QByteArray body = webhook(QStringLiteral("52155000006%1").arg(i % 10),
                                            QStringLiteral("wamid.kill%1").arg(i + 1),
                                            QStringLiteral("burst %1").arg(i));
            int status = post(aAlive && i % 2 ? relays.a->url() : relays.b->url(), body);
            if (status != 200)
                status = post(relays.b->url(), body);
            QCOMPARE(status, 200);
            // Agent replies through either instance.
            if (i % 4 == 0) {
                HttpClient api(aAlive && i % 8 == 0 ? relays.a->url() : relays.b->url());
                api.setToken(token);
                const QString text = QStringLiteral("respuesta %1").arg(i);
                auto r = api.post(
                    QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(conversation),
                    {{QStringLiteral("client_id"), QStringLiteral("kill-%1").arg(i)},
                     {QStringLiteral("text"), text}});
                if (r.status == 0) { // the instance died under us: the client retries elsewhere
                    HttpClient other(relays.b->url());
                    other.setToken(token);
                    r = other.post(
                        QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(conversation),
                        {{QStringLiteral("client_id"), QStringLiteral("kill-%1").arg(i)},
                         {QStringLiteral("text"), text}});
                }
                QVERIFY(r.status == 202 || r.status == 200);
                replies << text;
            }
        }
        QVERIFY(!relays.a->isRunning());
        // The client that was on A moves to B and resumes from its last sequence number.
        const qint64 lastOnA = onA.seqs.isEmpty() ? start : onA.seqs.last();
        onB.open(relays.b->url(), token, lastOnA);

        // Every webhook is stored exactly once.
        const qint64 finalSeq = [&] {
            qint64 last = 0;
            (void)QTest::qWaitFor(
                [&] {
                    const QJsonObject e =
                        get(relays.b->url(), QStringLiteral("/api/events?after=0&limit=1"));
                    const qint64 now = e.value(QStringLiteral("last_seq")).toInteger();
                    const bool stable = now == last;
                    last = now;
                    return stable && now > 0;
                },
                8000);
            return last;
        }();
        QSet<QString> stored;
        int storedCount = 0;
        for (const auto &c :
             get(relays.b->url(),
                 QStringLiteral("/api/whatsapp/conversations?status=all&q=52155000006&limit=50"))
                 .value(QStringLiteral("conversations"))
                 .toArray()) {
            const QJsonArray thread =
                get(relays.b->url(),
                    QStringLiteral("/api/whatsapp/conversations/%1/messages?limit=500")
                        .arg(c[QStringLiteral("id")].toInteger()))
                    .value(QStringLiteral("messages"))
                    .toArray();
            for (const auto &m : thread) {
                if (m[QStringLiteral("text")].toString().startsWith(QLatin1String("burst "))) {
                    stored.insert(m[QStringLiteral("text")].toString());
                    ++storedCount;
                }
            }
        }
        QCOMPARE(stored.size(), 120); // nothing lost
        QCOMPARE(storedCount, 120);   // nothing twice

        // Replies: each reaches Meta at most once; none stays queued once A's leases expire.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonArray thread =
                    get(relays.b->url(),
                        QStringLiteral("/api/whatsapp/conversations/%1/messages?limit=500")
                            .arg(conversation))
                        .value(QStringLiteral("messages"))
                        .toArray();
                for (const auto &m : thread) {
                    if (m[QStringLiteral("direction")].toString() == QLatin1String("out") &&
                        m[QStringLiteral("status")].toString() == QLatin1String("queued"))
                        return false;
                }
                return true;
            }(),
            20000);
        QMap<QString, int> sends;
        for (const auto &args : sent)
            ++sends[args.first()
                        .toJsonObject()[QStringLiteral("text")][QStringLiteral("body")]
                        .toString()];
        for (const QString &text : replies) {
            QVERIFY2(sends.value(text) <= 1, qPrintable(text + QStringLiteral(" was sent twice")));
        }
        const QJsonArray thread =
            get(relays.b->url(), QStringLiteral("/api/whatsapp/conversations/%1/messages?limit=500")
                                     .arg(conversation))
                .value(QStringLiteral("messages"))
                .toArray();
        int delivered = 0;
        int inDoubt = 0;
        for (const auto &m : thread) {
            if (m[QStringLiteral("direction")].toString() != QLatin1String("out"))
                continue;
            if (m[QStringLiteral("status")].toString() == QLatin1String("failed")) {
                QCOMPARE(m[QStringLiteral("error")][QStringLiteral("title")].toString(),
                         QStringLiteral("in_doubt"));
                ++inDoubt;
            } else {
                ++delivered;
            }
        }
        QCOMPARE(delivered + inDoubt, replies.size());
        qInfo("replies: %d delivered, %d marked in doubt (instance killed mid-send)", delivered,
              inDoubt);

        // The moved client converged: gap-free up to the end.
        QTRY_VERIFY_WITH_TIMEOUT(!onB.seqs.isEmpty() && onB.seqs.last() >= finalSeq, 10000);
        QVERIFY(onB.gapFreeFrom(lastOnA + 1));
    }

    void cleanupTestCase()
    {
        if (relays.b)
            relays.b->terminate();
        if (relays.a)
            relays.a->terminate();
    }
};

QTEST_GUILESS_MAIN(TestScaleOut)
#include "tst_scaleout.moc"
