// SPDX-License-Identifier: GPL-3.0-or-later
// AI drafts through the relay (policy draft, builtin drafter): a customer message through the
// simulator produces a stored draft and a draft.new event; a newer message supersedes it;
// approve sends the exact text once; edit sends the agent's text and the audit keeps both;
// reject needs a reason; supervisor routes refuse agents; a window-closed draft is blocked
// before approval; the supervisor view filters; knowledge-base articles are served.
#include "DraftsTestKit.h"
#include "RefusingTrigger.h"
#include "relay/RelayConfig.h"
#include "relay/drafts/review/EditDistance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <optional>

using namespace recado;
using namespace recado::test::drafts;
using test::HttpClient;
using test::RelayFixture;

class TestDrafts : public QObject
{
    Q_OBJECT

    RelayFixture fx;
    std::unique_ptr<HttpClient> anon;
    std::unique_ptr<HttpClient> agent;
    std::unique_ptr<HttpClient> supervisor;

    QJsonObject pendingOf(qint64 conversationId)
    {
        return agent
            ->get(QStringLiteral("/api/whatsapp/conversations/%1/drafts").arg(conversationId))
            .json()
            .value(QStringLiteral("pending"))
            .toObject();
    }

    int pendingCount(qint64 conversationId)
    {
        return scalar(fx,
                      QStringLiteral("SELECT COUNT(*) FROM drafts WHERE conversation_id = ? AND "
                                     "status = 'pending'"),
                      {conversationId})
            .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(fx.config().draftPolicy.mode,
                 relay::drafts::DraftPolicy::Mode::DraftOnly); // the default
        QVERIFY(fx.start());
        QVERIFY(fx.createUser(QStringLiteral("ana"), domain::Role::Agent,
                              QStringLiteral("password-ana")));
        QVERIFY(fx.createUser(QStringLiteral("sofia"), domain::Role::Supervisor,
                              QStringLiteral("password-sofia")));
        anon = std::make_unique<HttpClient>(fx.relayUrl());
        agent = std::make_unique<HttpClient>(fx.relayUrl());
        supervisor = std::make_unique<HttpClient>(fx.relayUrl());
        agent->setToken(fx.login(QStringLiteral("ana"), QStringLiteral("password-ana")));
        supervisor->setToken(fx.login(QStringLiteral("sofia"), QStringLiteral("password-sofia")));
    }

