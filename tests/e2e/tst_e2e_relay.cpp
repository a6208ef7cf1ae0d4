// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: simulated customer -> relay -> REST and live stream -> agent reply -> Meta (the
// simulator) -> statuses back; outbox survives a relay restart; an expired token is loud.
#include "HttpClient.h"
#include "RelayFixture.h"
#include "relay/Relay.h"
#include "relay/outbox/OutboxWorker.h"
#include "relay/store/Database.h"
#include "tools/metasim/MetaSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QWebSocket>

using namespace recado;
using test::HttpClient;
using test::RelayFixture;

//! A stream client recording every frame the relay pushes.
class StreamClient : public QObject
{
public:
    QWebSocket socket;
    QList<QJsonObject> frames;
    bool closed = false;

    void open(const QUrl &relay, const QString &token, qint64 after)
    {
        QUrl url(relay);
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/stream"));
        url.setQuery(QStringLiteral("after=%1").arg(after));
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QObject::connect(&socket, &QWebSocket::textMessageReceived, this,
                         [this](const QString &text) {
                             frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        QObject::connect(&socket, &QWebSocket::disconnected, this, [this] { closed = true; });
        socket.open(req);
    }
    QList<QJsonObject> events(const QString &type = {}) const
    {
        QList<QJsonObject> out;
        for (const auto &f : frames) {
            if (f.value(QStringLiteral("type")) == QLatin1String("event") &&
                (type.isEmpty() ||
                 f[QStringLiteral("event")][QStringLiteral("type")].toString() == type))
                out.append(f.value(QStringLiteral("event")).toObject());
        }
        return out;
    }
};

class TestE2eRelay : public QObject
{
    Q_OBJECT

    RelayFixture fx;
    std::unique_ptr<HttpClient> api;
    QString token;

    QString messageStatus(qint64 id)
    {
        QSqlQuery q(fx.relay()->database().db());
        q.exec(QStringLiteral("SELECT status FROM messages WHERE id = %1").arg(id));
        return q.next() ? q.value(0).toString() : QString();
    }

    qint64 conversationOf(const QString &wamid)
    {
        QSqlQuery q(fx.relay()->database().db());
        q.exec(
            QStringLiteral("SELECT conversation_id FROM messages WHERE wamid = '%1'").arg(wamid));
        return q.next() ? q.value(0).toLongLong() : 0;
    }

    qint64 customerSays(const QString &waId, const QString &text,
                        const QString &name = QStringLiteral("Cliente"))
    {
        const QString wamid = fx.simulator()->sendCustomerMessage(
            waId,
            QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}},
            name);
        qint64 id = 0;
        (void)QTest::qWaitFor([&] { return (id = conversationOf(wamid)) != 0; }, 5000);
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(fx.start());
        QVERIFY(fx.createUser(QStringLiteral("ana"), domain::Role::Agent,
                              QStringLiteral("password-ana")));
        token = fx.login(QStringLiteral("ana"), QStringLiteral("password-ana"));
        QVERIFY(!token.isEmpty());
        api = std::make_unique<HttpClient>(fx.relayUrl());
        api->setToken(token);
    }

