// SPDX-License-Identifier: GPL-3.0-or-later
// Consent in the relay against the simulator: opt-in by first message, opt-out by keyword (es, pt,
// en) with a confirmation through the outbox, refusal of templates after an opt-out, opting in
// again by writing or by keyword, agent actions, the history and its exports.
#include "HttpClient.h"
#include "RelayFixture.h"
#include "core/whatsapp/WebhookSignature.h"
#include "core/whatsapp/consent/ConsentMessages.h"
#include "relay/Relay.h"
#include "relay/store/Database.h"
#include "tools/metasim/MetaSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace recado;
using test::HttpClient;
using test::RelayFixture;
using whatsapp::ConsentAction;

class TestRelayConsent : public QObject
{
    Q_OBJECT

    RelayFixture fx;
    std::unique_ptr<HttpClient> agent;
    std::unique_ptr<HttpClient> supervisor;
    QHash<QString, qint64> conversationOf; // wa_id -> conversation

    qint64 customerWrites(const QString &waId, const QString &text,
                          const QString &name = QStringLiteral("Cliente"))
    {
        const QString wamid = fx.simulator()->sendCustomerMessage(
            waId,
            QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}},
            name);
        qint64 id = 0;
        const bool stored = QTest::qWaitFor(
            [&] {
                QSqlQuery q(fx.relay()->database().db());
                q.exec(QStringLiteral("SELECT conversation_id FROM messages WHERE wamid = '%1'")
                           .arg(wamid));
                id = q.next() ? q.value(0).toLongLong() : 0;
                return id != 0;
            },
            5000);
        conversationOf.insert(waId, id);
        return stored ? id : 0;
    }

    QJsonObject ledger(qint64 conversationId)
    {
        return agent
            ->get(QStringLiteral("/api/whatsapp/conversations/%1/consent").arg(conversationId))
            .json();
    }

    QJsonObject latestRecord(qint64 conversationId)
    {
        const QJsonArray history =
            ledger(conversationId).value(QStringLiteral("history")).toArray();
        return history.isEmpty() ? QJsonObject() : history.last().toObject();
    }

    //! Free-form texts the relay sent this customer, oldest first.
    QStringList textsTo(const QString &waId)
    {
        QStringList out;
        for (const auto &m : fx.simulator()->sentMessages()) {
            if (m.waId == waId && m.type == QLatin1String("text"))
                out << m.body.value(QStringLiteral("text"))
                           .toObject()
                           .value(QStringLiteral("body"))
                           .toString();
        }
        return out;
    }

    test::HttpResult sendTemplate(qint64 conversationId, const QString &clientId,
                                  const QString &name = QStringLiteral("tecnico_en_camino"))
    {
        return agent->post(
            QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(conversationId),
            {{QStringLiteral("client_id"), clientId},
             {QStringLiteral("template"),
              QJsonObject{
                  {QStringLiteral("name"), name},
                  {QStringLiteral("language"), QStringLiteral("es")},
                  {QStringLiteral("parameters"),
                   QJsonObject{{QStringLiteral("body"),
                                name == QLatin1String("promo_ok")
                                    ? QJsonArray{QStringLiteral("Ana")}
                                    : QJsonArray{QStringLiteral("Ana"), QStringLiteral("Jorge"),
                                                 QStringLiteral("10:30")}}}}}}});
    }

    QString errorCode(const test::HttpResult &r)
    {
        return r.json()[QStringLiteral("error")][QStringLiteral("code")].toString();
    }

    QJsonArray events(const QString &type, qint64 conversationId)
    {
        QJsonArray out;
        for (const auto &v : agent->get(QStringLiteral("/api/events?after=0&limit=5000"))
                                 .json()
                                 .value(QStringLiteral("events"))
                                 .toArray()) {
            if (v[QStringLiteral("type")].toString() == type &&
                v[QStringLiteral("conversation_id")].toInteger() == conversationId)
                out.append(v);
        }
        return out;
    }

    test::HttpResult agentAction(qint64 conversationId, const QJsonObject &body)
    {
        return agent->post(
            QStringLiteral("/api/whatsapp/conversations/%1/consent").arg(conversationId), body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(fx.start());
        QVERIFY(fx.createUser(QStringLiteral("ana"), domain::Role::Agent,
                              QStringLiteral("password-ana")));
        QVERIFY(fx.createUser(QStringLiteral("sol"), domain::Role::Supervisor,
                              QStringLiteral("password-sol")));
        agent = std::make_unique<HttpClient>(fx.relayUrl());
        supervisor = std::make_unique<HttpClient>(fx.relayUrl());
        agent->setToken(fx.login(QStringLiteral("ana"), QStringLiteral("password-ana")));
        supervisor->setToken(fx.login(QStringLiteral("sol"), QStringLiteral("password-sol")));
        fx.simulator()->templates().upsert(metasim::MessageTemplate::fromJson(
            QJsonDocument::fromJson(
                R"({"name":"promo_ok","language":"es","category":"MARKETING","components":[{"type":"BODY","text":"Hola {{1}}, este mes su mantenimiento tiene precio especial.","example":{"body_text":[["Ana"]]}}]})")
                .object()));
        const auto sync = supervisor->post(QStringLiteral("/api/templates/sync"), {});
        QCOMPARE(sync.status, 200);
    }

    void firstMessageIsAnOptIn()
    {
        const qint64 id =
            customerWrites(QStringLiteral("5215540000001"),
                           QStringLiteral("Hola, necesito una visita"), QStringLiteral("Rosa"));
        QVERIFY(id > 0);
        QJsonObject l = ledger(id);
        QCOMPARE(l[QStringLiteral("consent")][QStringLiteral("state")].toString(),
                 QStringLiteral("opted_in"));
        QCOMPARE(l[QStringLiteral("consent")][QStringLiteral("source")].toString(),
                 QStringLiteral("customer_message"));
        QCOMPARE(l[QStringLiteral("contact")][QStringLiteral("name")].toString(),
                 QStringLiteral("Rosa"));
        const QJsonArray history = l[QStringLiteral("history")].toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0][QStringLiteral("action")].toString(), QStringLiteral("opt_in"));
        QCOMPARE(history[0][QStringLiteral("conversation_id")].toInteger(), id);
        QVERIFY(history[0][QStringLiteral("message_id")].toInteger() > 0);
        QVERIFY(!history[0][QStringLiteral("note")].toString().isEmpty());
        // Writing again records nothing new; the event told clients once.
        customerWrites(QStringLiteral("5215540000001"), QStringLiteral("¿Me confirman?"));
        QCOMPARE(ledger(id)[QStringLiteral("history")].toArray().size(), 1);
        QCOMPARE(events(QStringLiteral("consent.updated"), id).size(), 1);
        QCOMPARE(sendTemplate(id, QStringLiteral("c-first")).status, 202);
    }

    void keywordOptOutConfirmsAndBlocksTemplates_data()
    {
        QTest::addColumn<QString>("waId");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("es keyword")
            << QStringLiteral("5215540000011") << QStringLiteral("BAJA") << QStringLiteral("es");
        QTest::newRow("pt keyword")
            << QStringLiteral("5511940000012") << QStringLiteral("Sair") << QStringLiteral("pt");
        QTest::newRow("en keyword")
            << QStringLiteral("16502530013") << QStringLiteral("STOP") << QStringLiteral("en");
        QTest::newRow("es phrase")
            << QStringLiteral("5215540000014")
            << QStringLiteral("Ya no necesito nada, por favor no me escriban más.")
            << QStringLiteral("es");
    }

    void keywordOptOutConfirmsAndBlocksTemplates()
    {
        QFETCH(QString, waId);
        QFETCH(QString, text);
        QFETCH(QString, language);
        const qint64 id = customerWrites(waId, QStringLiteral("Hola"));
        customerWrites(waId, text);
        const QString confirmation =
            whatsapp::ConsentMessages::confirmation(ConsentAction::OptOut, language);
        QTRY_COMPARE_WITH_TIMEOUT(textsTo(waId), QStringList{confirmation}, 5000);

        const QJsonObject l = ledger(id);
        QCOMPARE(l[QStringLiteral("consent")][QStringLiteral("state")].toString(),
                 QStringLiteral("opted_out"));
        QVERIFY(
            !l[QStringLiteral("consent")][QStringLiteral("templates")][QStringLiteral("allowed")]
                 .toBool());
        const QJsonObject record = latestRecord(id);
        QCOMPARE(record[QStringLiteral("action")].toString(), QStringLiteral("opt_out"));
        QCOMPARE(record[QStringLiteral("source")].toString(), QStringLiteral("keyword"));
        QCOMPARE(record[QStringLiteral("keyword")].toString(), text);
        QCOMPARE(record[QStringLiteral("language")].toString(), language);
        // The confirmation is an ordinary outbound message of the thread.
        const QJsonArray replies = events(QStringLiteral("message.new"), id);
        QCOMPARE(replies
                     .last()[QStringLiteral("payload")][QStringLiteral("message")]
                            [QStringLiteral("text")]
                     .toString(),
                 confirmation);
        QCOMPARE(replies
                     .last()[QStringLiteral("payload")][QStringLiteral("message")]
                            [QStringLiteral("author")]
                     .toString(),
                 QStringLiteral("recado"));
        QCOMPARE(events(QStringLiteral("consent.updated"), id).size(), 2);

        // Templates are refused, whichever way they are asked for.
        const auto friendly = sendTemplate(id, QStringLiteral("c-out-1-") + waId);
        QCOMPARE(friendly.status, 422);
        QCOMPARE(errorCode(friendly), QStringLiteral("opted_out"));
        QVERIFY(
            friendly.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
                text)); // says how
        const auto raw = agent->post(
            QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(id),
            {{QStringLiteral("client_id"), QStringLiteral("c-out-2-") + waId},
             {QStringLiteral("kind"), QStringLiteral("template")},
             {QStringLiteral("content"),
              QJsonObject{{QStringLiteral("template"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("hello_world")},
                                       {QStringLiteral("language"),
                                        QJsonObject{{QStringLiteral("code"),
                                                     QStringLiteral("en_US")}}}}}}}});
        QCOMPARE(errorCode(raw), QStringLiteral("opted_out"));
        const auto direct = agent->post(
            QStringLiteral("/api/whatsapp/messages"),
            {{QStringLiteral("client_id"), QStringLiteral("c-out-3-") + waId},
             {QStringLiteral("to"), QLatin1Char('+') + waId},
             {QStringLiteral("template"),
              QJsonObject{{QStringLiteral("name"), QStringLiteral("tecnico_en_camino")},
                          {QStringLiteral("parameters"),
                           QJsonObject{{QStringLiteral("body"),
                                        QJsonArray{QStringLiteral("a"), QStringLiteral("b"),
                                                   QStringLiteral("c")}}}}}}});
        QCOMPARE(direct.status, 422);
        QCOMPARE(errorCode(direct), QStringLiteral("opted_out"));
        // A free-form answer in the open window is the customer's own conversation.
        QCOMPARE(agent
                     ->post(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(id),
                            {{QStringLiteral("client_id"), QStringLiteral("c-out-4-") + waId},
                             {QStringLiteral("text"), QStringLiteral("Entendido.")}})
                     .status,
                 202);
    }

    void writingAgainOptsBackIn()
    {
        const QString waId = QStringLiteral("5215540000011"); // opted out with BAJA above
        const qint64 id = conversationOf.value(waId);
        QCOMPARE(errorCode(sendTemplate(id, QStringLiteral("c-again-0"))),
                 QStringLiteral("opted_out"));
        QTest::qWait(1100); // Meta's message times are in seconds: this message must come later
        customerWrites(waId, QStringLiteral("¿A qué hora llega el técnico mañana?"));
        const QJsonObject record = latestRecord(id);
        QCOMPARE(record[QStringLiteral("action")].toString(), QStringLiteral("opt_in"));
        QCOMPARE(record[QStringLiteral("source")].toString(), QStringLiteral("customer_message"));
        QCOMPARE(ledger(id)[QStringLiteral("consent")][QStringLiteral("state")].toString(),
                 QStringLiteral("opted_in"));
        QCOMPARE(sendTemplate(id, QStringLiteral("c-again-1")).status, 202);
        QTest::qWait(300);
        QCOMPARE(textsTo(waId).size(),
                 2); // the opt-out confirmation and "Entendido.": no opt-in chatter
    }

    void optInKeywordIsConfirmed()
    {
        const QString waId = QStringLiteral("5511940000012"); // opted out with Sair above
        const qint64 id = conversationOf.value(waId);
        customerWrites(waId, QStringLiteral("VOLTAR"));
        const QString confirmation =
            whatsapp::ConsentMessages::confirmation(ConsentAction::OptIn, QStringLiteral("pt"));
        QTRY_VERIFY_WITH_TIMEOUT(textsTo(waId).contains(confirmation), 5000);
        const QJsonObject record = latestRecord(id);
        QCOMPARE(record[QStringLiteral("action")].toString(), QStringLiteral("opt_in"));
        QCOMPARE(record[QStringLiteral("source")].toString(), QStringLiteral("keyword"));
        QCOMPARE(sendTemplate(id, QStringLiteral("c-optin-1")).status, 202);
    }

    void ambiguousWordsAskAnAgent()
    {
        const QString waId = QStringLiteral("5215540000021");
        const qint64 id = customerWrites(waId, QStringLiteral("Hola"));
        customerWrites(waId, QStringLiteral("Cancelar"));
        const QJsonArray review = events(QStringLiteral("consent.review"), id);
        QCOMPARE(review.size(), 1);
        QCOMPARE(
            review[0][QStringLiteral("payload")][QStringLiteral("suggested_action")].toString(),
            QStringLiteral("opt_out"));
        QVERIFY(review[0][QStringLiteral("payload")][QStringLiteral("message")].toString().contains(
            QStringLiteral("Cancelar")));
        QCOMPARE(ledger(id)[QStringLiteral("history")].toArray().size(),
                 1); // only the first message
        QCOMPARE(sendTemplate(id, QStringLiteral("c-ambiguous")).status, 202);
        QTest::qWait(200);
        QVERIFY(textsTo(waId).isEmpty());
    }

    void agentRecordsOptOutAndOptIn()
    {
        const QString waId = QStringLiteral("5215540000031");
        const qint64 id = customerWrites(waId, QStringLiteral("Buenas tardes"));
        QCOMPARE(agentAction(id, {{QStringLiteral("action"), QStringLiteral("maybe")}}).status,
                 400);
        QCOMPARE(
            errorCode(agentAction(id, {{QStringLiteral("action"), QStringLiteral("opt_out")},
                                       {QStringLiteral("source"), QStringLiteral("keyword")}})),
            QStringLiteral("invalid_source"));
        QCOMPARE(errorCode(agentAction(
                     id, {{QStringLiteral("action"), QStringLiteral("opt_out")},
                          {QStringLiteral("at"), QStringLiteral("2999-01-01T00:00:00Z")}})),
                 QStringLiteral("invalid_time"));
        QCOMPARE(
            errorCode(agentAction(id, {{QStringLiteral("action"), QStringLiteral("opt_out")},
                                       {QStringLiteral("note"), QString(501, QLatin1Char('x'))}})),
            QStringLiteral("note_too_long"));
        QCOMPARE(
            agentAction(999999, {{QStringLiteral("action"), QStringLiteral("opt_out")}}).status,
            404);

        const auto out =
            agentAction(id, {{QStringLiteral("action"), QStringLiteral("opt_out")},
                             {QStringLiteral("source"), QStringLiteral("agent_verbal")},
                             {QStringLiteral("note"), QStringLiteral("Lo pidió por teléfono")}});
        QCOMPARE(out.status, 201);
        QCOMPARE(out.json()[QStringLiteral("confirmation")].toString(), QStringLiteral("queued"));
        QCOMPARE(out.json()[QStringLiteral("record")][QStringLiteral("agent")].toString(),
                 QStringLiteral("ana"));
        QCOMPARE(out.json()[QStringLiteral("consent")][QStringLiteral("state")].toString(),
                 QStringLiteral("opted_out"));
        const QString confirmation =
            whatsapp::ConsentMessages::confirmation(ConsentAction::OptOut, QStringLiteral("es"));
        QTRY_COMPARE_WITH_TIMEOUT(textsTo(waId), QStringList{confirmation}, 5000);
        const auto refused = sendTemplate(id, QStringLiteral("c-agent-1"));
        QCOMPARE(errorCode(refused), QStringLiteral("opted_out"));
        QVERIFY2(
            refused.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
                QStringLiteral("agent ana")),
            refused.body.constData());

        const auto in =
            agentAction(id, {{QStringLiteral("action"), QStringLiteral("opt_in")},
                             {QStringLiteral("source"), QStringLiteral("agent_verbal")}});
        QCOMPARE(in.status, 201);
        QCOMPARE(in.json()[QStringLiteral("confirmation")].toString(),
                 QStringLiteral("not_requested"));
        QCOMPARE(sendTemplate(id, QStringLiteral("c-agent-2")).status, 202);
        QCOMPARE(events(QStringLiteral("consent.updated"), id).size(), 3);
    }

    void agentOptOutOutsideTheWindowSendsNothing()
    {
        const QString waId = QStringLiteral("5215540000041");
        const qint64 id = customerWrites(waId, QStringLiteral("Hola"));
        QSqlQuery q(fx.relay()->database().db());
        const qint64 old = QDateTime::currentMSecsSinceEpoch() - 25LL * 3600 * 1000;
        QVERIFY(q.exec(QStringLiteral("UPDATE conversations SET last_inbound_at = %1 WHERE id = %2")
                           .arg(old)
                           .arg(id)));
        const auto out = agentAction(id, {{QStringLiteral("action"), QStringLiteral("opt_out")}});
        QCOMPARE(out.status, 201);
        QCOMPARE(out.json()[QStringLiteral("confirmation")].toString(),
                 QStringLiteral("window_closed"));
        QVERIFY(out.json()[QStringLiteral("confirmation_message")].isNull());
        QCOMPARE(errorCode(sendTemplate(id, QStringLiteral("c-closed-1"))),
                 QStringLiteral("opted_out"));
        QTest::qWait(200);
        QVERIFY(textsTo(waId).isEmpty());
    }

    void marketingNeedsAnExplicitOptIn()
    {
        const qint64 id = customerWrites(QStringLiteral("5215540000051"),
                                         QStringLiteral("Hola, ¿tienen promociones?"));
        const auto refused =
            sendTemplate(id, QStringLiteral("c-mkt-1"), QStringLiteral("promo_ok"));
        QCOMPARE(refused.status, 422);
        QCOMPARE(errorCode(refused), QStringLiteral("no_marketing_opt_in"));
        const QJsonObject preview =
            agent
                ->post(QStringLiteral("/api/templates/preview"),
                       {{QStringLiteral("name"), QStringLiteral("promo_ok")},
                        {QStringLiteral("language"), QStringLiteral("es")},
                        {QStringLiteral("conversation_id"), id},
                        {QStringLiteral("parameters"),
                         QJsonObject{{QStringLiteral("body"), QJsonArray{QStringLiteral("Ana")}}}}})
                .json();
        QCOMPARE(preview[QStringLiteral("consent")][QStringLiteral("code")].toString(),
                 QStringLiteral("no_marketing_opt_in"));
        QVERIFY(!preview[QStringLiteral("sendable")].toBool());
        QCOMPARE(agentAction(id, {{QStringLiteral("action"), QStringLiteral("opt_in")},
                                  {QStringLiteral("source"), QStringLiteral("web_form")},
                                  {QStringLiteral("at"),
                                   QDateTime::currentDateTimeUtc().addSecs(-3600).toString(
                                       Qt::ISODateWithMs)}})
                     .status,
                 201);
        QCOMPARE(sendTemplate(id, QStringLiteral("c-mkt-2"), QStringLiteral("promo_ok")).status,
                 202);
        QVERIFY(ledger(id)[QStringLiteral("consent")][QStringLiteral("marketing")]
                          [QStringLiteral("allowed")]
                              .toBool());
    }

    void redeliveredKeywordIsRecordedOnce()
    {
        const QString waId = QStringLiteral("5215540000061");
        customerWrites(waId, QStringLiteral("Hola"));
        const qint64 ts = QDateTime::currentSecsSinceEpoch();
        const QJsonObject env{
            {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), QString::fromLatin1(RelayFixture::kWabaId)},
                 {QStringLiteral("changes"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("field"), QStringLiteral("messages")},
                      {QStringLiteral("value"),
                       QJsonObject{
                           {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                           {QStringLiteral("metadata"),
                            QJsonObject{{QStringLiteral("phone_number_id"),
                                         QString::fromLatin1(RelayFixture::kPhoneNumberId)}}},
                           {QStringLiteral("contacts"),
                            QJsonArray{QJsonObject{{QStringLiteral("wa_id"), waId}}}},
                           {QStringLiteral("messages"),
                            QJsonArray{QJsonObject{
                                {QStringLiteral("from"), waId},
                                {QStringLiteral("id"), QStringLiteral("wamid.consent-redelivery")},
                                {QStringLiteral("timestamp"), QString::number(ts)},
                                {QStringLiteral("type"), QStringLiteral("text")},
                                {QStringLiteral("text"),
                                 QJsonObject{
                                     {QStringLiteral("body"), QStringLiteral("baja")}}}}}}}}}}}}}}};
        const QByteArray body = QJsonDocument(env).toJson(QJsonDocument::Compact);
        HttpClient meta(fx.relayUrl());
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(meta.postWebhook(body, RelayFixture::kAppSecret).status, 200);
        }
        QSqlQuery q(fx.relay()->database().db());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT COUNT(*) FROM consent_events WHERE action = 'opt_out' AND message_id = "
                    "(SELECT id FROM messages WHERE wamid = 'wamid.consent-redelivery')")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM messages WHERE client_id = "
                                      "'consent:wamid.consent-redelivery'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void historyIsVisibleAndExportable()
    {
        const QString waId = QStringLiteral("5215540000071");
        const qint64 id =
            customerWrites(waId, QStringLiteral("Hola"), QStringLiteral("Marta, \"la del 5\""));
        // Imported with the time the customer gave consent elsewhere.
        QCOMPARE(
            agentAction(id,
                        {{QStringLiteral("action"), QStringLiteral("opt_in")},
                         {QStringLiteral("source"), QStringLiteral("import")},
                         {QStringLiteral("at"),
                          QDateTime::currentDateTimeUtc().addDays(-30).toString(Qt::ISODateWithMs)},
                         {QStringLiteral("note"), QStringLiteral("=HYPERLINK(\"http://x\")")}})
                .status,
            201);
        customerWrites(waId, QStringLiteral("STOP"), QStringLiteral("Marta, \"la del 5\""));
        const QJsonObject l = ledger(id);
        const qint64 contactId = l[QStringLiteral("contact")][QStringLiteral("id")].toInteger();
        QVERIFY(contactId > 0);
        const QJsonArray history = l[QStringLiteral("history")].toArray();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0][QStringLiteral("source")].toString(),
                 QStringLiteral("import")); // by when it happened
        QCOMPARE(history[1][QStringLiteral("source")].toString(),
                 QStringLiteral("customer_message"));
        QCOMPARE(history[2][QStringLiteral("source")].toString(), QStringLiteral("keyword"));
        QCOMPARE(agent->get(QStringLiteral("/api/contacts/%1/consent").arg(contactId))
                     .json()[QStringLiteral("history")]
                     .toArray(),
                 history);

        const auto csv = agent->get(QStringLiteral("/api/contacts/%1/consent.csv").arg(contactId));
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.header("Content-Type").startsWith("text/csv"));
        QVERIFY(csv.header("Content-Disposition").contains("attachment"));
        const QList<QByteArray> lines = csv.body.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith("id,contact_id,phone,name,at,action,source"));
        QVERIFY(lines[1].contains("\"Marta, \"\"la del 5\"\"\""));       // quoted per RFC 4180
        QVERIFY(lines[1].contains("\"'=HYPERLINK(\"\"http://x\"\")\"")); // a formula is defused
        QVERIFY(lines[3].contains(",opt_out,keyword,"));
        QVERIFY(lines[3].contains(",STOP,en,"));

        QCOMPARE(agent->get(QStringLiteral("/api/contacts/999999/consent")).status, 404);
        QCOMPARE(agent->get(QStringLiteral("/api/contacts/999999/consent.csv")).status, 404);
        QCOMPARE(agent->get(QStringLiteral("/api/consent/export")).status, 403);
        const auto all = supervisor->get(QStringLiteral("/api/consent/export"));
        QCOMPARE(all.status, 200);
        QSqlQuery q(fx.relay()->database().db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM consent_events")) && q.next());
        QCOMPARE(all.json()[QStringLiteral("records")].toArray().size(), q.value(0).toInt());
        const auto allCsv = supervisor->get(QStringLiteral("/api/consent/export?format=csv"));
        QCOMPARE(allCsv.body.trimmed().split('\n').size(), q.value(0).toInt() + 1);
        QCOMPARE(supervisor->get(QStringLiteral("/api/consent/export?since=2999-01-01T00:00:00Z"))
                     .json()[QStringLiteral("records")]
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(supervisor->get(QStringLiteral("/api/consent/export?since=yesterday")).status,
                 400);
        QCOMPARE(supervisor->get(QStringLiteral("/api/consent/export?format=xml")).status, 400);
    }

    void routesNeedAToken()
    {
        HttpClient anon(fx.relayUrl());
        QCOMPARE(anon.get(QStringLiteral("/api/contacts/1/consent")).status, 401);
        QCOMPARE(anon.get(QStringLiteral("/api/contacts/1/consent.csv")).status, 401);
        QCOMPARE(anon.get(QStringLiteral("/api/consent/export")).status, 401);
        QCOMPARE(anon.get(QStringLiteral("/api/whatsapp/conversations/1/consent")).status, 401);
        QCOMPARE(anon.post(QStringLiteral("/api/whatsapp/conversations/1/consent"), {}).status,
                 401);
    }
};

QTEST_GUILESS_MAIN(TestRelayConsent)
#include "tst_relay_consent.moc"
