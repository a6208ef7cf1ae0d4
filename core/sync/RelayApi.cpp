// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/RelayApi.h"

#include "core/protocol/JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace recado::sync {

using namespace recado::domain;
using protocol::fromIsoTime;

RelayApi::RelayApi(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{}

QNetworkReply *RelayApi::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                              const QByteArray &body)
{
    QUrl url = m_baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    url.setQuery(query);
    QNetworkRequest req(url);
    req.setTransferTimeout(m_timeoutMs);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return m_nam->sendCustomRequest(req, verb, body);
}

QString RelayApi::networkErrorText(QNetworkReply *reply) const
{
    const QString host = m_baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath);
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return tr("The relay at %1 did not answer in time.").arg(host);
    case QNetworkReply::ConnectionRefusedError:
        return tr("The relay at %1 refused the connection; it may not be running.").arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("The relay address %1 could not be found. Check the URL.").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("A secure connection to %1 could not be set up: %2")
            .arg(host, reply->errorString());
    default:
        return tr("The relay at %1 cannot be reached: %2").arg(host, reply->errorString());
    }
}

static QString wordsFor(int status, const QString &code, const QString &relayMessage)
{
    if (code == QLatin1String("invalid_credentials"))
        return RelayApi::tr("The user name or password is not correct.");
    if (code == QLatin1String("token_expired"))
        return RelayApi::tr("Your session has expired. Please sign in again.");
    if (code == QLatin1String("unauthorized"))
        return RelayApi::tr("Your session is no longer valid. Please sign in again.");
    if (code == QLatin1String("forbidden"))
        return RelayApi::tr("Your role does not allow this action.");
    if (code == QLatin1String("window_closed"))
        return RelayApi::tr(
            "The customer has not written in the last 24 hours, so WhatsApp only allows "
            "a template message.");
    if (code == QLatin1String("not_found"))
        return RelayApi::tr("The relay does not know this item (it may have been removed).");
    if (status == 429)
        return RelayApi::tr("The relay is busy right now; please try again in a moment.");
    if (status >= 500)
        return RelayApi::tr("The relay had an internal problem (HTTP %1). Please try again later.")
            .arg(status);
    if (!relayMessage.isEmpty())
        return relayMessage;
    return RelayApi::tr("The relay refused the request (HTTP %1).").arg(status);
}

ApiResult RelayApi::interpret(QNetworkReply *reply)
{
    ApiResult r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    if (r.httpStatus == 0) {
        r.errorCode = QStringLiteral("network");
        r.errorMessage = networkErrorText(reply);
        return r;
    }
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &perr);
    r.body = doc.object();
    if (r.httpStatus >= 200 && r.httpStatus < 300) {
        if (!data.isEmpty() && (perr.error != QJsonParseError::NoError || !doc.isObject())) {
            r.errorCode = QStringLiteral("bad_response");
            r.errorMessage = tr("The relay sent an answer this version cannot read.");
        }
        return r;
    }
    const QJsonObject err = r.body.value(QStringLiteral("error")).toObject();
    r.errorCode = err.value(QStringLiteral("code")).toString();
    if (r.errorCode.isEmpty())
        r.errorCode = QStringLiteral("http_%1").arg(r.httpStatus);
    r.errorMessage =
        wordsFor(r.httpStatus, r.errorCode, err.value(QStringLiteral("message")).toString());
    return r;
}

void RelayApi::watch(QNetworkReply *reply, QObject *context, Done done, bool isSignIn)
{
    QPointer<QObject> guard(context ? context : this);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard, done = std::move(done), isSignIn] {
                reply->deleteLater();
                const ApiResult r = interpret(reply);
                if (!isSignIn && r.httpStatus == 401)
                    Q_EMIT unauthorized(r.errorMessage);
                if (guard)
                    done(r);
            });
}

void RelayApi::get(const QString &path, const QUrlQuery &query, QObject *context, Done done)
{
    watch(send("GET", path, query, {}), context, std::move(done));
}

void RelayApi::post(const QString &path, const QJsonObject &body, QObject *context, Done done)
{
    watch(send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact)), context,
          std::move(done));
}

void RelayApi::deleteResource(const QString &path, QObject *context, Done done)
{
    watch(send("DELETE", path, {}, {}), context, std::move(done));
}

