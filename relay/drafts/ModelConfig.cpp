// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/ModelConfig.h"

namespace recado::relay::drafts {

QUrl ModelConfig::endpoint() const
{
    QUrl u = baseUrl;
    QString path = u.path();
    if (!path.endsWith(QLatin1String("/chat/completions"))) {
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        path += QStringLiteral("/chat/completions");
    }
    u.setPath(path);
    return u;
}

QJsonObject ModelConfig::toJson() const
{
    return {{QStringLiteral("base_url"), baseUrl.toString(QUrl::RemoveUserInfo)},
            {QStringLiteral("model"), model},
            {QStringLiteral("api_key_set"), !apiKey.isEmpty()},
            {QStringLiteral("timeout_ms"), timeoutMs},
            {QStringLiteral("temperature"), temperature},
            {QStringLiteral("json_mode"), jsonMode},
            {QStringLiteral("history_messages"), historyMessages}};
}

ModelConfig ModelConfig::fromJson(const QJsonObject &o)
{
    ModelConfig c;
    c.baseUrl = QUrl(o.value(QStringLiteral("base_url")).toString());
    c.model = o.value(QStringLiteral("model")).toString();
    c.apiKey = o.value(QStringLiteral("api_key")).toString();
    c.timeoutMs = o.value(QStringLiteral("timeout_ms")).toInt(c.timeoutMs);
    c.temperature = o.value(QStringLiteral("temperature")).toDouble(c.temperature);
    c.jsonMode = o.value(QStringLiteral("json_mode")).toBool(c.jsonMode);
    c.historyMessages = o.value(QStringLiteral("history_messages")).toInt(c.historyMessages);
    return c;
}

} // namespace recado::relay::drafts
