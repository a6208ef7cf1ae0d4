// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/PhoneNumber.h"
#include "core/whatsapp/ServiceWindow.h"
#include "core/whatsapp/WebhookParser.h"
#include "core/whatsapp/WebhookSignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace recado;

class TestWebhookParser : public QObject
{
    Q_OBJECT

    static QJsonObject envelope(const QJsonObject &value,
                                const QString &field = QStringLiteral("messages"))
    {
        return QJsonObject{
            {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("102290129340398")},
                                    {QStringLiteral("changes"),
                                     QJsonArray{QJsonObject{{QStringLiteral("field"), field},
                                                            {QStringLiteral("value"), value}}}}}}}};
    }

private Q_SLOTS:
    void signatureRoundTrip()
    {
        const QByteArray body = R"({"object":"whatsapp_business_account"})";
        const QByteArray header = whatsapp::signatureHeader(body, "s3cret");
        QVERIFY(header.startsWith("sha256="));
        QCOMPARE(header.size(), 7 + 64);
        QVERIFY(whatsapp::verifySignature(body, header, "s3cret"));
        QVERIFY(whatsapp::verifySignature(body, header.toUpper().replace("SHA256=", "sha256="),
                                          "s3cret"));
        QVERIFY(!whatsapp::verifySignature(body, header, "other"));
        QVERIFY(!whatsapp::verifySignature(body + " ", header, "s3cret"));
        QVERIFY(!whatsapp::verifySignature(body, QByteArray(), "s3cret"));
        QVERIFY(!whatsapp::verifySignature(body, header.mid(7), "s3cret"));
        QVERIFY(!whatsapp::verifySignature(body, header, QByteArray()));
    }

    void textMessageWithContactAndContext()
    {
        const QJsonObject value = QJsonDocument::fromJson(R"({
          "messaging_product": "whatsapp",
          "metadata": {"display_phone_number": "15550001111", "phone_number_id": "PNID"},
          "contacts": [{"profile": {"name": "María López"}, "wa_id": "5215512345678", "user_id": "MX.1234"}],
          "messages": [{"from": "5215512345678", "id": "wamid.A", "timestamp": "1700000000", "type": "text",
                        "context": {"from": "15550001111", "id": "wamid.prev", "forwarded": true},
                        "text": {"body": "¿A qué hora llega el técnico?"}}]
        })")
                                      .object();
        whatsapp::ParsedWebhook out;
        QString error;
        QVERIFY(whatsapp::parseWebhook(envelope(value), &out, &error));
        QCOMPARE(out.messages.size(), 1);
        const auto &in = out.messages.first();
        QCOMPARE(in.phoneNumberId, QStringLiteral("PNID"));
        QCOMPARE(in.waId, QStringLiteral("5215512345678"));
        QCOMPARE(in.userId, QStringLiteral("MX.1234"));
        QCOMPARE(in.profileName, QStringLiteral("María López"));
        QCOMPARE(in.message.wamid, QStringLiteral("wamid.A"));
        QCOMPARE(in.message.kind, QStringLiteral("text"));
        QCOMPARE(in.message.text, QStringLiteral("¿A qué hora llega el técnico?"));
        QCOMPARE(in.message.replyToWamid, QStringLiteral("wamid.prev"));
        QVERIFY(in.message.forwarded);
        QCOMPARE(in.message.timestamp, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    }

    void statusesAndErrors()
    {
        const QJsonObject value = QJsonDocument::fromJson(R"({
          "messaging_product": "whatsapp",
          "metadata": {"phone_number_id": "PNID"},
          "statuses": [{"id": "wamid.B", "status": "failed", "timestamp": "1700000100", "recipient_id": "5215512345678",
                        "errors": [{"code": 131047, "title": "Re-engagement message",
                                    "error_data": {"details": "Message failed to send because more than 24 hours have passed"}}]},
                       {"id": "wamid.C", "status": "read", "timestamp": "1700000200", "recipient_id": "1"}],
          "errors": [{"code": 131000, "title": "Something went wrong", "message": "x", "error_data": {"details": "d"}}]
        })")
                                      .object();
        whatsapp::ParsedWebhook out;
        QString error;
        QVERIFY(whatsapp::parseWebhook(envelope(value), &out, &error));
        QCOMPARE(out.statuses.size(), 2);
        QVERIFY(out.statuses[0].status == domain::DeliveryStatus::Failed);
        QCOMPARE(out.statuses[0].errorCode, 131047);
        QVERIFY(out.statuses[0].errorDetails.contains(QStringLiteral("24 hours")));
        QVERIFY(out.statuses[1].status == domain::DeliveryStatus::Read);
        QCOMPARE(out.errors.size(), 1);
        QCOMPARE(out.errors[0].code, 131000);
        QCOMPARE(out.errors[0].details, QStringLiteral("d"));
    }

    void otherFieldsAreReported()
    {
        whatsapp::ParsedWebhook out;
        QString error;
        QVERIFY(whatsapp::parseWebhook(
            envelope(QJsonObject{{QStringLiteral("event"), QStringLiteral("APPROVED")}},
                     QStringLiteral("message_template_status_update")),
            &out, &error));
        QCOMPARE(out.others.size(), 1);
        QCOMPARE(out.others[0].field, QStringLiteral("message_template_status_update"));
    }

    void rejectsNonWhatsappEnvelope()
    {
        whatsapp::ParsedWebhook out;
        QString error;
        QVERIFY(!whatsapp::parseWebhook(
            QJsonObject{{QStringLiteral("object"), QStringLiteral("page")}}, &out, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!whatsapp::parseWebhook(
            QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")}},
            &out, &error));
    }

    void statusOrderingIsMonotonic()
    {
        using domain::DeliveryStatus;
        QVERIFY(domain::isStatusAdvance(DeliveryStatus::Sent, DeliveryStatus::Read));
        QVERIFY(!domain::isStatusAdvance(DeliveryStatus::Read, DeliveryStatus::Delivered));
        QVERIFY(domain::isStatusAdvance(DeliveryStatus::Sent, DeliveryStatus::Failed));
        QVERIFY(!domain::isStatusAdvance(DeliveryStatus::Read, DeliveryStatus::Failed));
        QVERIFY(!domain::isStatusAdvance(DeliveryStatus::Failed, DeliveryStatus::Delivered));
    }

    void phoneNumbers()
    {
        // Meta's wa_id for Mexican mobiles keeps the legacy "1"; E.164 drops it since 2019. We
        // store both: wa_id to send to, E.164 to show and search.
        QCOMPARE(whatsapp::toE164(QStringLiteral("5215512345678")),
                 QStringLiteral("+525512345678"));
        QCOMPARE(whatsapp::toE164(QStringLiteral("5511987654321")),
                 QStringLiteral("+5511987654321"));
        QCOMPARE(whatsapp::toE164(QStringLiteral("+55 11 98765-4321")),
                 QStringLiteral("+5511987654321"));
        QCOMPARE(whatsapp::toE164(QStringLiteral("(502) 5555-1234"), QStringLiteral("GT")),
                 QStringLiteral("+50255551234"));
        QVERIFY(whatsapp::toE164(QStringLiteral("hello")).isEmpty());
        QVERIFY(whatsapp::toE164(QStringLiteral("12")).isEmpty());
    }

    void serviceWindowAcrossDst()
    {
        // 2024-03-10 is a US daylight-saving change; the window is 24 real hours regardless.
        const QDateTime inbound =
            QDateTime(QDate(2024, 3, 9), QTime(12, 0), QTimeZone("America/New_York"));
        whatsapp::ServiceWindow w{inbound};
        QVERIFY(w.isOpen(inbound.addSecs(23 * 3600 + 59 * 60)));
        QVERIFY(!w.isOpen(inbound.addSecs(24 * 3600)));
        QCOMPARE(w.secondsLeft(inbound.addSecs(3600)), 23 * 3600);
        QCOMPARE(w.closesAt(), inbound.toUTC().addSecs(24 * 3600));
        QVERIFY(!whatsapp::ServiceWindow{}.isOpen(inbound));
    }
};

QTEST_GUILESS_MAIN(TestWebhookParser)
#include "tst_webhookparser.moc"
