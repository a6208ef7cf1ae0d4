// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/templates/Template.h"

#include "core/whatsapp/templates/TemplateVariables.h"

namespace recado::whatsapp {

namespace {
QString idString(const QJsonValue &v)
{
    // Meta sends ids as strings in list responses and as numbers in webhooks.
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    if (v.isString()) {
        out.append(v.toString());
        return out;
    }
    const QJsonArray a = v.toArray();
    for (const QJsonValue &item : a) {
        // body_text is a list of lists: flatten the first inner list.
        if (item.isArray())
            return stringList(item);
        out.append(item.toString());
    }
    return out;
}

//! Examples of named parameters are `[{param_name, example}]`; returns them in the order the
//! keys appear in `text` so they line up with TemplateVariables::orderedKeys().
QStringList namedExamples(const QJsonArray &params, const QString &text)
{
    const QStringList keys = TemplateVariables::scan(text).orderedKeys();
    QStringList out;
    for (const QString &key : keys) {
        QString value;
        for (const QJsonValue &p : params) {
            const QJsonObject o = p.toObject();
            if (o.value(QLatin1String("param_name")).toString() == key)
                value = o.value(QLatin1String("example")).toString();
        }
        out.append(value);
    }
    return out;
}

QJsonArray namedExamplesJson(const QString &text, const QStringList &examples)
{
    QJsonArray out;
    const QStringList keys = TemplateVariables::scan(text).orderedKeys();
    for (qsizetype i = 0; i < keys.size() && i < examples.size(); ++i) {
        out.append(QJsonObject{{QStringLiteral("param_name"), keys.at(i)},
                               {QStringLiteral("example"), examples.at(i)}});
    }
    return out;
}

TemplateButton parseButton(const QJsonObject &o)
{
    TemplateButton b;
    b.type = buttonTypeFromString(o.value(QLatin1String("type")).toString());
    b.text = o.value(QLatin1String("text")).toString();
    b.url = o.value(QLatin1String("url")).toString();
    b.phoneNumber = o.value(QLatin1String("phone_number")).toString();
    const QStringList examples = stringList(o.value(QLatin1String("example")));
    b.example = examples.value(0);
    b.otpType = o.value(QLatin1String("otp_type")).toString().toUpper();
    if (b.type == ButtonType::Unknown) // keep the spelling so it serialises back unchanged
        b.extra.insert(QStringLiteral("type"), o.value(QLatin1String("type")));
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        static const QStringList known{QStringLiteral("type"),    QStringLiteral("text"),
                                       QStringLiteral("url"),     QStringLiteral("phone_number"),
                                       QStringLiteral("example"), QStringLiteral("otp_type")};
        if (!known.contains(it.key()))
            b.extra.insert(it.key(), it.value());
    }
    return b;
}

QJsonObject buttonJson(const TemplateButton &b)
{
    QJsonObject o = b.extra;
    if (b.type != ButtonType::Unknown)
        o.insert(QStringLiteral("type"), toString(b.type));
    if (!b.text.isEmpty())
        o.insert(QStringLiteral("text"), b.text);
    if (!b.url.isEmpty())
        o.insert(QStringLiteral("url"), b.url);
    if (!b.phoneNumber.isEmpty())
        o.insert(QStringLiteral("phone_number"), b.phoneNumber);
    if (!b.otpType.isEmpty())
        o.insert(QStringLiteral("otp_type"), b.otpType);
    if (!b.example.isEmpty()) {
        // A URL example is a list of full URLs; a copy-code example is one string.
        if (b.type == ButtonType::Url)
            o.insert(QStringLiteral("example"), QJsonArray{b.example});
        else
            o.insert(QStringLiteral("example"), b.example);
    }
    return o;
}

void parseComponent(Template &t, const QJsonObject &c)
{
    const QString type = c.value(QLatin1String("type")).toString().toUpper();
    const QJsonObject example = c.value(QLatin1String("example")).toObject();
    if (type == QLatin1String("HEADER")) {
        t.header.format = headerFormatFromString(c.value(QLatin1String("format")).toString());
        t.header.text = c.value(QLatin1String("text")).toString();
        if (example.contains(QLatin1String("header_text_named_params")))
            t.header.textExamples = namedExamples(
                example.value(QLatin1String("header_text_named_params")).toArray(), t.header.text);
        else
            t.header.textExamples = stringList(example.value(QLatin1String("header_text")));
        t.header.mediaHandles = stringList(example.value(QLatin1String("header_handle")));
    } else if (type == QLatin1String("BODY")) {
        t.body.text = c.value(QLatin1String("text")).toString();
        if (example.contains(QLatin1String("body_text_named_params")))
            t.body.examples = namedExamples(
                example.value(QLatin1String("body_text_named_params")).toArray(), t.body.text);
        else
            t.body.examples = stringList(example.value(QLatin1String("body_text")));
        t.body.addSecurityRecommendation =
            c.value(QLatin1String("add_security_recommendation")).toBool();
    } else if (type == QLatin1String("FOOTER")) {
        t.footer.text = c.value(QLatin1String("text")).toString();
        t.footer.codeExpirationMinutes = c.value(QLatin1String("code_expiration_minutes")).toInt();
    } else if (type == QLatin1String("BUTTONS")) {
        const QJsonArray buttons = c.value(QLatin1String("buttons")).toArray();
        for (const QJsonValue &b : buttons)
            t.buttons.append(parseButton(b.toObject()));
    } else {
        t.otherComponents.append(c);
    }
}

QJsonArray componentsJson(const Template &t)
{
    const bool named = t.parameterFormat == ParameterFormat::Named;
    QJsonArray components;
    if (t.header.format != HeaderFormat::None) {
        QJsonObject h{{QStringLiteral("type"), QStringLiteral("HEADER")},
                      {QStringLiteral("format"), toString(t.header.format)}};
        QJsonObject example;
        if (t.header.format == HeaderFormat::Text) {
            h.insert(QStringLiteral("text"), t.header.text);
            if (!t.header.textExamples.isEmpty()) {
                if (named)
                    example.insert(QStringLiteral("header_text_named_params"),
                                   namedExamplesJson(t.header.text, t.header.textExamples));
                else
                    example.insert(QStringLiteral("header_text"),
                                   QJsonArray::fromStringList(t.header.textExamples));
            }
        }
        if (!t.header.mediaHandles.isEmpty())
            example.insert(QStringLiteral("header_handle"),
                           QJsonArray::fromStringList(t.header.mediaHandles));
        if (!example.isEmpty())
            h.insert(QStringLiteral("example"), example);
        components.append(h);
    }

    QJsonObject body{{QStringLiteral("type"), QStringLiteral("BODY")}};
    if (!t.body.text.isEmpty())
        body.insert(QStringLiteral("text"), t.body.text);
    if (!t.body.examples.isEmpty()) {
        if (named)
            body.insert(QStringLiteral("example"),
                        QJsonObject{{QStringLiteral("body_text_named_params"),
                                     namedExamplesJson(t.body.text, t.body.examples)}});
        else
            body.insert(QStringLiteral("example"),
                        QJsonObject{{QStringLiteral("body_text"),
                                     QJsonArray{QJsonArray::fromStringList(t.body.examples)}}});
    }
    if (t.body.addSecurityRecommendation)
        body.insert(QStringLiteral("add_security_recommendation"), true);
    components.append(body);

    if (!t.footer.isEmpty()) {
        QJsonObject f{{QStringLiteral("type"), QStringLiteral("FOOTER")}};
        if (!t.footer.text.isEmpty())
            f.insert(QStringLiteral("text"), t.footer.text);
        if (t.footer.codeExpirationMinutes > 0)
            f.insert(QStringLiteral("code_expiration_minutes"), t.footer.codeExpirationMinutes);
        components.append(f);
    }

    if (!t.buttons.isEmpty()) {
        QJsonArray buttons;
        for (const TemplateButton &b : t.buttons)
            buttons.append(buttonJson(b));
        components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("BUTTONS")},
                                      {QStringLiteral("buttons"), buttons}});
    }
    for (const QJsonValue &c : t.otherComponents)
        components.append(c);
    return components;
}
} // namespace