    void inboundMessageProducesStoredDraftAndEvent()
    {
        const Inbound in =
            customerWrites(fx, QStringLiteral("5215510000001"),
                           QStringLiteral("Buenas tardes, ¿cuál es su horario de atención?"));
        QVERIFY(in.messageId != 0);
        const qint64 id = waitForDraft(fx, in.messageId);
        QVERIFY(id != 0);

        const QJsonObject d = pendingOf(in.conversationId);
        QCOMPARE(d.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(d.value(QStringLiteral("message_id")).toInteger(), in.messageId);
        QCOMPARE(d.value(QStringLiteral("intent")).toString(), QStringLiteral("faq"));
        QCOMPARE(d.value(QStringLiteral("lang")).toString(), QStringLiteral("es"));
        QCOMPARE(d.value(QStringLiteral("drafter")).toString(), QStringLiteral("builtin"));
        QVERIFY(d.value(QStringLiteral("confidence")).toDouble() > 0.0);
        QVERIFY(d.value(QStringLiteral("escalate")).isBool());
        QVERIFY(d.value(QStringLiteral("blocked_reason")).isNull());
        // Grounded in the knowledge base: the hours article, which the client can open.
        const QString text = d.value(QStringLiteral("text")).toString();
        QVERIFY2(text.contains(QStringLiteral("8:00")), qPrintable(text));
        bool citesHours = false;
        for (const QJsonValue &s : d.value(QStringLiteral("sources")).toArray()) {
            if (s[QStringLiteral("kind")].toString() == QLatin1String("kb") &&
                s[QStringLiteral("id")].toString() == QLatin1String("kb-es-horario"))
                citesHours = true;
        }
        QVERIFY(citesHours);
        const auto article = agent->get(QStringLiteral("/api/kb/kb-es-horario"));
        QCOMPARE(article.status, 200);
        QVERIFY(
            article.json()[QStringLiteral("article")][QStringLiteral("body")].toString().contains(
                QStringLiteral("8:00")));

        // Live: one draft.new event carrying the draft.
        const auto events = draftEvents(*agent, QStringLiteral("draft.new"), id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().value(QStringLiteral("text")).toString(), text);
    }

    void draftIsGroundedInTheLinkedRequest()
    {
        const Inbound first =
            customerWrites(fx, QStringLiteral("5215510000002"), QStringLiteral("Hola"));
        QVERIFY(waitForDraft(fx, first.messageId) != 0);
        const auto created =
            agent->post(QStringLiteral("/api/service-requests"),
                        {{QStringLiteral("id"), QStringLiteral("SR-7001")},
                         {QStringLiteral("service_type"), QStringLiteral("Reparación de lavadora")},
                         {QStringLiteral("customer_name"), QStringLiteral("Marta Ruiz")},
                         {QStringLiteral("contact_phone"), QStringLiteral("+5215510000002")},
                         {QStringLiteral("status"), QStringLiteral("scheduled")},
                         {QStringLiteral("technician"), QStringLiteral("Luis Gómez")},
                         {QStringLiteral("requested_date"),
                          QDate::currentDate().addDays(2).toString(Qt::ISODate)}});
        QCOMPARE(created.status, 201);
        QCOMPARE(
            agent
                ->post(
                    QStringLiteral("/api/whatsapp/conversations/%1/link").arg(first.conversationId),
                    {{QStringLiteral("service_request_id"), QStringLiteral("SR-7001")}})
                .status,
            200);
        const Inbound ask = customerWrites(fx, QStringLiteral("5215510000002"),
                                           QStringLiteral("¿Cuál es el estado de mi solicitud?"));
        const qint64 id = waitForDraft(fx, ask.messageId);
        QVERIFY(id != 0);
        const QJsonObject d = getDraft(*agent, id);
        QCOMPARE(d.value(QStringLiteral("intent")).toString(), QStringLiteral("request_status"));
        bool citesRequest = false;
        for (const QJsonValue &s : d.value(QStringLiteral("sources")).toArray())
            citesRequest |=
                s[QStringLiteral("kind")].toString() == QLatin1String("service_request") &&
                s[QStringLiteral("id")].toString() == QLatin1String("SR-7001");
        QVERIFY2(citesRequest, qPrintable(QString::fromUtf8(QJsonDocument(d).toJson())));
        QVERIFY2(d.value(QStringLiteral("text")).toString().contains(QStringLiteral("SR-7001")),
                 qPrintable(d.value(QStringLiteral("text")).toString()));
    }

    void newerCustomerMessageSupersedesPendingDraft()
    {
        const QString waId = QStringLiteral("5215510000003");
        const Inbound first = customerWrites(fx, waId, QStringLiteral("Hola, buenos días"));
        const qint64 firstDraft = waitForDraft(fx, first.messageId);
        QVERIFY(firstDraft != 0);
        const Inbound second =
            customerWrites(fx, waId, QStringLiteral("¿Cuánto cuesta la visita de diagnóstico?"));
        const qint64 secondDraft = waitForDraft(fx, second.messageId);
        QVERIFY(secondDraft != 0);
        QCOMPARE(second.conversationId, first.conversationId);

        QCOMPARE(getDraft(*agent, firstDraft).value(QStringLiteral("status")).toString(),
                 QStringLiteral("superseded"));
        QCOMPARE(pendingCount(first.conversationId), 1);
        QCOMPARE(pendingOf(first.conversationId).value(QStringLiteral("id")).toInteger(),
                 secondDraft);
        const auto updates = draftEvents(*agent, QStringLiteral("draft.updated"), firstDraft);
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates.first().value(QStringLiteral("status")).toString(),
                 QStringLiteral("superseded"));
        // A superseded draft cannot be sent any more.
        const auto late =
            agent->post(QStringLiteral("/api/drafts/%1/approve").arg(firstDraft),
                        {{QStringLiteral("client_id"), QStringLiteral("late-approve")}});
        QCOMPARE(late.status, 409);
        QCOMPARE(late.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("draft_not_pending"));
    }

