// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/templates/ParameterSources.h"

#include "core/whatsapp/templates/TemplateLanguages.h"
#include "core/whatsapp/templates/TemplateVariables.h"

#include <QLocale>

namespace recado::whatsapp {

namespace {
struct Source
{
    const char *key;
    const char *label;
};

constexpr Source kSources[] = {
    {"request.id", QT_TRANSLATE_NOOP("ParameterSources", "Request ID")},
    {"request.service_type", QT_TRANSLATE_NOOP("ParameterSources", "Service type")},
    {"request.customer_name", QT_TRANSLATE_NOOP("ParameterSources", "Customer name (request)")},
    {"request.contact_phone", QT_TRANSLATE_NOOP("ParameterSources", "Contact phone")},
    {"request.contact_email", QT_TRANSLATE_NOOP("ParameterSources", "Contact email")},
    {"request.address", QT_TRANSLATE_NOOP("ParameterSources", "Address")},
    {"request.requested_date", QT_TRANSLATE_NOOP("ParameterSources", "Requested date")},
    {"request.status", QT_TRANSLATE_NOOP("ParameterSources", "Request status")},
    {"request.vendor", QT_TRANSLATE_NOOP("ParameterSources", "Vendor name")},
    {"request.vendor_first_name", QT_TRANSLATE_NOOP("ParameterSources", "Vendor first name")},
    {"request.technician", QT_TRANSLATE_NOOP("ParameterSources", "Technician name")},
    {"request.approved_date", QT_TRANSLATE_NOOP("ParameterSources", "Approved delivery date")},
    {"customer.name", QT_TRANSLATE_NOOP("ParameterSources", "Customer name")},
    {"vendor.phone", QT_TRANSLATE_NOOP("ParameterSources", "Vendor phone")},
    {"form.url", QT_TRANSLATE_NOOP("ParameterSources", "Form URL")},
    {"appointment.date", QT_TRANSLATE_NOOP("ParameterSources", "Appointment date")},
    {"appointment.window", QT_TRANSLATE_NOOP("ParameterSources", "Time window")},
    {"appointment.delay", QT_TRANSLATE_NOOP("ParameterSources", "Expected delay")},
    {"technician.eta", QT_TRANSLATE_NOOP("ParameterSources", "Estimated arrival")},
    {"agent.name", QT_TRANSLATE_NOOP("ParameterSources", "Agent name")},
    {"business.name", QT_TRANSLATE_NOOP("ParameterSources", "Business name")},
};

// Labels used by the shipped templates (resources/templates), listed so lupdate extracts them
// for the "TemplateParameters" context that parameterLabel() translates through.
[[maybe_unused]] constexpr const char *kShippedLabels[] = {
    QT_TRANSLATE_NOOP("TemplateParameters", "Request ID"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Service type"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Customer name"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Contact phone"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Address"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Requested delivery date"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Requested date"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Contact email"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Form URL"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Vendor name"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Vendor phone"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Approved delivery date"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Vendor first name"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Appointment date"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Time window"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Technician name"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Estimated arrival"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Expected delay"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Confirm reply"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Reschedule reply"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Keep waiting reply"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Later today reply"),
    QT_TRANSLATE_NOOP("TemplateParameters", "Tomorrow reply"),
};

QString formatDate(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    // Customer-facing text: the template's language decides the format, not the agent's UI.
    const QString base = baseLanguage(language);
    const QLocale locale(base == QLatin1String("pt") ? QStringLiteral("pt_BR")
                         : base.isEmpty()            ? QStringLiteral("en_US")
                                                     : language);
    return locale.toString(date, QLocale::LongFormat);
}
} // namespace

const QStringList &ParameterSources::keys()
{
    static const QStringList list = [] {
        QStringList l;
        for (const Source &s : kSources)
            l.append(QString::fromLatin1(s.key));
        return l;
    }();
    return list;
}

QString ParameterSources::label(const QString &key)
{
    for (const Source &s : kSources) {
        if (key == QLatin1String(s.key))
            return tr(s.label);
    }
    return key;
}

QString ParameterSources::resolve(const QString &key, const ParameterContext &ctx)
{
    const auto explicitValue = ctx.values.constFind(key);
    if (explicitValue != ctx.values.constEnd())
        return explicitValue.value();
    // "payload:<value>" is a constant: the quick-reply payload WhatsApp reports back when the
    // customer taps the button, stable across the template's languages.
    if (key.startsWith(QLatin1String("payload:")))
        return key.mid(8);
    const domain::ServiceRequest &r = ctx.request;
    if (key == QLatin1String("request.id"))
        return r.id;
    if (key == QLatin1String("request.service_type"))
        return r.serviceType;
    if (key == QLatin1String("request.customer_name"))
        return r.customerName;
    if (key == QLatin1String("request.contact_phone"))
        return r.contactPhone;
    if (key == QLatin1String("request.contact_email"))
        return r.contactEmail;
    if (key == QLatin1String("request.address"))
        return r.address;
    if (key == QLatin1String("request.requested_date"))
        return formatDate(r.requestedDate, ctx.language);
    if (key == QLatin1String("request.status"))
        return r.id.isEmpty() ? QString() : r.status;
    if (key == QLatin1String("request.vendor"))
        return r.vendor;
    if (key == QLatin1String("request.vendor_first_name"))
        return r.vendor.trimmed().section(QLatin1Char(' '), 0, 0);
    if (key == QLatin1String("request.technician"))
        return r.technician;
    if (key == QLatin1String("customer.name"))
        return ctx.customerName.isEmpty() ? r.customerName : ctx.customerName;
    return {};
}

TemplateArguments ParameterSources::fill(const Template &t, const ParameterContext &ctx,
                                         QList<ParameterMeta> *unresolved)
{
    TemplateArguments args;
    const auto fillPart = [&](TemplatePart part, const QStringList &keys, QStringList *values) {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const int n = keys.at(i).toInt() > 0 ? keys.at(i).toInt() : int(i + 1);
            const ParameterMeta *meta = t.parameter(part, n);
            const QString value =
                meta && !meta->source.isEmpty() ? resolve(meta->source, ctx) : QString();
            values->append(value);
            if (value.trimmed().isEmpty() && unresolved)
                unresolved->append(meta ? *meta : ParameterMeta{part, n, {}, {}});
        }
    };
    fillPart(TemplatePart::Header, t.headerVariableKeys(), &args.header);
    fillPart(TemplatePart::Body, t.bodyVariableKeys(), &args.body);
    for (int i = 0; i < t.buttons.size(); ++i) {
        const ParameterMeta *meta = t.parameter(TemplatePart::Buttons, i);
        if (meta && !meta->source.isEmpty()) {
            const QString value = resolve(meta->source, ctx);
            if (!value.isEmpty())
                args.buttons.insert(i, value);
            else if (unresolved && t.buttonNeedsParameter(i))
                unresolved->append(*meta);
        } else if (unresolved && t.buttonNeedsParameter(i) &&
                   t.category != TemplateCategory::Authentication) {
            unresolved->append(ParameterMeta{TemplatePart::Buttons, i, {}, {}});
        }
    }
    return args;
}

QString ParameterSources::parameterLabel(const Template &t, TemplatePart part, int index)
{
    const ParameterMeta *meta = t.parameter(part, index);
    if (meta && !meta->label.isEmpty())
        return QCoreApplication::translate("TemplateParameters", meta->label.toUtf8().constData());
    if (meta && !meta->source.isEmpty())
        return label(meta->source);
    return QStringLiteral("{{%1}}").arg(index);
}

} // namespace recado::whatsapp
