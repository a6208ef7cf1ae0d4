// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/MultipartForm.h"

#include <QUrl>

namespace recado::protocol {

namespace {

//! `key=value` or `key="value"` from a header such as Content-Disposition.
QByteArray parameter(const QByteArray &header, const QByteArray &key)
{
    for (QByteArray piece : header.split(';')) {
        piece = piece.trimmed();
        const qsizetype eq = piece.indexOf('=');
        if (eq <= 0 || piece.left(eq).trimmed().toLower() != key)
            continue;
        QByteArray value = piece.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2).replace("\\\"", "\"");
        return value;
    }
    return {};
}

} // namespace

bool MultipartForm::isMultipart(const QByteArray &contentType)
{
    return contentType.trimmed().toLower().startsWith("multipart/form-data");
}

bool MultipartForm::parse(const QByteArray &contentType, const QByteArray &body, QList<Part> *parts)
{
    if (!isMultipart(contentType))
        return false;
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty() || boundary.size() > 200)
        return false;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.startsWith(delimiter) ? 0 : body.indexOf("\r\n" + delimiter);
    if (pos < 0)
        return false;
    if (pos > 0)
        pos += 2;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return true; // closing delimiter
        // Transport padding may follow a delimiter before its line break.
        while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t'))
            ++pos;
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
                // RFC 5987 form wins when present: filename*=UTF-8''na%C3%AFve.pdf
                const QByteArray extended = parameter(value, "filename*");
                const qsizetype quote = extended.indexOf("''");
                if (quote > 0)
                    part.filename = QUrl::fromPercentEncoding(extended.mid(quote + 2));
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

} // namespace recado::protocol
