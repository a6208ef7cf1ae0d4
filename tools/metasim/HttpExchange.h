// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The request/response pair the simulator's handlers see. It keeps QHttpServer types out of
// everything but HttpServerAdapter (QHttpServer's API changes in Qt 6.8).

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace recado::metasim {

struct HttpRequest
{
    QByteArray method; //!< GET, POST, DELETE...
    QString path;      //!< decoded path, e.g. /v21.0/106540352242922/messages
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    //! Header value by case-insensitive name; empty when absent.
    QByteArray header(const QByteArray &name) const;
    //! Query item, fully decoded (QUrlQuery's default leaves %2B encoded).
    QString queryValue(const QString &key) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=UTF-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0; //!< answer this much later (slow-server faults)

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse bytes(const QByteArray &data, const QByteArray &contentType,
                              int status = 200);
};

} // namespace recado::metasim
