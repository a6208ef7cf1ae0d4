// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/outbox/GraphClient.h"

#include "relay/RelayConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

namespace recado::relay {

namespace {
constexpr int kTimeoutMs = 30000;
}

GraphClient::GraphClient(const RelayConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
}

QUrl GraphClient::url(const QString &path) const
{
    QUrl u = m_config.graphUrl;
    QString base = u.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    u.setPath(base + QLatin1Char('/') + m_config.graphVersion + QLatin1Char('/') + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        u.setQuery(path.mid(q + 1));
    return u;
}

void GraphClient::sendMessage(const QJsonObject &payload, Callback done)
{
    post(m_config.phoneNumberId + QStringLiteral("/messages"), payload, std::move(done));
}

void GraphClient::post(const QString &path, const QJsonObject &payload, Callback done)
{
    QNetworkRequest req(url(path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Authorization", "Bearer " + m_config.accessToken);
    req.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_nam.post(req, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] { finish(reply, done); });
}

void GraphClient::get(const QString &pathAndQuery, Callback done)
{
    QNetworkRequest req(url(pathAndQuery));
    req.setRawHeader("Authorization", "Bearer " + m_config.accessToken);
    req.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_nam.get(req);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] { finish(reply, done); });
}

void GraphClient::finish(QNetworkReply *reply, const Callback &done)
{
    reply->deleteLater();
    GraphResult r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    if (r.httpStatus == 0)
        r.networkError = reply->errorString();
    r.body = QJsonDocument::fromJson(data).object();
    const QJsonArray messages = r.body.value(QStringLiteral("messages")).toArray();
    if (!messages.isEmpty())
        r.wamid = messages.first().toObject().value(QStringLiteral("id")).toString();
    const QJsonObject error = r.body.value(QStringLiteral("error")).toObject();
    r.metaCode = error.value(QStringLiteral("code")).toInt();
    r.metaSubcode = error.value(QStringLiteral("error_subcode")).toInt();
    r.metaMessage = error.value(QStringLiteral("message")).toString();
    r.details = error.value(QStringLiteral("error_data")).toObject().value(QStringLiteral("details")).toString();
    done(r);
}

} // namespace recado::relay
