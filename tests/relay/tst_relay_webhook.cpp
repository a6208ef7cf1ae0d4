// SPDX-License-Identifier: GPL-3.0-or-later
// Meta -> relay: handshake, signatures, body limits, every inbound kind, redelivery, statuses.
#include "HttpClient.h"
#include "RelayFixture.h"
#include "core/whatsapp/WebhookSignature.h"
#include "relay/Relay.h"
#include "relay/store/Database.h"
#include "tools/metasim/MetaSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace recado;
using test::HttpClient;
using test::RelayFixture;

class TestRelayWebhook : public QObject
{
    Q_OBJECT

    RelayFixture fx;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<HttpClient> api;

    static QByteArray envelope(const QJsonObject &value)
    {
        const QJsonObject env{
            {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), QString::fromLatin1(RelayFixture::kWabaId)},
                 {QStringLiteral("changes"),
                  QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                         {QStringLiteral("value"), value}}}}}}}};
        return QJsonDocument(env).toJson(QJsonDocument::Compact);
    }

    static QJsonObject textValue(const QString &from, const QString &wamid, const QString &body,
                                 qint64 ts)
    {
        return QJsonObject{
            {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("phone_number_id"),
                          QString::fromLatin1(RelayFixture::kPhoneNumberId)}}},
            {QStringLiteral("contacts"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("profile"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("Cliente")}}},
                             {QStringLiteral("wa_id"), from}}}},
            {QStringLiteral("messages"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("from"), from},
                 {QStringLiteral("id"), wamid},
                 {QStringLiteral("timestamp"), QString::number(ts)},
                 {QStringLiteral("type"), QStringLiteral("text")},
                 {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}}}}};
    }

    test::HttpResult postSigned(const QByteArray &body,
                                const QByteArray &secret = RelayFixture::kAppSecret)
    {
        return http->postWebhook(body, secret);
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(fx.relay()->database().db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QJsonArray conversations(const QString &query = QStringLiteral("status=all"))
    {
        return api->get(QStringLiteral("/api/whatsapp/conversations?") + query)
            .json()
            .value(QStringLiteral("conversations"))
            .toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(fx.start());
        QVERIFY(fx.createUser(QStringLiteral("ana"), domain::Role::Agent,
                              QStringLiteral("password-ana")));
        http = std::make_unique<HttpClient>(fx.relayUrl());
        api = std::make_unique<HttpClient>(fx.relayUrl());
        api->setToken(fx.login(QStringLiteral("ana"), QStringLiteral("password-ana")));
    }

    void verificationHandshake()
    {
        auto ok = http->get(
            QStringLiteral(
                "/webhook?hub.mode=subscribe&hub.verify_token=%1&hub.challenge=1158201444")
                .arg(QString::fromLatin1(RelayFixture::kVerifyToken)));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, QByteArray("1158201444"));
        QCOMPARE(
            http->get(QStringLiteral(
                          "/webhook?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1"))
                .status,
            403);
        QCOMPARE(http->get(QStringLiteral(
                               "/webhook?hub.mode=unsubscribe&hub.verify_token=%1&hub.challenge=1")
                               .arg(QString::fromLatin1(RelayFixture::kVerifyToken)))
                     .status,
                 403);
    }

    void wrongOrMissingSignatureStoresNothing()
    {
        const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM webhook_log"));
        const QByteArray body =
            envelope(textValue(QStringLiteral("5215511110000"), QStringLiteral("wamid.sig1"),
                               QStringLiteral("hola"), 1700000000));
        QCOMPARE(
            http->postRaw(QStringLiteral("/webhook"), body, {{"Content-Type", "application/json"}})
                .status,
            401);
        QCOMPARE(postSigned(body, "not-the-secret").status, 401);
        auto tampered = body;
        tampered.replace("hola", "HOLA");
        QCOMPARE(http->postRaw(QStringLiteral("/webhook"), tampered,
                               {{"X-Hub-Signature-256",
                                 whatsapp::signatureHeader(body, RelayFixture::kAppSecret)}})
                     .status,
                 401);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM webhook_log")), before);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE wamid = 'wamid.sig1'")),
                 0);
    }

    void oversizedBodyIs413()
    {
        QByteArray big(3 * 1024 * 1024 + 10, ' ');
        big[0] = '{';
        big[big.size() - 1] = '}';
        QCOMPARE(postSigned(big).status, 413);
        // Just under Meta's maximum is accepted (here: well-formed JSON padded with spaces).
        QByteArray fits =
            envelope(textValue(QStringLiteral("5215511110001"), QStringLiteral("wamid.big"),
                               QStringLiteral("x"), 1700000000));
        fits.append(QByteArray(2 * 1024 * 1024, ' '));
        QCOMPARE(postSigned(fits).status, 200);
    }

    void signedInvalidJsonIs400AndKept()
    {
        const QByteArray junk = "{\"object\": \"whatsapp_business_account\", broken";
        const auto r = postSigned(junk);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("invalid_json"));
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM webhook_log WHERE outcome = 'invalid_json'")),
                 1);
    }

    void textCreatesConversationOnceDespiteRedelivery()
    {
        const QByteArray body = envelope(textValue(
            QStringLiteral("5215512345678"), QStringLiteral("wamid.r1"),
            QStringLiteral("¿Viene hoy el técnico?"), QDateTime::currentSecsSinceEpoch()));
        QCOMPARE(postSigned(body).status, 200);
        QCOMPARE(postSigned(body).status, 200); // Meta redelivers
        QCOMPARE(postSigned(body).status, 200);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE wamid = 'wamid.r1'")),
                 1);
        const QJsonArray list = conversations(QStringLiteral("q=5512345678"));
        QCOMPARE(list.size(), 1);
        const QJsonObject c = list.first().toObject();
        QCOMPARE(c.value(QStringLiteral("unread_count")).toInt(), 1);
        QCOMPARE(c.value(QStringLiteral("phone")).toString(), QStringLiteral("+525512345678"));
        QCOMPARE(c.value(QStringLiteral("wa_id")).toString(), QStringLiteral("5215512345678"));
        QCOMPARE(c.value(QStringLiteral("customer_name")).toString(), QStringLiteral("Cliente"));
        QCOMPARE(c.value(QStringLiteral("last_preview")).toString(),
                 QStringLiteral("¿Viene hoy el técnico?"));
        // The raw payload is kept.
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM webhook_log WHERE outcome = 'ok' AND "
                                     "body LIKE '%wamid.r1%'")) >= 1);
    }

    void mexicanMobileInBothFormsIsOneContact()
    {
        // Meta writes a Mexican mobile as 521XXXXXXXXXX or 52XXXXXXXXXX; one person, one
        // contact, one conversation.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(postSigned(
                     envelope(textValue(QStringLiteral("5213398765432"),
                                        QStringLiteral("wamid.mx1"), QStringLiteral("Hola"), now)))
                     .status,
                 200);
        QCOMPARE(postSigned(
                     envelope(textValue(QStringLiteral("523398765432"), QStringLiteral("wamid.mx2"),
                                        QStringLiteral("¿Sigue en pie la visita?"), now + 1)))
                     .status,
                 200);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE phone = '+523398765432'")),
            1);
        const QJsonArray list = conversations(QStringLiteral("q=3398765432"));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("unread_count")).toInt(), 2);
    }

    void everyInboundKindIsStoredWithItsFields_data()
    {
        QTest::addColumn<QJsonObject>("message");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("preview");
        auto m = [](const char *json) { return QJsonDocument::fromJson(json).object(); };
        QTest::newRow("image")
            << m(R"({"type":"image","image":{"id":"1","mime_type":"image/jpeg","sha256":"abc","caption":"lavadora"}})")
            << "image"
            << "[Photo]: lavadora";
        QTest::newRow("video")
            << m(R"({"type":"video","video":{"id":"2","mime_type":"video/mp4"}})") << "video"
            << "[Video]";
        QTest::newRow("voice")
            << m(R"({"type":"audio","audio":{"id":"3","mime_type":"audio/ogg; codecs=opus","voice":true}})")
            << "audio"
            << "[Voice note]";
        QTest::newRow("document")
            << m(R"({"type":"document","document":{"id":"4","filename":"cotizacion.pdf","mime_type":"application/pdf"}})")
            << "document"
            << "[Document] cotizacion.pdf";
        QTest::newRow("sticker")
            << m(R"({"type":"sticker","sticker":{"id":"5","mime_type":"image/webp","animated":true}})")
            << "sticker"
            << "[Sticker]";
        QTest::newRow("location")
            << m(R"({"type":"location","location":{"latitude":19.43,"longitude":-99.13,"name":"Casa","address":"Av. Reforma 1"}})")
            << "location"
            << "[Location] Casa";
        QTest::newRow("contacts")
            << m(R"({"type":"contacts","contacts":[{"name":{"formatted_name":"Juan Pérez"},"phones":[{"phone":"+5215500000000"}]}]})")
            << "contacts"
            << "[Contact] Juan Pérez";
        QTest::newRow("button")
            << m(R"({"type":"button","button":{"payload":"CONFIRM","text":"Confirmar"}})")
            << "button"
            << "Confirmar";
        QTest::newRow("button_reply")
            << m(R"({"type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"b1","title":"Reprogramar"}}})")
            << "interactive"
            << "Reprogramar";
        QTest::newRow("list_reply")
            << m(R"({"type":"interactive","interactive":{"type":"list_reply","list_reply":{"id":"l1","title":"Mañana 9-12","description":"x"}}})")
            << "interactive"
            << "Mañana 9-12";
        QTest::newRow("reaction")
            << m(R"({"type":"reaction","reaction":{"message_id":"wamid.x","emoji":"👍"}})")
            << "reaction"
            << "[Reaction] 👍";
        QTest::newRow("order")
            << m(R"({"type":"order","order":{"catalog_id":"c","product_items":[{"product_retailer_id":"p","quantity":1,"item_price":10,"currency":"MXN"}]}})")
            << "order"
            << "[Order]";
        QTest::newRow("system")
            << m(R"({"type":"system","system":{"body":"Cliente cambió su número","type":"user_changed_number","new_wa_id":"5215599999999"}})")
            << "system"
            << "Cliente cambió su número";
        QTest::newRow("unsupported")
            << m(R"({"type":"unsupported","errors":[{"code":131051,"title":"Message type unknown","error_data":{"details":"Message type is not currently supported"}}]})")
            << "unsupported"
            << "[Unsupported message]";
        QTest::newRow("unknown future type")
            << m(R"({"type":"hologram","hologram":{"x":1}})") << "hologram"
            << "[Unsupported message]";
    }

    void everyInboundKindIsStoredWithItsFields()
    {
        QFETCH(QJsonObject, message);
        QFETCH(QString, kind);
        QFETCH(QString, preview);
        static int n = 0;
        const QString wamid = QStringLiteral("wamid.kind%1").arg(++n);
        message.insert(QStringLiteral("from"), QStringLiteral("5511900000001"));
        message.insert(QStringLiteral("id"), wamid);
        message.insert(QStringLiteral("timestamp"),
                       QString::number(QDateTime::currentSecsSinceEpoch()));
        QJsonObject value = textValue(QStringLiteral("5511900000001"), wamid, QString(), 0);
        value.insert(QStringLiteral("messages"), QJsonArray{message});
        QCOMPARE(postSigned(envelope(value)).status, 200);

        // A number change moves the contact (and its conversation) to the new number.
        const QString newNumber = message.value(QStringLiteral("system"))
                                      .toObject()
                                      .value(QStringLiteral("new_wa_id"))
                                      .toString();
        const QJsonArray list =
            conversations(QStringLiteral("q=") +
                          (newNumber.isEmpty() ? QStringLiteral("5511900000001") : newNumber));
        QCOMPARE(list.size(), 1);
        const qint64 id = list.first().toObject().value(QStringLiteral("id")).toInteger();
        const QJsonArray messages =
            api->get(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(id))
                .json()
                .value(QStringLiteral("messages"))
                .toArray();
        QJsonObject stored;
        for (const auto &v : messages) {
            if (v.toObject().value(QStringLiteral("wamid")).toString() == wamid)
                stored = v.toObject();
        }
        QCOMPARE(stored.value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(stored.value(QStringLiteral("text")).toString(), preview);
        // Every field Meta sent is kept and served.
        const QJsonObject content = stored.value(QStringLiteral("content")).toObject();
        for (auto it = message.begin(); it != message.end(); ++it)
            QCOMPARE(content.value(it.key()), it.value());
        if (kind == QLatin1String("unsupported"))
            QCOMPARE(stored.value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toInt(),
                     131051);
    }

    void statusesOnlyMoveForward()
    {
        // An outbound message the relay sent, then statuses out of order from Meta.
        fx.simulator()->setStatusDelayMs(60000); // keep the simulator's own statuses out of the way
        const QByteArray body =
            envelope(textValue(QStringLiteral("5511900000002"), QStringLiteral("wamid.st0"),
                               QStringLiteral("oi"), QDateTime::currentSecsSinceEpoch()));
        QCOMPARE(postSigned(body).status, 200);
        const qint64 id = conversations(QStringLiteral("q=5511900000002"))
                              .first()
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInteger();
        const auto sent =
            api->post(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(id),
                      QJsonObject{{QStringLiteral("client_id"), QStringLiteral("st-1")},
                                  {QStringLiteral("text"), QStringLiteral("Olá!")}});
        QCOMPARE(sent.status, 202);
        const qint64 messageId = sent.json()
                                     .value(QStringLiteral("message"))
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toInteger();
        QString wamid;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(wamid =
                  [&] {
                      QSqlQuery q(fx.relay()->database().db());
                      q.exec(QStringLiteral("SELECT wamid FROM messages WHERE id = %1")
                                 .arg(messageId));
                      return q.next() ? q.value(0).toString() : QString();
                  }())
                 .isEmpty(),
            5000);
        auto statusHook = [&](const char *status) {
            QJsonObject value{
                {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                {QStringLiteral("metadata"),
                 QJsonObject{{QStringLiteral("phone_number_id"),
                              QString::fromLatin1(RelayFixture::kPhoneNumberId)}}},
                {QStringLiteral("statuses"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("id"), wamid},
                     {QStringLiteral("status"), QString::fromLatin1(status)},
                     {QStringLiteral("timestamp"), QStringLiteral("1700000000")},
                     {QStringLiteral("recipient_id"), QStringLiteral("5511900000002")}}}}};
            return postSigned(envelope(value)).status;
        };
        auto current = [&] {
            QSqlQuery q(fx.relay()->database().db());
            q.exec(QStringLiteral("SELECT status FROM messages WHERE id = %1").arg(messageId));
            return q.next() ? q.value(0).toString() : QString();
        };
        QCOMPARE(statusHook("read"), 200);
        QCOMPARE(current(), QStringLiteral("read"));
        QCOMPARE(statusHook("delivered"), 200); // late
        QCOMPARE(current(), QStringLiteral("read"));
        QCOMPARE(statusHook("sent"), 200);
        QCOMPARE(current(), QStringLiteral("read"));
        fx.simulator()->setStatusDelayMs(60);
    }

    void statusBeforeWamidIsKeptThenApplied()
    {
        // A status for a wamid the relay does not know yet is parked, not lost.
        QJsonObject value{
            {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("phone_number_id"),
                          QString::fromLatin1(RelayFixture::kPhoneNumberId)}}},
            {QStringLiteral("statuses"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("wamid.future")},
                                    {QStringLiteral("status"), QStringLiteral("delivered")},
                                    {QStringLiteral("timestamp"), QStringLiteral("1700000000")}}}}};
        QCOMPARE(postSigned(envelope(value)).status, 200);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM orphan_statuses WHERE wamid = 'wamid.future'")),
                 1);
    }

    void archivedReopensClosedStartsNew()
    {
        const QString from = QStringLiteral("5511900000003");
        QCOMPARE(
            postSigned(envelope(textValue(from, QStringLiteral("wamid.a1"), QStringLiteral("um"),
                                          QDateTime::currentSecsSinceEpoch())))
                .status,
            200);
        const qint64 id = conversations(QStringLiteral("q=") + from)
                              .first()
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInteger();
        QCOMPARE(api->post(QStringLiteral("/api/whatsapp/conversations/%1/status").arg(id),
                           {{QStringLiteral("status"), QStringLiteral("archived")}})
                     .status,
                 200);
        QCOMPARE(
            postSigned(envelope(textValue(from, QStringLiteral("wamid.a2"), QStringLiteral("dois"),
                                          QDateTime::currentSecsSinceEpoch())))
                .status,
            200);
        QJsonArray list = conversations(QStringLiteral("q=") + from);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        QCOMPARE(api->post(QStringLiteral("/api/whatsapp/conversations/%1/status").arg(id),
                           {{QStringLiteral("status"), QStringLiteral("closed")}})
                     .status,
                 200);
        QCOMPARE(
            postSigned(envelope(textValue(from, QStringLiteral("wamid.a3"), QStringLiteral("três"),
                                          QDateTime::currentSecsSinceEpoch())))
                .status,
            200);
        list = conversations(QStringLiteral("q=") + from);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        QVERIFY(list[0].toObject().value(QStringLiteral("id")).toInteger() != id);
        QCOMPARE(list[1].toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("closed"));
    }

    void simulatorTrafficArrives()
    {
        // The simulator builds Meta's envelopes independently of our parser.
        const QString wamid = fx.simulator()->sendCustomerMessage(
            QStringLiteral("5491155550000"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("text"),
                         QJsonObject{{QStringLiteral("body"),
                                      QStringLiteral("Che, ¿a qué hora vienen?")}}}},
            QStringLiteral("Lucía Gómez"));
        QVERIFY(!wamid.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE wamid = '%1'").arg(wamid)), 1,
            5000);
        const QJsonArray list = conversations(QStringLiteral("q=lucía"));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("customer_name")).toString(),
                 QStringLiteral("Lucía Gómez"));
    }

    void templateStatusAndAccountUpdatesBecomeEvents()
    {
        const QJsonObject env{
            {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), QStringLiteral("1")},
                 {QStringLiteral("changes"),
                  QJsonArray{QJsonObject{
                                 {QStringLiteral("field"),
                                  QStringLiteral("message_template_status_update")},
                                 {QStringLiteral("value"),
                                  QJsonObject{{QStringLiteral("event"), QStringLiteral("REJECTED")},
                                              {QStringLiteral("message_template_name"),
                                               QStringLiteral("confirmacion_cita")},
                                              {QStringLiteral("reason"),
                                               QStringLiteral("INVALID_FORMAT")}}}},
                             QJsonObject{{QStringLiteral("field"),
                                          QStringLiteral("phone_number_quality_update")},
                                         {QStringLiteral("value"),
                                          QJsonObject{{QStringLiteral("event"),
                                                       QStringLiteral("FLAGGED")}}}}}}}}}};
        QCOMPARE(postSigned(QJsonDocument(env).toJson(QJsonDocument::Compact)).status, 200);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'template.updated' "
                                      "AND payload LIKE '%INVALID_FORMAT%'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'account.updated' "
                                      "AND payload LIKE '%FLAGGED%'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestRelayWebhook)
#include "tst_relay_webhook.moc"
