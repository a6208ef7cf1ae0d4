// SPDX-License-Identifier: GPL-3.0-or-later
// Every TemplateValidator rule with valid and invalid cases. Each row states the exact set of
// rule ids expected, so a row also fails when an unrelated rule fires by mistake.
#include "core/whatsapp/templates/TemplateValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace recado::whatsapp;

Q_DECLARE_METATYPE(recado::whatsapp::Template)
Q_DECLARE_METATYPE(recado::whatsapp::TemplateArguments)

namespace {
Template base()
{
    Template t;
    t.name = QStringLiteral("cita_confirmada");
    t.language = QStringLiteral("es");
    t.category = TemplateCategory::Utility;
    t.body.text = QStringLiteral("Hola {{1}}, su visita es el {{2}}. Gracias.");
    t.body.examples = {QStringLiteral("Ana"), QStringLiteral("lunes")};
    return t;
}

Template withBody(const QString &text, const QStringList &examples = {})
{
    Template t = base();
    t.body.text = text;
    t.body.examples = examples;
    if (examples.isEmpty()) {
        // One sample per distinct variable, so rows about other rules do not trip examples.
        for (int i = 0; i < 10; ++i)
            t.body.examples.append(QStringLiteral("x%1").arg(i));
    }
    return t;
}

Template withButtons(const QList<TemplateButton> &buttons,
                     TemplateCategory category = TemplateCategory::Utility)
{
    Template t = base();
    t.category = category;
    t.buttons = buttons;
    return t;
}

TemplateButton button(ButtonType type, const QString &text = QStringLiteral("Ver"),
                      const QString &value = {}, const QString &example = {})
{
    TemplateButton b;
    b.type = type;
    b.text = text;
    if (type == ButtonType::Url)
        b.url = value.isEmpty() ? QStringLiteral("https://example.com/seguimiento") : value;
    if (type == ButtonType::PhoneNumber)
        b.phoneNumber = value.isEmpty() ? QStringLiteral("+5215512345678") : value;
    if (type == ButtonType::Otp)
        b.otpType = QStringLiteral("COPY_CODE");
    b.example = example;
    if (type == ButtonType::CopyCode && example.isEmpty())
        b.example = QStringLiteral("DESC10");
    return b;
}

Template authTemplate()
{
    Template t;
    t.name = QStringLiteral("codigo_verificacion");
    t.language = QStringLiteral("es");
    t.category = TemplateCategory::Authentication;
    t.body.addSecurityRecommendation = true;
    t.footer.codeExpirationMinutes = 10;
    t.buttons = {button(ButtonType::Otp, QStringLiteral("Copiar código"))};
    return t;
}

QStringList rulesOf(const ValidationIssues &issues, bool includeWarnings = true)
{
    QStringList rules;
    for (const ValidationIssue &i : issues) {
        if (includeWarnings || i.severity == ValidationIssue::Severity::Error)
            rules.append(i.rule);
    }
    rules.removeDuplicates();
    std::sort(rules.begin(), rules.end());
    return rules;
}

QString dump(const ValidationIssues &issues)
{
    QStringList lines;
    for (const ValidationIssue &i : issues)
        lines.append(QStringLiteral("%1 [%2 %3]: %4")
                         .arg(i.rule, toString(i.part))
                         .arg(i.index)
                         .arg(i.message));
    return lines.join(QLatin1Char('\n'));
}

//! Translates every TemplateValidator string into a recognisable form, to prove messages go
//! through QCoreApplication::translate.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "TemplateValidator") == 0)
            return QStringLiteral("[es] ") + QString::fromUtf8(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class TestTemplateValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void submission_data()
    {
        QTest::addColumn<Template>("tpl");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        const auto rules = [](std::initializer_list<const char *> ids) {
            QStringList l;
            for (const char *id : ids)
                l.append(QString::fromLatin1(id));
            std::sort(l.begin(), l.end());
            return l;
        };

        QTest::newRow("valid utility") << base() << none;

        // name
        Template t = base();
        t.name = QStringLiteral("cita_2");
        QTest::newRow("name digits ok") << t << none;
        t.name = QStringLiteral("Cita_Confirmada");
        QTest::newRow("name upper case") << t << rules({"name.format"});
        t.name = QStringLiteral("cita-confirmada");
        QTest::newRow("name hyphen") << t << rules({"name.format"});
        t.name = QString();
        QTest::newRow("name empty") << t << rules({"name.format"});
        t.name = QString(512, QLatin1Char('a'));
        QTest::newRow("name 512 ok") << t << none;
        t.name = QString(513, QLatin1Char('a'));
        QTest::newRow("name 513") << t << rules({"name.length"});

        // language and category
        t = base();
        for (const char *ok : {"es_MX", "pt_BR", "en_US", "en", "es_CO"}) {
            t.language = QString::fromLatin1(ok);
            QTest::newRow(qPrintable(QStringLiteral("language %1 ok").arg(t.language)))
                << t << none;
        }
        t.language = QStringLiteral("es-MX");
        QTest::newRow("language with hyphen") << t << rules({"language.unknown"});
        t.language = QStringLiteral("pt");
        QTest::newRow("language pt without region") << t << rules({"language.unknown"});
        t = base();
        t.category = TemplateCategory::Unknown;
        QTest::newRow("no category") << t << rules({"category.unknown"});

        // variables
        QTest::newRow("malformed spaces")
            << withBody(QStringLiteral("Hola {{ 1 }}, gracias.")) << rules({"variables.malformed"});
        QTest::newRow("malformed key")
            << withBody(QStringLiteral("Hola {{1a}}, gracias.")) << rules({"variables.malformed"});
        QTest::newRow("malformed unclosed")
            << withBody(QStringLiteral("Hola {{1}, gracias.")) << rules({"variables.malformed"});
        QTest::newRow("mixed positional and named")
            << withBody(QStringLiteral("Hola {{1}} y {{nombre}}, gracias."))
            << rules({"variables.mixed_format"});
        t = withBody(QStringLiteral("Hola {{nombre}}, su visita es el {{fecha}}. Gracias."));
        t.parameterFormat = ParameterFormat::Named;
        QTest::newRow("named ok") << t << none;
        t.body.text = QStringLiteral("Hola {{1}}, gracias.");
        QTest::newRow("positional in named template") << t << rules({"variables.mixed_format"});
        QTest::newRow("gap") << withBody(QStringLiteral("Hola {{1}}, el {{3}} llega."))
                             << rules({"variables.sequence"});
        QTest::newRow("starts at 2")
            << withBody(QStringLiteral("Hola {{2}}, gracias.")) << rules({"variables.sequence"});
        QTest::newRow("out of order ok")
            << withBody(QStringLiteral("Hola {{2}}, el {{1}} llega.")) << none;
        QTest::newRow("duplicate") << withBody(QStringLiteral("Hola {{1}}, adiós {{1}} ya."))
                                   << rules({"variables.duplicate"});
        QTest::newRow("adjacent") << withBody(QStringLiteral("Hola {{1}}{{2}} gracias."))
                                  << rules({"variables.adjacent"});
        QTest::newRow("adjacent with space")
            << withBody(QStringLiteral("Hola {{1}} {{2}} gracias."))
            << rules({"variables.adjacent"});
        QTest::newRow("separated by comma ok")
            << withBody(QStringLiteral("Hola {{1}}, {{2}} gracias.")) << none;

        // body
        QTest::newRow("body missing") << withBody(QStringLiteral("  ")) << rules({"body.missing"});
        QTest::newRow("body 1024 ok") << withBody(QString(1024, QLatin1Char('a'))) << none;
        QTest::newRow("body 1025")
            << withBody(QString(1025, QLatin1Char('a'))) << rules({"body.length"});
        QTest::newRow("leading variable") << withBody(QStringLiteral("{{1}}, su visita llega."))
                                          << rules({"body.leading_variable"});
        QTest::newRow("leading variable after spaces")
            << withBody(QStringLiteral("  \n{{1}}, su visita llega."))
            << rules({"body.leading_variable"});
        QTest::newRow("trailing variable") << withBody(QStringLiteral("Su visita llega el {{1}}"))
                                           << rules({"body.trailing_variable"});
        QTest::newRow("trailing variable then newline")
            << withBody(QStringLiteral("Su visita llega el {{1}}\n"))
            << rules({"body.trailing_variable"});
        QTest::newRow("trailing full stop ok")
            << withBody(QStringLiteral("Su visita llega el {{1}}.")) << none;
        QTest::newRow("only a variable")
            << withBody(QStringLiteral("{{1}}"))
            << rules({"body.leading_variable", "body.trailing_variable"});

        // examples
        QTest::newRow("example missing")
            << withBody(QStringLiteral("Hola {{1}}, el {{2}} llega."), {QStringLiteral("Ana")})
            << rules({"examples.body_missing"});
        QTest::newRow("example blank") << withBody(QStringLiteral("Hola {{1}}, el {{2}} llega."),
                                                   {QStringLiteral("Ana"), QStringLiteral(" ")})
                                       << rules({"examples.body_missing"});

        // header
        t = base();
        t.header.format = HeaderFormat::Text;
        t.header.text = QStringLiteral("Su visita");
        QTest::newRow("text header ok") << t << none;
        t.header.text = QString(60, QLatin1Char('h'));
        QTest::newRow("header 60 ok") << t << none;
        t.header.text = QString(61, QLatin1Char('h'));
        QTest::newRow("header 61") << t << rules({"header.text_length"});
        t.header.text = QString();
        QTest::newRow("header empty") << t << rules({"header.text_missing"});
        t.header.text = QStringLiteral("Visita {{1}}");
        QTest::newRow("header variable without example") << t << rules({"examples.header_missing"});
        t.header.textExamples = {QStringLiteral("SR-1")};
        QTest::newRow("header variable with example ok") << t << none;
        t.header.text = QStringLiteral("Visita {{1}} de {{2}}");
        t.header.textExamples = {QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("header two variables") << t << rules({"header.variables"});
        t.header.text = QStringLiteral("Línea\nDos");
        QTest::newRow("header newline") << t << rules({"header.formatting"});
        t.header.text = QStringLiteral("Su visita 🚚");
        QTest::newRow("header emoji (warning)") << t << rules({"header.emoji"});
        t = base();
        t.header.format = HeaderFormat::Image;
        QTest::newRow("image header without sample")
            << t << rules({"header.media_example_missing"});
        t.header.mediaHandles = {QStringLiteral("4::aW1hZ2U=")};
        QTest::newRow("image header with sample ok") << t << none;
        t.header.format = HeaderFormat::Location;
        t.header.mediaHandles.clear();
        QTest::newRow("location header ok") << t << none;

        // footer
        t = base();
        t.footer.text = QString(60, QLatin1Char('f'));
        QTest::newRow("footer 60 ok") << t << none;
        t.footer.text = QString(61, QLatin1Char('f'));
        QTest::newRow("footer 61") << t << rules({"footer.length"});
        t.footer.text = QStringLiteral("Gracias {{1}}");
        QTest::newRow("footer variable") << t << rules({"footer.variables"});

        // button counts and layout
        QList<TemplateButton> many;
        for (int i = 0; i < 10; ++i)
            many.append(button(ButtonType::QuickReply, QStringLiteral("Op %1").arg(i)));
        QTest::newRow("10 quick replies ok") << withButtons(many) << none;
        many.append(button(ButtonType::QuickReply, QStringLiteral("Op 10")));
        QTest::newRow("11 quick replies")
            << withButtons(many) << rules({"buttons.count", "buttons.quick_reply_count"});
        QTest::newRow("2 url ok") << withButtons({button(ButtonType::Url), button(ButtonType::Url)})
                                  << none;
        QTest::newRow("3 url") << withButtons({button(ButtonType::Url), button(ButtonType::Url),
                                               button(ButtonType::Url)})
                               << rules({"buttons.url_count"});
        QTest::newRow("2 phone") << withButtons({button(ButtonType::PhoneNumber),
                                                 button(ButtonType::PhoneNumber)})
                                 << rules({"buttons.phone_count"});
        QTest::newRow("2 copy code")
            << withButtons({button(ButtonType::CopyCode), button(ButtonType::CopyCode)},
                           TemplateCategory::Marketing)
            << rules({"buttons.copy_code_count"});
        QTest::newRow("quick replies first ok")
            << withButtons({button(ButtonType::QuickReply), button(ButtonType::QuickReply),
                            button(ButtonType::Url)})
            << none;
        QTest::newRow("quick replies last ok")
            << withButtons({button(ButtonType::Url), button(ButtonType::PhoneNumber),
                            button(ButtonType::QuickReply)})
            << none;
        QTest::newRow("interleaved")
            << withButtons({button(ButtonType::QuickReply), button(ButtonType::Url),
                            button(ButtonType::QuickReply)})
            << rules({"buttons.grouping"});

        // single buttons
        QTest::newRow("unknown type")
            << withButtons({button(ButtonType::Unknown)}) << rules({"button.type_unknown"});
        QTest::newRow("no label") << withButtons({button(ButtonType::QuickReply, QString())})
                                  << rules({"button.text_missing"});
        QTest::newRow("label 25 ok")
            << withButtons({button(ButtonType::QuickReply, QString(25, QLatin1Char('b')))}) << none;
        QTest::newRow("label 26") << withButtons({button(ButtonType::QuickReply,
                                                         QString(26, QLatin1Char('b')))})
                                  << rules({"button.text_length"});
        for (const char *bad : {"ftp://example.com/x", "no es una url", "https://"}) {
            QTest::newRow(qPrintable(QStringLiteral("url %1").arg(QString::fromLatin1(bad))))
                << withButtons(
                       {button(ButtonType::Url, QStringLiteral("Ver"), QString::fromLatin1(bad))})
                << rules({"button.url_invalid"});
        }
        QTest::newRow("url too long")
            << withButtons({button(ButtonType::Url, QStringLiteral("Ver"),
                                   QStringLiteral("https://example.com/") +
                                       QString(1990, QLatin1Char('a')))})
            << rules({"button.url_invalid"});
        QTest::newRow("url variable with example ok")
            << withButtons({button(ButtonType::Url, QStringLiteral("Seguir"),
                                   QStringLiteral("https://example.com/track/{{1}}"),
                                   QStringLiteral("https://example.com/track/SR-1"))})
            << none;
        QTest::newRow("url variable without example")
            << withButtons({button(ButtonType::Url, QStringLiteral("Seguir"),
                                   QStringLiteral("https://example.com/track/{{1}}"))})
            << rules({"button.url_example_missing"});
        for (const char *bad : {"https://example.com/{{1}}/estado", "https://example.com/{{2}}",
                                "https://example.com/{{1}}{{2}}"}) {
            QTest::newRow(
                qPrintable(QStringLiteral("url variable %1").arg(QString::fromLatin1(bad))))
                << withButtons(
                       {button(ButtonType::Url, QStringLiteral("Ver"), QString::fromLatin1(bad),
                               QStringLiteral("https://e.com/x"))})
                << rules({"button.url_variable"});
        }
        QTest::newRow("phone ok") << withButtons({button(ButtonType::PhoneNumber)}) << none;
        QTest::newRow("phone without plus")
            << withButtons({button(ButtonType::PhoneNumber, QStringLiteral("Llamar"),
                                   QStringLiteral("5215512345678"))})
            << rules({"button.phone_invalid"});
        QTest::newRow("phone with spaces")
            << withButtons({button(ButtonType::PhoneNumber, QStringLiteral("Llamar"),
                                   QStringLiteral("+52 55 1234 5678"))})
            << rules({"button.phone_invalid"});
        QTest::newRow("copy code ok")
            << withButtons({button(ButtonType::CopyCode)}, TemplateCategory::Marketing) << none;
        QTest::newRow("copy code 16 chars")
            << withButtons(
                   {button(ButtonType::CopyCode, QString(), {}, QString(16, QLatin1Char('C')))},
                   TemplateCategory::Marketing)
            << rules({"button.copy_code_example"});
        QTest::newRow("otp in utility")
            << withButtons({button(ButtonType::Otp)}) << rules({"button.otp_category"});

        // authentication
        QTest::newRow("auth ok") << authTemplate() << none;
        t = authTemplate();
        t.buttons.clear();
        QTest::newRow("auth without button") << t << rules({"auth.button"});
        t.buttons = {button(ButtonType::QuickReply)};
        QTest::newRow("auth with quick reply") << t << rules({"auth.button"});
        t = authTemplate();
        t.header.format = HeaderFormat::Text;
        t.header.text = QStringLiteral("Código");
        QTest::newRow("auth with header") << t << rules({"auth.header"});
        t = authTemplate();
        t.body.text = QStringLiteral("*{{1}}* es tu código. Entra en https://example.com ya.");
        t.body.examples = {QStringLiteral("123456")};
        QTest::newRow("auth with url") << t << rules({"auth.content"});
        t.body.text = QStringLiteral("*{{1}}* es tu código 🔐.");
        QTest::newRow("auth with emoji") << t << rules({"auth.content"});
        t = authTemplate();
        t.footer.codeExpirationMinutes = 91;
        QTest::newRow("auth expiry 91") << t << rules({"auth.code_expiration"});
        t.footer.codeExpirationMinutes = 90;
        QTest::newRow("auth expiry 90 ok") << t << none;

        // utility
        QTest::newRow("utility copy code")
            << withButtons({button(ButtonType::CopyCode)}) << rules({"utility.copy_code"});
        QTest::newRow("utility promo es (warning)")
            << withBody(QStringLiteral("Hola {{1}}, aproveche 20% de descuento esta semana."))
            << rules({"utility.promotional_language"});
        t = withBody(QStringLiteral("Hi {{1}}, our big sale starts today."));
        t.language = QStringLiteral("en");
        QTest::newRow("utility promo en (warning)") << t << rules({"utility.promotional_language"});
        t = withBody(QStringLiteral("Olá {{1}}, confira a nossa promoção de inverno."));
        t.language = QStringLiteral("pt_BR");
        QTest::newRow("utility promo pt (warning)") << t << rules({"utility.promotional_language"});
        QTest::newRow("spanish sale means leaves")
            << withBody(QStringLiteral("Hola {{1}}, el técnico sale a las 10 hacia su domicilio."))
            << none;
        t = withBody(QStringLiteral("Hola {{1}}, aproveche 20% de descuento esta semana."));
        t.category = TemplateCategory::Marketing;
        QTest::newRow("promo in marketing ok") << t << none;
    }

    void submission()
    {
        QFETCH(Template, tpl);
        QFETCH(QStringList, expected);
        const ValidationIssues issues = TemplateValidator::validateForSubmission(tpl);
        QVERIFY2(rulesOf(issues) == expected, qPrintable(dump(issues)));
        for (const ValidationIssue &i : issues) {
            QVERIFY(!i.message.isEmpty());
            QVERIFY(!i.message.contains(QLatin1String("%1")));
        }
    }

    void issuesSayWhere()
    {
        ValidationIssues issues = TemplateValidator::validateForSubmission(
            withBody(QStringLiteral("Hola {{1}}, el {{3}} y {{4}} llega.")));
        const ValidationIssue *seq = findIssue(issues, QStringLiteral("variables.sequence"));
        QVERIFY(seq);
        QCOMPARE(seq->index, 2);
        QCOMPARE(toString(seq->part), QStringLiteral("body"));
        QVERIFY(seq->message.contains(QLatin1String("{{2}}")));

        issues = TemplateValidator::validateForSubmission(
            withButtons({button(ButtonType::QuickReply),
                         button(ButtonType::QuickReply, QString(30, QLatin1Char('x')))}));
        const ValidationIssue *len = findIssue(issues, QStringLiteral("button.text_length"));
        QVERIFY(len);
        QCOMPARE(len->index, 1);
        QCOMPARE(toString(len->part), QStringLiteral("buttons"));

        issues = TemplateValidator::validateForSubmission(withBody(
            QStringLiteral("Hola {{1}}, gracias {{2}}"), {QStringLiteral("a"), QString()}));
        QCOMPARE(findIssue(issues, QStringLiteral("body.trailing_variable"))->index, 2);
        QCOMPARE(findIssue(issues, QStringLiteral("examples.body_missing"))->index, 2);
        QVERIFY(hasErrors(issues));

        issues = TemplateValidator::validateForSubmission(
            withBody(QStringLiteral("Hola {{1}}, aproveche la oferta de hoy.")));
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().severity == ValidationIssue::Severity::Warning);
        QVERIFY(!hasErrors(issues));
    }

    void send_data()
    {
        QTest::addColumn<Template>("tpl");
        QTest::addColumn<TemplateArguments>("args");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;

        Template t = base();
        t.status = TemplateStatus::Approved;
        TemplateArguments a;
        a.body = {QStringLiteral("Ana"), QStringLiteral("lunes 17")};
        QTest::newRow("valid") << t << a << none;

        for (const auto status :
             {TemplateStatus::Rejected, TemplateStatus::Paused, TemplateStatus::Disabled,
              TemplateStatus::Pending, TemplateStatus::InAppeal, TemplateStatus::Archived,
              TemplateStatus::Unknown}) {
            Template s = t;
            s.status = status;
            QTest::newRow(qPrintable(QStringLiteral("status %1").arg(toString(status))))
                << s << a << QStringList{QStringLiteral("send.status")};
        }

        TemplateArguments few = a;
        few.body.removeLast();
        QTest::newRow("too few") << t << few << QStringList{QStringLiteral("send.param_count")};
        TemplateArguments many = a;
        many.body.append(QStringLiteral("extra"));
        QTest::newRow("too many") << t << many << QStringList{QStringLiteral("send.param_count")};

        TemplateArguments bad = a;
        bad.body[1] = QString();
        QTest::newRow("empty") << t << bad << QStringList{QStringLiteral("send.param_empty")};
        bad.body[1] = QStringLiteral("  \t ");
        QTest::newRow("whitespace only")
            << t << bad << QStringList{QStringLiteral("send.param_empty")};
        bad.body[1] = QStringLiteral("lunes\n17");
        QTest::newRow("newline") << t << bad
                                 << QStringList{QStringLiteral("send.param_whitespace")};
        bad.body[1] = QStringLiteral("lunes\r17");
        QTest::newRow("carriage return")
            << t << bad << QStringList{QStringLiteral("send.param_whitespace")};
        bad.body[1] = QStringLiteral("lunes\t17");
        QTest::newRow("tab") << t << bad << QStringList{QStringLiteral("send.param_whitespace")};
        bad.body[1] = QStringLiteral("lunes     17");
        QTest::newRow("5 spaces") << t << bad
                                  << QStringList{QStringLiteral("send.param_whitespace")};
        bad.body[1] = QStringLiteral("lunes    17");
        QTest::newRow("4 spaces ok") << t << bad << none;

        bad.body[1] = QString(1000, QLatin1Char('x'));
        QTest::newRow("rendered body too long")
            << t << bad << QStringList{QStringLiteral("send.body_length")};
        bad.body[1] = QString(1024 - 36, QLatin1Char('x')); // exactly 1024 rendered
        QTest::newRow("rendered body 1024 ok") << t << bad << none;

        Template h = t;
        h.header.format = HeaderFormat::Text;
        h.header.text = QStringLiteral("Visita {{1}}");
        TemplateArguments ha = a;
        QTest::newRow("header value missing")
            << h << ha << QStringList{QStringLiteral("send.header_count")};
        ha.header = {QStringLiteral("SR-1042")};
        QTest::newRow("header value ok") << h << ha << none;
        ha.header = {QString(60, QLatin1Char('x'))};
        QTest::newRow("rendered header too long")
            << h << ha << QStringList{QStringLiteral("send.header_length")};
        ha.header = {QStringLiteral("SR\n1042")};
        QTest::newRow("header newline")
            << h << ha << QStringList{QStringLiteral("send.param_whitespace")};

        Template img = t;
        img.header.format = HeaderFormat::Image;
        QTest::newRow("image missing")
            << img << a << QStringList{QStringLiteral("send.header_media_missing")};
        TemplateArguments ia = a;
        ia.media.id = QStringLiteral("1013859600285441");
        QTest::newRow("image by id ok") << img << ia << none;
        ia.media = {};
        ia.media.link = QStringLiteral("https://example.com/foto.jpg");
        QTest::newRow("image by link ok") << img << ia << none;
        ia.media.link = QStringLiteral("ftp://example.com/foto.jpg");
        QTest::newRow("image bad link")
            << img << ia << QStringList{QStringLiteral("send.header_media_link")};
        Template loc = t;
        loc.header.format = HeaderFormat::Location;
        QTest::newRow("location missing")
            << loc << a << QStringList{QStringLiteral("send.header_location_missing")};
        TemplateArguments la = a;
        la.location = {true, 19.43, -99.13, QStringLiteral("Oficina"), QString()};
        QTest::newRow("location ok") << loc << la << none;

        Template url = t;
        url.buttons = {button(ButtonType::Url, QStringLiteral("Seguir"),
                              QStringLiteral("https://example.com/track/{{1}}"),
                              QStringLiteral("https://example.com/track/SR-1"))};
        QTest::newRow("url suffix missing")
            << url << a << QStringList{QStringLiteral("send.button_param_missing")};
        TemplateArguments ua = a;
        ua.buttons.insert(0, QStringLiteral("SR-1042"));
        QTest::newRow("url suffix ok") << url << ua << none;
        Template fixedUrl = t;
        fixedUrl.buttons = {button(ButtonType::Url)};
        QTest::newRow("fixed url needs nothing") << fixedUrl << a << none;

        Template coupon = t;
        coupon.category = TemplateCategory::Marketing;
        coupon.buttons = {button(ButtonType::CopyCode)};
        QTest::newRow("coupon missing")
            << coupon << a << QStringList{QStringLiteral("send.button_param_missing")};
        TemplateArguments ca = a;
        ca.buttons.insert(0, QString(16, QLatin1Char('C')));
        QTest::newRow("coupon too long")
            << coupon << ca << QStringList{QStringLiteral("send.coupon_length")};
        ca.buttons.insert(0, QStringLiteral("VERANO15"));
        QTest::newRow("coupon ok") << coupon << ca << none;

        Template auth = authTemplate();
        auth.status = TemplateStatus::Approved;
        TemplateArguments code;
        code.body = {QStringLiteral("482913")};
        QTest::newRow("otp ok (button reuses the code)") << auth << code << none;
        code.body = {QString(16, QLatin1Char('9'))};
        QTest::newRow("otp too long")
            << auth << code << QStringList{QStringLiteral("send.otp_length")};
        QTest::newRow("otp missing") << auth << TemplateArguments{}
                                     << QStringList{QStringLiteral("send.button_param_missing"),
                                                    QStringLiteral("send.param_count")};
    }

    void send()
    {
        QFETCH(Template, tpl);
        QFETCH(TemplateArguments, args);
        QFETCH(QStringList, expected);
        const ValidationIssues issues = TemplateValidator::validateForSend(tpl, args);
        QVERIFY2(rulesOf(issues) == expected, qPrintable(dump(issues)));
        for (const ValidationIssue &i : issues)
            QVERIFY(i.severity == ValidationIssue::Severity::Error);
    }

    void sendIssuesNameTheParameter()
    {
        Template t = base();
        t.status = TemplateStatus::Approved;
        t.parameters = {{TemplatePart::Body, 2, QStringLiteral("Appointment date"), QString()}};
        TemplateArguments a;
        a.body = {QStringLiteral("Ana"), QStringLiteral("lunes\n17")};
        const ValidationIssues issues = TemplateValidator::validateForSend(t, a);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().index, 2);
        QVERIFY2(issues.first().message.contains(QLatin1String("Appointment date")),
                 qPrintable(issues.first().message));
    }

