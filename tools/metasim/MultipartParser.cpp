// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/MultipartParser.h"

namespace recado::metasim {

namespace {
QByteArray parameter(const QByteArray &header, const QByteArray &key)
{
    for (QByteArray piece : header.split(';')) {
        piece = piece.trimmed();
        const qsizetype eq = piece.indexOf('=');
        if (eq <= 0 || piece.left(eq).trimmed().toLower() != key)
            continue;
        QByteArray value = piece.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}
} // namespace

bool MultipartParser::parse(const QByteArray &contentTypeHeader, const QByteArray &body,
                            QList<Part> *parts)
{
    if (!contentTypeHeader.trimmed().toLower().startsWith("multipart/form-data"))
        return false;
    const QByteArray boundary = parameter(contentTypeHeader, "boundary");
    if (boundary.isEmpty())
        return false;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return false;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return true; // closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return false;
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            return false;
        Part part;
        for (const QByteArray &line : body.mid(pos, headerEnd - pos).split('\n')) {
            const QByteArray l = line.trimmed();
            const qsizetype colon = l.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray key = l.left(colon).trimmed().toLower();
            const QByteArray value = l.mid(colon + 1).trimmed();
            if (key == "content-disposition") {
                part.name = QString::fromUtf8(parameter(value, "name"));
                part.filename = QString::fromUtf8(parameter(value, "filename"));
            } else if (key == "content-type") {
                part.contentType = value;
            }
        }
        const qsizetype dataStart = headerEnd + 4;
        const qsizetype next = body.indexOf("\r\n" + delimiter, dataStart);
        if (next < 0)
            return false;
        part.data = body.mid(dataStart, next - dataStart);
        parts->append(part);
        pos = next + 2;
    }
}

} // namespace recado::metasim
