// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace recado::metasim {

//! Splits a multipart/form-data body (RFC 7578) into its parts, as Graph's media upload reads it.
class MultipartParser
{
public:
    struct Part
    {
        QString name;
        QString filename;
        QByteArray contentType;
        QByteArray data;
    };

    //! Parses `body` using the boundary from the request's Content-Type header. Returns false
    //! when the header is not multipart/form-data or the body has no closing boundary.
    static bool parse(const QByteArray &contentTypeHeader, const QByteArray &body,
                      QList<Part> *parts);
};

} // namespace recado::metasim