void RelayApi::signIn(const QString &username, const QString &password, QObject *context,
                      Typed<SignInInfo> done)
{
    const QJsonObject body{{QStringLiteral("username"), username},
                           {QStringLiteral("password"), password}};
    QNetworkReply *reply =
        send("POST", QStringLiteral("/api/session"), {}, QJsonDocument(body).toJson());
    watch(
        reply, context,
        [done = std::move(done)](const ApiResult &r) {
            SignInInfo info;
            info.token = r.body.value(QStringLiteral("token")).toString();
            info.expiresAt = fromIsoTime(r.body.value(QStringLiteral("expires_at")).toString());
            info.user = protocol::agentFromJson(r.body.value(QStringLiteral("user")).toObject());
            if (r.ok() && info.token.isEmpty()) {
                ApiResult bad = r;
                bad.errorCode = QStringLiteral("bad_response");
                bad.errorMessage = tr("The relay accepted the sign-in but sent no token.");
                return done(bad, info);
            }
            done(r, info);
        },
        true);
}

void RelayApi::signOut(QObject *context, Done done)
{
    deleteResource(QStringLiteral("/api/session"), context, std::move(done));
}

void RelayApi::me(QObject *context, Typed<Agent> done)
{
    get(QStringLiteral("/api/me"), {}, context, [done = std::move(done)](const ApiResult &r) {
        done(r, protocol::agentFromJson(r.body.value(QStringLiteral("user")).toObject()));
    });
}

void RelayApi::conversations(const ConversationQuery &q, QObject *context,
                             Typed<ConversationPage> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), q.status);
    query.addQueryItem(QStringLiteral("assignee"), q.assignee);
    if (!q.text.isEmpty())
        query.addQueryItem(QStringLiteral("q"),
                           QString::fromLatin1(QUrl::toPercentEncoding(q.text)));
    query.addQueryItem(QStringLiteral("limit"), QString::number(q.limit));
    if (!q.cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"),
                           QString::fromLatin1(QUrl::toPercentEncoding(q.cursor)));
    get(QStringLiteral("/api/whatsapp/conversations"), query, context,
        [done = std::move(done)](const ApiResult &r) {
            ConversationPage page;
            const QJsonArray arr = r.body.value(QStringLiteral("conversations")).toArray();
            for (const QJsonValue &v : arr)
                page.conversations.append(protocol::conversationFromJson(v.toObject()));
            page.nextCursor = r.body.value(QStringLiteral("next_cursor")).toString();
            done(r, page);
        });
}

static RelayApi::Done conversationAnswer(RelayApi::Typed<Conversation> done)
{
    return [done = std::move(done)](const ApiResult &r) {
        done(r, protocol::conversationFromJson(
                    r.body.value(QStringLiteral("conversation")).toObject()));
    };
}

void RelayApi::conversationDetails(qint64 id, QObject *context, Typed<ConversationDetails> done)
{
    get(QStringLiteral("/api/whatsapp/conversations/%1").arg(id), {}, context,
        [done = std::move(done)](const ApiResult &r) {
            ConversationDetails d;
            d.conversation = protocol::conversationFromJson(
                r.body.value(QStringLiteral("conversation")).toObject());
            d.contact = r.body.value(QStringLiteral("contact")).toObject();
            const QJsonValue sr = r.body.value(QStringLiteral("service_request"));
            if (sr.isObject())
                d.serviceRequest = protocol::serviceRequestFromJson(sr.toObject());
            const QJsonObject w = r.body.value(QStringLiteral("window")).toObject();
            d.windowOpen = w.value(QStringLiteral("open")).toBool();
            d.windowClosesAt = fromIsoTime(w.value(QStringLiteral("closes_at")).toString());
            d.windowSecondsLeft = w.value(QStringLiteral("seconds_left")).toInteger();
            done(r, d);
        });
}

void RelayApi::messages(qint64 conversationId, qint64 beforeId, int limit, QObject *context,
                        Typed<MessagePage> done)
{
    QUrlQuery query;
    if (beforeId > 0)
        query.addQueryItem(QStringLiteral("before"), QString::number(beforeId));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    get(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(conversationId), query,
        context, [done = std::move(done)](const ApiResult &r) {
            MessagePage page;
            const QJsonArray arr = r.body.value(QStringLiteral("messages")).toArray();
            for (const QJsonValue &v : arr)
                page.messages.append(protocol::messageFromJson(v.toObject()));
            page.hasMore = r.body.value(QStringLiteral("has_more")).toBool();
            done(r, page);
        });
}

