// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/ApiResult.h"
#include "core/sync/RelayTypes.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace recado::sync {

//! The relay's REST routes (docs/api.md) as typed asynchronous calls.
//!
//! Every call takes a `context` object: when it is destroyed before the answer arrives, the
//! callback is dropped (so a closed dialog never receives a late answer). Callbacks run on the
//! GUI thread. Failures come back as an ApiResult whose errorMessage is ready to show.
//! No retries here: callers that need them (Outbox, SyncEngine) schedule them with Backoff.
class RelayApi : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ApiResult &)>;
    template<typename T> using Typed = std::function<void(const ApiResult &, const T &)>;

    explicit RelayApi(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    //! Per-request timeout; a request without an answer by then fails as a network error.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Session
    void signIn(const QString &username, const QString &password, QObject *context,
                Typed<SignInInfo> done);
    void signOut(QObject *context, Done done);
    void me(QObject *context, Typed<domain::Agent> done);

    // Conversations
    void conversations(const ConversationQuery &query, QObject *context,
                       Typed<ConversationPage> done);
    void conversationDetails(qint64 id, QObject *context, Typed<ConversationDetails> done);
    //! `beforeId` 0 means the newest page.
    void messages(qint64 conversationId, qint64 beforeId, int limit, QObject *context,
                  Typed<MessagePage> done);
    void sendText(qint64 conversationId, const QString &clientId, const QString &text,
                  const QString &replyTo, QObject *context, Typed<domain::Message> done);
    //! `assignee` empty means unassign.
    void assign(qint64 conversationId, const QString &assignee, QObject *context,
                Typed<domain::Conversation> done);
    //! `serviceRequestId` empty means unlink.
    void link(qint64 conversationId, const QString &serviceRequestId, QObject *context,
              Typed<domain::Conversation> done);
    void setStatus(qint64 conversationId, domain::ConversationStatus status, QObject *context,
                   Typed<domain::Conversation> done);
    void markRead(qint64 conversationId, QObject *context, Typed<domain::Conversation> done);
    void retryMessage(qint64 messageId, QObject *context, Done done);

    // Directory
    void agents(QObject *context, Typed<QList<domain::Agent>> done);
    void searchServiceRequests(const QString &query, int limit, QObject *context,
                               Typed<QList<domain::ServiceRequest>> done);
    void serviceRequest(const QString &id, QObject *context, Typed<domain::ServiceRequest> done);

    // Events
    void events(qint64 after, int limit, QObject *context, Typed<EventBatch> done);

    // Raw access (tests, new routes before they get a typed wrapper)
    void get(const QString &path, const QUrlQuery &query, QObject *context, Done done);
    void post(const QString &path, const QJsonObject &body, QObject *context, Done done);
    void deleteResource(const QString &path, QObject *context, Done done);

Q_SIGNALS:
    //! A call other than signIn() was refused with 401: the token is no longer valid.
    void unauthorized(const QString &message);

private:
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                        const QByteArray &body);
    void watch(QNetworkReply *reply, QObject *context, Done done, bool isSignIn = false);
    ApiResult interpret(QNetworkReply *reply);
    QString networkErrorText(QNetworkReply *reply) const;

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 20000;
};

} // namespace recado::sync
