// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace recado::protocol {

//! Writes compact JSON straight into bytes. The relay serialises an event for every message it
//! stores; building a QJsonObject and then a QJsonDocument for it cost more than the SQL did
//! (docs/load.md). Keys are written in the order given; callers give them sorted, as
//! QJsonDocument writes them, so both produce the same bytes.
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();

    //! A key of the current object; the next call writes its value.
    JsonWriter &key(const char *name);

    JsonWriter &value(const QString &s);
    JsonWriter &value(qint64 n);
    JsonWriter &value(int n) { return value(qint64(n)); }
    JsonWriter &value(const char *) = delete; // would silently pick value(bool)
    JsonWriter &value(bool b);
    JsonWriter &null();
    JsonWriter &value(const QJsonObject &o);
    JsonWriter &value(const QJsonArray &a);
    JsonWriter &value(const QJsonValue &v); //!< undefined is written as null, as Qt writes it
    //! Bytes that already are one JSON value (an event payload the log produced).
    JsonWriter &raw(const QByteArray &json);

    const QByteArray &bytes() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separate();
    char *grow(qsizetype n); //!< n more bytes at the end, to be written through the pointer

    QByteArray m_out;
    bool m_afterKey = false;
    bool m_first = true; // nothing written yet in the innermost open object
};

//! The bytes QJsonDocument(o).toJson(QJsonDocument::Compact) gives, written by JsonWriter.
QByteArray compactJson(const QJsonObject &o);
QByteArray compactJson(const QJsonArray &a);

} // namespace recado::protocol