void RelayApi::sendText(qint64 conversationId, const QString &clientId, const QString &text,
                        const QString &replyTo, QObject *context, Typed<Message> done)
{
    QJsonObject body{{QStringLiteral("client_id"), clientId}, {QStringLiteral("text"), text}};
    if (!replyTo.isEmpty())
        body.insert(QStringLiteral("reply_to"), replyTo);
    post(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(conversationId), body,
         context, [done = std::move(done)](const ApiResult &r) {
             done(r, protocol::messageFromJson(r.body.value(QStringLiteral("message")).toObject()));
         });
}

void RelayApi::assign(qint64 conversationId, const QString &assignee, QObject *context,
                      Typed<Conversation> done)
{
    const QJsonObject body{
        {QStringLiteral("assignee"), assignee.isEmpty() ? QJsonValue() : QJsonValue(assignee)}};
    post(QStringLiteral("/api/whatsapp/conversations/%1/assign").arg(conversationId), body, context,
         conversationAnswer(std::move(done)));
}

void RelayApi::link(qint64 conversationId, const QString &serviceRequestId, QObject *context,
                    Typed<Conversation> done)
{
    const QJsonObject body{
        {QStringLiteral("service_request_id"),
         serviceRequestId.isEmpty() ? QJsonValue() : QJsonValue(serviceRequestId)}};
    post(QStringLiteral("/api/whatsapp/conversations/%1/link").arg(conversationId), body, context,
         conversationAnswer(std::move(done)));
}

void RelayApi::setStatus(qint64 conversationId, ConversationStatus status, QObject *context,
                         Typed<Conversation> done)
{
    const QJsonObject body{{QStringLiteral("status"), toString(status)}};
    post(QStringLiteral("/api/whatsapp/conversations/%1/status").arg(conversationId), body, context,
         conversationAnswer(std::move(done)));
}

void RelayApi::markRead(qint64 conversationId, QObject *context, Typed<Conversation> done)
{
    post(QStringLiteral("/api/whatsapp/conversations/%1/read").arg(conversationId), {}, context,
         conversationAnswer(std::move(done)));
}

void RelayApi::retryMessage(qint64 messageId, QObject *context, Done done)
{
    post(QStringLiteral("/api/whatsapp/messages/%1/retry").arg(messageId), {}, context,
         std::move(done));
}

void RelayApi::agents(QObject *context, Typed<QList<Agent>> done)
{
    get(QStringLiteral("/api/agents"), {}, context, [done = std::move(done)](const ApiResult &r) {
        QList<Agent> list;
        const QJsonArray arr = r.body.value(QStringLiteral("agents")).toArray();
        for (const QJsonValue &v : arr)
            list.append(protocol::agentFromJson(v.toObject()));
        done(r, list);
    });
}

void RelayApi::searchServiceRequests(const QString &text, int limit, QObject *context,
                                     Typed<QList<ServiceRequest>> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(text)));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    get(QStringLiteral("/api/service-requests"), query, context,
        [done = std::move(done)](const ApiResult &r) {
            QList<ServiceRequest> list;
            const QJsonArray arr = r.body.value(QStringLiteral("service_requests")).toArray();
            for (const QJsonValue &v : arr)
                list.append(protocol::serviceRequestFromJson(v.toObject()));
            done(r, list);
        });
}

void RelayApi::serviceRequest(const QString &id, QObject *context, Typed<ServiceRequest> done)
{
    get(QStringLiteral("/api/service-requests/%1")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(id))),
        {}, context, [done = std::move(done)](const ApiResult &r) {
            done(r, protocol::serviceRequestFromJson(
                        r.body.value(QStringLiteral("service_request")).toObject()));
        });
}

void RelayApi::events(qint64 after, int limit, QObject *context, Typed<EventBatch> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    get(QStringLiteral("/api/events"), query, context,
        [done = std::move(done)](const ApiResult &r) {
            EventBatch batch;
            const QJsonArray arr = r.body.value(QStringLiteral("events")).toArray();
            for (const QJsonValue &v : arr)
                batch.events.append(protocol::eventFromJson(v.toObject()));
            batch.lastSeq = r.body.value(QStringLiteral("last_seq")).toInteger();
            batch.resync = r.body.value(QStringLiteral("resync")).toBool();
            done(r, batch);
        });
}

} // namespace recado::sync
