// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/HttpExchange.h"

#include <QJsonDocument>

namespace recado::metasim {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString HttpRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::bytes(const QByteArray &data, const QByteArray &contentType, int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = contentType;
    r.body = data;
    return r;
}

} // namespace recado::metasim
