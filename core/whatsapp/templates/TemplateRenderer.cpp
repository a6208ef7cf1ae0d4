// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/templates/TemplateRenderer.h"

#include "core/whatsapp/templates/TemplateLanguages.h"
#include "core/whatsapp/templates/TemplateVariables.h"

#include <QJsonArray>

namespace recado::whatsapp {

namespace {
// Meta's preset authentication wording, for previews of templates created without body text.
// These are customer-facing texts in the template's language, not UI strings, so they are
// chosen by the template language rather than translated with tr().
QString authBody(const QString &language, bool securityRecommendation)
{
    const QString base = baseLanguage(language);
    QString text;
    QString security;
    if (base == QLatin1String("es")) {
        text = QStringLiteral("*{{1}}* es tu código de verificación.");
        security = QStringLiteral(" Por tu seguridad, no lo compartas.");
    } else if (base == QLatin1String("pt")) {
        text = QStringLiteral("*{{1}}* é seu código de verificação.");
        security = QStringLiteral(" Para sua segurança, não o compartilhe.");
    } else {
        text = QStringLiteral("*{{1}}* is your verification code.");
        security = QStringLiteral(" For your security, do not share this code.");
    }
    return securityRecommendation ? text + security : text;
}

QString authFooter(const QString &language, int minutes)
{
    const QString base = baseLanguage(language);
    if (base == QLatin1String("es"))
        return QStringLiteral("Este código caduca en %1 minutos.").arg(minutes);
    if (base == QLatin1String("pt"))
        return QStringLiteral("Este código expira em %1 minutos.").arg(minutes);
    return QStringLiteral("This code expires in %1 minutes.").arg(minutes);
}

QString buttonLabel(const TemplateButton &b)
{
    if (!b.text.isEmpty())
        return b.text;
    if (b.type == ButtonType::Otp || b.type == ButtonType::CopyCode)
        return QStringLiteral("Copy code");
    return {};
}

QJsonArray textParameters(const QString &text, const QStringList &values, bool named)
{
    QJsonArray params;
    const QStringList keys = TemplateVariables::scan(text).orderedKeys();
    for (qsizetype i = 0; i < values.size(); ++i) {
        QJsonObject p{{QStringLiteral("type"), QStringLiteral("text")},
                      {QStringLiteral("text"), values.at(i)}};
        if (named && i < keys.size())
            p.insert(QStringLiteral("parameter_name"), keys.at(i));
        params.append(p);
    }
    return params;
}

QJsonObject headerComponent(const Template &t, const TemplateArguments &args)
{
    QJsonArray params;
    const HeaderFormat f = t.header.format;
    if (f == HeaderFormat::Text) {
        params =
            textParameters(t.header.text, args.header, t.parameterFormat == ParameterFormat::Named);
    } else if (isMediaHeader(f) && !args.media.isEmpty()) {
        const QString type = toString(f).toLower();
        QJsonObject media;
        if (!args.media.id.isEmpty())
            media.insert(QStringLiteral("id"), args.media.id);
        else
            media.insert(QStringLiteral("link"), args.media.link);
        if (f == HeaderFormat::Document && !args.media.filename.isEmpty())
            media.insert(QStringLiteral("filename"), args.media.filename);
        params.append(QJsonObject{{QStringLiteral("type"), type}, {type, media}});
    } else if (f == HeaderFormat::Location && args.location.valid) {
        QJsonObject loc{{QStringLiteral("latitude"), args.location.latitude},
                        {QStringLiteral("longitude"), args.location.longitude}};
        if (!args.location.name.isEmpty())
            loc.insert(QStringLiteral("name"), args.location.name);
        if (!args.location.address.isEmpty())
            loc.insert(QStringLiteral("address"), args.location.address);
        params.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("location")},
                                  {QStringLiteral("location"), loc}});
    }
    if (params.isEmpty())
        return {};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                       {QStringLiteral("parameters"), params}};
}

