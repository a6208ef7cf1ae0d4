// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's webhook side: Meta's envelope for every inbound kind, the signature, Meta's
// escaping, and retries until the receiver answers 200.

#include "MetasimTestKit.h"

#include "core/whatsapp/WebhookParser.h"
#include "core/whatsapp/WebhookSignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

using namespace recado;
using namespace recado::metasim;
using namespace recado::metasim::testkit;
using namespace Qt::StringLiterals;

class TestMetasimWebhooks : public QObject
{
    Q_OBJECT

    std::unique_ptr<MetaSimulator> sim;
    std::unique_ptr<WebhookReceiver> receiver;
    const QString customer = u"5215512345678"_s;

    QJsonObject lastMessage() const
    {
        return receiver->values().last().value("messages"_L1).toArray().first().toObject();
    }

private Q_SLOTS:
    void init()
    {
        receiver = std::make_unique<WebhookReceiver>();
        QVERIFY(receiver->listen());
        Config c = fastConfig();
        c.webhookUrl = receiver->url();
        sim = std::make_unique<MetaSimulator>(c);
        QVERIFY(sim->listen());
    }
    void cleanup()
    {
        sim.reset();
        receiver.reset();
    }

    void signatureAndHeaders()
    {
        const QString wamid = sim->sendCustomerMessage(
            customer, {{u"type"_s, u"text"_s}, {u"body"_s, u"¿Dónde está el técnico? 🔧 a/b"_s}},
            u"María López"_s);
        QVERIFY(wamid.startsWith("wamid."_L1));
        QTRY_COMPARE(receiver->received.size(), 1);
        const auto &r = receiver->received.first();
        QCOMPARE(r.contentType, "application/json"_ba);
        QCOMPARE(r.userAgent, "facebookexternalua"_ba);
        // Independent HMAC, not the helper the simulator uses.
        const QByteArray expected =
            "sha256=" +
            QMessageAuthenticationCode::hash(r.body, "test-secret", QCryptographicHash::Sha256)
                .toHex();
        QCOMPARE(r.signature, expected);
        QVERIFY(whatsapp::verifySignature(r.body, r.signature, "test-secret"));
        QVERIFY(!whatsapp::verifySignature(r.body, r.signature, "other-secret"));
        // Meta escapes non-ASCII and slashes; the bytes must stay pure ASCII.
        QVERIFY(r.body.contains("\\u00bfD\\u00f3nde"));
        QVERIFY(r.body.contains("\\ud83d\\udd27"));
        QVERIFY(r.body.contains("a\\/b"));
        for (char ch : r.body)
            QVERIFY(uchar(ch) < 0x80);
        QCOMPARE(lastMessage().value("text"_L1).toObject().value("body"_L1).toString(),
                 u"¿Dónde está el técnico? 🔧 a/b"_s);
    }

