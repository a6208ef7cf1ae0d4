// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace recado::protocol {

//! A `multipart/form-data` body (RFC 7578), as a browser or QHttpMultiPart sends it: the relay
//! reads agents' uploads with it, the simulator reads Graph media uploads.
class MultipartForm
{
public:
    struct Part
    {
        QString name;
        QString filename;
        QByteArray contentType;
        QByteArray data;
    };

    //! Parses `body` with the boundary from `contentType`. Returns false when it is not a
    //! well-formed multipart/form-data body.
    static bool parse(const QByteArray &contentType, const QByteArray &body, QList<Part> *parts);
    static bool isMultipart(const QByteArray &contentType);
};

} // namespace recado::protocol
