// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/loadgen/CeilingServer.h"

#include "core/whatsapp/WebhookSignature.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

namespace recado::loadgen {

CeilingServer::CeilingServer(QByteArray appSecret)
    : m_secret(std::move(appSecret))
{
    m_server.route(
        QStringLiteral("/webhook"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &req) {
            if (!whatsapp::verifySignature(req.body(), req.value("X-Hub-Signature-256"), m_secret))
                return QHttpServerResponse(QHttpServerResponse::StatusCode::Unauthorized);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(req.body(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                return QHttpServerResponse(QHttpServerResponse::StatusCode::BadRequest);
            return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                       QByteArrayLiteral("{\"ok\":true}"));
        });
}

quint16 CeilingServer::listen(const QHostAddress &host, quint16 port)
{
    return m_server.listen(host, port);
}

} // namespace recado::loadgen
