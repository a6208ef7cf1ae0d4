// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/JsonWriter.h"

#include <QJsonDocument>

namespace recado::protocol {

namespace {
void appendEscaped(QByteArray &out, const QString &s)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = s.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\b': out.append("\\b", 2); break;
        case '\f': out.append("\\f", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        default:
            if (c < 0x20) {
                const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
                out.append(esc, sizeof esc);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
}
} // namespace

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out.append(',');
    m_first = false;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out.append('}');
    m_first = false; // the object just closed is a value of its parent
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out.append('"').append(name).append("\":", 2);
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &s)
{
    separate();
    appendEscaped(m_out, s);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 n)
{
    separate();
    m_out.append(QByteArray::number(n));
    return *this;
}

JsonWriter &JsonWriter::value(bool b)
{
    separate();
    m_out.append(b ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
    return *this;
}

JsonWriter &JsonWriter::value(const QJsonObject &o)
{
    return raw(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

JsonWriter &JsonWriter::value(const QJsonArray &a)
{
    return raw(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
    return *this;
}

} // namespace recado::protocol
