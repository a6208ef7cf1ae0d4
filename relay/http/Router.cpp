// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/http/Router.h"

namespace recado::relay {

void Router::add(const QString &method, const QString &pattern, Handler handler)
{
    m_routes.push_back(
        {method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler)});
}

void Router::dispatch(const HttpExchangePtr &exchange) const
{
    const QStringList parts = exchange->path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    bool pathMatched = false;
    for (const Route &route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        QStringList args;
        bool match = true;
        for (qsizetype i = 0; i < parts.size() && match; ++i) {
            if (route.segments[i].startsWith(QLatin1Char(':')))
                args << QUrl::fromPercentEncoding(parts[i].toUtf8());
            else
                match = route.segments[i] == parts[i];
        }
        if (!match)
            continue;
        pathMatched = true;
        if (route.method != exchange->method())
            continue;
        exchange->pathArgs = args;
        if (m_beforeEach)
            m_beforeEach();
        route.handler(exchange);
        return;
    }
    if (pathMatched)
        exchange->replyError(
            405, QStringLiteral("method_not_allowed"),
            QStringLiteral("%1 is not allowed on %2").arg(exchange->method(), exchange->path()));
    else
        exchange->replyError(404, QStringLiteral("not_found"), QStringLiteral("no such route"));
}

} // namespace recado::relay
