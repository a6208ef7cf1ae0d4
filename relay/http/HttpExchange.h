// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QTcpSocket>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace recado::relay {

//! One HTTP request and its (possibly deferred) reply. Handlers receive it as a shared pointer
//! and may answer later, e.g. after a group commit; if the client went away meanwhile the reply
//! is dropped safely.
class HttpExchange
{
public:
    HttpExchange(QString method, QString path, QUrlQuery query,
                 QList<QPair<QByteArray, QByteArray>> headers, QByteArray body, QHostAddress peer,
                 QHttpServerResponder &&responder, QTcpSocket *socket);

    const QString &method() const { return m_method; }
    const QString &path() const { return m_path; }
    //! Fully decoded query value (`%2B` -> `+`), unlike QUrlQuery's default.
    QString queryValue(const QString &name) const;
    bool hasQueryValue(const QString &name) const;
    QByteArray header(const QByteArray &name) const;
    const QByteArray &body() const { return m_body; }
    const QHostAddress &peer() const { return m_peer; }
    //! Values of `:name` segments of the matched route, in order.
    QStringList pathArgs;

    bool replied() const { return m_replied; }
    void reply(int status, const QByteArray &contentType, const QByteArray &body,
               const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    void replyJson(int status, const QJsonObject &object);
    //! `{"error":{"code","message"}}`
    void replyError(int status, const QString &code, const QString &message);
    void replyEmpty(int status);

private:
    QString m_method;
    QString m_path;
    QUrlQuery m_query;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    QHostAddress m_peer;
    std::optional<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_replied = false;
};

using HttpExchangePtr = std::shared_ptr<HttpExchange>;

} // namespace recado::relay
