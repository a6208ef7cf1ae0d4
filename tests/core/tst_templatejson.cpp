// SPDX-License-Identifier: GPL-3.0-or-later
// Meta's template JSON: message_templates list pages (with paging), create bodies, round trips,
// and the message_template_status_update webhook through the real webhook parser.
#include "core/whatsapp/WebhookParser.h"
#include "core/whatsapp/templates/TemplateListPage.h"
#include "core/whatsapp/templates/TemplateStatusUpdate.h"

#include <QJsonDocument>
#include <QTest>

using namespace recado::whatsapp;

namespace {
// URLs inside the raw JSON below are written "https:\/\/..." (a JSON escape for "/"): moc's
// tokenizer takes "//" inside a raw string literal for a comment and then misses the class.
QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

// Shaped like a real `GET /<WABA_ID>/message_templates?limit=3` answer: ids as strings,
// upper-case enums, an authentication template as Meta returns it (preset text, OTP as URL),
// a named-parameter template and a paging object with cursors and next.
const QByteArray kListPage = R"({
  "data": [
    {
      "name": "seasonal_promotion",
      "parameter_format": "POSITIONAL",
      "components": [
        {"type": "HEADER", "format": "TEXT", "text": "Our {{1}} is on!",
         "example": {"header_text": ["Summer Sale"]}},
        {"type": "BODY",
         "text": "Shop now through {{1}} and use code {{2}} to get {{3}} off of all merchandise.",
         "example": {"body_text": [["the end of August", "25OFF", "25%"]]}},
        {"type": "FOOTER", "text": "Use the buttons below to manage your marketing subscriptions"},
        {"type": "BUTTONS", "buttons": [
          {"type": "QUICK_REPLY", "text": "Unsubscribe from Promos"},
          {"type": "URL", "text": "Shop", "url": "https:\/\/www.example.com/shop/{{1}}",
           "example": ["https:\/\/www.example.com/shop/summer"]},
          {"type": "PHONE_NUMBER", "text": "Call us", "phone_number": "+15550051310"},
          {"type": "COPY_CODE", "example": "25OFF"}
        ]}
      ],
      "language": "en_US",
      "status": "APPROVED",
      "category": "MARKETING",
      "quality_score": {"score": "GREEN", "date": 1700000000},
      "rejected_reason": "NONE",
      "id": "546151681022936"
    },
    {
      "name": "verification_code",
      "parameter_format": "POSITIONAL",
      "components": [
        {"type": "BODY", "text": "*{{1}}* is your verification code. For your security, do not share this code.",
         "add_security_recommendation": true},
        {"type": "FOOTER", "text": "This code expires in 10 minutes.", "code_expiration_minutes": 10},
        {"type": "BUTTONS", "buttons": [
          {"type": "URL", "text": "Copy code",
           "url": "https:\/\/www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code_expiration_minutes=10&code=otp{{1}}",
           "example": ["https:\/\/www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp123456"]}
        ]}
      ],
      "language": "en_US",
      "status": "REJECTED",
      "category": "AUTHENTICATION",
      "rejected_reason": "INVALID_FORMAT",
      "id": "952305634123456"
    },
    {
      "name": "order_pickup",
      "parameter_format": "NAMED",
      "components": [
        {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2UvanBlZw==:ARb"]}},
        {"type": "BODY", "text": "Hi {{first_name}}, your order {{order_id}} is ready at {{store}}.",
         "example": {"body_text_named_params": [
           {"param_name": "order_id", "example": "335628"},
           {"param_name": "first_name", "example": "Jessica"},
           {"param_name": "store", "example": "Main St."}]}},
        {"type": "CAROUSEL", "cards": []}
      ],
      "language": "en",
      "status": "PAUSED",
      "category": "UTILITY",
      "id": "1689556908129832"
    }
  ],
  "paging": {
    "cursors": {"before": "QVFIU0xBc", "after": "QVFIU2pKd"},
    "next": "https:\/\/graph.facebook.com/v23.0/102290129340398/message_templates?limit=3&after=QVFIU2pKd"
  }
})";
} // namespace

class TestTemplateJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listPage()
    {
        const TemplateListPage page = TemplateListPage::fromJson(parse(kListPage));
        QCOMPARE(page.templates.size(), 3);
        QCOMPARE(page.before, QStringLiteral("QVFIU0xBc"));
        QCOMPARE(page.after, QStringLiteral("QVFIU2pKd"));
        QVERIFY(page.hasNext());

        const Template &promo = page.templates.at(0);
        QCOMPARE(promo.id, QStringLiteral("546151681022936"));
        QCOMPARE(promo.name, QStringLiteral("seasonal_promotion"));
        QCOMPARE(promo.language, QStringLiteral("en_US"));
        QCOMPARE(toString(promo.category), QStringLiteral("MARKETING"));
        QCOMPARE(toString(promo.status), QStringLiteral("APPROVED"));
        QCOMPARE(promo.quality, QStringLiteral("GREEN"));
        QCOMPARE(promo.rejectedReason, QStringLiteral("NONE"));
        QCOMPARE(toString(promo.header.format), QStringLiteral("TEXT"));
        QCOMPARE(promo.header.text, QStringLiteral("Our {{1}} is on!"));
        QCOMPARE(promo.header.textExamples, QStringList{QStringLiteral("Summer Sale")});
        QCOMPARE(promo.body.examples.size(), 3);
        QCOMPARE(promo.body.examples.at(1), QStringLiteral("25OFF"));
        QCOMPARE(promo.bodyVariableKeys(),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(promo.footer.text.left(8), QStringLiteral("Use the "));
        QCOMPARE(promo.buttons.size(), 4);
        QCOMPARE(toString(promo.buttons.at(0).type), QStringLiteral("QUICK_REPLY"));
        QCOMPARE(promo.buttons.at(1).url, QStringLiteral("https://www.example.com/shop/{{1}}"));
        QCOMPARE(promo.buttons.at(1).example,
                 QStringLiteral("https://www.example.com/shop/summer"));
        QCOMPARE(promo.buttons.at(2).phoneNumber, QStringLiteral("+15550051310"));
        QCOMPARE(toString(promo.buttons.at(3).type), QStringLiteral("COPY_CODE"));
        QCOMPARE(promo.buttons.at(3).example, QStringLiteral("25OFF"));
        QVERIFY(!promo.buttonNeedsParameter(0));
        QVERIFY(promo.buttonNeedsParameter(1));
        QVERIFY(!promo.buttonNeedsParameter(2));
        QVERIFY(promo.buttonNeedsParameter(3));

        const Template &otp = page.templates.at(1);
        QCOMPARE(toString(otp.category), QStringLiteral("AUTHENTICATION"));
        QCOMPARE(toString(otp.status), QStringLiteral("REJECTED"));
        QCOMPARE(otp.rejectedReason, QStringLiteral("INVALID_FORMAT"));
        QVERIFY(otp.body.addSecurityRecommendation);
        QCOMPARE(otp.footer.codeExpirationMinutes, 10);
        QVERIFY(otp.buttonNeedsParameter(0));

        const Template &pickup = page.templates.at(2);
        QCOMPARE(toString(pickup.parameterFormat), QStringLiteral("NAMED"));
        QCOMPARE(toString(pickup.header.format), QStringLiteral("IMAGE"));
        QCOMPARE(pickup.header.mediaHandles.size(), 1);
        // Named examples are reordered to the order the variables appear in the text.
        QCOMPARE(pickup.bodyVariableKeys(),
                 (QStringList{QStringLiteral("first_name"), QStringLiteral("order_id"),
                              QStringLiteral("store")}));
        QCOMPARE(pickup.body.examples,
                 (QStringList{QStringLiteral("Jessica"), QStringLiteral("335628"),
                              QStringLiteral("Main St.")}));
        QCOMPARE(pickup.otherComponents.size(), 1);
        QCOMPARE(toString(pickup.status), QStringLiteral("PAUSED"));
    }

    void lastPageHasNoNext()
    {
        const TemplateListPage page = TemplateListPage::fromJson(parse(R"({"data": [],
            "paging": {"cursors": {"before": "QVFI", "after": "QVFJ"}}})"));
        QVERIFY(page.templates.isEmpty());
        QVERIFY(!page.hasNext());
        QCOMPARE(page.after, QStringLiteral("QVFJ"));
    }

    void roundTripKeepsEverything()
    {
        const TemplateListPage page = TemplateListPage::fromJson(parse(kListPage));
        for (const Template &t : page.templates) {
            const QJsonObject json = t.toMetaJson();
            const Template again = Template::fromJson(json);
            QCOMPARE(again.toMetaJson(), json);
            QCOMPARE(again.id, t.id);
            QCOMPARE(again.body.examples, t.body.examples);
            QCOMPARE(again.buttons.size(), t.buttons.size());
        }
        // The named example object survives with its param_name keys.
        const QJsonObject pickup = page.templates.at(2).toMetaJson();
        const QJsonObject body =
            pickup.value(QLatin1String("components")).toArray().at(1).toObject();
        const QJsonArray named = body.value(QLatin1String("example"))
                                     .toObject()
                                     .value(QLatin1String("body_text_named_params"))
                                     .toArray();
        QCOMPARE(named.size(), 3);
        QCOMPARE(named.at(0).toObject().value(QLatin1String("param_name")).toString(),
                 QStringLiteral("first_name"));
    }

    void createBody()
    {
        Template t;
        t.name = QStringLiteral("cita_confirmada");
        t.language = QStringLiteral("es");
        t.category = TemplateCategory::Utility;
        t.status = TemplateStatus::Approved; // never part of a create body
        t.id = QStringLiteral("123");
        t.header.format = HeaderFormat::Text;
        t.header.text = QStringLiteral("Su visita");
        t.body.text = QStringLiteral("Hola {{1}}, su visita es el {{2}}.");
        t.body.examples = {QStringLiteral("Ana"), QStringLiteral("lunes")};
        t.footer.text = QStringLiteral("Responda si tiene dudas.");
        TemplateButton b;
        b.type = ButtonType::Url;
        b.text = QStringLiteral("Seguir");
        b.url = QStringLiteral("https://example.com/t/{{1}}");
        b.example = QStringLiteral("https://example.com/t/SR-1");
        t.buttons = {b};
        t.parameters = {{TemplatePart::Body, 1, QStringLiteral("Customer name"),
                         QStringLiteral("customer.name")}};

        const QJsonObject expected = parse(R"({
          "name": "cita_confirmada", "language": "es", "category": "UTILITY",
          "components": [
            {"type": "HEADER", "format": "TEXT", "text": "Su visita"},
            {"type": "BODY", "text": "Hola {{1}}, su visita es el {{2}}.",
             "example": {"body_text": [["Ana", "lunes"]]}},
            {"type": "FOOTER", "text": "Responda si tiene dudas."},
            {"type": "BUTTONS", "buttons": [
              {"type": "URL", "text": "Seguir", "url": "https:\/\/example.com/t/{{1}}",
               "example": ["https:\/\/example.com/t/SR-1"]}]}
          ]})");
        QCOMPARE(t.toCreateBody(), expected);

        // Our metadata only travels when asked for, and comes back.
        QVERIFY(!t.toMetaJson().contains(QLatin1String("recado_parameters")));
        const QJsonObject withMeta = t.toMetaJson(true);
        QCOMPARE(Template::fromJson(withMeta).parameters.size(), 1);
        QCOMPARE(Template::fromJson(withMeta).parameter(TemplatePart::Body, 1)->source,
                 QStringLiteral("customer.name"));
    }

    void authenticationCreateBody()
    {
        Template t;
        t.name = QStringLiteral("codigo");
        t.language = QStringLiteral("es");
        t.category = TemplateCategory::Authentication;
        t.body.addSecurityRecommendation = true;
        t.footer.codeExpirationMinutes = 5;
        TemplateButton b;
        b.type = ButtonType::Otp;
        b.otpType = QStringLiteral("COPY_CODE");
        b.text = QStringLiteral("Copiar código");
        t.buttons = {b};
        QCOMPARE(t.toCreateBody(), parse(R"({
          "name": "codigo", "language": "es", "category": "AUTHENTICATION",
          "components": [
            {"type": "BODY", "add_security_recommendation": true},
            {"type": "FOOTER", "code_expiration_minutes": 5},
            {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copiar código"}]}
          ]})"));
    }

    void lowerCaseEnumsAndUnknownValues()
    {
        const Template t = Template::fromJson(parse(R"({"name": "x", "language": "es",
            "category": "utility", "status": "SOMETHING_NEW",
            "components": [{"type": "body", "text": "Hola."},
                           {"type": "buttons", "buttons": [{"type": "catalog", "text": "Ver"}]}]})"));
        QCOMPARE(toString(t.category), QStringLiteral("UTILITY"));
        QVERIFY(t.status == TemplateStatus::Unknown);
        QCOMPARE(t.body.text, QStringLiteral("Hola."));
        QVERIFY(t.buttons.first().type == ButtonType::Unknown);
        // An unknown button type is written back as it came.
        const QJsonObject back = t.toMetaJson()
                                     .value(QLatin1String("components"))
                                     .toArray()
                                     .at(1)
                                     .toObject()
                                     .value(QLatin1String("buttons"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QCOMPARE(back.value(QLatin1String("type")).toString(), QStringLiteral("catalog"));
    }

    void statusWebhook_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("describes");

        QTest::newRow("approved")
            << QByteArray(R"({"event": "APPROVED", "message_template_id": 1689556908129832,
            "message_template_name": "appointment_confirmation", "message_template_language": "es",
            "reason": "NONE", "message_template_category": "UTILITY"})")
            << "APPROVED"
            << "APPROVED"
            << "approved";
        QTest::newRow("rejected with info")
            << QByteArray(R"({"event": "REJECTED", "message_template_id": 1689556908129835,
            "message_template_name": "appointment_confirmation", "message_template_language": "es",
            "reason": "INVALID_FORMAT", "message_template_category": "UTILITY",
            "rejection_info": {"reason": "Your template has parameters placed next to each other.",
                               "recommendation": "Separate parameters with descriptive text."}})")
            << "REJECTED"
            << "REJECTED"
            << "Separate parameters";
        QTest::newRow("paused") << QByteArray(R"({"event": "PAUSED", "message_template_id": "77",
            "message_template_name": "appointment_confirmation", "message_template_language": "es",
            "reason": "NONE"})") << "PAUSED"
                                << "PAUSED"
                                << "paused";
        QTest::newRow("flagged stays approved")
            << QByteArray(R"({"event": "FLAGGED", "message_template_id": 77,
            "message_template_name": "appointment_confirmation", "message_template_language": "es",
            "reason": "NONE", "disable_info": {"disable_date": 1767225600}})")
            << "FLAGGED"
            << "APPROVED"
            << "2026-01-01";
        QTest::newRow("disabled") << QByteArray(R"({"event": "DISABLED", "message_template_id": 77,
            "message_template_name": "appointment_confirmation", "message_template_language": "es",
            "reason": "NONE", "disable_info": {"disable_date": "1767225600"}})")
                                  << "DISABLED"
                                  << "DISABLED"
                                  << "disabled";
        QTest::newRow("reinstated")
            << QByteArray(R"({"event": "REINSTATED", "message_template_id": 77,
            "message_template_name": "appointment_confirmation", "message_template_language": "es"})")
            << "REINSTATED"
            << "APPROVED"
            << "again";
        QTest::newRow("unarchived")
            << QByteArray(R"({"event": "UNARCHIVED", "message_template_id": 77,
            "message_template_name": "appointment_confirmation", "message_template_language": "es"})")
            << "UNARCHIVED"
            << "APPROVED"
            << "again";
        QTest::newRow("archived") << QByteArray(R"({"event": "ARCHIVED", "message_template_id": 77,
            "message_template_name": "appointment_confirmation", "message_template_language": "es"})")
                                  << "ARCHIVED"
                                  << "ARCHIVED"
                                  << "archived";
        QTest::newRow("locked") << QByteArray(R"({"event": "LOCKED", "message_template_id": 77,
            "message_template_name": "appointment_confirmation", "message_template_language": "es",
            "other_info": {"title": "TEMPLATE_LOCKED", "description": "Edits are locked for 30 days."}})")
                                << "LOCKED"
                                << "APPROVED"
                                << "Edits are locked";
        QTest::newRow("pending deletion")
            << QByteArray(R"({"event": "PENDING_DELETION", "message_template_id": 77,
            "message_template_name": "appointment_confirmation", "message_template_language": "es"})")
            << "PENDING_DELETION"
            << "PENDING_DELETION"
            << "PENDING_DELETION";
    }

    void statusWebhook()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, event);
        QFETCH(QString, status);
        QFETCH(QString, describes);

        // Through the real envelope parser, as the relay will receive it.
        const QJsonObject envelope{
            {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), QStringLiteral("102290129340398")},
                 {QStringLiteral("time"), 1751247548},
                 {QStringLiteral("changes"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("field"), QStringLiteral("message_template_status_update")},
                      {QStringLiteral("value"), parse(value)}}}}}}}};
        ParsedWebhook parsed;
        QString error;
        QVERIFY(parseWebhook(envelope, &parsed, &error));
        QCOMPARE(parsed.others.size(), 1);
        QCOMPARE(parsed.others.first().field, QStringLiteral("message_template_status_update"));

        TemplateStatusUpdate u;
        QVERIFY(TemplateStatusUpdate::fromWebhookValue(parsed.others.first().value, &u));
        QCOMPARE(u.event, event);
        QCOMPARE(toString(u.status), status);
        QCOMPARE(u.name, QStringLiteral("appointment_confirmation"));
        QCOMPARE(u.language, QStringLiteral("es"));
        QVERIFY(!u.templateId.isEmpty());
        QVERIFY2(u.describe().contains(describes), qPrintable(u.describe()));
    }

    void statusWebhookDetails()
    {
        TemplateStatusUpdate u;
        QVERIFY(TemplateStatusUpdate::fromWebhookValue(
            parse(R"({"event": "REJECTED", "message_template_id": 1689556908129835,
              "message_template_name": "t", "message_template_language": "pt_BR",
              "reason": "INVALID_FORMAT", "message_template_category": "MARKETING",
              "rejection_info": {"reason": "R", "recommendation": "S"}})"),
            &u));
        QCOMPARE(u.templateId, QStringLiteral("1689556908129835"));
        QCOMPARE(u.reason, QStringLiteral("INVALID_FORMAT"));
        QCOMPARE(toString(u.category), QStringLiteral("MARKETING"));
        QCOMPARE(u.rejectionReason, QStringLiteral("R"));
        QCOMPARE(u.rejectionRecommendation, QStringLiteral("S"));

        QVERIFY(TemplateStatusUpdate::fromWebhookValue(
            parse(R"({"event": "DISABLED", "message_template_id": 1, "message_template_name": "t",
              "message_template_language": "es", "disable_info": {"disable_date": 1767225600}})"),
            &u));
        QCOMPARE(u.disableDate, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));

        QVERIFY(!TemplateStatusUpdate::fromWebhookValue(parse(R"({"event": "APPROVED"})"), &u));
        QVERIFY(!TemplateStatusUpdate::fromWebhookValue(parse(R"({"message_template_name": "t"})"),
                                                        &u));
    }
};

QTEST_GUILESS_MAIN(TestTemplateJson)
#include "tst_templatejson.moc"
