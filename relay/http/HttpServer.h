// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The relay's only contact with QtHttpServer, whose API changes in Qt 6.8 (listen/bind,
// responders, headers). Everything else sees HttpExchange and Router.

#include "relay/http/HttpExchange.h"

#include <QAbstractHttpServer>

#include <functional>

class QWebSocket;

namespace recado::relay {

class Router;

class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    //! Decides a WebSocket upgrade on `path`: return an empty string to accept, or an error code
    //! ("unauthorized") to refuse with 401.
    using UpgradeCheck = std::function<QString(const QString &path, const QUrlQuery &query,
                                               const QByteArray &authorization)>;

    explicit HttpServer(Router &router, QObject *parent = nullptr);

    void setMaxBodyBytes(qint64 bytes) { m_maxBody = bytes; }
    //! A different limit for one route pattern (Router syntax, `:name` matches one segment),
    //! e.g. media uploads far larger than any webhook.
    void setMaxBodyBytes(const QString &pattern, qint64 bytes);
    void setWebSocketPath(const QString &path, UpgradeCheck check);

Q_SIGNALS:
    void webSocketAccepted(QWebSocket *socket); //!< ownership passes to the receiver

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Router &m_router;
    qint64 maxBodyFor(const QString &path) const;
    qint64 m_maxBody = 3 * 1024 * 1024;
    QList<QPair<QStringList, qint64>> m_pathLimits;
    QString m_wsPath;
    UpgradeCheck m_wsCheck;
};

} // namespace recado::relay
