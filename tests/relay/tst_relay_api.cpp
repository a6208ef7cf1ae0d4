// SPDX-License-Identifier: GPL-3.0-or-later
// Relay -> clients: sessions, roles on every route, conversations, paging, actions, requests,
// events.
#include "HttpClient.h"
#include "RelayFixture.h"
#include "relay/Relay.h"
#include "relay/store/Database.h"
#include "tools/metasim/MetaSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace recado;
using test::HttpClient;
using test::RelayFixture;

class TestRelayApi : public QObject
{
    Q_OBJECT

    RelayFixture fx;
    std::unique_ptr<HttpClient> anon;
    std::unique_ptr<HttpClient> agent;
    std::unique_ptr<HttpClient> admin;
    QList<qint64> conversationIds;

    qint64 customerWrites(const QString &waId, const QString &name, const QString &text)
    {
        const QString wamid = fx.simulator()->sendCustomerMessage(
            waId,
            QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}},
            name);
        qint64 id = 0;
        (void)QTest::qWaitFor(
            [&] {
                QSqlQuery q(fx.relay()->database().db());
                q.exec(QStringLiteral("SELECT conversation_id FROM messages WHERE wamid = '%1'")
                           .arg(wamid));
                id = q.next() ? q.value(0).toLongLong() : 0;
                return id != 0;
            },
            5000);
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(fx.start());
        QVERIFY(fx.createUser(QStringLiteral("ana"), domain::Role::Agent,
                              QStringLiteral("password-ana")));
        QVERIFY(fx.createUser(QStringLiteral("bruno"), domain::Role::Agent,
                              QStringLiteral("password-bruno")));
        QVERIFY(fx.createUser(QStringLiteral("root"), domain::Role::Admin,
                              QStringLiteral("password-root")));
        anon = std::make_unique<HttpClient>(fx.relayUrl());
        agent = std::make_unique<HttpClient>(fx.relayUrl());
        admin = std::make_unique<HttpClient>(fx.relayUrl());
        agent->setToken(fx.login(QStringLiteral("ana"), QStringLiteral("password-ana")));
        admin->setToken(fx.login(QStringLiteral("root"), QStringLiteral("password-root")));
        for (int i = 0; i < 7; ++i)
            conversationIds << customerWrites(
                QStringLiteral("52155000000%1").arg(i, 2, 10, QLatin1Char('0')),
                QStringLiteral("Cliente %1").arg(i), QStringLiteral("mensaje número %1").arg(i));
        QVERIFY(!conversationIds.contains(0));
    }

    void sessionLifecycle()
    {
        const auto bad = anon->post(QStringLiteral("/api/session"),
                                    {{QStringLiteral("username"), QStringLiteral("ana")},
                                     {QStringLiteral("password"), QStringLiteral("nope")}});
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("invalid_credentials"));
        QCOMPARE(anon->post(QStringLiteral("/api/session"),
                            {{QStringLiteral("username"), QStringLiteral("ghost")},
                             {QStringLiteral("password"), QStringLiteral("whatever1")}})
                     .status,
                 401);
        QCOMPARE(anon->postRaw(QStringLiteral("/api/session"), "not json").status, 400);

        const auto ok =
            anon->post(QStringLiteral("/api/session"),
                       {{QStringLiteral("username"), QStringLiteral("bruno")},
                        {QStringLiteral("password"), QStringLiteral("password-bruno")}});
        QCOMPARE(ok.status, 200);
        const QString token = ok.json().value(QStringLiteral("token")).toString();
        QVERIFY(token.size() >= 40);
        QCOMPARE(ok.json()[QStringLiteral("user")][QStringLiteral("role")].toString(),
                 QStringLiteral("agent"));
        // Only a hash of the token is stored.
        QSqlQuery q(fx.relay()->database().db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE token_hash = '%1'")
                           .arg(token)) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        HttpClient bruno(fx.relayUrl());
        bruno.setToken(token);
        QCOMPARE(bruno.get(QStringLiteral("/api/me"))
                     .json()[QStringLiteral("user")][QStringLiteral("username")]
                     .toString(),
                 QStringLiteral("bruno"));
        QCOMPARE(bruno.del(QStringLiteral("/api/session")).status, 204);
        QCOMPARE(bruno.get(QStringLiteral("/api/me")).status, 401); // revoked
    }

    void expiredTokenSaysSo()
    {
        const QString token = fx.login(QStringLiteral("bruno"), QStringLiteral("password-bruno"));
        QSqlQuery q(fx.relay()->database().db());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE sessions SET expires_at = 1 WHERE revoked_at IS NULL AND "
                                  "user_id = (SELECT id FROM users WHERE username = 'bruno')")));
        HttpClient bruno(fx.relayUrl());
        bruno.setToken(token);
        const auto r = bruno.get(QStringLiteral("/api/me"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("token_expired"));
    }

    void everyApiRouteNeedsAToken_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        const qint64 id = 1;
        QTest::newRow("me") << QByteArray("GET") << QStringLiteral("/api/me");
        QTest::newRow("agents") << QByteArray("GET") << QStringLiteral("/api/agents");
        QTest::newRow("users") << QByteArray("GET") << QStringLiteral("/api/users");
        QTest::newRow("users create") << QByteArray("POST") << QStringLiteral("/api/users");
        QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/api/whatsapp/conversations");
        QTest::newRow("get") << QByteArray("GET")
                             << QStringLiteral("/api/whatsapp/conversations/%1").arg(id);
        QTest::newRow("messages")
            << QByteArray("GET")
            << QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(id);
        QTest::newRow("reply") << QByteArray("POST")
                               << QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(id);
        QTest::newRow("direct") << QByteArray("POST") << QStringLiteral("/api/whatsapp/messages");
        QTest::newRow("retry") << QByteArray("POST")
                               << QStringLiteral("/api/whatsapp/messages/1/retry");
        QTest::newRow("assign") << QByteArray("POST")
                                << QStringLiteral("/api/whatsapp/conversations/%1/assign").arg(id);
        QTest::newRow("link") << QByteArray("POST")
                              << QStringLiteral("/api/whatsapp/conversations/%1/link").arg(id);
        QTest::newRow("status") << QByteArray("POST")
                                << QStringLiteral("/api/whatsapp/conversations/%1/status").arg(id);
        QTest::newRow("read") << QByteArray("POST")
                              << QStringLiteral("/api/whatsapp/conversations/%1/read").arg(id);
        QTest::newRow("requests") << QByteArray("GET") << QStringLiteral("/api/service-requests");
        QTest::newRow("request") << QByteArray("GET")
                                 << QStringLiteral("/api/service-requests/SR-1");
        QTest::newRow("request create")
            << QByteArray("POST") << QStringLiteral("/api/service-requests");
        QTest::newRow("events") << QByteArray("GET") << QStringLiteral("/api/events?after=0");
        QTest::newRow("logout") << QByteArray("DELETE") << QStringLiteral("/api/session");
    }

    void everyApiRouteNeedsAToken()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        const auto r = anon->request(verb, path, "{}", {{"Content-Type", "application/json"}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("unauthorized"));
        HttpClient forged(fx.relayUrl());
        forged.setToken(QStringLiteral("forged-token-value"));
        QCOMPARE(forged.request(verb, path, "{}", {{"Content-Type", "application/json"}}).status,
                 401);
    }

    void adminRoutesRefuseAgents()
    {
        QCOMPARE(agent->get(QStringLiteral("/api/users")).status, 403);
        const auto r = agent->post(QStringLiteral("/api/users"),
                                   {{QStringLiteral("username"), QStringLiteral("eve")},
                                    {QStringLiteral("role"), QStringLiteral("admin")},
                                    {QStringLiteral("password"), QStringLiteral("password-eve")}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("forbidden"));
        const auto created =
            admin->post(QStringLiteral("/api/users"),
                        {{QStringLiteral("username"), QStringLiteral("carla")},
                         {QStringLiteral("role"), QStringLiteral("supervisor")},
                         {QStringLiteral("password"), QStringLiteral("password-carla")}});
        QCOMPARE(created.status, 201);
        QCOMPARE(admin
                     ->post(QStringLiteral("/api/users"),
                            {{QStringLiteral("username"), QStringLiteral("carla")},
                             {QStringLiteral("role"), QStringLiteral("agent")},
                             {QStringLiteral("password"), QStringLiteral("password-carla")}})
                     .status,
                 409);
        QCOMPARE(admin
                     ->post(QStringLiteral("/api/users"),
                            {{QStringLiteral("username"), QStringLiteral("dan")},
                             {QStringLiteral("role"), QStringLiteral("agent")},
                             {QStringLiteral("password"), QStringLiteral("short")}})
                     .status,
                 400);
        QVERIFY(!fx.login(QStringLiteral("carla"), QStringLiteral("password-carla")).isEmpty());
    }

    void unknownRoutesAndMethods()
    {
        QCOMPARE(agent->get(QStringLiteral("/api/nothing")).status, 404);
        QCOMPARE(agent->del(QStringLiteral("/api/whatsapp/conversations")).status, 405);
        QCOMPARE(
            agent->get(QStringLiteral("/api/whatsapp/conversations/99999999999999999999")).status,
            404);
        QCOMPARE(agent->get(QStringLiteral("/api/whatsapp/conversations/abc")).status, 404);
    }

    void listPagesWithCursor()
    {
        QSet<qint64> seen;
        QString cursor;
        int pages = 0;
        do {
            const auto r =
                agent->get(QStringLiteral("/api/whatsapp/conversations?status=active&limit=3") +
                           (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(r.status, 200);
            const QJsonArray list = r.json().value(QStringLiteral("conversations")).toArray();
            QVERIFY(list.size() <= 3);
            for (const auto &v : list)
                QVERIFY(!seen.contains(v.toObject().value(QStringLiteral("id")).toInteger()));
            for (const auto &v : list)
                seen.insert(v.toObject().value(QStringLiteral("id")).toInteger());
            cursor = r.json().value(QStringLiteral("next_cursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(seen.size(), conversationIds.size());
        QCOMPARE(pages, 3);
        QCOMPARE(agent->get(QStringLiteral("/api/whatsapp/conversations?cursor=garbage")).status,
                 400);
        QCOMPARE(agent->get(QStringLiteral("/api/whatsapp/conversations?status=bogus")).status,
                 400);
    }

    void searchByNamePhoneAndText()
    {
        auto count = [&](const QString &q) {
            return agent
                ->get(QStringLiteral("/api/whatsapp/conversations?status=all&q=") +
                      QString::fromUtf8(QUrl::toPercentEncoding(q)))
                .json()
                .value(QStringLiteral("conversations"))
                .toArray()
                .size();
        };
        QCOMPARE(count(QStringLiteral("Cliente 3")), 1);
        QCOMPARE(count(QStringLiteral("5500000004")), 1);
        QCOMPARE(count(QStringLiteral("número 5")), 1);
        QCOMPARE(count(QStringLiteral("cliente")), conversationIds.size());
        QCOMPARE(count(QStringLiteral("zzzz-nothing")), 0);
    }

    void assignFiltersAndValidation()
    {
        const qint64 id = conversationIds[0];
        const QString base = QStringLiteral("/api/whatsapp/conversations/%1").arg(id);
        QCOMPARE(agent
                     ->post(base + QStringLiteral("/assign"),
                            {{QStringLiteral("assignee"), QStringLiteral("nobody")}})
                     .status,
                 422);
        const auto r = agent->post(base + QStringLiteral("/assign"),
                                   {{QStringLiteral("assignee"), QStringLiteral("ana")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("conversation")][QStringLiteral("assignee")].toString(),
                 QStringLiteral("ana"));
        const QJsonArray mine =
            agent->get(QStringLiteral("/api/whatsapp/conversations?assignee=me"))
                .json()
                .value(QStringLiteral("conversations"))
                .toArray();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().toObject().value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(agent->get(QStringLiteral("/api/whatsapp/conversations?assignee=unassigned"))
                     .json()
                     .value(QStringLiteral("conversations"))
                     .toArray()
                     .size(),
                 conversationIds.size() - 1);
        QCOMPARE(agent->get(QStringLiteral("/api/whatsapp/conversations?assignee=bruno"))
                     .json()
                     .value(QStringLiteral("conversations"))
                     .toArray()
                     .size(),
                 0);
        QVERIFY(agent
                    ->post(base + QStringLiteral("/assign"),
                           {{QStringLiteral("assignee"), QJsonValue()}})
                    .json()[QStringLiteral("conversation")][QStringLiteral("assignee")]
                    .isNull());
    }

    void serviceRequestsAndLinking()
    {
        const auto created =
            agent->post(QStringLiteral("/api/service-requests"),
                        {{QStringLiteral("service_type"), QStringLiteral("Reparación de lavadora")},
                         {QStringLiteral("customer_name"), QStringLiteral("María López")},
                         {QStringLiteral("contact_phone"), QStringLiteral("+52 55 1234 5678")},
                         {QStringLiteral("address"), QStringLiteral("Av. Reforma 1")},
                         {QStringLiteral("requested_date"), QStringLiteral("2026-11-24")}});
        QCOMPARE(created.status, 201);
        const QString srId =
            created.json()[QStringLiteral("service_request")][QStringLiteral("id")].toString();
        QVERIFY(srId.startsWith(QStringLiteral("SR-")));
        QCOMPARE(created.json()[QStringLiteral("service_request")][QStringLiteral("contact_phone")]
                     .toString(),
                 QStringLiteral("+525512345678"));
        QCOMPARE(agent
                     ->post(QStringLiteral("/api/service-requests"),
                            {{QStringLiteral("customer_name"), QStringLiteral("x")}})
                     .status,
                 400);
        QCOMPARE(agent
                     ->post(QStringLiteral("/api/service-requests"),
                            {{QStringLiteral("service_type"), QStringLiteral("x")},
                             {QStringLiteral("customer_name"), QStringLiteral("y")},
                             {QStringLiteral("contact_phone"), QStringLiteral("12")}})
                     .status,
                 422);

        for (const QString &q : {srId, QStringLiteral("maría"), QStringLiteral("5512345678")}) {
            const QJsonArray found = agent
                                         ->get(QStringLiteral("/api/service-requests?q=") +
                                               QString::fromUtf8(QUrl::toPercentEncoding(q)))
                                         .json()
                                         .value(QStringLiteral("service_requests"))
                                         .toArray();
            QVERIFY2(found.size() == 1, qPrintable(q));
        }
        QCOMPARE(agent->get(QStringLiteral("/api/service-requests/") + srId).status, 200);
        QCOMPARE(agent->get(QStringLiteral("/api/service-requests/SR-0")).status, 404);

        const QString base =
            QStringLiteral("/api/whatsapp/conversations/%1").arg(conversationIds[1]);
        QCOMPARE(agent
                     ->post(base + QStringLiteral("/link"),
                            {{QStringLiteral("service_request_id"), QStringLiteral("SR-404")}})
                     .status,
                 422);
        QCOMPARE(agent
                     ->post(base + QStringLiteral("/link"),
                            {{QStringLiteral("service_request_id"), srId}})
                     .status,
                 200);
        const auto detail = agent->get(base).json();
        QCOMPARE(
            detail[QStringLiteral("service_request")][QStringLiteral("customer_name")].toString(),
            QStringLiteral("María López"));
        QVERIFY(detail[QStringLiteral("window")][QStringLiteral("open")].toBool());
        QVERIFY(detail[QStringLiteral("window")][QStringLiteral("seconds_left")].toInt() >
                23 * 3600);
        QCOMPARE(agent
                     ->post(base + QStringLiteral("/link"),
                            {{QStringLiteral("service_request_id"), QJsonValue()}})
                     .status,
                 200);
        QVERIFY(agent->get(base).json()[QStringLiteral("service_request")].isNull());
    }

    void statusChangesAndFilters()
    {
        const QString base =
            QStringLiteral("/api/whatsapp/conversations/%1").arg(conversationIds[2]);
        QCOMPARE(agent
                     ->post(base + QStringLiteral("/status"),
                            {{QStringLiteral("status"), QStringLiteral("sleeping")}})
                     .status,
                 400);
        QCOMPARE(agent
                     ->post(base + QStringLiteral("/status"),
                            {{QStringLiteral("status"), QStringLiteral("archived")}})
                     .status,
                 200);
        QCOMPARE(agent->get(QStringLiteral("/api/whatsapp/conversations?status=archived"))
                     .json()
                     .value(QStringLiteral("conversations"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(agent
                     ->post(base + QStringLiteral("/status"),
                            {{QStringLiteral("status"), QStringLiteral("closed")}})
                     .status,
                 200);
        QCOMPARE(agent->get(QStringLiteral("/api/whatsapp/conversations?status=closed"))
                     .json()
                     .value(QStringLiteral("conversations"))
                     .toArray()
                     .size(),
                 1);
        const auto reply = agent->post(base + QStringLiteral("/messages"),
                                       {{QStringLiteral("client_id"), QStringLiteral("closed-1")},
                                        {QStringLiteral("text"), QStringLiteral("hola")}});
        QCOMPARE(reply.status, 409);
        QCOMPARE(agent
                     ->post(base + QStringLiteral("/status"),
                            {{QStringLiteral("status"), QStringLiteral("active")}})
                     .status,
                 200); // reopen
    }

    void markReadClearsUnreadAndSendsReceipt()
    {
        const qint64 id = conversationIds[3];
        const QString base = QStringLiteral("/api/whatsapp/conversations/%1").arg(id);
        QCOMPARE(agent->get(base)
                     .json()[QStringLiteral("conversation")][QStringLiteral("unread_count")]
                     .toInt(),
                 1);
        QSignalSpy receipts(fx.simulator(), &metasim::MetaSimulator::readReceiptReceived);
        QCOMPARE(agent->post(base + QStringLiteral("/read"), {}).status, 200);
        QCOMPARE(agent->get(base)
                     .json()[QStringLiteral("conversation")][QStringLiteral("unread_count")]
                     .toInt(),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(receipts.size(), 1, 5000);
    }

    void replyValidationAndIdempotency()
    {
        const QString base =
            QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(conversationIds[4]);
        QCOMPARE(agent->post(base, {{QStringLiteral("text"), QStringLiteral("sin id")}}).status,
                 400);
        QCOMPARE(agent
                     ->post(base, {{QStringLiteral("client_id"), QStringLiteral("e1")},
                                   {QStringLiteral("text"), QStringLiteral("   ")}})
                     .status,
                 400);
        QCOMPARE(agent
                     ->post(base, {{QStringLiteral("client_id"), QStringLiteral("e2")},
                                   {QStringLiteral("text"), QString(4097, QLatin1Char('a'))}})
                     .status,
                 400);
        QCOMPARE(agent
                     ->post(base, {{QStringLiteral("client_id"), QStringLiteral("e3")},
                                   {QStringLiteral("kind"), QStringLiteral("hologram")}})
                     .status,
                 400);
        QCOMPARE(agent
                     ->post(base, {{QStringLiteral("client_id"), QStringLiteral("e4")},
                                   {QStringLiteral("kind"), QStringLiteral("image")}})
                     .status,
                 400);

        QSignalSpy sends(fx.simulator(), &metasim::MetaSimulator::messageSent);
        const QJsonObject body{{QStringLiteral("client_id"), QStringLiteral("idem-1")},
                               {QStringLiteral("text"), QStringLiteral("Hola, ¿en qué le ayudo?")}};
        const auto first = agent->post(base, body);
        QCOMPARE(first.status, 202);
        const auto again = agent->post(base, body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json()[QStringLiteral("message")][QStringLiteral("id")],
                 first.json()[QStringLiteral("message")][QStringLiteral("id")]);
        QTRY_COMPARE_WITH_TIMEOUT(sends.size(), 1, 5000);
        QTest::qWait(300);
        QCOMPARE(sends.size(), 1); // never twice
    }

    void windowClosedRefusesFreeText()
    {
        const qint64 id = conversationIds[5];
        QSqlQuery q(fx.relay()->database().db());
        const qint64 old = QDateTime::currentMSecsSinceEpoch() - 25LL * 3600 * 1000;
        QVERIFY(q.exec(QStringLiteral("UPDATE conversations SET last_inbound_at = %1 WHERE id = %2")
                           .arg(old)
                           .arg(id)));
        const auto r =
            agent->post(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(id),
                        {{QStringLiteral("client_id"), QStringLiteral("late-1")},
                         {QStringLiteral("text"), QStringLiteral("¿Sigue ahí?")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("window_closed"));
        QVERIFY(r.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
            QStringLiteral("template")));
        QVERIFY(!agent->get(QStringLiteral("/api/whatsapp/conversations/%1").arg(id))
                     .json()[QStringLiteral("window")][QStringLiteral("open")]
                     .toBool());
    }

    void directMessageToNewNumber()
    {
        QCOMPARE(agent
                     ->post(QStringLiteral("/api/whatsapp/messages"),
                            {{QStringLiteral("client_id"), QStringLiteral("d1")},
                             {QStringLiteral("to"), QStringLiteral("not a phone")},
                             {QStringLiteral("text"), QStringLiteral("hola")}})
                     .status,
                 422);
        // No window with a number that never wrote: free text is refused, saying a template is
        // needed.
        const auto r = agent->post(QStringLiteral("/api/whatsapp/messages"),
                                   {{QStringLiteral("client_id"), QStringLiteral("d2")},
                                    {QStringLiteral("to"), QStringLiteral("+57 300 123 4567")},
                                    {QStringLiteral("text"), QStringLiteral("hola")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("window_closed"));
        // A template goes out and creates the conversation.
        const auto t = agent->post(
            QStringLiteral("/api/whatsapp/messages"),
            {{QStringLiteral("client_id"), QStringLiteral("d3")},
             {QStringLiteral("to"), QStringLiteral("+57 300 123 4567")},
             {QStringLiteral("kind"), QStringLiteral("template")},
             {QStringLiteral("content"),
              QJsonObject{
                  {QStringLiteral("template"),
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("confirmacion_cita")},
                               {QStringLiteral("language"),
                                QJsonObject{{QStringLiteral("code"), QStringLiteral("es")}}}}}}}});
        QCOMPARE(t.status, 202);
        QCOMPARE(agent->get(QStringLiteral("/api/whatsapp/conversations?q=3001234567"))
                     .json()
                     .value(QStringLiteral("conversations"))
                     .toArray()
                     .size(),
                 1);
    }

    void eventsCatchUp()
    {
        const auto all = agent->get(QStringLiteral("/api/events?after=0&limit=5000")).json();
        const QJsonArray events = all.value(QStringLiteral("events")).toArray();
        QVERIFY(events.size() > 10);
        qint64 prev = 0;
        for (const auto &v : events) {
            const qint64 seq = v.toObject().value(QStringLiteral("seq")).toInteger();
            QCOMPARE(seq, prev + 1); // gap-free
            prev = seq;
        }
        QCOMPARE(all.value(QStringLiteral("last_seq")).toInteger(), prev);
        const auto tail = agent->get(QStringLiteral("/api/events?after=%1").arg(prev - 2))
                              .json()
                              .value(QStringLiteral("events"))
                              .toArray();
        // The outbox may append an event meanwhile (the failed template send above): the tail
        // starts right after the position asked for, whatever came since.
        QVERIFY(tail.size() >= 2);
        QCOMPARE(tail.at(0).toObject().value(QStringLiteral("seq")).toInteger(), prev - 1);
        QCOMPARE(tail.at(1).toObject().value(QStringLiteral("seq")).toInteger(), prev);
        QCOMPARE(agent->get(QStringLiteral("/api/events?after=-5")).status, 400);
    }

    void healthAndMetrics()
    {
        const auto h = anon->get(QStringLiteral("/healthz"));
        QCOMPARE(h.status, 200);
        QCOMPARE(h.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const auto m = anon->get(QStringLiteral("/metrics"));
        QCOMPARE(m.status, 200);
        QVERIFY(m.body.contains("recado_webhooks_accepted_total "));
        QVERIFY(m.body.contains("# TYPE recado_outbox_pending gauge"));
        QVERIFY(!m.body.contains(RelayFixture::kAccessToken));
    }

    void changesArrivingTogetherAreEachAnswered()
    {
        // Conversation changes are written with the other writes read in the same event-loop
        // turn, one transaction for all, each in a savepoint: every request still gets its own
        // answer, a refused one (an unknown conversation) its own error.
        const qint64 first = customerWrites(QStringLiteral("5215500000701"),
                                            QStringLiteral("Cliente 701"), QStringLiteral("uno"));
        const qint64 second = customerWrites(QStringLiteral("5215500000702"),
                                             QStringLiteral("Cliente 702"), QStringLiteral("dos"));
        QVERIFY(first && second);
        const auto metric = [this](const char *name) {
            const QByteArray body = anon->get(QStringLiteral("/metrics")).body;
            const QByteArray key = QByteArray(name) + ' ';
            const qsizetype at = body.indexOf("\n" + key);
            return at < 0 ? qint64(-1)
                          : body.mid(at + 1 + key.size(),
                                     body.indexOf('\n', at + 1) - at - 1 - key.size())
                                .toLongLong();
        };
        const qint64 groupsBefore = metric("recado_write_groups_total");
        const qint64 writesBefore = metric("recado_grouped_writes_total");
        QVERIFY(groupsBefore >= 0 && writesBefore >= 0);
        const qint64 lastSeq = agent->get(QStringLiteral("/api/events?after=0&limit=1"))
                                   .json()[QStringLiteral("last_seq")]
                                   .toInteger();

        struct Change
        {
            qint64 conversation;
            QString action;
            QJsonObject body;
            int expected;
        };
        const QList<Change> changes{
            {first,
             QStringLiteral("assign"),
             {{QStringLiteral("assignee"), QStringLiteral("bruno")}},
             200},
            {first,
             QStringLiteral("status"),
             {{QStringLiteral("status"), QStringLiteral("archived")}},
             200},
            {second, QStringLiteral("read"), {}, 200},
            {987654321, QStringLiteral("read"), {}, 404},
            {second,
             QStringLiteral("assign"),
             {{QStringLiteral("assignee"), QStringLiteral("ana")}},
             200},
        };
        const QByteArray bearer =
            "Bearer " + fx.login(QStringLiteral("ana"), QStringLiteral("password-ana")).toUtf8();
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (const Change &c : changes) {
            QNetworkRequest req(
                fx.relayUrl().resolved(QUrl(QStringLiteral("/api/whatsapp/conversations/%1/%2")
                                                .arg(c.conversation)
                                                .arg(c.action))));
            req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            req.setRawHeader("Authorization", bearer);
            replies << nam.post(req, QJsonDocument(c.body).toJson(QJsonDocument::Compact));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                             [](QNetworkReply *r) { return r->isFinished(); }),
                                 10000);
        for (qsizetype i = 0; i < changes.size(); ++i) {
            QCOMPARE(replies[i]->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                     changes[i].expected);
            const QJsonObject body = QJsonDocument::fromJson(replies[i]->readAll()).object();
            if (changes[i].expected == 200)
                QCOMPARE(body[QStringLiteral("conversation")][QStringLiteral("id")].toInteger(),
                         changes[i].conversation);
            else
                QCOMPARE(body[QStringLiteral("error")][QStringLiteral("code")].toString(),
                         QStringLiteral("not_found"));
        }
        qDeleteAll(replies);

        // Four changes stored, in as many groups as the requests took loop turns to arrive.
        QCOMPARE(metric("recado_grouped_writes_total") - writesBefore, 4);
        const qint64 groups = metric("recado_write_groups_total") - groupsBefore;
        QVERIFY2(groups >= 1 && groups <= 4, qPrintable(QString::number(groups)));
        qInfo("4 conversation changes sent together were committed in %lld transaction(s)", groups);
        const QJsonArray events = agent->get(QStringLiteral("/api/events?after=%1").arg(lastSeq))
                                      .json()[QStringLiteral("events")]
                                      .toArray();
        int updates = 0;
        for (qsizetype i = 0; i < events.size(); ++i) {
            QCOMPARE(events[i][QStringLiteral("seq")].toInteger(), lastSeq + 1 + i); // no gap
            if (events[i][QStringLiteral("type")].toString() ==
                QLatin1String("conversation.updated"))
                ++updates;
        }
        QCOMPARE(updates, 4);
        const QJsonObject stored =
            agent->get(QStringLiteral("/api/whatsapp/conversations/%1").arg(first))
                .json()[QStringLiteral("conversation")]
                .toObject();
        QCOMPARE(stored[QStringLiteral("assignee")].toString(), QStringLiteral("bruno"));
        QCOMPARE(stored[QStringLiteral("status")].toString(), QStringLiteral("archived"));
    }
};

QTEST_GUILESS_MAIN(TestRelayApi)
#include "tst_relay_api.moc"
