// SPDX-License-Identifier: GPL-3.0-or-later
// Rendering previews, the Graph API template object, and filling parameters from a service
// request.
#include "core/whatsapp/templates/ParameterSources.h"
#include "core/whatsapp/templates/TemplateCatalog.h"
#include "core/whatsapp/templates/TemplateRenderer.h"
#include "core/whatsapp/templates/TemplateValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace recado::whatsapp;

namespace {
// See tst_templatejson.cpp: no "//" inside raw strings, moc would take it for a comment.
QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

Template shipped(const char *name, const char *language)
{
    static const TemplateCatalog catalog = TemplateCatalog::loadShipped();
    auto t = catalog.find(QString::fromLatin1(name), QString::fromLatin1(language));
    if (!t)
        qFatal("missing shipped template %s", name);
    t->status = TemplateStatus::Approved;
    return *t;
}

recado::domain::ServiceRequest request()
{
    recado::domain::ServiceRequest r;
    r.id = QStringLiteral("SR-1042");
    r.serviceType = QStringLiteral("Mantenimiento de PTAR");
    r.customerName = QStringLiteral("María López");
    r.contactPhone = QStringLiteral("+5215512345678");
    r.contactEmail = QStringLiteral("maria@example.com");
    r.address = QStringLiteral("Av. Reforma 123, CDMX");
    r.requestedDate = QDate(2026, 3, 17);
    r.vendor = QStringLiteral("Jorge Ramírez");
    r.technician = QStringLiteral("Luis Pérez");
    return r;
}
} // namespace

class TestTemplateRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewSubstitutesAndKeepsMissingVisible()
    {
        const Template t = shipped("technician_on_the_way", "es");
        TemplateArguments args;
        args.body = {QStringLiteral("María"), QStringLiteral("Luis Pérez")};
        const RenderedTemplate r = TemplateRenderer::render(t, args);
        QCOMPARE(r.header, QStringLiteral("Su técnico va en camino"));
        QCOMPARE(r.body.left(40), QStringLiteral("Hola María, Luis Pérez va en camino para"));
        QVERIFY(r.body.contains(QLatin1String("visita de {{3}}.")));
        QVERIFY(r.body.contains(QLatin1String("llegada: {{4}}.")));

        args.body << QStringLiteral("mantenimiento") << QStringLiteral("10:45");
        const RenderedTemplate full = TemplateRenderer::render(t, args);
        QVERIFY(!full.body.contains(QLatin1String("{{")));
        QVERIFY(full.body.contains(QLatin1String("Hora estimada de llegada: 10:45.")));
        QCOMPARE(full.toPlainText(), full.header + QStringLiteral("\n\n") + full.body);
    }

    void previewWithButtonsAndFooter()
    {
        const Template t = shipped("appointment_confirmation", "pt_BR");
        const RenderedTemplate r = TemplateRenderer::renderExample(t);
        QCOMPARE(r.buttons,
                 (QStringList{QStringLiteral("Confirmar"), QStringLiteral("Reagendar")}));
        QCOMPARE(r.footer, QStringLiteral("Responda esta mensagem se tiver alguma dúvida."));
        QVERIFY(r.body.startsWith(QStringLiteral("Olá Ana, sua visita de manutenção da ETE")));
        QVERIFY(r.toPlainText().endsWith(r.footer));
    }

    void positionalOrderIsByNumberNotPosition()
    {
        Template t;
        t.body.text = QStringLiteral("El {{2}} llega {{1}}.");
        TemplateArguments a;
        a.body = {QStringLiteral("hoy"), QStringLiteral("técnico")};
        QCOMPARE(TemplateRenderer::render(t, a).body, QStringLiteral("El técnico llega hoy."));
    }

    void graphObjectForBodyAndQuickReplies()
    {
        const Template t = shipped("appointment_confirmation", "es");
        TemplateArguments a;
        a.body = {QStringLiteral("María"), QStringLiteral("mantenimiento"),
                  QStringLiteral("martes 17 de marzo"), QStringLiteral("9:00 y las 12:00")};
        a.buttons.insert(0, QStringLiteral("appointment_confirm"));
        const QJsonObject expected = parse(R"({
          "name": "appointment_confirmation",
          "language": {"code": "es"},
          "components": [
            {"type": "body", "parameters": [
              {"type": "text", "text": "María"},
              {"type": "text", "text": "mantenimiento"},
              {"type": "text", "text": "martes 17 de marzo"},
              {"type": "text", "text": "9:00 y las 12:00"}]},
            {"type": "button", "sub_type": "quick_reply", "index": "0",
             "parameters": [{"type": "payload", "payload": "appointment_confirm"}]}
          ]})");
        QCOMPARE(TemplateRenderer::graphTemplateObject(t, a), expected);

        const QJsonObject message =
            TemplateRenderer::graphMessage(QStringLiteral("5215512345678"), t, a);
        QCOMPARE(message.value(QLatin1String("messaging_product")).toString(),
                 QStringLiteral("whatsapp"));
        QCOMPARE(message.value(QLatin1String("type")).toString(), QStringLiteral("template"));
        QCOMPARE(message.value(QLatin1String("to")).toString(), QStringLiteral("5215512345678"));
        QCOMPARE(message.value(QLatin1String("template")).toObject(), expected);
    }

    void graphObjectWithoutParameters()
    {
        Template t;
        t.name = QStringLiteral("hello_world");
        t.language = QStringLiteral("en_US");
        t.body.text = QStringLiteral("Hello World");
        QCOMPARE(TemplateRenderer::graphTemplateObject(t, {}),
                 parse(R"({"name": "hello_world", "language": {"code": "en_US"}})"));
    }

    void graphObjectHeaders_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("mediaId");
        QTest::addColumn<QString>("mediaLink");
        QTest::addColumn<QByteArray>("expectedHeader");
        QTest::newRow("text")
            << int(HeaderFormat::Text) << QString() << QString()
            << QByteArray(
                   R"({"type": "header", "parameters": [{"type": "text", "text": "SR-1042"}]})");
        QTest::newRow("image by id")
            << int(HeaderFormat::Image) << QStringLiteral("1013859600285441") << QString()
            << QByteArray(
                   R"({"type": "header", "parameters": [{"type": "image", "image": {"id": "1013859600285441"}}]})");
        QTest::newRow("video by link")
            << int(HeaderFormat::Video) << QString() << QStringLiteral("https://example.com/v.mp4")
            << QByteArray(
                   R"({"type": "header", "parameters": [{"type": "video", "video": {"link": "https:\/\/example.com/v.mp4"}}]})");
        QTest::newRow("document with filename")
            << int(HeaderFormat::Document) << QStringLiteral("55") << QString()
            << QByteArray(
                   R"({"type": "header", "parameters": [{"type": "document", "document": {"id": "55", "filename": "cotizacion.pdf"}}]})");
        QTest::newRow("location")
            << int(HeaderFormat::Location) << QString() << QString()
            << QByteArray(
                   R"({"type": "header", "parameters": [{"type": "location", "location": {"latitude": 19.4326, "longitude": -99.1332, "name": "Planta Norte", "address": "Calle 5, Tlalnepantla"}}]})");
    }

    void graphObjectHeaders()
    {
        QFETCH(int, format);
        QFETCH(QString, mediaId);
        QFETCH(QString, mediaLink);
        QFETCH(QByteArray, expectedHeader);
        Template t;
        t.name = QStringLiteral("x");
        t.language = QStringLiteral("es");
        t.header.format = HeaderFormat(format);
        if (t.header.format == HeaderFormat::Text)
            t.header.text = QStringLiteral("Solicitud {{1}}");
        t.body.text = QStringLiteral("Hola.");
        TemplateArguments a;
        a.header = {QStringLiteral("SR-1042")};
        a.media.id = mediaId;
        a.media.link = mediaLink;
        a.media.filename = QStringLiteral("cotizacion.pdf");
        a.location = {true, 19.4326, -99.1332, QStringLiteral("Planta Norte"),
                      QStringLiteral("Calle 5, Tlalnepantla")};
        const QJsonArray components = TemplateRenderer::graphTemplateObject(t, a)
                                          .value(QLatin1String("components"))
                                          .toArray();
        QCOMPARE(components.size(), 1); // no body component: the body has no variables
        QCOMPARE(components.first().toObject(), parse(expectedHeader));
    }

    void graphObjectButtons()
    {
        Template t;
        t.name = QStringLiteral("promo");
        t.language = QStringLiteral("en_US");
        t.category = TemplateCategory::Marketing;
        t.body.text = QStringLiteral("Hi {{1}}, here is your code.");
        TemplateButton url;
        url.type = ButtonType::Url;
        url.text = QStringLiteral("Shop");
        url.url = QStringLiteral("https://example.com/shop/{{1}}");
        TemplateButton fixed;
        fixed.type = ButtonType::Url;
        fixed.text = QStringLiteral("Home");
        fixed.url = QStringLiteral("https://example.com/");
        TemplateButton coupon;
        coupon.type = ButtonType::CopyCode;
        t.buttons = {url, fixed, coupon};
        TemplateArguments a;
        a.body = {QStringLiteral("Ann")};
        a.buttons.insert(0, QStringLiteral("summer"));
        a.buttons.insert(2, QStringLiteral("SUMMER25"));
        const QJsonArray components = TemplateRenderer::graphTemplateObject(t, a)
                                          .value(QLatin1String("components"))
                                          .toArray();
        QCOMPARE(components.size(), 3); // body, url button 0, coupon button 2 (button 1 is fixed)
        QCOMPARE(components.at(1).toObject(),
                 parse(R"({"type": "button", "sub_type": "url", "index": "0",
                           "parameters": [{"type": "text", "text": "summer"}]})"));
        QCOMPARE(components.at(2).toObject(),
                 parse(R"({"type": "button", "sub_type": "copy_code", "index": "2",
                           "parameters": [{"type": "coupon_code", "coupon_code": "SUMMER25"}]})"));
    }

    void namedParametersCarryTheirNames()
    {
        Template t;
        t.name = QStringLiteral("order_pickup");
        t.language = QStringLiteral("en");
        t.parameterFormat = ParameterFormat::Named;
        t.body.text = QStringLiteral("Hi {{first_name}}, order {{order_id}} is ready.");
        TemplateArguments a;
        a.body = {QStringLiteral("Jessica"), QStringLiteral("335628")};
        QCOMPARE(TemplateRenderer::render(t, a).body,
                 QStringLiteral("Hi Jessica, order 335628 is ready."));
        const QJsonArray params = TemplateRenderer::graphTemplateObject(t, a)
                                      .value(QLatin1String("components"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QLatin1String("parameters"))
                                      .toArray();
        QCOMPARE(params.at(0).toObject(),
                 parse(R"({"type": "text", "parameter_name": "first_name", "text": "Jessica"})"));
        QCOMPARE(params.at(1).toObject().value(QLatin1String("parameter_name")).toString(),
                 QStringLiteral("order_id"));
    }

    void authenticationCodeGoesIntoBodyAndButton()
    {
        Template t;
        t.name = QStringLiteral("codigo");
        t.language = QStringLiteral("es");
        t.category = TemplateCategory::Authentication;
        t.body.addSecurityRecommendation = true;
        t.footer.codeExpirationMinutes = 10;
        TemplateButton otp;
        otp.type = ButtonType::Otp;
        otp.otpType = QStringLiteral("COPY_CODE");
        t.buttons = {otp};
        TemplateArguments a;
        a.body = {QStringLiteral("482913")};
        QCOMPARE(TemplateRenderer::graphTemplateObject(t, a),
                 parse(R"({"name": "codigo", "language": {"code": "es"}, "components": [
                    {"type": "body", "parameters": [{"type": "text", "text": "482913"}]},
                    {"type": "button", "sub_type": "url", "index": "0",
                     "parameters": [{"type": "text", "text": "482913"}]}]})"));
        const RenderedTemplate r = TemplateRenderer::render(t, a);
        QCOMPARE(r.body,
                 QStringLiteral("*482913* es tu código de verificación. Por tu seguridad, no lo "
                                "compartas."));
        QCOMPARE(r.footer, QStringLiteral("Este código caduca en 10 minutos."));
        QCOMPARE(r.buttons, QStringList{QStringLiteral("Copy code")});
    }

    void fillFromServiceRequest()
    {
        const Template t = shipped("nueva_solicitud_de_servicio", "es");
        ParameterContext ctx;
        ctx.request = request();
        ctx.language = t.language;
        QList<ParameterMeta> missing;
        const TemplateArguments a = ParameterSources::fill(t, ctx, &missing);
        QVERIFY(missing.isEmpty());
        QCOMPARE(a.body.size(), 6);
        QCOMPARE(a.body.at(0), QStringLiteral("SR-1042"));
        QCOMPARE(a.body.at(1), QStringLiteral("Mantenimiento de PTAR"));
        QCOMPARE(a.body.at(2), QStringLiteral("María López"));
        QCOMPARE(a.body.at(3), QStringLiteral("+5215512345678"));
        QCOMPARE(a.body.at(4), QStringLiteral("Av. Reforma 123, CDMX"));
        QVERIFY2(a.body.at(5).contains(QLatin1String("marzo")), qPrintable(a.body.at(5)));
        QVERIFY(a.body.at(5).contains(QLatin1String("17")));
        QVERIFY(TemplateValidator::validateForSend(t, a).isEmpty());
    }

    void fillReportsWhatIsMissing()
    {
        const Template t = shipped("ptar_formulario_enviado", "es");
        ParameterContext ctx;
        ctx.request = request();
        ctx.customerName = QStringLiteral("María");
        ctx.language = t.language;
        QList<ParameterMeta> missing;
        TemplateArguments a = ParameterSources::fill(t, ctx, &missing);
        // The form URL and the vendor's phone are not on a service request.
        QCOMPARE(missing.size(), 2);
        QCOMPARE(missing.at(0).source, QStringLiteral("form.url"));
        QCOMPARE(missing.at(0).index, 2);
        QCOMPARE(missing.at(1).source, QStringLiteral("vendor.phone"));
        QCOMPARE(a.body.at(0), QStringLiteral("María"));
        QCOMPARE(a.body.at(2), QStringLiteral("Jorge Ramírez"));
        QVERIFY(!TemplateValidator::validateForSend(t, a).isEmpty());

        ctx.values.insert(QStringLiteral("form.url"), QStringLiteral("https://f.example.com/1"));
        ctx.values.insert(QStringLiteral("vendor.phone"), QStringLiteral("+5215587654321"));
        missing.clear();
        a = ParameterSources::fill(t, ctx, &missing);
        QVERIFY(missing.isEmpty());
        QVERIFY(TemplateValidator::validateForSend(t, a).isEmpty());
    }

    void fillQuickReplyPayloadsAndVendorFirstName()
    {
        const Template late = shipped("reschedule_offer", "en");
        ParameterContext ctx;
        ctx.request = request();
        ctx.values.insert(QStringLiteral("appointment.delay"), QStringLiteral("45 minutes"));
        const TemplateArguments a = ParameterSources::fill(late, ctx);
        QCOMPARE(a.buttons.value(0), QStringLiteral("keep_waiting"));
        QCOMPARE(a.buttons.value(2), QStringLiteral("reschedule_tomorrow"));
        QCOMPARE(a.body.at(0), QStringLiteral("María López")); // customer.name falls back

        const Template removed = shipped("reasignacion_removida", "es");
        QCOMPARE(ParameterSources::fill(removed, ctx).body.at(0), QStringLiteral("Jorge"));
    }

    void sourceKeysHaveLabels()
    {
        for (const QString &key : ParameterSources::keys()) {
            QVERIFY(!ParameterSources::label(key).isEmpty());
            QVERIFY2(ParameterSources::label(key) != key, qPrintable(key));
        }
        const Template t = shipped("solicitud_recibida_cliente", "es");
        QCOMPARE(ParameterSources::parameterLabel(t, TemplatePart::Body, 5),
                 QStringLiteral("Contact email"));
        QCOMPARE(ParameterSources::parameterLabel(t, TemplatePart::Body, 9),
                 QStringLiteral("{{9}}"));
    }
};

QTEST_GUILESS_MAIN(TestTemplateRenderer)
#include "tst_templaterenderer.moc"
