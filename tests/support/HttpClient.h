// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace recado::test {

//! A synchronous HTTP client for tests: each call spins a local event loop until the reply.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const;
    QList<QPair<QByteArray, QByteArray>> headers;
};

class HttpClient
{
public:
    explicit HttpClient(QUrl base)
        : m_base(std::move(base))
    {}
    void setToken(const QString &token) { m_token = token; }
    //! POST /api/session; on success this client sends the token from then on. Returns it, or
    //! an empty string when the relay refused.
    QString signIn(const QString &username, const QString &password);

    HttpResult get(const QString &path);
    HttpResult post(const QString &path, const QJsonObject &body);
    HttpResult postRaw(const QString &path, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});
    //! POST /webhook with `body` signed by `appSecret`, as Meta sends it.
    HttpResult postWebhook(const QByteArray &body, const QByteArray &appSecret);
    HttpResult del(const QString &path);
    HttpResult request(const QByteArray &verb, const QString &path, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_nam;
};

} // namespace recado::test
