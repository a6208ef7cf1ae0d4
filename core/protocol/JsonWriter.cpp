// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/JsonWriter.h"

#include <QJsonDocument>

#include <charconv>
#include <string_view>

namespace recado::protocol {

namespace {
//! Appends `s` as a JSON string in UTF-8, straight from UTF-16 (no intermediate QByteArray per
//! string). A lone surrogate becomes U+FFFD, the standard replacement (QString::toUtf8 writes
//! '?', which would pass for the customer's own text).
void appendEscaped(QByteArray &out, const QString &s)
{
    // The characters JSON escapes with a letter, and those letters.
    static constexpr std::u16string_view kEscaped = u"\"\\\b\f\n\r\t";
    static constexpr std::string_view kLetters = "\"\\bfnrt";
    static constexpr char kHex[] = "0123456789abcdef";
    out.reserve(out.size() + s.size() + 2);
    out.append('"');
    const auto *p = reinterpret_cast<const char16_t *>(s.constData());
    const char16_t *const end = p + s.size();
    while (p < end) {
        char32_t c = *p++;
        if (c < 0x80) {
            if (const auto at = kEscaped.find(char16_t(c)); at != std::u16string_view::npos) {
                out.append('\\').append(kLetters[at]);
            } else if (c < 0x20) {
                const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
                out.append(esc, sizeof esc);
            } else {
                out.append(char(c));
            }
            continue;
        }
        if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p))
            c = QChar::surrogateToUcs4(char16_t(c), *p++);
        else if (QChar::isSurrogate(c))
            c = QChar::ReplacementCharacter;
        char utf8[4];
        int n = 0;
        if (c < 0x800) {
            utf8[n++] = char(0xc0 | (c >> 6));
        } else if (c < 0x10000) {
            utf8[n++] = char(0xe0 | (c >> 12));
            utf8[n++] = char(0x80 | ((c >> 6) & 0x3f));
        } else {
            utf8[n++] = char(0xf0 | (c >> 18));
            utf8[n++] = char(0x80 | ((c >> 12) & 0x3f));
            utf8[n++] = char(0x80 | ((c >> 6) & 0x3f));
        }
        utf8[n++] = char(0x80 | (c & 0x3f));
        out.append(utf8, n);
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
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, n);
    m_out.append(digits, result.ptr - digits);
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
