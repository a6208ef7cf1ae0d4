// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"

#include "core/whatsapp/WebhookSignature.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace recado::test {

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpResult HttpClient::get(const QString &path)
{
    return request("GET", path, {});
}

QString HttpClient::signIn(const QString &username, const QString &password)
{
    const QString token =
        post(QStringLiteral("/api/session"),
             {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}})
            .json()
            .value(QStringLiteral("token"))
            .toString();
    if (!token.isEmpty())
        setToken(token);
    return token;
}

HttpResult HttpClient::post(const QString &path, const QJsonObject &body)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                   {{"Content-Type", "application/json"}});
}

HttpResult HttpClient::postRaw(const QString &path, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return request("POST", path, body, headers);
}

HttpResult HttpClient::postWebhook(const QByteArray &body, const QByteArray &appSecret)
{
    return postRaw(QStringLiteral("/webhook"), body,
                   {{"Content-Type", "application/json"},
                    {"X-Hub-Signature-256", whatsapp::signatureHeader(body, appSecret)}});
}

HttpResult HttpClient::del(const QString &path)
{
    return request("DELETE", path, {});
}

HttpResult HttpClient::request(const QByteArray &verb, const QString &path, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest req(QUrl(m_base.toString() + path));
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QBuffer *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, buffer);
    buffer->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.append(pair);
    reply->deleteLater();
    return r;
}

} // namespace recado::test