    void envelopeShape()
    {
        sim->sendCustomerMessage(customer, {{u"type"_s, u"text"_s}, {u"body"_s, u"Hola"_s}},
                                 u"María López"_s);
        QTRY_COMPARE(receiver->received.size(), 1);
        const QJsonObject env = receiver->received.first().json();
        QCOMPARE(env.value("object"_L1).toString(), u"whatsapp_business_account"_s);
        const QJsonObject entry = env.value("entry"_L1).toArray().first().toObject();
        QCOMPARE(entry.value("id"_L1).toString(), sim->config().wabaId);
        const QJsonObject change = entry.value("changes"_L1).toArray().first().toObject();
        QCOMPARE(change.value("field"_L1).toString(), u"messages"_s);
        const QJsonObject value = change.value("value"_L1).toObject();
        QCOMPARE(value.value("messaging_product"_L1).toString(), u"whatsapp"_s);
        const QJsonObject meta = value.value("metadata"_L1).toObject();
        QCOMPARE(meta.value("phone_number_id"_L1).toString(), sim->config().phoneNumberId);
        QCOMPARE(meta.value("display_phone_number"_L1).toString(),
                 sim->config().displayPhoneNumber);
        const QJsonObject contact = value.value("contacts"_L1).toArray().first().toObject();
        QCOMPARE(contact.value("wa_id"_L1).toString(), customer);
        QCOMPARE(contact.value("profile"_L1).toObject().value("name"_L1).toString(),
                 u"María López"_s);
        QVERIFY(!contact.value("user_id"_L1).toString().isEmpty());
        const QJsonObject msg = lastMessage();
        QCOMPARE(msg.value("from"_L1).toString(), customer);
        QVERIFY(msg.value("timestamp"_L1).isString());
        QVERIFY(qAbs(msg.value("timestamp"_L1).toString().toLongLong() -
                     QDateTime::currentSecsSinceEpoch()) < 5);
        // The core parser (written independently from Meta's docs) reads it back.
        whatsapp::ParsedWebhook parsed;
        QString error;
        QVERIFY2(whatsapp::parseWebhook(env, &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.messages.size(), 1);
        QCOMPARE(parsed.messages.first().profileName, u"María López"_s);
        // Inbound messages open the 24-hour window.
        QVERIFY(sim->lastInbound(customer).secsTo(QDateTime::currentDateTimeUtc()) < 5);
    }

    void everyInboundKind_data()
    {
        QTest::addColumn<QJsonObject>("spec");
        QTest::addColumn<QString>("field");    // key expected in the message object
        QTest::addColumn<QString>("check");    // dotted path that must be non-empty
        QTest::addColumn<QString>("expected"); // its value, when not empty
        auto row = [](const char *name, const QJsonObject &spec, const QString &field,
                      const QString &check, const QString &expected = {}) {
            QTest::newRow(name) << spec << field << check << expected;
        };
        row("text", {{u"type"_s, u"text"_s}, {u"body"_s, u"Hola"_s}}, u"text"_s, u"body"_s,
            u"Hola"_s);
        row("image", {{u"type"_s, u"image"_s}, {u"caption"_s, u"Así quedó"_s}}, u"image"_s,
            u"caption"_s, u"Así quedó"_s);
        row("image-png", {{u"type"_s, u"image"_s}, {u"mime_type"_s, u"image/png"_s}}, u"image"_s,
            u"mime_type"_s, u"image/png"_s);
        row("video", {{u"type"_s, u"video"_s}}, u"video"_s, u"mime_type"_s, u"video/mp4"_s);
        row("voice", {{u"type"_s, u"audio"_s}}, u"audio"_s, u"voice"_s, u"true"_s);
        row("audio", {{u"type"_s, u"audio"_s}, {u"voice"_s, false}}, u"audio"_s, u"voice"_s,
            u"false"_s);
        row("document", {{u"type"_s, u"document"_s}, {u"filename"_s, u"factura.pdf"_s}},
            u"document"_s, u"filename"_s, u"factura.pdf"_s);
        row("sticker", {{u"type"_s, u"sticker"_s}, {u"animated"_s, true}}, u"sticker"_s,
            u"animated"_s, u"true"_s);
        row("location",
            {{u"type"_s, u"location"_s},
             {u"latitude"_s, 19.4326},
             {u"longitude"_s, -99.1332},
             {u"location_name"_s, u"Casa"_s},
             {u"address"_s, u"Av. Reforma 1"_s}},
            u"location"_s, u"name"_s, u"Casa"_s);
        row("contacts", {{u"type"_s, u"contacts"_s}, {u"formatted_name"_s, u"Juan Pérez"_s}},
            u"contacts"_s, u"0.name.formatted_name"_s, u"Juan Pérez"_s);
        row("button",
            {{u"type"_s, u"button"_s},
             {u"text"_s, u"Confirmar"_s},
             {u"payload"_s, u"OK"_s},
             {u"reply_to"_s, u"wamid.TEMPLATE"_s}},
            u"button"_s, u"payload"_s, u"OK"_s);
        row("button_reply",
            {{u"type"_s, u"interactive"_s}, {u"id"_s, u"slot-1"_s}, {u"title"_s, u"Mañana"_s}},
            u"interactive"_s, u"button_reply.title"_s, u"Mañana"_s);
        row("list_reply",
            {{u"type"_s, u"interactive"_s},
             {u"id"_s, u"row-2"_s},
             {u"title"_s, u"Martes"_s},
             {u"description"_s, u"9 a 12"_s}},
            u"interactive"_s, u"list_reply.description"_s, u"9 a 12"_s);
        row("reaction",
            {{u"type"_s, u"reaction"_s}, {u"message_id"_s, u"wamid.BIZ"_s}, {u"emoji"_s, u"👍"_s}},
            u"reaction"_s, u"emoji"_s, u"👍"_s);
        row("reaction-removed",
            {{u"type"_s, u"reaction"_s}, {u"message_id"_s, u"wamid.BIZ"_s}, {u"emoji"_s, u""_s}},
            u"reaction"_s, u"message_id"_s, u"wamid.BIZ"_s);
        row("reply", {{u"type"_s, u"text"_s}, {u"body"_s, u"sí"_s}, {u"reply_to"_s, u"wamid.Q"_s}},
            u"context"_s, u"id"_s, u"wamid.Q"_s);
        row("forwarded", {{u"type"_s, u"text"_s}, {u"body"_s, u"mira"_s}, {u"forwarded"_s, true}},
            u"context"_s, u"forwarded"_s, u"true"_s);
        row("referral", {{u"type"_s, u"text"_s}, {u"body"_s, u"info"_s}, {u"referral"_s, true}},
            u"referral"_s, u"source_type"_s, u"ad"_s);
        row("order", {{u"type"_s, u"order"_s}}, u"order"_s,
            u"product_items.0.product_retailer_id"_s, u"FILTRO-AGUA-01"_s);
        row("system", {{u"type"_s, u"system"_s}, {u"new_wa_id"_s, u"5215599999999"_s}}, u"system"_s,
            u"type"_s, u"user_changed_number"_s);
        row("unsupported", {{u"type"_s, u"unsupported"_s}}, u"errors"_s, u"0.code"_s, u"131051"_s);
    }

    void everyInboundKind()
    {
        QFETCH(QJsonObject, spec);
        QFETCH(QString, field);
        QFETCH(QString, check);
        QFETCH(QString, expected);
        const QString wamid = sim->sendCustomerMessage(customer, spec, u"Ana"_s);
        QVERIFY2(!wamid.isEmpty(), qPrintable(sim->lastError()));
        QTRY_COMPARE(receiver->received.size(), 1);
        const QJsonObject value = receiver->values().first();
        const QJsonObject msg = lastMessage();
        QCOMPARE(msg.value("id"_L1).toString(), wamid);
        QCOMPARE(msg.value("type"_L1).toString(), spec.value("type"_L1).toString());
        QVERIFY2(msg.contains(field), qPrintable(field));
        // System messages are the one kind without a contacts array.
        QCOMPARE(value.contains("contacts"_L1), spec.value("type"_L1).toString() != "system"_L1);
        QJsonValue v = msg.value(field);
        for (const QString &part : check.split(u'.')) {
            bool isIndex = false;
            const int index = part.toInt(&isIndex);
            v = isIndex ? v.toArray().at(index) : v.toObject().value(part);
        }
        QString actual = v.isBool()     ? (v.toBool() ? u"true"_s : u"false"_s)
                         : v.isDouble() ? QString::number(v.toInteger())
                                        : v.toString();
        QVERIFY2(!v.isUndefined(), qPrintable(check));
        if (!expected.isEmpty())
            QCOMPARE(actual, expected);

        // Media kinds carry a media id the simulator serves, with Meta's base64 sha256.
        const QJsonObject media = msg.value(field).toObject();
        static const QStringList mediaKinds = {u"image"_s, u"video"_s, u"audio"_s, u"document"_s,
                                               u"sticker"_s};
        if (mediaKinds.contains(field)) {
            const MediaObject *m = sim->media(media.value("id"_L1).toString());
            QVERIFY(m);
            QCOMPARE(
                media.value("sha256"_L1).toString(),
                QString::fromLatin1(
                    QCryptographicHash::hash(m->bytes, QCryptographicHash::Sha256).toBase64()));
            QVERIFY(m->bytes.size() > 20);
        }
        whatsapp::ParsedWebhook parsed;
        QString error;
        QVERIFY(whatsapp::parseWebhook(receiver->received.first().json(), &parsed, &error));
        QCOMPARE(parsed.messages.size(), 1);
    }

    void systemMessageMovesCustomer()
    {
        sim->setLastInbound(customer, QDateTime::currentDateTimeUtc());
        QVERIFY(!sim->sendCustomerMessage(
                        customer, {{u"type"_s, u"system"_s}, {u"new_wa_id"_s, u"5215599999999"_s}})
                     .isEmpty());
        QVERIFY(sim->lastInbound(u"5215599999999"_s).isValid());
    }

    void badSpecsAreRejected()
    {
        QVERIFY(sim->sendCustomerMessage(customer, {{u"type"_s, u"hologram"_s}}).isEmpty());
        QVERIFY(sim->lastError().contains("hologram"_L1));
        QVERIFY(sim->sendCustomerMessage(customer, {{u"type"_s, u"text"_s}}).isEmpty());
        QVERIFY(sim->sendCustomerMessage(u"12ab"_s, {{u"type"_s, u"text"_s}, {u"body"_s, u"x"_s}})
                    .isEmpty());
        QTest::qWait(50);
        QCOMPARE(receiver->received.size(), 0);
    }

    void retriesUntil200()
    {
        receiver->plan = {500, 503, 429};
        QSignalSpy attempts(sim.get(), &MetaSimulator::webhookDelivered);
        sim->sendCustomerMessage(customer,
                                 {{u"type"_s, u"text"_s}, {u"body"_s, u"¿hay alguien?"_s}});
        QTRY_COMPARE_WITH_TIMEOUT(receiver->received.size(), 4, 5000);
        QTRY_COMPARE(sim->pendingWebhooks(), 0);
        QCOMPARE(attempts.size(), 4);
        QCOMPARE(attempts.at(0).at(0).toInt(), 500);
        QCOMPARE(attempts.at(3).at(0).toInt(), 200);
        // Every retry carries the same bytes and signature.
        for (const auto &r : std::as_const(receiver->received)) {
            QCOMPARE(r.body, receiver->received.first().body);
            QCOMPARE(r.signature, receiver->received.first().signature);
        }
        const WebhookRecord rec = sim->webhooks().first();
        QVERIFY(rec.delivered);
        QCOMPARE(rec.attempts, 4);
    }

    void retriesAfterReceiverComesBack()
    {
        // Nobody listens: connection refused, then a receiver starts on that port.
        WebhookReceiver later;
        QVERIFY(later.listen());
        const QUrl url = later.url();
        Config c = fastConfig();
        c.webhookMaxAttempts = 8;
        MetaSimulator other(c);
        // A port that refuses connections: bind, note the URL, close.
        auto *gone = new WebhookReceiver;
        QVERIFY(gone->listen());
        other.setWebhookUrl(gone->url());
        delete gone;
        QSignalSpy attempts(&other, &MetaSimulator::webhookDelivered);
        other.sendCustomerMessage(customer, {{u"type"_s, u"text"_s}, {u"body"_s, u"hola"_s}});
        QTRY_VERIFY(attempts.size() >= 1);
        QCOMPARE(attempts.first().at(0).toInt(), 0);
        other.setWebhookUrl(url);
        QTRY_COMPARE_WITH_TIMEOUT(later.received.size(), 1, 5000);
        QTRY_COMPARE(other.pendingWebhooks(), 0);
    }

    void abandonsAfterMaxAttempts()
    {
        receiver->plan = {500, 500, 500, 500, 500};
        QSignalSpy abandoned(sim.get(), &MetaSimulator::webhookAbandoned);
        sim->sendCustomerMessage(customer, {{u"type"_s, u"text"_s}, {u"body"_s, u"x"_s}});
        QTRY_COMPARE_WITH_TIMEOUT(abandoned.size(), 1, 5000);
        QCOMPARE(receiver->received.size(), 4); // fastConfig: 4 attempts
        QVERIFY(sim->webhooks().first().abandoned);
        QCOMPARE(sim->pendingWebhooks(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMetasimWebhooks)
#include "tst_metasim_webhooks.moc"
