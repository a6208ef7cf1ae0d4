// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/consent/ConsentRecord.h"

#include <array>
#include <utility>

namespace recado::whatsapp {

namespace {
constexpr std::array<std::pair<ConsentSource, const char *>, 6> kSources{{
    {ConsentSource::CustomerMessage, "customer_message"},
    {ConsentSource::WebForm, "web_form"},
    {ConsentSource::Import, "import"},
    {ConsentSource::AgentVerbal, "agent_verbal"},
    {ConsentSource::Keyword, "keyword"},
    {ConsentSource::AgentAction, "agent_action"},
}};
} // namespace

QString toString(ConsentAction a)
{
    return a == ConsentAction::OptIn ? QStringLiteral("opt_in") : QStringLiteral("opt_out");
}

ConsentAction consentActionFromString(const QString &s, bool *ok)
{
    const bool in = s == QLatin1String("opt_in");
    if (ok)
        *ok = in || s == QLatin1String("opt_out");
    return in ? ConsentAction::OptIn : ConsentAction::OptOut;
}

QString toString(ConsentSource s)
{
    for (const auto &[v, name] : kSources) {
        if (v == s)
            return QString::fromLatin1(name);
    }
    return {};
}

ConsentSource consentSourceFromString(const QString &s, bool *ok)
{
    for (const auto &[v, name] : kSources) {
        if (s == QLatin1String(name)) {
            if (ok)
                *ok = true;
            return v;
        }
    }
    if (ok)
        *ok = false;
    return ConsentSource::AgentAction;
}

bool ConsentRecord::isValid() const
{
    if (!at.isValid())
        return false;
    if ((source == ConsentSource::AgentVerbal || source == ConsentSource::AgentAction) &&
        agent.trimmed().isEmpty())
        return false;
    return true;
}

QJsonObject ConsentRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("action"), toString(action)},
                  {QStringLiteral("source"), toString(source)},
                  {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
    const auto optional = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QString::fromLatin1(key), value);
    };
    optional("agent", agent);
    optional("keyword", keyword);
    optional("language", language);
    optional("note", note);
    return o;
}

bool ConsentRecord::fromJson(const QJsonObject &o, ConsentRecord *out)
{
    ConsentRecord r;
    bool actionOk = false;
    bool sourceOk = false;
    r.action = consentActionFromString(o.value(QLatin1String("action")).toString(), &actionOk);
    r.source = consentSourceFromString(o.value(QLatin1String("source")).toString(), &sourceOk);
    r.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    r.agent = o.value(QLatin1String("agent")).toString();
    r.keyword = o.value(QLatin1String("keyword")).toString();
    r.language = o.value(QLatin1String("language")).toString();
    r.note = o.value(QLatin1String("note")).toString();
    if (!actionOk || !sourceOk || !r.at.isValid())
        return false;
    *out = r;
    return true;
}

} // namespace recado::whatsapp