Template Template::fromJson(const QJsonObject &o)
{
    Template t;
    t.id = idString(o.value(QLatin1String("id")));
    t.name = o.value(QLatin1String("name")).toString();
    t.language = o.value(QLatin1String("language")).toString();
    t.category = templateCategoryFromString(o.value(QLatin1String("category")).toString());
    t.status = templateStatusFromString(o.value(QLatin1String("status")).toString());
    t.rejectedReason = o.value(QLatin1String("rejected_reason")).toString();
    const QJsonValue quality = o.value(QLatin1String("quality_score"));
    t.quality = quality.isObject() ? quality.toObject().value(QLatin1String("score")).toString()
                                   : quality.toString();
    t.parameterFormat =
        parameterFormatFromString(o.value(QLatin1String("parameter_format")).toString());
    const QJsonArray components = o.value(QLatin1String("components")).toArray();
    for (const QJsonValue &c : components)
        parseComponent(t, c.toObject());

    const QJsonArray meta = o.value(QLatin1String("recado_parameters")).toArray();
    for (const QJsonValue &v : meta) {
        const QJsonObject m = v.toObject();
        ParameterMeta p;
        p.part = templatePartFromString(m.value(QLatin1String("part")).toString());
        p.index = m.value(QLatin1String("index")).toInt();
        p.label = m.value(QLatin1String("label")).toString();
        p.source = m.value(QLatin1String("source")).toString();
        t.parameters.append(p);
    }
    return t;
}

