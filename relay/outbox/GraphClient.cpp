// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/outbox/GraphClient.h"

#include "relay/RelayConfig.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

#include <memory>

namespace recado::relay {

namespace {
constexpr int kTimeoutMs = 30000;
}

GraphClient::GraphClient(const RelayConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{}

QUrl GraphClient::url(const QString &path) const
{
    QUrl u = m_config.graphUrl;
    QString base = u.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    u.setPath(base + QLatin1Char('/') + m_config.graphVersion + QLatin1Char('/') +
              (q < 0 ? path : path.left(q)));
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

namespace {
//! One GET of a media URL; follows up to `redirectsLeft` HTTPS redirects, carrying the token
//! only to the same host (a pre-signed URL elsewhere needs none, and must not see it).
void fetchBytes(QNetworkAccessManager &nam, QObject *context, const QUrl &target,
                const QByteArray &authorization, qint64 maxBytes, int redirectsLeft,
                GraphClient::BytesCallback done)
{
    QNetworkRequest req(target);
    if (!authorization.isEmpty())
        req.setRawHeader("Authorization", authorization);
    req.setTransferTimeout(kTimeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.get(req);
    auto tooLarge = std::make_shared<bool>(false);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, maxBytes, tooLarge](qint64 received, qint64) {
                         if (received > maxBytes && !*tooLarge) {
                             *tooLarge = true;
                             reply->abort();
                         }
                     });
    QObject::connect(
        reply, &QNetworkReply::finished, context,
        [&nam, context, reply, target, authorization, maxBytes, redirectsLeft, done, tooLarge] {
            reply->deleteLater();
            GraphBytes r;
            r.tooLarge = *tooLarge;
            r.httpStatus =
                r.tooLarge ? 0 : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QUrl next = target.resolved(
                reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
            if (r.httpStatus >= 300 && r.httpStatus < 400 && redirectsLeft > 0 &&
                next.scheme() == QLatin1String("https")) {
                const bool sameHost =
                    next.host() == target.host() && next.scheme() == target.scheme();
                fetchBytes(nam, context, next, sameHost ? authorization : QByteArray(), maxBytes,
                           redirectsLeft - 1, done);
                return;
            }
            r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            if (!r.tooLarge)
                r.bytes = reply->readAll();
            if (r.httpStatus == 0)
                r.networkError = r.tooLarge ? QStringLiteral("the file is larger than announced")
                                            : reply->errorString();
            done(r);
        });
}
} // namespace

void GraphClient::getBytes(const QUrl &target, qint64 maxBytes, BytesCallback done)
{
    const bool graphHost = target.scheme() == m_config.graphUrl.scheme() &&
                           target.host() == m_config.graphUrl.host() &&
                           target.port(-1) == m_config.graphUrl.port(-1);
    if (!target.isValid() || (target.scheme() != QLatin1String("https") && !graphHost)) {
        GraphBytes r;
        r.networkError =
            QStringLiteral("refusing to send the access token to %1").arg(target.toDisplayString());
        done(r);
        return;
    }
    fetchBytes(m_nam, this, target, "Bearer " + m_config.accessToken, maxBytes, 3, std::move(done));
}

void GraphClient::uploadMedia(const QByteArray &bytes, const QString &mimeType,
                              const QString &filename, Callback done)
{
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    auto field = [multi](const QByteArray &name, const QByteArray &value) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"" + name + "\""));
        part.setBody(value);
        multi->append(part);
    };
    field("messaging_product", "whatsapp");
    field("type", mimeType.toUtf8());
    QHttpPart file;
    QString safeName = filename;
    safeName.replace(QLatin1Char('"'), QLatin1Char('_'))
        .replace(QLatin1Char('\r'), QLatin1Char('_'))
        .replace(QLatin1Char('\n'), QLatin1Char('_'));
    if (safeName.isEmpty())
        safeName = QStringLiteral("file");
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"file\"; filename=\"" + safeName.toUtf8() + "\""));
    file.setHeader(QNetworkRequest::ContentTypeHeader, mimeType.toUtf8());
    file.setBody(bytes);
    multi->append(file);

    QNetworkRequest req(url(m_config.phoneNumberId + QStringLiteral("/media")));
    req.setRawHeader("Authorization", "Bearer " + m_config.accessToken);
    req.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_nam.post(req, multi);
    multi->setParent(reply);
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
    r.details = error.value(QStringLiteral("error_data"))
                    .toObject()
                    .value(QStringLiteral("details"))
                    .toString();
    done(r);
}

} // namespace recado::relay
