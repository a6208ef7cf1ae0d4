// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/MediaApi.h"

#include "core/sync/RelayApi.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrl>

namespace recado::sync {

namespace {
constexpr int kTimeoutMs = 120000; // an upload of Meta's largest document on a slow link
} // namespace

MediaApi::MediaApi(RelayApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_nam(new QNetworkAccessManager(this))
{}

QNetworkReply *MediaApi::send(const QByteArray &verb, const QString &pathAndQuery,
                              const QByteArray &contentType, const QByteArray &body,
                              const QByteArray &filename)
{
    QUrl url = m_api->baseUrl();
    const QUrl rel(pathAndQuery);
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + rel.path());
    url.setQuery(rel.query());
    QNetworkRequest req(url);
    req.setTransferTimeout(kTimeoutMs);
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!filename.isEmpty())
        req.setRawHeader("X-Filename", filename);
    if (!m_api->token().isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_api->token().toUtf8());
    ++m_inFlight;
    return m_nam->sendCustomRequest(req, verb, body);
}

ApiResult MediaApi::interpret(QNetworkReply *reply, QByteArray *data) const
{
    ApiResult r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    *data = reply->readAll();
    if (r.httpStatus == 0) {
        r.errorCode = QStringLiteral("network");
        r.errorMessage = tr("The relay cannot be reached: %1").arg(reply->errorString());
        return r;
    }
    if (r.httpStatus >= 200 && r.httpStatus < 300)
        return r;
    if (r.httpStatus == 304) // not modified: the caller's copy is current
        return r;
    r.body = QJsonDocument::fromJson(*data).object();
    const QJsonObject err = r.body.value(QStringLiteral("error")).toObject();
    r.errorCode = err.value(QStringLiteral("code")).toString();
    const QString relayMessage = err.value(QStringLiteral("message")).toString();
    if (r.errorCode.isEmpty())
        r.errorCode = QStringLiteral("http_%1").arg(r.httpStatus);
    if (r.errorCode == QLatin1String("media_pending"))
        r.errorMessage = tr("The file is still being fetched from WhatsApp.");
    else if (r.errorCode == QLatin1String("media_missing"))
        r.errorMessage = tr("The relay lost its copy of the file.");
    else if (r.httpStatus == 401)
        r.errorMessage = tr("Your session is no longer valid. Please sign in again.");
    else if (r.httpStatus == 413)
        r.errorMessage = tr("The file is larger than the relay accepts.");
    else if (r.httpStatus >= 500 || r.httpStatus == 429)
        r.errorMessage =
            tr("The relay could not handle the file right now (HTTP %1).").arg(r.httpStatus);
    else if (!relayMessage.isEmpty())
        r.errorMessage = relayMessage; // media_failed, media_rejected...: the relay's words
    else
        r.errorMessage = tr("The relay refused the file (HTTP %1).").arg(r.httpStatus);
    return r;
}

void MediaApi::fetch(qint64 messageId, QObject *context, Fetched done)
{
    QNetworkReply *reply =
        send("GET", QStringLiteral("/api/media/%1").arg(messageId), QByteArray(), QByteArray());
    QPointer<QObject> guard(context ? context : this);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, done = std::move(done)] {
        --m_inFlight;
        reply->deleteLater();
        QByteArray data;
        const ApiResult r = interpret(reply, &data);
        if (r.httpStatus == 401)
            Q_EMIT m_api->unauthorized(r.errorMessage);
        if (!guard)
            return;
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        done(r, r.ok() ? data : QByteArray(), r.ok() ? type : QString());
    });
}

void MediaApi::upload(qint64 conversationId, const QByteArray &bytes, const QString &mimeType,
                      const QString &filename, const QString &kind, QObject *context, Uploaded done)
{
    QString path = QStringLiteral("/api/whatsapp/conversations/%1/media").arg(conversationId);
    if (!kind.isEmpty())
        path += QStringLiteral("?kind=") + kind;
    QNetworkReply *reply =
        send("POST", path, mimeType.toLatin1(), bytes, QUrl::toPercentEncoding(filename));
    QPointer<QObject> guard(context ? context : this);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, done = std::move(done)] {
        --m_inFlight;
        reply->deleteLater();
        QByteArray data;
        ApiResult r = interpret(reply, &data);
        if (r.ok())
            r.body = QJsonDocument::fromJson(data).object();
        if (r.httpStatus == 401)
            Q_EMIT m_api->unauthorized(r.errorMessage);
        if (guard)
            done(r, r.body.value(QStringLiteral("upload")).toObject());
    });
}

} // namespace recado::sync
