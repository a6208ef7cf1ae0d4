// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/templates/TemplateParameters.h"

#include <QJsonArray>

namespace recado::relay {

using whatsapp::Template;
using whatsapp::TemplateArguments;

namespace {

//! A parameter value: strings as they are, numbers written plainly; nullopt for null/absent.
std::optional<QString> scalar(const QJsonValue &v, bool *wrongType)
{
    *wrongType = false;
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    if (!v.isNull() && !v.isUndefined())
        *wrongType = true;
    return std::nullopt;
}

//! Header or body values, positional (array) or by variable name (object), over `values`.
bool overlayText(const QJsonValue &given, const QStringList &keys, const QString &field,
                 QStringList *values, QString *error)
{
    if (given.isUndefined() || given.isNull())
        return true;
    bool wrong = false;
    if (given.isArray()) {
        const QJsonArray arr = given.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const auto v = scalar(arr.at(i), &wrong);
            if (wrong) {
                *error =
                    QStringLiteral("parameters.%1[%2] must be a string or null").arg(field).arg(i);
                return false;
            }
            if (!v)
                continue;
            while (values->size() <= i)
                values->append(QString()); // more values than variables: the validator says so
            (*values)[i] = *v;
        }
        return true;
    }
    if (given.isObject()) {
        const QJsonObject obj = given.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const qsizetype i = keys.indexOf(it.key());
            const auto v = scalar(it.value(), &wrong);
            if (i < 0 || wrong) {
                *error = i < 0
                             ? QStringLiteral("parameters.%1: the template has no variable {{%2}}")
                                   .arg(field, it.key())
                             : QStringLiteral("parameters.%1.%2 must be a string or null")
                                   .arg(field, it.key());
                return false;
            }
            if (v) {
                while (values->size() <= i)
                    values->append(QString());
                (*values)[i] = *v;
            }
        }
        return true;
    }
    const auto v = scalar(given, &wrong);
    if (wrong || !v) {
        *error = QStringLiteral("parameters.%1 must be a list of values").arg(field);
        return false;
    }
    if (values->isEmpty())
        values->append(*v);
    else
        (*values)[0] = *v;
    return true;
}

bool overlayHeader(const Template &t, const QJsonValue &given, TemplateArguments *args,
                   QString *error)
{
    if (!given.isObject())
        return overlayText(given, t.headerVariableKeys(), QStringLiteral("header"), &args->header,
                           error);
    const QJsonObject o = given.toObject();
    if (o.contains(QStringLiteral("latitude")) || o.contains(QStringLiteral("longitude"))) {
        const QJsonValue lat = o.value(QStringLiteral("latitude"));
        const QJsonValue lon = o.value(QStringLiteral("longitude"));
        if (!lat.isDouble() || !lon.isDouble()) {
            *error = QStringLiteral("parameters.header: latitude and longitude must be numbers");
            return false;
        }
        args->location.valid = true;
        args->location.latitude = lat.toDouble();
        args->location.longitude = lon.toDouble();
        args->location.name = o.value(QStringLiteral("name")).toString();
        args->location.address = o.value(QStringLiteral("address")).toString();
        return true;
    }
    if (o.contains(QStringLiteral("text")))
        return overlayText(o.value(QStringLiteral("text")), t.headerVariableKeys(),
                           QStringLiteral("header.text"), &args->header, error);
    args->media.id = o.value(QStringLiteral("id")).toString();
    args->media.link = o.value(QStringLiteral("link")).toString();
    args->media.filename = o.value(QStringLiteral("filename")).toString();
    return true;
}

bool overlayButtons(const QJsonValue &given, TemplateArguments *args, QString *error)
{
    if (given.isUndefined() || given.isNull())
        return true;
    bool wrong = false;
    const auto set = [&](int index, const QJsonValue &value, const QString &where) {
        const auto v = scalar(value, &wrong);
        if (wrong || index < 0) {
            *error = QStringLiteral("parameters.buttons%1 must be a string or null").arg(where);
            return false;
        }
        if (v)
            args->buttons.insert(index, *v);
        return true;
    };
    if (given.isArray()) {
        const QJsonArray arr = given.toArray();
        for (int i = 0; i < int(arr.size()); ++i) {
            const QJsonValue item = arr.at(i);
            if (item.isObject()) {
                const QJsonObject o = item.toObject();
                const int index = o.value(QStringLiteral("index")).toInt(-1);
                const QJsonValue value = o.contains(QStringLiteral("value"))
                                             ? o.value(QStringLiteral("value"))
                                             : o.value(QStringLiteral("payload"));
                if (!set(index, value, QStringLiteral("[%1].value").arg(i)))
                    return false;
            } else if (!set(i, item, QStringLiteral("[%1]").arg(i))) {
                return false;
            }
        }
        return true;
    }
    if (given.isObject()) {
        const QJsonObject o = given.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool ok = false;
            const int index = it.key().toInt(&ok);
            if (!set(ok ? index : -1, it.value(), QLatin1Char('.') + it.key()))
                return false;
        }
        return true;
    }
    *error = QStringLiteral("parameters.buttons must be a list");
    return false;
}

} // namespace

bool TemplateParameters::resolve(const Template &t, const QJsonObject &parameters,
                                 const whatsapp::ParameterContext &context, TemplateArguments *args,
                                 QString *error)
{
    *args = whatsapp::ParameterSources::fill(t, context);
    return overlayHeader(t, parameters.value(QStringLiteral("header")), args, error) &&
           overlayText(parameters.value(QStringLiteral("body")), t.bodyVariableKeys(),
                       QStringLiteral("body"), &args->body, error) &&
           overlayButtons(parameters.value(QStringLiteral("buttons")), args, error);
}

} // namespace recado::relay
