// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/http/HttpExchange.h"

#include "core/protocol/JsonCodec.h"

#include <QJsonDocument>

namespace recado::relay {

HttpExchange::HttpExchange(QString method, QString path, QUrlQuery query,
                           QList<QPair<QByteArray, QByteArray>> headers, QByteArray body,
                           QHostAddress peer, QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_method(std::move(method))
    , m_path(std::move(path))
    , m_query(std::move(query))
    , m_headers(std::move(headers))
    , m_body(std::move(body))
    , m_peer(std::move(peer))
    , m_responder(std::move(responder))
    , m_socket(socket)
{}

QString HttpExchange::queryValue(const QString &name) const
{
    return m_query.queryItemValue(name, QUrl::FullyDecoded);
}

bool HttpExchange::hasQueryValue(const QString &name) const
{
    return m_query.hasQueryItem(name);
}

QByteArray HttpExchange::header(const QByteArray &name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void HttpExchange::reply(int status, const QByteArray &contentType, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    if (m_replied)
        return;
    m_replied = true;
    if (!m_socket || !m_responder)
        return; // client disconnected while we worked
    QHttpServerResponder &r = *m_responder;
    r.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    r.writeHeader("Content-Type", contentType);
    r.writeHeader("Content-Length", QByteArray::number(body.size()));
    r.writeHeader("Cache-Control", "no-store");
    for (const auto &h : extraHeaders)
        r.writeHeader(h.first, h.second);
    r.writeBody(body);
}

void HttpExchange::replyJson(int status, const QJsonObject &object)
{
    reply(status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void HttpExchange::replyError(int status, const QString &code, const QString &message)
{
    replyJson(status, protocol::errorJson(code, message));
}

void HttpExchange::replyEmpty(int status)
{
    reply(status, "text/plain", QByteArray());
}

} // namespace recado::relay