QJsonObject buttonComponent(const Template &t, const TemplateArguments &args, int index)
{
    const TemplateButton &b = t.buttons.at(index);
    QString value = args.buttons.value(index);
    QString subType;
    QJsonObject param;
    const bool authCode =
        b.type == ButtonType::Otp ||
        (t.category == TemplateCategory::Authentication && b.type == ButtonType::Url);
    if (authCode) {
        // The one-time code goes both into the body and into the button (as a URL suffix).
        if (value.isEmpty())
            value = args.body.value(0);
        subType = QStringLiteral("url");
        param = {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), value}};
    } else if (b.type == ButtonType::Url && t.buttonNeedsParameter(index)) {
        subType = QStringLiteral("url");
        param = {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), value}};
    } else if (b.type == ButtonType::CopyCode) {
        subType = QStringLiteral("copy_code");
        param = {{QStringLiteral("type"), QStringLiteral("coupon_code")},
                 {QStringLiteral("coupon_code"), value}};
    } else if (b.type == ButtonType::QuickReply && !value.isEmpty()) {
        // Without a payload WhatsApp reports the button label; give one only when asked.
        subType = QStringLiteral("quick_reply");
        param = {{QStringLiteral("type"), QStringLiteral("payload")},
                 {QStringLiteral("payload"), value}};
    }
    if (subType.isEmpty() || value.isEmpty())
        return {};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("button")},
                       {QStringLiteral("sub_type"), subType},
                       {QStringLiteral("index"), QString::number(index)},
                       {QStringLiteral("parameters"), QJsonArray{param}}};
}
} // namespace

QString RenderedTemplate::toPlainText() const
{
    QStringList parts;
    for (const QString &p : {header, body, footer}) {
        if (!p.isEmpty())
            parts.append(p);
    }
    return parts.join(QStringLiteral("\n\n"));
}

RenderedTemplate TemplateRenderer::render(const Template &t, const TemplateArguments &args)
{
    RenderedTemplate r;
    r.headerFormat = t.header.format;
    if (t.header.format == HeaderFormat::Text)
        r.header = TemplateVariables::substitute(t.header.text, args.header);
    QString body = t.body.text;
    if (body.isEmpty() && t.category == TemplateCategory::Authentication)
        body = authBody(t.language, t.body.addSecurityRecommendation);
    r.body = TemplateVariables::substitute(body, args.body);
    r.footer = t.footer.text;
    if (r.footer.isEmpty() && t.footer.codeExpirationMinutes > 0)
        r.footer = authFooter(t.language, t.footer.codeExpirationMinutes);
    for (const TemplateButton &b : t.buttons)
        r.buttons.append(buttonLabel(b));
    return r;
}

RenderedTemplate TemplateRenderer::renderExample(const Template &t)
{
    TemplateArguments args;
    args.header = t.header.textExamples;
    args.body = t.body.examples;
    return render(t, args);
}

QJsonObject TemplateRenderer::graphTemplateObject(const Template &t, const TemplateArguments &args)
{
    QJsonArray components;
    const QJsonObject header = headerComponent(t, args);
    if (!header.isEmpty())
        components.append(header);
    const QJsonArray body =
        textParameters(t.body.text, args.body, t.parameterFormat == ParameterFormat::Named);
    if (!body.isEmpty()) {
        components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                                      {QStringLiteral("parameters"), body}});
    }
    for (int i = 0; i < t.buttons.size(); ++i) {
        const QJsonObject button = buttonComponent(t, args, i);
        if (!button.isEmpty())
            components.append(button);
    }
    QJsonObject o{{QStringLiteral("name"), t.name},
                  {QStringLiteral("language"), QJsonObject{{QStringLiteral("code"), t.language}}}};
    if (!components.isEmpty())
        o.insert(QStringLiteral("components"), components);
    return o;
}

QJsonObject TemplateRenderer::graphMessage(const QString &to, const Template &t,
                                           const TemplateArguments &args)
{
    return QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                       {QStringLiteral("recipient_type"), QStringLiteral("individual")},
                       {QStringLiteral("to"), to},
                       {QStringLiteral("type"), QStringLiteral("template")},
                       {QStringLiteral("template"), graphTemplateObject(t, args)}};
}

} // namespace recado::whatsapp
