// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's template library against the simulator: sync with paging, status webhooks,
// submission, preview, validation errors through the API, the exact Graph body of each component
// kind, and every template error code's way to the agent.
#include "HttpClient.h"
#include "RelayFixture.h"
#include "core/protocol/JsonCodec.h"
#include "core/whatsapp/GraphErrors.h"
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

namespace {

// JSON below writes "https:\/\/" (a valid JSON escape): moc does not know raw string literals
// and would take a "//" inside one for a comment, losing the test class.
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

//! Templates the seed catalogue lacks: a text header with a variable, media headers, buttons.
QList<metasim::MessageTemplate> extraTemplates()
{
    QList<metasim::MessageTemplate> out;
    for (const char *json : {
             R"({"name":"aviso_pedido","language":"es","category":"UTILITY","components":[
                 {"type":"HEADER","format":"TEXT","text":"Pedido {{1}}","example":{"header_text":["A-1"]}},
                 {"type":"BODY","text":"Hola {{1}}, su pedido {{2}} está listo para entrega.","example":{"body_text":[["Ana","A-1"]]}}]})",
             R"({"name":"foto_trabajo","language":"es","category":"UTILITY","components":[
                 {"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW1n"]}},
                 {"type":"BODY","text":"Hola {{1}}, así quedó el trabajo terminado.","example":{"body_text":[["Ana"]]}}]})",
             R"({"name":"seguimiento_visita","language":"es","category":"UTILITY","components":[
                 {"type":"BODY","text":"Su visita {{1}} ya tiene técnico asignado.","example":{"body_text":[["SR-1"]]}},
                 {"type":"BUTTONS","buttons":[
                    {"type":"URL","text":"Seguir visita","url":"https:\/\/recado.example/v/{{1}}","example":["https:\/\/recado.example/v/SR-1"]},
                    {"type":"QUICK_REPLY","text":"Entendido"}]}]})",
             R"({"name":"promo_ok","language":"es","category":"MARKETING","components":[
                 {"type":"BODY","text":"Hola {{1}}, este mes su mantenimiento tiene precio especial.","example":{"body_text":[["Ana"]]}}]})"}) {
        out.append(metasim::MessageTemplate::fromJson(parse(json)));
    }
    return out;
}

} // namespace

class TestRelayTemplates : public QObject
{
    Q_OBJECT

    RelayFixture fx;
    std::unique_ptr<HttpClient> agent;
    std::unique_ptr<HttpClient> supervisor;
    std::unique_ptr<HttpClient> admin;
    qint64 conversation = 0; // Ana, who wrote a moment ago
    static constexpr int kBulkTemplates = 130;

