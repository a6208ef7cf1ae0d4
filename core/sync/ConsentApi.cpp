// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ConsentApi.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace recado::sync {

void ConsentApi::ledger(qint64 conversationId, QObject *context,
                        RelayApi::Typed<ConsentInfo> done) const
{
    m_api->get(
        QStringLiteral("/api/whatsapp/conversations/%1/consent").arg(conversationId), {}, context,
        [done = std::move(done)](const ApiResult &r) { done(r, ConsentInfo::fromJson(r.body)); });
}

void ConsentApi::record(qint64 conversationId, const QString &action, const QString &source,
                        const QString &note, QObject *context,
                        RelayApi::Typed<ConsentInfo> done) const
{
    QJsonObject body{{QStringLiteral("action"), action}, {QStringLiteral("source"), source}};
    if (!note.trimmed().isEmpty())
        body.insert(QStringLiteral("note"), note.trimmed());
    m_api->post(
        QStringLiteral("/api/whatsapp/conversations/%1/consent").arg(conversationId), body, context,
        [done = std::move(done)](const ApiResult &r) { done(r, ConsentInfo::fromJson(r.body)); });
}

void ConsentApi::csv(qint64 contactId, QObject *context,
                     std::function<void(const ApiResult &, const QByteArray &)> done) const
{
    // The one route that answers with something other than JSON: RelayApi reads JSON only, so
    // this request is made here, with the same base URL and token.
    QUrl url = m_api->baseUrl();
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QStringLiteral("/api/contacts/%1/consent.csv").arg(contactId));
    QNetworkRequest req(url);
    req.setTransferTimeout(20000);
    req.setRawHeader("Accept", "text/csv");
    req.setRawHeader("Authorization", "Bearer " + m_api->token().toUtf8());
    auto *nam = new QNetworkAccessManager(m_api);
    QNetworkReply *reply = nam->get(req);
    QPointer<QObject> guard(context ? context : m_api);
    QObject::connect(
        reply, &QNetworkReply::finished, m_api, [reply, nam, guard, done = std::move(done)] {
            reply->deleteLater();
            nam->deleteLater();
            ApiResult r;
            r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray data = reply->readAll();
            if (r.httpStatus < 200 || r.httpStatus >= 300) {
                r.body = QJsonDocument::fromJson(data).object();
                const QJsonObject err = r.body.value(QStringLiteral("error")).toObject();
                r.errorCode = err.value(QStringLiteral("code"))
                                  .toString(r.httpStatus == 0 ? QStringLiteral("network")
                                                              : QStringLiteral("http"));
                r.errorMessage = err.value(QStringLiteral("message")).toString();
                if (r.errorMessage.isEmpty())
                    r.errorMessage = reply->errorString();
            }
            if (guard)
                done(r, r.ok() ? data : QByteArray());
        });
}

} // namespace recado::sync
