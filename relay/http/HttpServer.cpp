// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/http/HttpServer.h"

#include "relay/http/Router.h"

#include <QHttpServerRequest>
#include <QWebSocket>

namespace recado::relay {

namespace {
QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        return QStringLiteral("OTHER");
    }
}
} // namespace

HttpServer::HttpServer(Router &router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> ws = nextPendingWebSocketConnection();
            if (ws)
                Q_EMIT webSocketAccepted(ws.release());
        }
    });
}

void HttpServer::setMaxBodyBytes(const QString &pattern, qint64 bytes)
{
    m_pathLimits.append({pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), bytes});
}

qint64 HttpServer::maxBodyFor(const QString &path) const
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const auto &[segments, bytes] : m_pathLimits) {
        bool match = segments.size() == parts.size();
        for (qsizetype i = 0; match && i < parts.size(); ++i)
            match = segments[i].startsWith(QLatin1Char(':')) || segments[i] == parts[i];
        if (match)
            return bytes;
    }
    return m_maxBody;
}

void HttpServer::setWebSocketPath(const QString &path, UpgradeCheck check)
{
    m_wsPath = path;
    m_wsCheck = std::move(check);
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const bool upgrade = request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
    if (upgrade && !m_wsPath.isEmpty() && path == m_wsPath) {
        const QString refusal =
            m_wsCheck ? m_wsCheck(path, request.query(), request.value("Authorization"))
                      : QString();
        if (refusal.isEmpty())
            return true; // writing nothing hands the socket to the WebSocket server (Qt 6.4)
        auto responder = makeResponder(request, socket);
        responder.write(QByteArray(R"({"error":{"code":")") + refusal.toUtf8() +
                            R"(","message":"sign in again"}})",
                        "application/json", QHttpServerResponder::StatusCode::Unauthorized);
        return true;
    }

    auto exchange = std::make_shared<HttpExchange>(
        methodName(request.method()), path, request.query(), request.headers(), request.body(),
        request.remoteAddress(), makeResponder(request, socket), socket);
    // QtHttpServer 6.4 has no body limit; Meta's webhooks are at most a few MB, and nothing a
    // client sends is larger (media uploads have their own per-route limit).
    const qint64 maxBody = maxBodyFor(path);
    if (exchange->body().size() > maxBody) {
        exchange->replyError(413, QStringLiteral("payload_too_large"),
                             QStringLiteral("request body is larger than %1 bytes").arg(maxBody));
        return true;
    }
    m_router.dispatch(exchange);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = makeResponder(request, socket);
    responder.write(QByteArray(R"({"error":{"code":"not_found","message":"no such route"}})"),
                    "application/json", QHttpServerResponder::StatusCode::NotFound);
}

} // namespace recado::relay