    qint64 customerWrites(const QString &waId, const QString &name, const QString &text)
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
        return stored ? id : 0;
    }

    QJsonObject libraryTemplate(const QString &name, const QString &language)
    {
        const QJsonArray list =
            agent->get(QStringLiteral("/api/templates?name=%1&language=%2").arg(name, language))
                .json()
                .value(QStringLiteral("templates"))
                .toArray();
        return list.isEmpty() ? QJsonObject() : list.first().toObject();
    }

    test::HttpResult sendTemplate(qint64 conversationId, const QString &clientId,
                                  const QJsonObject &spec)
    {
        return agent->post(
            QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(conversationId),
            {{QStringLiteral("client_id"), clientId}, {QStringLiteral("template"), spec}});
    }

    QJsonObject storedMessage(qint64 conversationId, qint64 messageId)
    {
        const QJsonArray list =
            agent
                ->get(QStringLiteral("/api/whatsapp/conversations/%1/messages?limit=500")
                          .arg(conversationId))
                .json()
                .value(QStringLiteral("messages"))
                .toArray();
        for (const auto &v : list) {
            if (v.toObject().value(QStringLiteral("id")).toInteger() == messageId)
                return v.toObject();
        }
        return {};
    }

    QJsonArray eventsAfter(qint64 seq, const QString &type)
    {
        QJsonArray out;
        for (const auto &v : agent->get(QStringLiteral("/api/events?after=%1&limit=5000").arg(seq))
                                 .json()
                                 .value(QStringLiteral("events"))
                                 .toArray()) {
            if (v.toObject().value(QStringLiteral("type")).toString() == type)
                out.append(v);
        }
        return out;
    }

    qint64 lastSeq()
    {
        return agent->get(QStringLiteral("/api/events?after=0&limit=1"))
            .json()
            .value(QStringLiteral("last_seq"))
            .toInteger();
    }

    QJsonObject sync()
    {
        const auto r = supervisor->post(QStringLiteral("/api/templates/sync"), {});
        return r.status == 200 ? r.json().value(QStringLiteral("sync")).toObject()
                               : QJsonObject{{QStringLiteral("status"), r.status}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(fx.start());
        QVERIFY(fx.createUser(QStringLiteral("ana"), domain::Role::Agent,
                              QStringLiteral("password-ana")));
        QVERIFY(fx.createUser(QStringLiteral("sol"), domain::Role::Supervisor,
                              QStringLiteral("password-sol")));
        QVERIFY(fx.createUser(QStringLiteral("root"), domain::Role::Admin,
                              QStringLiteral("password-root")));
        agent = std::make_unique<HttpClient>(fx.relayUrl());
        supervisor = std::make_unique<HttpClient>(fx.relayUrl());
        admin = std::make_unique<HttpClient>(fx.relayUrl());
        agent->setToken(fx.login(QStringLiteral("ana"), QStringLiteral("password-ana")));
        supervisor->setToken(fx.login(QStringLiteral("sol"), QStringLiteral("password-sol")));
        admin->setToken(fx.login(QStringLiteral("root"), QStringLiteral("password-root")));
        for (const auto &t : extraTemplates())
            fx.simulator()->templates().upsert(t);
        // Enough templates that the relay's pages of 100 need a second page.
        for (int i = 0; i < kBulkTemplates; ++i) {
            metasim::MessageTemplate t = metasim::MessageTemplate::fromJson(parse(
                R"({"category":"UTILITY","components":[{"type":"BODY","text":"Aviso general del servicio."}]})"));
            t.name = QStringLiteral("aviso_%1").arg(i, 3, 10, QLatin1Char('0'));
            t.language = QStringLiteral("es");
            fx.simulator()->templates().upsert(t);
        }
        conversation = customerWrites(QStringLiteral("5215530000001"), QStringLiteral("Ana Pérez"),
                                      QStringLiteral("Hola, ¿cuándo viene el técnico?"));
        QVERIFY(conversation > 0);
    }

    void syncReadsEveryPage()
    {
        const QJsonObject result = sync();
        QVERIFY2(result.value(QStringLiteral("ok")).toBool(),
                 QJsonDocument(result).toJson().constData());
        const int total = int(fx.simulator()->templates().all().size());
        QCOMPARE(total, 12 + 4 + kBulkTemplates);
        QCOMPARE(result.value(QStringLiteral("listed")).toInt(), total);
        QCOMPARE(result.value(QStringLiteral("pages")).toInt(), 2);
        const auto list = agent->get(QStringLiteral("/api/templates"));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value(QStringLiteral("templates")).toArray().size(), total);
        QVERIFY(list.json()[QStringLiteral("sync")][QStringLiteral("ok")].toBool());
        QVERIFY(!libraryTemplate(QStringLiteral("aviso_129"), QStringLiteral("es"))
                     .isEmpty()); // from page 2

        // Nothing changed at Meta: a second sync changes nothing and says so.
        const QJsonObject again = sync();
        QCOMPARE(again.value(QStringLiteral("changed")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("removed")).toInt(), 0);
    }

    void syncReportsChangesAndDeletions()
    {
        const qint64 seq = lastSeq();
        QVERIFY(fx.simulator()->templates().remove(QStringLiteral("aviso_000")));
        metasim::MessageTemplate *edited =
            fx.simulator()->templates().find(QStringLiteral("aviso_001"), QStringLiteral("es"));
        QVERIFY(edited);
        edited->components =
            QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                   {QStringLiteral("text"), QStringLiteral("Aviso nuevo.")}}};
        const QJsonObject result = sync();
        QCOMPARE(result.value(QStringLiteral("removed")).toInt(), 1);
        QCOMPARE(result.value(QStringLiteral("changed")).toInt(), 2);
        const QJsonObject gone = libraryTemplate(QStringLiteral("aviso_000"), QStringLiteral("es"));
        QCOMPARE(gone.value(QStringLiteral("status")).toString(), QStringLiteral("DELETED"));
        QVERIFY(!gone.value(QStringLiteral("sendable")).toBool());
        QVERIFY(gone.value(QStringLiteral("status_detail"))
                    .toString()
                    .contains(QStringLiteral("no longer lists")));
        const QJsonArray events = eventsAfter(seq, QStringLiteral("template.updated"));
        QCOMPARE(events.size(), 2);
        QStringList names;
        for (const auto &e : events)
            names
                << e[QStringLiteral("payload")][QStringLiteral("template")][QStringLiteral("name")]
                       .toString();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("aviso_000"), QStringLiteral("aviso_001")}));
    }

    void listFiltersAndStatusReasons()
    {
        const QJsonArray rejected = agent->get(QStringLiteral("/api/templates?status=rejected"))
                                        .json()
                                        .value(QStringLiteral("templates"))
                                        .toArray();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected[0][QStringLiteral("name")].toString(),
                 QStringLiteral("encuesta_satisfaccion"));
        QCOMPARE(rejected[0][QStringLiteral("rejected_reason")].toString(),
                 QStringLiteral("PROMOTIONAL"));
        QVERIFY(rejected[0][QStringLiteral("status_detail")].toString().contains(
            QStringLiteral("PROMOTIONAL")));
        const QJsonArray paused = agent->get(QStringLiteral("/api/templates?status=PAUSED"))
                                      .json()
                                      .value(QStringLiteral("templates"))
                                      .toArray();
        QCOMPARE(paused.size(), 1);
        QVERIFY(paused[0][QStringLiteral("status_detail")].toString().contains(
            QStringLiteral("paused")));
        QCOMPARE(agent->get(QStringLiteral("/api/templates?language=pt_BR"))
                     .json()
                     .value(QStringLiteral("templates"))
                     .toArray()
                     .size(),
                 2);
        const QJsonArray en =
            agent->get(QStringLiteral("/api/templates?status=approved&language=en"))
                .json()
                .value(QStringLiteral("templates"))
                .toArray();
        QCOMPARE(en.size(), 2);
        for (const auto &v : en)
            QVERIFY(v[QStringLiteral("sendable")].toBool());
    }

    void statusWebhooksUpdateTheLibraryLive()
    {
        const qint64 seq = lastSeq();
        QVERIFY(fx.simulator()->setTemplateStatus(QStringLiteral("tecnico_en_camino"),
                                                  QStringLiteral("en"), QStringLiteral("PAUSED")));
        QTRY_COMPARE_WITH_TIMEOUT(libraryTemplate(QStringLiteral("tecnico_en_camino"),
                                                  QStringLiteral("en"))[QStringLiteral("status")]
                                      .toString(),
                                  QStringLiteral("PAUSED"), 5000);
        const QJsonArray events = eventsAfter(seq, QStringLiteral("template.updated"));
        QCOMPARE(events.size(), 1);
        const QJsonObject payload = events[0][QStringLiteral("payload")].toObject();
        QCOMPARE(payload[QStringLiteral("field")].toString(),
                 QStringLiteral("message_template_status_update"));
        QCOMPARE(payload[QStringLiteral("template")][QStringLiteral("status")].toString(),
                 QStringLiteral("PAUSED"));
        QVERIFY(payload[QStringLiteral("message")].toString().contains(QStringLiteral("paused")));

        // Sending it now says why, in the words of the webhook.
        const auto paused =
            sendTemplate(conversation, QStringLiteral("tpl-paused"),
                         {{QStringLiteral("name"), QStringLiteral("tecnico_en_camino")},
                          {QStringLiteral("language"), QStringLiteral("en")},
                          {QStringLiteral("parameters"),
                           QJsonObject{{QStringLiteral("body"),
                                        QJsonArray{QStringLiteral("Ana"), QStringLiteral("Mike"),
                                                   QStringLiteral("10:30")}}}}});
        QCOMPARE(paused.status, 422);
        QCOMPARE(paused.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("template_not_approved"));
        QVERIFY(
            paused.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
                QStringLiteral("paused")));

        QVERIFY(fx.simulator()->setTemplateStatus(QStringLiteral("tecnico_en_camino"),
                                                  QStringLiteral("en"), QStringLiteral("REJECTED"),
                                                  QStringLiteral("INVALID_FORMAT")));
        QTRY_COMPARE_WITH_TIMEOUT(
            libraryTemplate(QStringLiteral("tecnico_en_camino"),
                            QStringLiteral("en"))[QStringLiteral("rejected_reason")]
                .toString(),
            QStringLiteral("INVALID_FORMAT"), 5000);
        QVERIFY(libraryTemplate(QStringLiteral("tecnico_en_camino"),
                                QStringLiteral("en"))[QStringLiteral("status_detail")]
                    .toString()
                    .contains(QStringLiteral("INVALID_FORMAT")));

        QVERIFY(fx.simulator()->setTemplateStatus(
            QStringLiteral("tecnico_en_camino"), QStringLiteral("en"), QStringLiteral("APPROVED")));
        QTRY_VERIFY_WITH_TIMEOUT(libraryTemplate(QStringLiteral("tecnico_en_camino"),
                                                 QStringLiteral("en"))[QStringLiteral("sendable")]
                                     .toBool(),
                                 5000);
        const QJsonObject back =
            libraryTemplate(QStringLiteral("tecnico_en_camino"), QStringLiteral("en"));
        QCOMPARE(back[QStringLiteral("status_detail")].toString(), QString());
        QVERIFY(!back.contains(QStringLiteral("rejected_reason")));
        // A later sync does not undo what the webhooks said (Meta agrees here anyway).
        QCOMPARE(sync().value(QStringLiteral("changed")).toInt(), 0);
    }

    void qualityAndCategoryWebhooks()
    {
        const QJsonObject t =
            libraryTemplate(QStringLiteral("confirmacion_cita"), QStringLiteral("pt_BR"));
        const qint64 id = t[QStringLiteral("id")].toString().toLongLong();
        fx.simulator()->postWebhook(QJsonObject{
            {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), QString::fromLatin1(RelayFixture::kWabaId)},
                 {QStringLiteral("changes"),
                  QJsonArray{QJsonObject{{QStringLiteral("field"),
                                          QStringLiteral("message_template_quality_update")},
                                         {QStringLiteral("value"),
                                          QJsonObject{{QStringLiteral("previous_quality_score"),
                                                       QStringLiteral("GREEN")},
                                                      {QStringLiteral("new_quality_score"),
                                                       QStringLiteral("YELLOW")},
                                                      {QStringLiteral("message_template_id"), id},
                                                      {QStringLiteral("message_template_name"),
                                                       QStringLiteral("confirmacion_cita")},
                                                      {QStringLiteral("message_template_language"),
                                                       QStringLiteral("pt_BR")}}}},
                             QJsonObject{{QStringLiteral("field"),
                                          QStringLiteral("template_category_update")},
                                         {QStringLiteral("value"),
                                          QJsonObject{{QStringLiteral("message_template_id"), id},
                                                      {QStringLiteral("message_template_name"),
                                                       QStringLiteral("confirmacion_cita")},
                                                      {QStringLiteral("message_template_language"),
                                                       QStringLiteral("pt_BR")},
                                                      {QStringLiteral("previous_category"),
                                                       QStringLiteral("UTILITY")},
                                                      {QStringLiteral("new_category"),
                                                       QStringLiteral("MARKETING")}}}}}}}}}});
        QTRY_COMPARE_WITH_TIMEOUT(
            libraryTemplate(QStringLiteral("confirmacion_cita"),
                            QStringLiteral("pt_BR"))[QStringLiteral("category")]
                .toString(),
            QStringLiteral("MARKETING"), 5000);
        QCOMPARE(
            libraryTemplate(
                QStringLiteral("confirmacion_cita"),
                QStringLiteral("pt_BR"))[QStringLiteral("quality_score")][QStringLiteral("score")]
                .toString(),
            QStringLiteral("YELLOW"));
    }

    void submitShippedTemplateAndApprovalArrives()
    {
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("appointment_confirmation")},
                               {QStringLiteral("language"), QStringLiteral("es")}};
        QCOMPARE(agent->post(QStringLiteral("/api/templates"), body).status, 403);
        QCOMPARE(supervisor->post(QStringLiteral("/api/templates"), body).status, 403);
        QSignalSpy created(fx.simulator(), &metasim::MetaSimulator::templateCreated);
        const auto r = admin->post(QStringLiteral("/api/templates"), body);
        QCOMPARE(r.status, 201);
        const QJsonObject t = r.json().value(QStringLiteral("template")).toObject();
        QCOMPARE(t[QStringLiteral("status")].toString(), QStringLiteral("PENDING"));
        QCOMPARE(t[QStringLiteral("origin")].toString(), QStringLiteral("submitted"));
        QCOMPARE(t[QStringLiteral("submitted_by")].toString(), QStringLiteral("root"));
        QVERIFY(!t[QStringLiteral("status_detail")].toString().isEmpty()); // "still being reviewed"
        QCOMPARE(created.size(), 1);
        const metasim::MessageTemplate *atMeta = fx.simulator()->templates().find(
            QStringLiteral("appointment_confirmation"), QStringLiteral("es"));
        QVERIFY(atMeta);
        QCOMPARE(atMeta->id, t[QStringLiteral("id")].toString());
        QVERIFY(!QJsonDocument(atMeta->components).toJson().contains("recado_parameters"));
        // Meta's review arrives as a webhook a moment later.
        QTRY_COMPARE_WITH_TIMEOUT(libraryTemplate(QStringLiteral("appointment_confirmation"),
                                                  QStringLiteral("es"))[QStringLiteral("status")]
                                      .toString(),
                                  QStringLiteral("APPROVED"), 5000);
        // The library copy carries our parameter labels and sources.
        QCOMPARE(libraryTemplate(QStringLiteral("appointment_confirmation"),
                                 QStringLiteral("es"))[QStringLiteral("recado_parameters")]
                     .toArray()
                     .size(),
                 6);

        const auto again = admin->post(QStringLiteral("/api/templates"), body);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("template_exists"));
        QCOMPARE(admin
                     ->post(QStringLiteral("/api/templates"),
                            {{QStringLiteral("name"), QStringLiteral("nope")},
                             {QStringLiteral("language"), QStringLiteral("es")}})
                     .status,
                 404);

        const QJsonArray shipped = agent->get(QStringLiteral("/api/templates/shipped"))
                                       .json()
                                       .value(QStringLiteral("templates"))
                                       .toArray();
        QCOMPARE(shipped.size(), 14);
        int submitted = 0;
        for (const auto &v : shipped) {
            QVERIFY(!v[QStringLiteral("example")].toString().isEmpty());
            if (v[QStringLiteral("library")].isObject()) {
                ++submitted;
                QCOMPARE(v[QStringLiteral("library")][QStringLiteral("status")].toString(),
                         QStringLiteral("APPROVED"));
            }
        }
        QCOMPARE(submitted,
                 2); // appointment_confirmation (es) and solicitud_recibida_cliente (in the seed)
    }

    void rejectedReviewShowsMetasReason()
    {
        fx.simulator()->setNextTemplateReview(QStringLiteral("REJECTED"),
                                              QStringLiteral("INCORRECT_CATEGORY"));
        const auto r = admin->post(QStringLiteral("/api/templates"),
                                   {{QStringLiteral("name"), QStringLiteral("reschedule_offer")},
                                    {QStringLiteral("language"), QStringLiteral("pt_BR")}});
        QCOMPARE(r.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(libraryTemplate(QStringLiteral("reschedule_offer"),
                                                  QStringLiteral("pt_BR"))[QStringLiteral("status")]
                                      .toString(),
                                  QStringLiteral("REJECTED"), 5000);
        const QJsonObject t =
            libraryTemplate(QStringLiteral("reschedule_offer"), QStringLiteral("pt_BR"));
        QCOMPARE(t[QStringLiteral("rejected_reason")].toString(),
                 QStringLiteral("INCORRECT_CATEGORY"));
        QVERIFY(t[QStringLiteral("status_detail")].toString().contains(
            QStringLiteral("INCORRECT_CATEGORY")));
        const QJsonArray shipped = agent->get(QStringLiteral("/api/templates/shipped"))
                                       .json()
                                       .value(QStringLiteral("templates"))
                                       .toArray();
        for (const auto &v : shipped) {
            if (v[QStringLiteral("name")].toString() == QLatin1String("reschedule_offer") &&
                v[QStringLiteral("language")].toString() == QLatin1String("pt_BR"))
                QVERIFY(v[QStringLiteral("library")][QStringLiteral("status_detail")]
                            .toString()
                            .contains(QStringLiteral("INCORRECT_CATEGORY")));
        }
        // ... and in a preview and a refused send.
        const QJsonObject spec{{QStringLiteral("name"), QStringLiteral("reschedule_offer")},
                               {QStringLiteral("language"), QStringLiteral("pt_BR")}};
        const QJsonArray issues = agent->post(QStringLiteral("/api/templates/preview"), spec)
                                      .json()
                                      .value(QStringLiteral("issues"))
                                      .toArray();
        bool status = false;
        for (const auto &v : issues) {
            if (v[QStringLiteral("rule")].toString() == QLatin1String("send.status")) {
                status = true;
                QCOMPARE(v[QStringLiteral("message")].toString(),
                         t[QStringLiteral("status_detail")].toString());
            }
        }
        QVERIFY(status);
        const auto refused = sendTemplate(conversation, QStringLiteral("tpl-rejected"), spec);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json()[QStringLiteral("error")][QStringLiteral("message")].toString(),
                 t[QStringLiteral("status_detail")].toString());
    }

    void invalidDefinitionsAreRefusedWithRuleAndPlace_data()
    {
        QTest::addColumn<QByteArray>("definition");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("where");
        QTest::newRow("name")
            << QByteArray(
                   R"({"name":"Aviso Cliente","language":"es","category":"UTILITY","components":[{"type":"BODY","text":"Hola."}]})")
            << s("name.format") << s("template");
        QTest::newRow("trailing variable")
            << QByteArray(
                   R"({"name":"x_trailing","language":"es","category":"UTILITY","components":[{"type":"BODY","text":"Su código es {{1}}","example":{"body_text":[["A1"]]}}]})")
            << s("body.trailing_variable") << s("body {{1}}");
        QTest::newRow("sequence")
            << QByteArray(
                   R"({"name":"x_gap","language":"es","category":"UTILITY","components":[{"type":"BODY","text":"Hola {{1}}, su visita {{3}} sigue en pie.","example":{"body_text":[["a","b"]]}}]})")
            << s("variables.sequence") << s("body {{2}}");
        QTest::newRow("button text")
            << QByteArray(
                   R"({"name":"x_button","language":"es","category":"UTILITY","components":[{"type":"BODY","text":"Hola."},{"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Este texto es demasiado largo para un botón"}]}]})")
            << s("button.text_length") << s("buttons[0]");
        QTest::newRow("language")
            << QByteArray(
                   R"({"name":"x_lang","language":"es-MX","category":"UTILITY","components":[{"type":"BODY","text":"Hola."}]})")
            << s("language.unknown") << s("template");
    }

    void invalidDefinitionsAreRefusedWithRuleAndPlace()
    {
        QFETCH(QByteArray, definition);
        QFETCH(QString, rule);
        QFETCH(QString, where);
        QSignalSpy created(fx.simulator(), &metasim::MetaSimulator::templateCreated);
        const auto r = admin->post(
            QStringLiteral("/api/templates"),
            {{QStringLiteral("definition"), QJsonDocument::fromJson(definition).object()}});
        QCOMPARE(r.status, 422);
        const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error[QStringLiteral("code")].toString(), QStringLiteral("template_invalid"));
        bool found = false;
        for (const auto &v : error[QStringLiteral("issues")].toArray()) {
            if (v[QStringLiteral("rule")].toString() == rule) {
                found = true;
                QCOMPARE(v[QStringLiteral("where")].toString(), where);
                QVERIFY(!v[QStringLiteral("message")].toString().isEmpty());
                QVERIFY(error[QStringLiteral("message")].toString().contains(
                            v[QStringLiteral("message")].toString()) ||
                        error[QStringLiteral("issues")].toArray().size() > 1);
            }
        }
        QVERIFY2(found, QJsonDocument(error).toJson().constData());
        QCOMPARE(created.size(), 0); // Meta was never bothered
        // The preview of the same definition reports the same rule without sending anything.
        const auto preview = agent->post(
            QStringLiteral("/api/templates/preview"),
            {{QStringLiteral("definition"), QJsonDocument::fromJson(definition).object()}});
        QCOMPARE(preview.status, 200);
        QVERIFY(QJsonDocument(preview.json()[QStringLiteral("issues")].toArray())
                    .toJson()
                    .contains(rule.toUtf8()));
        QVERIFY(!preview.json()[QStringLiteral("sendable")].toBool());
    }

    void invalidSendsAreRefusedWithRuleAndPlace()
    {
        QSignalSpy sent(fx.simulator(), &metasim::MetaSimulator::messageSent);
        // One value missing, one with a line break.
        auto r = sendTemplate(
            conversation, QStringLiteral("tpl-bad-1"),
            {{QStringLiteral("name"), QStringLiteral("tecnico_en_camino")},
             {QStringLiteral("language"), QStringLiteral("es")},
             {QStringLiteral("parameters"),
              QJsonObject{{QStringLiteral("body"),
                           QJsonArray{QStringLiteral("Ana"), QStringLiteral("Jorge\nPérez")}}}}});
        QCOMPARE(r.status, 422);
        QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error[QStringLiteral("code")].toString(), QStringLiteral("template_invalid"));
        QStringList found;
        for (const auto &v : error[QStringLiteral("issues")].toArray())
            found << v[QStringLiteral("rule")].toString() + QLatin1Char('@') +
                         v[QStringLiteral("where")].toString();
        QVERIFY2(found.contains(QStringLiteral("send.param_whitespace@body {{2}}")),
                 qPrintable(found.join(QLatin1Char(' '))));
        QVERIFY2(found.contains(QStringLiteral("send.param_empty@body {{3}}")),
                 qPrintable(found.join(QLatin1Char(' '))));

        r = sendTemplate(
            conversation, QStringLiteral("tpl-bad-2"),
            {{QStringLiteral("name"), QStringLiteral("foto_trabajo")},
             {QStringLiteral("language"), QStringLiteral("es")},
             {QStringLiteral("parameters"),
              QJsonObject{{QStringLiteral("body"), QJsonArray{QStringLiteral("Ana")}}}}});
        QCOMPARE(r.status, 422);
        QCOMPARE(
            r.json()[QStringLiteral("error")][QStringLiteral("issues")][0][QStringLiteral("rule")]
                .toString(),
            QStringLiteral("send.header_media_missing"));

        r = sendTemplate(conversation, QStringLiteral("tpl-bad-3"),
                         {{QStringLiteral("name"), QStringLiteral("no_such_template")}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("template_unknown"));

        r = sendTemplate(conversation, QStringLiteral("tpl-bad-4"),
                         {{QStringLiteral("name"), QStringLiteral("tecnico_en_camino")},
                          {QStringLiteral("language"), QStringLiteral("es")},
                          {QStringLiteral("parameters"),
                           QJsonObject{{QStringLiteral("body"), QJsonArray{QJsonObject{}}}}}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("invalid_parameters"));

        // A raw Graph object naming a template the library knows is not approved.
        r = agent->post(
            QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(conversation),
            {{QStringLiteral("client_id"), QStringLiteral("tpl-bad-5")},
             {QStringLiteral("kind"), QStringLiteral("template")},
             {QStringLiteral("content"),
              QJsonObject{{QStringLiteral("template"),
                           parse(R"({"name":"promo_mantenimiento","language":{"code":"es"}})")}}}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("template_not_approved"));
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("status")].toString(),
                 QStringLiteral("PAUSED"));

        QTest::qWait(200);
        QCOMPARE(sent.size(), 0);
        QSqlQuery q(fx.relay()->database().db());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT COUNT(*) FROM messages WHERE client_id LIKE 'tpl-bad-%'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void previewFillsFromTheLinkedServiceRequest()
    {
        const auto sr =
            agent->post(QStringLiteral("/api/service-requests"),
                        {{QStringLiteral("service_type"), QStringLiteral("mantenimiento de PTAR")},
                         {QStringLiteral("customer_name"), QStringLiteral("Ana Pérez")},
                         {QStringLiteral("contact_phone"), QStringLiteral("+52 55 3000 0001")}});
        QCOMPARE(sr.status, 201);
        const QString srId =
            sr.json()[QStringLiteral("service_request")][QStringLiteral("id")].toString();
        QCOMPARE(agent
                     ->post(QStringLiteral("/api/whatsapp/conversations/%1/link").arg(conversation),
                            {{QStringLiteral("service_request_id"), srId}})
                     .status,
                 200);

        const QJsonObject body{
            {QStringLiteral("name"), QStringLiteral("appointment_confirmation")},
            {QStringLiteral("language"), QStringLiteral("es")},
            {QStringLiteral("conversation_id"), conversation},
            {QStringLiteral("values"), QJsonObject{{QStringLiteral("appointment.date"),
                                                    QStringLiteral("martes 17 de marzo")}}}};
        auto r = agent->post(QStringLiteral("/api/templates/preview"), body);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json()[QStringLiteral("sendable")].toBool()); // the time window is still missing
        const QJsonArray issues = r.json()[QStringLiteral("issues")].toArray();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0][QStringLiteral("rule")].toString(), QStringLiteral("send.param_empty"));
        QCOMPARE(issues[0][QStringLiteral("where")].toString(), QStringLiteral("body {{4}}"));
        QVERIFY(r.json()[QStringLiteral("rendered")][QStringLiteral("body")].toString().startsWith(
            QStringLiteral("Hola Ana Pérez, su visita de mantenimiento de PTAR está programada "
                           "para el martes 17 de marzo, entre las {{4}}.")));
        QVERIFY(r.json()[QStringLiteral("consent")][QStringLiteral("allowed")].toBool());

        QJsonObject complete = body;
        complete.insert(QStringLiteral("parameters"),
                        QJsonObject{{QStringLiteral("body"),
                                     QJsonArray{QJsonValue(), QJsonValue(), QJsonValue(),
                                                QStringLiteral("9:00 y las 12:00")}}});
        r = agent->post(QStringLiteral("/api/templates/preview"), complete);
        QVERIFY(r.json()[QStringLiteral("sendable")].toBool());
        QCOMPARE(r.json()[QStringLiteral("issues")].toArray().size(), 0);
        // Quick replies carry the shipped payloads, the same in every language.
        const QJsonArray components =
            r.json()[QStringLiteral("graph")][QStringLiteral("components")].toArray();
        QCOMPARE(components.size(), 3);
        QCOMPARE(
            components[1][QStringLiteral("parameters")][0][QStringLiteral("payload")].toString(),
            QStringLiteral("appointment_confirm"));

        // Sent for real, the message text is what the customer reads.
        complete.remove(QStringLiteral("conversation_id"));
        QSignalSpy sent(fx.simulator(), &metasim::MetaSimulator::messageSent);
        const auto queued = sendTemplate(conversation, QStringLiteral("tpl-appointment"), complete);
        QCOMPARE(queued.status, 202);
        const QString text =
            queued.json()[QStringLiteral("message")][QStringLiteral("text")].toString();
        QVERIFY(text.startsWith(QStringLiteral(
            "Confirmación de visita\n\nHola Ana Pérez, su visita de mantenimiento de PTAR")));
        QVERIFY(text.endsWith(QStringLiteral("Responda a este mensaje si tiene alguna pregunta.")));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 5000);
        QCOMPARE(sent[0][0].toJsonObject()[QStringLiteral("template")].toObject(),
                 r.json()[QStringLiteral("graph")].toObject());
        QCOMPARE(agent
                     ->post(QStringLiteral("/api/whatsapp/conversations/%1/link").arg(conversation),
                            {{QStringLiteral("service_request_id"), QJsonValue()}})
                     .status,
                 200);
    }

    void eachComponentKindReachesMetaExactly_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("body params, text header without variable")
            << QByteArray(
                   R"({"name":"tecnico_en_camino","language":"es","parameters":{"body":["Ana","Jorge","10:30"]}})")
            << QByteArray(R"({"name":"tecnico_en_camino","language":{"code":"es"},"components":[
                  {"type":"body","parameters":[{"type":"text","text":"Ana"},{"type":"text","text":"Jorge"},{"type":"text","text":"10:30"}]}]})");
        QTest::newRow("text header variable, body by name of order")
            << QByteArray(
                   R"({"name":"aviso_pedido","language":"es","parameters":{"header":"A-77","body":["Ana","A-77"]}})")
            << QByteArray(R"({"name":"aviso_pedido","language":{"code":"es"},"components":[
                  {"type":"header","parameters":[{"type":"text","text":"A-77"}]},
                  {"type":"body","parameters":[{"type":"text","text":"Ana"},{"type":"text","text":"A-77"}]}]})");
        QTest::newRow("image header")
            << QByteArray(
                   R"({"name":"foto_trabajo","language":"es","parameters":{"header":{"link":"https:\/\/recado.example/f/1.jpg"},"body":["Ana"]}})")
            << QByteArray(R"({"name":"foto_trabajo","language":{"code":"es"},"components":[
                  {"type":"header","parameters":[{"type":"image","image":{"link":"https:\/\/recado.example/f/1.jpg"}}]},
                  {"type":"body","parameters":[{"type":"text","text":"Ana"}]}]})");
        QTest::newRow("document header")
            << QByteArray(
                   R"({"name":"factura_disponible","language":"es","parameters":{"header":{"link":"https:\/\/recado.example/f/F-2207.pdf","filename":"F-2207.pdf"},"body":["Ana","F-2207","$1,250.00 MXN"]}})")
            << QByteArray(R"({"name":"factura_disponible","language":{"code":"es"},"components":[
                  {"type":"header","parameters":[{"type":"document","document":{"link":"https:\/\/recado.example/f/F-2207.pdf","filename":"F-2207.pdf"}}]},
                  {"type":"body","parameters":[{"type":"text","text":"Ana"},{"type":"text","text":"F-2207"},{"type":"text","text":"$1,250.00 MXN"}]}]})");
        QTest::newRow("url and quick-reply button params")
            << QByteArray(
                   R"({"name":"seguimiento_visita","language":"es","parameters":{"body":["SR-9"],"buttons":["SR-9",{"index":1,"value":"visit_ok_sr9"}]}})")
            << QByteArray(R"({"name":"seguimiento_visita","language":{"code":"es"},"components":[
                  {"type":"body","parameters":[{"type":"text","text":"SR-9"}]},
                  {"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"SR-9"}]},
                  {"type":"button","sub_type":"quick_reply","index":"1","parameters":[{"type":"payload","payload":"visit_ok_sr9"}]}]})");
        QTest::newRow("language from the base code")
            << QByteArray(
                   R"({"name":"tecnico_en_camino","language":"pt","parameters":{"body":["Ana","Carlos","10:30"]}})")
            << QByteArray(R"({"name":"tecnico_en_camino","language":{"code":"pt_BR"},"components":[
                  {"type":"body","parameters":[{"type":"text","text":"Ana"},{"type":"text","text":"Carlos"},{"type":"text","text":"10:30"}]}]})");
    }

    void eachComponentKindReachesMetaExactly()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QByteArray, expected);
        static int n = 0;
        QSignalSpy sent(fx.simulator(), &metasim::MetaSimulator::messageSent);
        const auto r = sendTemplate(conversation, QStringLiteral("tpl-kind-%1").arg(++n),
                                    QJsonDocument::fromJson(spec).object());
        QCOMPARE(r.status, 202);
        const QJsonObject message = r.json().value(QStringLiteral("message")).toObject();
        QCOMPARE(message[QStringLiteral("kind")].toString(), QStringLiteral("template"));
        QVERIFY(!message[QStringLiteral("text")].toString().contains(QStringLiteral("{{")));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 5000);
        const QJsonObject body = sent[0][0].toJsonObject();
        QCOMPARE(body[QStringLiteral("messaging_product")].toString(), QStringLiteral("whatsapp"));
        QCOMPARE(body[QStringLiteral("recipient_type")].toString(), QStringLiteral("individual"));
        QCOMPARE(body[QStringLiteral("to")].toString(), QStringLiteral("5215530000001"));
        QCOMPARE(body[QStringLiteral("type")].toString(), QStringLiteral("template"));
        QCOMPARE(QJsonDocument(body[QStringLiteral("template")].toObject())
                     .toJson(QJsonDocument::Compact),
                 QJsonDocument(QJsonDocument::fromJson(expected).object())
                     .toJson(QJsonDocument::Compact));
        // Meta accepted it; the thread shows it sent with the rendered text.
        const qint64 id = message[QStringLiteral("id")].toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(
            storedMessage(conversation, id)[QStringLiteral("status")].toString() !=
                QLatin1String("queued"),
            5000);
        QVERIFY(storedMessage(conversation, id)[QStringLiteral("status")].toString() !=
                QLatin1String("failed"));
    }

    void templateErrorsReachTheAgentInWords_data()
    {
        QTest::addColumn<int>("code");
        for (int code : {132000, 132001, 132005, 132007, 132012, 132015, 132016, 132068, 132069,
                         131047, 131049, 131050, 130472, 131008, 131009})
            QTest::newRow(qPrintable(QString::number(code))) << code;
    }

    void templateErrorsReachTheAgentInWords()
    {
        QFETCH(int, code);
        fx.simulator()->injectFault(QStringLiteral("/messages"), 400, 1, code);
        const auto r = sendTemplate(
            conversation, QStringLiteral("tpl-err-%1").arg(code),
            parse(
                R"({"name":"tecnico_en_camino","language":"es","parameters":{"body":["Ana","Jorge","10:30"]}})"));
        QCOMPARE(r.status, 202);
        const qint64 id = r.json()[QStringLiteral("message")][QStringLiteral("id")].toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(
            storedMessage(conversation, id)[QStringLiteral("status")].toString(),
            QStringLiteral("failed"), 5000);
        const QJsonObject error =
            storedMessage(conversation, id)[QStringLiteral("error")].toObject();
        QCOMPARE(error[QStringLiteral("code")].toInt(), code);
        const QString words = whatsapp::explainGraphError(code).explanation;
        QVERIFY(!words.contains(
            QStringLiteral("error %1").arg(code))); // a real explanation, not the fallback
        QCOMPARE(error[QStringLiteral("details")].toString(), words);
        QVERIFY(!error[QStringLiteral("title")].toString().isEmpty());
    }

    void templateErrorsFromMetasOwnChecksAndLateStatuses()
    {
        // Raw Graph objects skip our validator: the simulator's catalogue checks answer.
        const auto count = agent->post(
            QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(conversation),
            {{QStringLiteral("client_id"), QStringLiteral("tpl-raw-count")},
             {QStringLiteral("kind"), QStringLiteral("template")},
             {QStringLiteral("content"),
              QJsonObject{
                  {QStringLiteral("template"),
                   parse(
                       R"({"name":"tecnico_en_camino","language":{"code":"es"},"components":[{"type":"body","parameters":[{"type":"text","text":"Ana"}]}]})")}}}});
        QCOMPARE(count.status, 202);
        const qint64 countId =
            count.json()[QStringLiteral("message")][QStringLiteral("id")].toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(
            storedMessage(conversation, countId)[QStringLiteral("status")].toString(),
            QStringLiteral("failed"), 5000);
        QCOMPARE(
            storedMessage(conversation, countId)[QStringLiteral("error")][QStringLiteral("code")]
                .toInt(),
            132000);
        QCOMPARE(
            storedMessage(conversation, countId)[QStringLiteral("error")][QStringLiteral("details")]
                .toString(),
            whatsapp::explainGraphError(132000).explanation);

        // A value with a line break that got past a client: Meta's generic 100 with details.
        metasim::Fault f;
        f.path = QStringLiteral("/messages");
        f.httpStatus = 400;
        f.metaCode = 100;
        f.details = QStringLiteral(
            "Param text cannot have new-line/tab characters or more than 4 consecutive spaces");
        fx.simulator()->injectFault(f);
        const auto ws = sendTemplate(
            conversation, QStringLiteral("tpl-err-ws"),
            parse(
                R"({"name":"tecnico_en_camino","language":"es","parameters":{"body":["Ana","Jorge","10:30"]}})"));
        const qint64 wsId = ws.json()[QStringLiteral("message")][QStringLiteral("id")].toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(
            storedMessage(conversation, wsId)[QStringLiteral("status")].toString(),
            QStringLiteral("failed"), 5000);
        QCOMPARE(
            storedMessage(conversation, wsId)[QStringLiteral("error")][QStringLiteral("details")]
                .toString(),
            whatsapp::explainGraphError(100, 400, f.details).explanation);

        // A failure Meta reports later by webhook is explained the same way. (Its own sent/
        // delivered statuses come late here: a failure never overrides "delivered".)
        fx.simulator()->setStatusDelayMs(3000);
        QSignalSpy sent(fx.simulator(), &metasim::MetaSimulator::messageSent);
        const auto late = sendTemplate(
            conversation, QStringLiteral("tpl-late"),
            parse(
                R"({"name":"tecnico_en_camino","language":"es","parameters":{"body":["Ana","Jorge","10:30"]}})"));
        const qint64 lateId =
            late.json()[QStringLiteral("message")][QStringLiteral("id")].toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 5000);
        QVERIFY(
            fx.simulator()->postStatus(sent[0][1].toString(), QStringLiteral("failed"), 132015));
        QTRY_COMPARE_WITH_TIMEOUT(
            storedMessage(conversation, lateId)[QStringLiteral("status")].toString(),
            QStringLiteral("failed"), 5000);
        QCOMPARE(
            storedMessage(conversation, lateId)[QStringLiteral("error")][QStringLiteral("code")]
                .toInt(),
            132015);
        QCOMPARE(
            storedMessage(conversation, lateId)[QStringLiteral("error")][QStringLiteral("details")]
                .toString(),
            whatsapp::explainGraphError(132015).explanation);
        fx.simulator()->setStatusDelayMs(60);
    }

    void templateOutsideTheWindowAndToANewNumber()
    {
        // The window is for free text only: a template starts a conversation.
        QSqlQuery q(fx.relay()->database().db());
        const qint64 old = QDateTime::currentMSecsSinceEpoch() - 30LL * 3600 * 1000;
        const qint64 other = customerWrites(QStringLiteral("5215530000002"), QStringLiteral("Luis"),
                                            QStringLiteral("Gracias"));
        QVERIFY(q.exec(QStringLiteral("UPDATE conversations SET last_inbound_at = %1 WHERE id = %2")
                           .arg(old)
                           .arg(other)));
        fx.simulator()->setLastInbound(QStringLiteral("5215530000002"),
                                       QDateTime::currentDateTimeUtc().addSecs(-30 * 3600));
        QCOMPARE(agent
                     ->post(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(other),
                            {{QStringLiteral("client_id"), QStringLiteral("late-text")},
                             {QStringLiteral("text"), QStringLiteral("¿Sigue ahí?")}})
                     .status,
                 422);
        QSignalSpy sent(fx.simulator(), &metasim::MetaSimulator::messageSent);
        QCOMPARE(
            sendTemplate(
                other, QStringLiteral("late-tpl"),
                parse(
                    R"({"name":"solicitud_recibida_cliente","language":"es","parameters":{"body":["Luis","SR-3"]}})"))
                .status,
            202);
        // Our own message never extends the window: only the customer's last message counts.
        const QJsonObject after =
            agent->get(QStringLiteral("/api/whatsapp/conversations/%1").arg(other)).json();
        QVERIFY(!after[QStringLiteral("window")][QStringLiteral("open")].toBool());
        QCOMPARE(
            protocol::fromIsoTime(
                after[QStringLiteral("conversation")][QStringLiteral("last_inbound_at")].toString())
                .toMSecsSinceEpoch(),
            old);
        QCOMPARE(agent
                     ->post(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(other),
                            {{QStringLiteral("client_id"), QStringLiteral("late-text-2")},
                             {QStringLiteral("text"), QStringLiteral("¿Recibió la plantilla?")}})
                     .status,
                 422);

        const auto direct = agent->post(
            QStringLiteral("/api/whatsapp/messages"),
            {{QStringLiteral("client_id"), QStringLiteral("direct-tpl")},
             {QStringLiteral("to"), QStringLiteral("+55 11 98888 7777")},
             {QStringLiteral("template"),
              parse(
                  R"({"name":"tecnico_en_camino","language":"pt_BR","parameters":{"body":["Paula","Carlos","14:00"]}})")}});
        QCOMPARE(direct.status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(sent.size() >= 2, 5000);
        bool found = false;
        for (const auto &args : sent)
            found = found || args[0].toJsonObject()[QStringLiteral("to")].toString() ==
                                 QLatin1String("5511988887777");
        QVERIFY(found);
    }

    void rolesAndTokensOnTemplateRoutes()
    {
        HttpClient anon(fx.relayUrl());
        QCOMPARE(anon.get(QStringLiteral("/api/templates")).status, 401);
        QCOMPARE(anon.get(QStringLiteral("/api/templates/shipped")).status, 401);
        QCOMPARE(anon.post(QStringLiteral("/api/templates/preview"), {}).status, 401);
        QCOMPARE(anon.post(QStringLiteral("/api/templates/sync"), {}).status, 401);
        QCOMPARE(anon.post(QStringLiteral("/api/templates"), {}).status, 401);
        QCOMPARE(agent->post(QStringLiteral("/api/templates/sync"), {}).status, 403);
        QCOMPARE(agent->post(QStringLiteral("/api/templates"), {}).status, 403);
        QCOMPARE(admin->post(QStringLiteral("/api/templates"), {}).status, 400);
    }

    void syncFailureIsReportedInWords()
    {
        fx.simulator()->injectFault(QStringLiteral("/message_templates"), 503, 1);
        const auto r = supervisor->post(QStringLiteral("/api/templates/sync"), {});
        QCOMPARE(r.status, 502);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("sync_failed"));
        QVERIFY(!r.json()[QStringLiteral("error")][QStringLiteral("message")].toString().isEmpty());
        // The library is untouched and the failure is visible with it.
        const auto list = agent->get(QStringLiteral("/api/templates?status=approved"));
        QVERIFY(list.json().value(QStringLiteral("templates")).toArray().size() > 100);
        QVERIFY(!list.json()[QStringLiteral("sync")][QStringLiteral("ok")].toBool());
        QVERIFY(sync().value(QStringLiteral("ok")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestRelayTemplates)
#include "tst_relay_templates.moc"