    void customerInReplyOutStatusesBack()
    {
        StreamClient stream;
        stream.open(fx.relayUrl(), token, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!stream.frames.isEmpty(), 5000);
        QCOMPARE(stream.frames.first().value(QStringLiteral("type")).toString(),
                 QStringLiteral("hello"));

        const qint64 id = customerSays(QStringLiteral("5215512345678"),
                                       QStringLiteral("Hola, ¿a qué hora llega el técnico?"),
                                       QStringLiteral("María López"));
        QVERIFY(id > 0);
        // Visible live on the stream...
        QTRY_COMPARE_WITH_TIMEOUT(stream.events(QStringLiteral("message.new")).size(), 1, 5000);
        const QJsonObject e = stream.events(QStringLiteral("message.new")).first();
        QCOMPARE(e[QStringLiteral("payload")][QStringLiteral("message")][QStringLiteral("text")]
                     .toString(),
                 QStringLiteral("Hola, ¿a qué hora llega el técnico?"));
        QCOMPARE(e[QStringLiteral("payload")][QStringLiteral("conversation")]
                  [QStringLiteral("customer_name")]
                      .toString(),
                 QStringLiteral("María López"));
        // ...and through REST.
        const QJsonArray list = api->get(QStringLiteral("/api/whatsapp/conversations"))
                                    .json()
                                    .value(QStringLiteral("conversations"))
                                    .toArray();
        QCOMPARE(list.size(), 1);

        QSignalSpy sent(fx.simulator(), &metasim::MetaSimulator::messageSent);
        const auto reply =
            api->post(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(id),
                      {{QStringLiteral("client_id"), QStringLiteral("e2e-1")},
                       {QStringLiteral("text"), QStringLiteral("Llega entre 2 y 4 pm.")}});
        QCOMPARE(reply.status, 202);
        const qint64 messageId =
            reply.json()[QStringLiteral("message")][QStringLiteral("id")].toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 5000);
        const QJsonObject body = sent.first().first().toJsonObject();
        QCOMPARE(body[QStringLiteral("to")].toString(), QStringLiteral("5215512345678"));
        QCOMPARE(body[QStringLiteral("type")].toString(), QStringLiteral("text"));
        QCOMPARE(body[QStringLiteral("text")][QStringLiteral("body")].toString(),
                 QStringLiteral("Llega entre 2 y 4 pm."));
        // Statuses from the simulator's webhooks: sent -> delivered -> read.
        QTRY_COMPARE_WITH_TIMEOUT(messageStatus(messageId), QStringLiteral("read"), 5000);
        // The stream event follows the commit the REST read saw (published once the ingest
        // writer hands the batch back), so wait for it rather than expect it already there.
        const auto statusesSeen = [&] {
            QStringList seen;
            for (const auto &ev : stream.events(QStringLiteral("message.updated"))) {
                const QJsonObject m =
                    ev[QStringLiteral("payload")][QStringLiteral("message")].toObject();
                if (m[QStringLiteral("id")].toInteger() == messageId)
                    seen << m[QStringLiteral("status")].toString();
            }
            return seen;
        };
        QTRY_VERIFY_WITH_TIMEOUT(statusesSeen().contains(QStringLiteral("read")), 3000);
        QCOMPARE(statusesSeen(), (QStringList{QStringLiteral("sent"), QStringLiteral("delivered"),
                                              QStringLiteral("read")}));
        // Events arrive gap-free and in order.
        qint64 prev = 0;
        for (const auto &ev : stream.events()) {
            const qint64 seq = ev.value(QStringLiteral("seq")).toInteger();
            QCOMPARE(seq, prev + 1);
            prev = seq;
        }
    }

    void streamReplaysWhatAClientMissed()
    {
        const qint64 before = api->get(QStringLiteral("/api/events?after=0&limit=1"))
                                  .json()
                                  .value(QStringLiteral("last_seq"))
                                  .toInteger();
        customerSays(QStringLiteral("5511987654321"), QStringLiteral("Oi, tudo bem?"));
        customerSays(QStringLiteral("5511987654321"), QStringLiteral("Preciso remarcar a visita"));
        StreamClient late;
        late.open(fx.relayUrl(), token, before);
        QTRY_VERIFY_WITH_TIMEOUT(late.events(QStringLiteral("message.new")).size() == 2, 5000);
        QCOMPARE(late.events().first().value(QStringLiteral("seq")).toInteger(), before + 1);
    }

    void streamRefusesBadTokens()
    {
        StreamClient bad;
        bad.open(fx.relayUrl(), QStringLiteral("forged"), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            bad.closed || bad.socket.state() == QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(bad.events().isEmpty());
    }

    void outboxSurvivesRelayRestart()
    {
        const qint64 id = customerSays(QStringLiteral("573001234567"),
                                       QStringLiteral("Buenas, ¿me confirman la cita?"));
        // Meta is down: every send fails with 500 for a while.
        fx.simulator()->injectFault(QStringLiteral("/messages"), 500, 1000);
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            const auto r =
                api->post(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(id),
                          {{QStringLiteral("client_id"), QStringLiteral("restart-%1").arg(i)},
                           {QStringLiteral("text"), QStringLiteral("Mensaje %1").arg(i)}});
            QCOMPARE(r.status, 202);
            ids << r.json()[QStringLiteral("message")][QStringLiteral("id")].toInteger();
        }
        QTRY_VERIFY_WITH_TIMEOUT(fx.relay()->outbox().retriedCount() >= 3, 5000);
        QCOMPARE(messageStatus(ids[0]), QStringLiteral("queued"));
        // The relay goes down with a non-empty outbox; Meta recovers meanwhile.
        fx.stopRelay();
        fx.simulator()->clearFaults();
        QSignalSpy sent(fx.simulator(), &metasim::MetaSimulator::messageSent);
        QVERIFY(fx.restartRelay());
        api = std::make_unique<HttpClient>(fx.relayUrl());
        api->setToken(token); // sessions are durable too
        // Backoff after the failures is a few seconds; every queued message goes out exactly once.
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 3, 20000);
        for (qint64 m : ids)
            QTRY_VERIFY_WITH_TIMEOUT(messageStatus(m) != QLatin1String("queued"), 5000);
        QTest::qWait(500);
        QCOMPARE(sent.size(), 3);
        QSet<QString> bodies;
        for (const auto &args : sent)
            bodies.insert(args.first()
                              .toJsonObject()[QStringLiteral("text")][QStringLiteral("body")]
                              .toString());
        QCOMPARE(bodies.size(), 3);
    }

    void expiredTokenIsLoudAndLosesNothing()
    {
        const qint64 id = customerSays(QStringLiteral("14155550123"),
                                       QStringLiteral("Is the technician coming today?"));
        fx.simulator()->expireToken();
        const auto r =
            api->post(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(id),
                      {{QStringLiteral("client_id"), QStringLiteral("tok-1")},
                       {QStringLiteral("text"), QStringLiteral("Yes, between 2 and 4.")}});
        QCOMPARE(r.status, 202);
        const qint64 messageId =
            r.json()[QStringLiteral("message")][QStringLiteral("id")].toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(fx.relay()->outbox().alert(), QStringLiteral("token_expired"),
                                  5000);
        const auto health = api->get(QStringLiteral("/healthz")).json();
        QCOMPARE(health.value(QStringLiteral("status")).toString(), QStringLiteral("degraded"));
        QVERIFY(health[QStringLiteral("alerts")]
                    .toArray()
                    .first()[QStringLiteral("message")]
                    .toString()
                    .contains(QStringLiteral("token")));
        QCOMPARE(messageStatus(messageId), QStringLiteral("queued")); // held, not failed
        QVERIFY(api->get(QStringLiteral("/metrics")).body.contains("recado_alert_token_expired 1"));
        QSqlQuery q(fx.relay()->database().db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'relay.alert'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void permanentErrorsAreExplained()
    {
        fx.simulator()->restoreToken();
        // The held message from the previous test goes out once the token works again, and the
        // alert clears by itself.
        QTRY_VERIFY_WITH_TIMEOUT(fx.relay()->outbox().alert().isEmpty(), 10000);
        QCOMPARE(fx.relay()->outbox().inFlight(), 0);
        const qint64 id = customerSays(QStringLiteral("5215599990000"), QStringLiteral("hola"));
        fx.simulator()->injectFault(QStringLiteral("/messages"), 400, 1, 131026);
        const auto r = api->post(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(id),
                                 {{QStringLiteral("client_id"), QStringLiteral("perm-1")},
                                  {QStringLiteral("text"), QStringLiteral("¿Sigue ahí?")}});
        const qint64 messageId =
            r.json()[QStringLiteral("message")][QStringLiteral("id")].toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(messageStatus(messageId), QStringLiteral("failed"), 10000);
        const QJsonArray messages =
            api->get(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(id))
                .json()
                .value(QStringLiteral("messages"))
                .toArray();
        const QJsonObject failed = messages.last().toObject();
        QCOMPARE(failed[QStringLiteral("error")][QStringLiteral("code")].toInt(), 131026);
        QVERIFY(failed[QStringLiteral("error")][QStringLiteral("details")].toString().contains(
            QStringLiteral("could not deliver")));
        // Retry requeues it and it goes out.
        QCOMPARE(
            api->post(QStringLiteral("/api/whatsapp/messages/%1/retry").arg(messageId), {}).status,
            202);
        QTRY_VERIFY_WITH_TIMEOUT(messageStatus(messageId) == QLatin1String("read") ||
                                     messageStatus(messageId) == QLatin1String("delivered"),
                                 10000);
    }

    void metaRejectsFreeTextOutsideItsWindow()
    {
        // Relay and Meta disagree (the relay believes the window is open): Meta accepts, then
        // fails it with 131047 on the status webhook, and the agent reads why.
        const qint64 id = customerSays(QStringLiteral("5215588880000"), QStringLiteral("hola"));
        fx.simulator()->setLastInbound(QStringLiteral("5215588880000"),
                                       QDateTime::currentDateTimeUtc().addDays(-2));
        const auto r = api->post(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(id),
                                 {{QStringLiteral("client_id"), QStringLiteral("w-1")},
                                  {QStringLiteral("text"), QStringLiteral("¿Le confirmo?")}});
        const qint64 messageId =
            r.json()[QStringLiteral("message")][QStringLiteral("id")].toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(messageStatus(messageId), QStringLiteral("failed"), 5000);
        const QJsonArray messages =
            api->get(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(id))
                .json()
                .value(QStringLiteral("messages"))
                .toArray();
        QCOMPARE(messages.last()[QStringLiteral("error")][QStringLiteral("code")].toInt(), 131047);
    }
};

QTEST_GUILESS_MAIN(TestE2eRelay)
#include "tst_e2e_relay.moc"
