// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the tst_metasim_* suites: a synchronous HTTP call over a real socket and a
// local webhook receiver that records what the simulator posts.

#include "tools/metasim/HttpServerAdapter.h"
#include "tools/metasim/MetaSimulator.h"

#include <QEventLoop>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace recado::metasim::testkit {

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject error() const { return json().value(QLatin1String("error")).toObject(); }
    int errorCode() const { return error().value(QLatin1String("code")).toInt(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

inline Reply call(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url,
                  const QByteArray &body = {}, const QByteArray &token = {},
                  const QByteArray &contentType = "application/json")
{
    QNetworkRequest req(url);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

//! Calls the simulator's Graph API with the configured access token.
class Graph
{
public:
    explicit Graph(MetaSimulator &sim)
        : m_sim(sim)
        , m_token(sim.config().accessToken.toUtf8())
    {}
    void setToken(const QByteArray &token) { m_token = token; }

    Reply get(const QString &path) { return call(m_nam, "GET", m_sim.graphUrl(path), {}, m_token); }
    Reply post(const QString &path, const QJsonObject &body)
    {
        return call(m_nam, "POST", m_sim.graphUrl(path),
                    QJsonDocument(body).toJson(QJsonDocument::Compact), m_token);
    }
    Reply send(const QJsonObject &message)
    {
        return post(m_sim.config().phoneNumberId + QStringLiteral("/messages"), message);
    }
    Reply fetch(const QUrl &absolute) { return call(m_nam, "GET", absolute, {}, m_token); }
    Reply upload(const QByteArray &bytes, const QByteArray &mime, const QString &filename)
    {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        auto field = [&](const QByteArray &name, const QByteArray &value) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QByteArray("form-data; name=\"" + name + "\""));
            part.setBody(value);
            multi->append(part);
        };
        field("messaging_product", "whatsapp");
        field("type", mime);
        QHttpPart file;
        file.setHeader(
            QNetworkRequest::ContentDispositionHeader,
            QByteArray("form-data; name=\"file\"; filename=\"" + filename.toUtf8() + "\""));
        file.setHeader(QNetworkRequest::ContentTypeHeader, mime);
        file.setBody(bytes);
        multi->append(file);
        QNetworkRequest req(
            m_sim.graphUrl(m_sim.config().phoneNumberId + QStringLiteral("/media")));
        req.setRawHeader("Authorization", "Bearer " + m_token);
        QNetworkReply *reply = m_nam.post(req, multi);
        multi->setParent(reply);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

    static QJsonObject text(const QString &to, const QString &body)
    {
        return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                {QStringLiteral("recipient_type"), QStringLiteral("individual")},
                {QStringLiteral("to"), to},
                {QStringLiteral("type"), QStringLiteral("text")},
                {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
    }

private:
    MetaSimulator &m_sim;
    QByteArray m_token;
    QNetworkAccessManager m_nam;
};

//! A local HTTP endpoint standing in for the relay's /webhook. It answers the statuses queued
//! in `plan` (then 200) and records every request.
class WebhookReceiver
{
public:
    struct Received
    {
        QByteArray body;
        QByteArray signature;
        QByteArray contentType;
        QByteArray userAgent;
        int answered = 0;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    WebhookReceiver()
    {
        m_server.setHandler([this](const HttpRequest &req) {
            if (req.method == "GET") {
                // Meta's subscription handshake: echo the challenge.
                handshakes.append(req.queryValue(QStringLiteral("hub.verify_token")));
                return HttpResponse::bytes(req.queryValue(QStringLiteral("hub.challenge")).toUtf8(),
                                           "text/plain");
            }
            Received r{req.body, req.header("X-Hub-Signature-256"), req.header("Content-Type"),
                       req.header("User-Agent"), 200};
            if (!plan.isEmpty())
                r.answered = plan.takeFirst();
            received.append(r);
            return HttpResponse::bytes("ok", "text/plain", r.answered);
        });
    }
    bool listen()
    {
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(m_port)); }

    //! Change values (`entry[0].changes[0].value`) of the requests answered 200, in order.
    QList<QJsonObject> values() const
    {
        QList<QJsonObject> out;
        for (const Received &r : received) {
            if (r.answered != 200)
                continue;
            const QJsonObject change = r.json()
                                           .value(QLatin1String("entry"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(QLatin1String("changes"))
                                           .toArray()
                                           .first()
                                           .toObject();
            out.append(change.value(QLatin1String("value")).toObject());
        }
        return out;
    }
    //! Statuses (value.statuses[0]) for one wamid, in arrival order.
    QStringList statusesFor(const QString &wamid) const
    {
        QStringList out;
        for (const QJsonObject &v : values()) {
            for (const QJsonValue &s : v.value(QLatin1String("statuses")).toArray()) {
                if (s.toObject().value(QLatin1String("id")).toString() == wamid)
                    out.append(s.toObject().value(QLatin1String("status")).toString());
            }
        }
        return out;
    }
    QJsonObject statusObject(const QString &wamid, const QString &status) const
    {
        for (const QJsonObject &v : values()) {
            for (const QJsonValue &s : v.value(QLatin1String("statuses")).toArray()) {
                const QJsonObject o = s.toObject();
                if (o.value(QLatin1String("id")).toString() == wamid &&
                    o.value(QLatin1String("status")).toString() == status)
                    return o;
            }
        }
        return {};
    }

    QList<Received> received; //!< POSTs (webhooks)
    QStringList handshakes;   //!< verify tokens of GET handshakes
    QList<int> plan;

private:
    HttpServerAdapter m_server;
    quint16 m_port = 0;
};

//! A simulator with fast timings, already listening and posting to `receiver`.
inline Config fastConfig()
{
    Config c;
    c.appSecret = "test-secret";
    c.accessToken = QStringLiteral("test-token");
    c.statusDelayMs = 90;
    c.templateReviewDelayMs = 100;
    c.webhookRetryBaseMs = 50;
    c.webhookRetryMaxMs = 200;
    c.webhookMaxAttempts = 4;
    return c;
}

} // namespace recado::metasim::testkit