    void approveSendsTheExactTextOnce()
    {
        const QString waId = QStringLiteral("5215510000004");
        const Inbound in = customerWrites(fx, waId, QStringLiteral("¿Qué formas de pago aceptan?"));
        const qint64 id = waitForDraft(fx, in.messageId);
        QVERIFY(id != 0);
        const QString text = getDraft(*agent, id).value(QStringLiteral("text")).toString();
        QVERIFY(!text.isEmpty());

        const auto r = agent->post(QStringLiteral("/api/drafts/%1/approve").arg(id),
                                   {{QStringLiteral("client_id"), QStringLiteral("approve-4")}});
        QCOMPARE(r.status, 202);
        const QJsonObject draft = r.json().value(QStringLiteral("draft")).toObject();
        const QJsonObject message = r.json().value(QStringLiteral("message")).toObject();
        QCOMPARE(draft.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(draft.value(QStringLiteral("decided_by")).toString(), QStringLiteral("ana"));
        QCOMPARE(draft.value(QStringLiteral("sent_text")).toString(), text);
        QCOMPARE(draft.value(QStringLiteral("edit_distance")).toInt(), 0);
        QCOMPARE(message.value(QStringLiteral("text")).toString(), text);
        QCOMPARE(message.value(QStringLiteral("author")).toString(), QStringLiteral("ana"));
        QTRY_COMPARE_WITH_TIMEOUT(textsSentTo(fx, waId), QStringList{text}, 5000);

        // The client retries (lost reply): same message back, nothing sent again.
        const auto retry =
            agent->post(QStringLiteral("/api/drafts/%1/approve").arg(id),
                        {{QStringLiteral("client_id"), QStringLiteral("approve-4")}});
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.json()[QStringLiteral("message")][QStringLiteral("id")].toInteger(),
                 message.value(QStringLiteral("id")).toInteger());
        // A second approval with a new id is refused: the draft is decided.
        QCOMPARE(agent
                     ->post(QStringLiteral("/api/drafts/%1/approve").arg(id),
                            {{QStringLiteral("client_id"), QStringLiteral("approve-4b")}})
                     .status,
                 409);
        // Another draft cannot reuse a client id.
        const Inbound again = customerWrites(fx, waId, QStringLiteral("¿Y a meses sin intereses?"));
        const qint64 other = waitForDraft(fx, again.messageId);
        QVERIFY(other != 0);
        QCOMPARE(agent
                     ->post(QStringLiteral("/api/drafts/%1/approve").arg(other),
                            {{QStringLiteral("client_id"), QStringLiteral("approve-4")}})
                     .status,
                 409);
        QCOMPARE(
            agent->post(QStringLiteral("/api/drafts/%1/approve").arg(other), QJsonObject{}).status,
            400);
        QTest::qWait(300);
        QCOMPARE(textsSentTo(fx, waId), QStringList{text});

        // The audit: who approved what, and what was sent.
        const QJsonArray decisions =
            supervisor->get(QStringLiteral("/api/drafts/%1/decisions").arg(id))
                .json()
                .value(QStringLiteral("decisions"))
                .toArray();
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions[0][QStringLiteral("action")].toString(), QStringLiteral("approve"));
        QCOMPARE(decisions[0][QStringLiteral("actor")].toString(), QStringLiteral("ana"));
        QCOMPARE(decisions[0][QStringLiteral("draft_text")].toString(), text);
        QCOMPARE(decisions[0][QStringLiteral("sent_text")].toString(), text);
        QCOMPARE(draftEvents(*agent, QStringLiteral("draft.updated"), id).size(), 1);
    }

    void editSendsTheAgentsTextAndKeepsBoth()
    {
        const QString waId = QStringLiteral("5215510000005");
        const Inbound in =
            customerWrites(fx, waId, QStringLiteral("¿Hasta qué hora atienden los sábados?"));
        const qint64 id = waitForDraft(fx, in.messageId);
        QVERIFY(id != 0);
        const QString drafted = getDraft(*agent, id).value(QStringLiteral("text")).toString();
        const QString edited = drafted + QStringLiteral(" Saludos, Ana.");

        QCOMPARE(agent
                     ->post(QStringLiteral("/api/drafts/%1/send-edited").arg(id),
                            {{QStringLiteral("client_id"), QStringLiteral("edit-5")},
                             {QStringLiteral("text"), QStringLiteral("  ")}})
                     .status,
                 400);
        const auto r = agent->post(QStringLiteral("/api/drafts/%1/send-edited").arg(id),
                                   {{QStringLiteral("client_id"), QStringLiteral("edit-5")},
                                    {QStringLiteral("text"), edited}});
        QCOMPARE(r.status, 202);
        const QJsonObject draft = r.json().value(QStringLiteral("draft")).toObject();
        QCOMPARE(draft.value(QStringLiteral("status")).toString(), QStringLiteral("edited"));
        QCOMPARE(draft.value(QStringLiteral("text")).toString(), drafted);
        QCOMPARE(draft.value(QStringLiteral("sent_text")).toString(), edited);
        QCOMPARE(draft.value(QStringLiteral("edit_distance")).toInt(), 14);
        QTRY_COMPARE_WITH_TIMEOUT(textsSentTo(fx, waId), QStringList{edited}, 5000);

        const QJsonArray decisions =
            supervisor->get(QStringLiteral("/api/drafts/%1/decisions").arg(id))
                .json()
                .value(QStringLiteral("decisions"))
                .toArray();
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions[0][QStringLiteral("action")].toString(), QStringLiteral("edit"));
        QCOMPARE(decisions[0][QStringLiteral("draft_text")].toString(), drafted);
        QCOMPARE(decisions[0][QStringLiteral("sent_text")].toString(), edited);
        QCOMPARE(decisions[0][QStringLiteral("edit_distance")].toInt(), 14);
        QCOMPARE(scalar(fx, QStringLiteral("SELECT body FROM messages WHERE client_id = 'edit-5'"))
                     .toString(),
                 edited);
    }

    void consentKeywordGetsNoDraft()
    {
        // The consent ledger answers STOP itself (a confirmation from "recado"); no draft.
        const QString waId = QStringLiteral("5215510000008");
        const Inbound in = customerWrites(fx, waId, QStringLiteral("STOP"));
        QVERIFY(in.messageId != 0);
        QTRY_COMPARE_WITH_TIMEOUT(textsSentTo(fx, waId).size(), 1, 5000);
        QTest::qWait(300);
        QCOMPARE(scalar(fx, QStringLiteral("SELECT COUNT(*) FROM drafts WHERE message_id = ?"),
                        {in.messageId})
                     .toInt(),
                 0);
        // The customer's next real question is drafted again.
        const Inbound next = customerWrites(fx, waId, QStringLiteral("¿Cuál es su horario?"));
        QVERIFY(waitForDraft(fx, next.messageId) != 0);
    }

    void editDistanceCountsCharacters()
    {
        using relay::review::EditDistance;
        QCOMPARE(EditDistance::between(QStringLiteral("kitten"), QStringLiteral("sitting")), 3);
        QCOMPARE(EditDistance::between(QStringLiteral("está"), QStringLiteral("esta")), 1);
        QCOMPARE(EditDistance::between(QStringLiteral("ok 👍"), QStringLiteral("ok 👌")),
                 1); // one code point
        QCOMPARE(EditDistance::between(QString(), QStringLiteral("hola")), 4);
        QCOMPARE(EditDistance::between(QStringLiteral("igual"), QStringLiteral("igual")), 0);
    }

    void rejectNeedsAReason()
    {
        const QString waId = QStringLiteral("5215510000006");
        const Inbound in =
            customerWrites(fx, waId, QStringLiteral("¿Dan servicio en Guadalajara?"));
        const qint64 id = waitForDraft(fx, in.messageId);
        QVERIFY(id != 0);
        const QString path = QStringLiteral("/api/drafts/%1/reject").arg(id);
        const auto bad = agent->post(path, {{QStringLiteral("reason"), QStringLiteral("boring")}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("invalid_reason"));
        QCOMPARE(agent->post(path, {{QStringLiteral("reason"), QStringLiteral("other")}}).status,
                 400); // needs a note
        const auto ok = agent->post(
            path, {{QStringLiteral("reason"), QStringLiteral("wrong_facts")},
                   {QStringLiteral("note"), QStringLiteral("Zapopan changed this month")}});
        QCOMPARE(ok.status, 200);
        const QJsonObject d = ok.json().value(QStringLiteral("draft")).toObject();
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(d.value(QStringLiteral("reject_reason")).toString(),
                 QStringLiteral("wrong_facts"));
        QCOMPARE(d.value(QStringLiteral("note")).toString(),
                 QStringLiteral("Zapopan changed this month"));
        QVERIFY(d.value(QStringLiteral("sent_text")).isNull());
        QCOMPARE(agent->post(path, {{QStringLiteral("reason"), QStringLiteral("tone")}}).status,
                 409);
        QTest::qWait(200);
        QVERIFY(textsSentTo(fx, waId).isEmpty());
        const QJsonArray decisions =
            supervisor->get(QStringLiteral("/api/drafts/%1/decisions").arg(id))
                .json()
                .value(QStringLiteral("decisions"))
                .toArray();
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions[0][QStringLiteral("reason")].toString(), QStringLiteral("wrong_facts"));
        QCOMPARE(decisions[0][QStringLiteral("actor")].toString(), QStringLiteral("ana"));
    }

    void supervisorRoutesRefuseAgents_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/api/drafts");
        QTest::newRow("figures") << QByteArray("GET") << QStringLiteral("/api/drafts/figures");
        QTest::newRow("decisions")
            << QByteArray("GET") << QStringLiteral("/api/drafts/1/decisions");
        QTest::newRow("mark wrong")
            << QByteArray("POST") << QStringLiteral("/api/drafts/1/mark-wrong");
    }

    void supervisorRoutesRefuseAgents()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        const QList<QPair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};
        QCOMPARE(anon->request(verb, path, "{}", json).status, 401);
        const auto r = agent->request(verb, path, "{}", json);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("forbidden"));
        QVERIFY(supervisor->request(verb, path, "{}", json).status != 403);
    }

    void agentRoutesNeedAToken_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::newRow("conversation drafts")
            << QByteArray("GET") << QStringLiteral("/api/whatsapp/conversations/1/drafts");
        QTest::newRow("draft") << QByteArray("GET") << QStringLiteral("/api/drafts/1");
        QTest::newRow("approve") << QByteArray("POST") << QStringLiteral("/api/drafts/1/approve");
        QTest::newRow("edit") << QByteArray("POST") << QStringLiteral("/api/drafts/1/send-edited");
        QTest::newRow("reject") << QByteArray("POST") << QStringLiteral("/api/drafts/1/reject");
        QTest::newRow("settings") << QByteArray("GET") << QStringLiteral("/api/drafts/settings");
        QTest::newRow("kb") << QByteArray("GET") << QStringLiteral("/api/kb");
        QTest::newRow("kb article") << QByteArray("GET") << QStringLiteral("/api/kb/kb-es-horario");
    }

    void agentRoutesNeedAToken()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QCOMPARE(anon->request(verb, path, "{}", {{"Content-Type", "application/json"}}).status,
                 401);
    }

    void windowClosedDraftIsBlockedBeforeApproval()
    {
        const QString waId = QStringLiteral("5215510000007");
        const Inbound in =
            customerWrites(fx, waId, QStringLiteral("¿Cuánto cuesta la visita de diagnóstico?"));
        const qint64 id = waitForDraft(fx, in.messageId);
        QVERIFY(id != 0);
        QVERIFY(pendingOf(in.conversationId).value(QStringLiteral("blocked_reason")).isNull());
        // A day and a bit later, nobody has acted.
        QSqlQuery q(fx.relay()->database().db());
        q.prepare(QStringLiteral("UPDATE conversations SET last_inbound_at = ? WHERE id = ?"));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch() - 25LL * 3600 * 1000);
        q.addBindValue(in.conversationId);
        QVERIFY(q.exec());

        const QJsonObject d = pendingOf(in.conversationId);
        QCOMPARE(d.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(d.value(QStringLiteral("blocked_reason")).toString(),
                 QStringLiteral("window_closed"));
        const auto r = agent->post(QStringLiteral("/api/drafts/%1/approve").arg(id),
                                   {{QStringLiteral("client_id"), QStringLiteral("approve-7")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("window_closed"));
        QCOMPARE(getDraft(*agent, id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
        QCOMPARE(scalar(fx, QStringLiteral(
                                "SELECT COUNT(*) FROM messages WHERE client_id = 'approve-7'"))
                     .toInt(),
                 0);
        QTest::qWait(200);
        QVERIFY(textsSentTo(fx, waId).isEmpty());
    }

    void supervisorViewFilters()
    {
        auto list = [&](const QString &query) {
            const auto r = supervisor->get(QStringLiteral("/api/drafts") + query);
            [&] { QCOMPARE(r.status, 200); }();
            return r.json();
        };
        const QJsonArray all = list(QString()).value(QStringLiteral("drafts")).toArray();
        QVERIFY(all.size() >= 9);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all[i - 1][QStringLiteral("id")].toInteger() >
                    all[i][QStringLiteral("id")].toInteger());

        const QJsonArray approved =
            list(QStringLiteral("?outcome=approved")).value(QStringLiteral("drafts")).toArray();
        QCOMPARE(approved.size(), 1);
        QCOMPARE(approved[0][QStringLiteral("sent_text")].toString(),
                 approved[0][QStringLiteral("text")].toString());
        QCOMPARE(approved[0][QStringLiteral("customer_name")].toString(),
                 QStringLiteral("Cliente"));
        const QJsonArray edited = list(QStringLiteral("?outcome=edited&agent=ana"))
                                      .value(QStringLiteral("drafts"))
                                      .toArray();
        QCOMPARE(edited.size(), 1);
        QVERIFY(edited[0][QStringLiteral("sent_text")].toString() !=
                edited[0][QStringLiteral("text")].toString());
        QCOMPARE(list(QStringLiteral("?outcome=edited&agent=bruno"))
                     .value(QStringLiteral("drafts"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(list(QStringLiteral("?outcome=rejected"))
                     .value(QStringLiteral("drafts"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(list(QStringLiteral("?outcome=superseded"))
                     .value(QStringLiteral("drafts"))
                     .toArray()
                     .size(),
                 2);
        for (const QJsonValue &v :
             list(QStringLiteral("?intent=faq")).value(QStringLiteral("drafts")).toArray())
            QCOMPARE(v[QStringLiteral("intent")].toString(), QStringLiteral("faq"));
        // Dates: everything is from today; nothing from yesterday.
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        const QString yesterday =
            QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate);
        QCOMPARE(list(QStringLiteral("?from=%1&to=%1").arg(today))
                     .value(QStringLiteral("drafts"))
                     .toArray()
                     .size(),
                 all.size());
        QCOMPARE(list(QStringLiteral("?to=%1").arg(yesterday))
                     .value(QStringLiteral("drafts"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(supervisor->get(QStringLiteral("/api/drafts?outcome=great")).status, 400);
        QCOMPARE(supervisor->get(QStringLiteral("/api/drafts?intent=nonsense")).status, 400);
        QCOMPARE(supervisor->get(QStringLiteral("/api/drafts?from=yesterday")).status, 400);

        // Paging with the cursor walks every draft once.
        QList<qint64> seen;
        QString cursor;
        do {
            const QJsonObject page =
                list(QStringLiteral("?limit=4") +
                     (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            for (const QJsonValue &v : page.value(QStringLiteral("drafts")).toArray())
                seen.append(v[QStringLiteral("id")].toInteger());
            cursor = page.value(QStringLiteral("next_cursor")).toString();
        } while (!cursor.isEmpty());
        QCOMPARE(seen.size(), all.size());
    }

    void aDraftThatCannotBeStoredLeavesItsNeighboursStored()
    {
        // A trigger refuses the draft of one message, as a row the schema cannot take would; the
        // drafts finished with it are stored all the same, and drafting carries on.
        std::optional<test::RefusingTrigger> refusal;
        refusal.emplace(fx.relay()->database(), QStringLiteral("drafts"),
                        QStringLiteral("(SELECT body FROM messages WHERE id = NEW.message_id) "
                                       "LIKE '%veneno%'"));
        QVERIFY2(refusal->error().isEmpty(), qPrintable(refusal->error()));

        // Three customers write at once, so their drafts finish together.
        const QStringList texts{QStringLiteral("¿Cuál es su horario? Soy el uno"),
                                QStringLiteral("¿Cuál es su horario? veneno"),
                                QStringLiteral("¿Cuál es su horario? Soy el tres")};
        QStringList wamids;
        for (qsizetype i = 0; i < texts.size(); ++i)
            wamids << fx.simulator()->sendCustomerMessage(
                QStringLiteral("521551990000%1").arg(i),
                QJsonObject{
                    {QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), texts[i]}}}},
                QStringLiteral("Cliente %1").arg(i));
        QList<qint64> ids;
        for (const QString &wamid : wamids) {
            qint64 id = 0;
            QTRY_VERIFY_WITH_TIMEOUT(
                (id = scalar(fx, QStringLiteral("SELECT id FROM messages WHERE wamid = ?"), {wamid})
                          .toLongLong()) != 0,
                5000);
            ids << id;
        }
        QVERIFY(waitForDraft(fx, ids[0]) != 0);
        QVERIFY(waitForDraft(fx, ids[2]) != 0);
        // Every message taken for drafting has had its store attempt.
        QTRY_VERIFY_WITH_TIMEOUT(
            anon->get(QStringLiteral("/metrics")).body.contains("\nrecado_drafts_backlog 0\n"),
            5000);
        const qint64 refusedDrafts =
            scalar(fx, QStringLiteral("SELECT COUNT(*) FROM drafts WHERE message_id = ?"), {ids[1]})
                .toLongLong();
        refusal.reset();
        QCOMPARE(refusedDrafts, 0);

        const Inbound after = customerWrites(fx, QStringLiteral("5215519900001"),
                                             QStringLiteral("¿Y los sábados abren?"));
        QVERIFY(waitForDraft(fx, after.messageId) != 0);
    }

    void knowledgeBaseRoutes()
    {
        const auto all = agent->get(QStringLiteral("/api/kb?lang=es"));
        QCOMPARE(all.status, 200);
        const QJsonArray articles = all.json().value(QStringLiteral("articles")).toArray();
        QVERIFY(articles.size() >= 3);
        for (const QJsonValue &a : articles)
            QCOMPARE(a[QStringLiteral("lang")].toString(), QStringLiteral("es"));
        const auto found = agent->get(QStringLiteral("/api/kb?q=horario&lang=es"));
        QCOMPARE(found.json()[QStringLiteral("articles")][0][QStringLiteral("id")].toString(),
                 QStringLiteral("kb-es-horario"));
        QCOMPARE(agent->get(QStringLiteral("/api/kb/kb-does-not-exist")).status, 404);
        const QJsonObject settings = agent->get(QStringLiteral("/api/drafts/settings")).json();
        QCOMPARE(settings[QStringLiteral("policy")][QStringLiteral("mode")].toString(),
                 QStringLiteral("draft_only"));
        QCOMPARE(settings[QStringLiteral("drafter")].toString(), QStringLiteral("builtin"));
        QCOMPARE(settings[QStringLiteral("reject_reasons")].toArray().size(), 6);
    }
};

QTEST_MAIN(TestDrafts)
#include "tst_drafts.moc"