    void statusMessagesSayWhy()
    {
        Template t = base();
        t.status = TemplateStatus::Rejected;
        t.rejectedReason = QStringLiteral("INVALID_FORMAT");
        QVERIFY(TemplateValidator::statusExplanation(t).contains(QLatin1String("INVALID_FORMAT")));
        QVERIFY(TemplateValidator::statusExplanation(t).contains(QLatin1String("rejected")));
        t.status = TemplateStatus::Paused;
        QVERIFY(TemplateValidator::statusExplanation(t).contains(QLatin1String("paused")));
        t.status = TemplateStatus::Disabled;
        QVERIFY(TemplateValidator::statusExplanation(t).contains(QLatin1String("disabled")));
        t.status = TemplateStatus::Approved;
        QVERIFY(TemplateValidator::statusExplanation(t).isEmpty());
    }

    void messagesAreTranslatable()
    {
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const ValidationIssues issues =
            TemplateValidator::validateForSubmission(withBody(QStringLiteral("{{1}} hola {{2}}")));
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(!issues.isEmpty());
        for (const ValidationIssue &i : issues)
            QVERIFY2(i.message.startsWith(QLatin1String("[es] ")), qPrintable(i.message));
    }
};

QTEST_GUILESS_MAIN(TestTemplateValidator)
#include "tst_templatevalidator.moc"