QJsonObject Template::toCreateBody() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("language"), language},
                  {QStringLiteral("category"), toString(category)},
                  {QStringLiteral("components"), componentsJson(*this)}};
    if (parameterFormat == ParameterFormat::Named)
        o.insert(QStringLiteral("parameter_format"), toString(parameterFormat));
    return o;
}

QJsonObject Template::toMetaJson(bool withParameterMeta) const
{
    QJsonObject o = toCreateBody();
    o.insert(QStringLiteral("parameter_format"), toString(parameterFormat));
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    if (status != TemplateStatus::Unknown)
        o.insert(QStringLiteral("status"), toString(status));
    if (!rejectedReason.isEmpty())
        o.insert(QStringLiteral("rejected_reason"), rejectedReason);
    if (!quality.isEmpty())
        o.insert(QStringLiteral("quality_score"), QJsonObject{{QStringLiteral("score"), quality}});
    if (withParameterMeta && !parameters.isEmpty()) {
        QJsonArray meta;
        for (const ParameterMeta &p : parameters) {
            QJsonObject m{{QStringLiteral("part"), toString(p.part)},
                          {QStringLiteral("index"), p.index},
                          {QStringLiteral("label"), p.label}};
            if (!p.source.isEmpty())
                m.insert(QStringLiteral("source"), p.source);
            meta.append(m);
        }
        o.insert(QStringLiteral("recado_parameters"), meta);
    }
    return o;
}

QStringList Template::bodyVariableKeys() const
{
    return TemplateVariables::scan(body.text).orderedKeys();
}

QStringList Template::headerVariableKeys() const
{
    if (header.format != HeaderFormat::Text)
        return {};
    return TemplateVariables::scan(header.text).orderedKeys();
}

bool Template::buttonNeedsParameter(int buttonIndex) const
{
    if (buttonIndex < 0 || buttonIndex >= buttons.size())
        return false;
    const TemplateButton &b = buttons.at(buttonIndex);
    switch (b.type) {
    case ButtonType::Url:
        return !TemplateVariables::scan(b.url).variables.isEmpty();
    case ButtonType::CopyCode:
    case ButtonType::Otp:
        return true;
    default:
        return false;
    }
}

const ParameterMeta *Template::parameter(TemplatePart part, int index) const
{
    for (const ParameterMeta &p : parameters) {
        if (p.part == part && p.index == index)
            return &p;
    }
    return nullptr;
}

} // namespace recado::whatsapp
