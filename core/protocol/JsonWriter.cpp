// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/JsonWriter.h"

#include <QCborValue>
#include <QLocale>

#include <charconv>
#include <cstring>
#include <string_view>

namespace recado::protocol {

namespace {
// The characters JSON escapes with a letter, and those letters.
constexpr std::u16string_view kEscaped = u"\"\\\b\f\n\r\t";
constexpr std::string_view kLetters = "\"\\bfnrt";
constexpr char kHex[] = "0123456789abcdef";

//! Bytes `c` (an ASCII code unit) takes escaped: 1, 2 (\n) or 6 (\u001f).
constexpr int escapedAsciiSize(char16_t c)
{
    if (c >= 0x20 && c != u'"' && c != u'\\')
        return 1;
    return kEscaped.find(c) != std::u16string_view::npos ? 2 : 6;
}

//! The exact UTF-8 size of `s` escaped, so the bytes can be written in place with one resize.
qsizetype escapedSize(const char16_t *p, const char16_t *const end)
{
    qsizetype n = 0;
    while (p < end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            n += escapedAsciiSize(c);
        } else if (c < 0x800) {
            n += 2;
        } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
            n += 4;
            ++p;
        } else {
            n += 3; // the BMP, and U+FFFD for a lone surrogate
        }
    }
    return n;
}

//! Appends `s` as a JSON string in UTF-8, straight from UTF-16 (no intermediate QByteArray per
//! string). A lone surrogate becomes U+FFFD, the standard replacement (QString::toUtf8 writes
//! '?', which would pass for the customer's own text). Sized first, then written through a
//! pointer: appending byte by byte was most of what serialising an event cost.
void appendEscaped(QByteArray &out, const QString &s)
{
    const auto *p = reinterpret_cast<const char16_t *>(s.constData());
    const char16_t *const end = p + s.size();
    const qsizetype start = out.size();
    out.resize(start + escapedSize(p, end) + 2);
    char *d = out.data() + start;
    *d++ = '"';
    while (p < end) {
        char32_t c = *p++;
        if (c < 0x80) {
            switch (escapedAsciiSize(char16_t(c))) {
            case 1:
                *d++ = char(c);
                break;
            case 2:
                *d++ = '\\';
                *d++ = kLetters[kEscaped.find(char16_t(c))];
                break;
            default:
                for (const char e : {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]})
                    *d++ = e;
            }
            continue;
        }
        if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p))
            c = QChar::surrogateToUcs4(char16_t(c), *p++);
        else if (QChar::isSurrogate(c))
            c = QChar::ReplacementCharacter;
        if (c < 0x800) {
            *d++ = char(0xc0 | (c >> 6));
        } else if (c < 0x10000) {
            *d++ = char(0xe0 | (c >> 12));
            *d++ = char(0x80 | ((c >> 6) & 0x3f));
        } else {
            *d++ = char(0xf0 | (c >> 18));
            *d++ = char(0x80 | ((c >> 12) & 0x3f));
            *d++ = char(0x80 | ((c >> 6) & 0x3f));
        }
        *d++ = char(0x80 | (c & 0x3f));
    }
    *d++ = '"';
    Q_ASSERT(d == out.constData() + out.size());
}
} // namespace

char *JsonWriter::grow(qsizetype n)
{
    // QByteArray::resize grows the capacity geometrically; each append() call cost several
    // times the bytes it wrote (an event payload has some thirty keys).
    const qsizetype at = m_out.size();
    m_out.resize(at + n);
    return m_out.data() + at;
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        *grow(1) = ',';
    m_first = false;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    *grow(1) = '{';
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    *grow(1) = '}';
    m_first = false; // the object just closed is a value of its parent
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    const std::size_t n = std::strlen(name);
    char *d = grow(qsizetype(n) + 3);
    *d++ = '"';
    std::memcpy(d, name, n);
    d += n;
    *d++ = '"';
    *d = ':';
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
    std::memcpy(grow(result.ptr - digits), digits, std::size_t(result.ptr - digits));
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
    // Written here rather than through QJsonDocument::toJson: every stored message's content
    // comes this way, and the document's writer cost the ingest writer some 19k instructions a
    // message (about a tenth of its work; docs/load.md). QJsonObject iterates its keys sorted,
    // as the document writes them.
    beginObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        separate();
        appendEscaped(m_out, it.key());
        *grow(1) = ':';
        m_afterKey = true;
        value(it.value());
    }
    return endObject();
}

JsonWriter &JsonWriter::value(const QJsonArray &a)
{
    separate();
    *grow(1) = '[';
    m_first = true;
    for (const QJsonValue &v : a)
        value(v);
    *grow(1) = ']';
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return value(v.toBool());
    case QJsonValue::Double: {
        // As Qt writes numbers: integers as such, other doubles in their shortest form, and a
        // value JSON cannot hold (infinity, NaN) as null.
        const QCborValue number = QCborValue::fromJsonValue(v);
        if (number.isInteger())
            return value(number.toInteger());
        const double d = v.toDouble();
        if (!qIsFinite(d))
            return null();
        separate();
        m_out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        return *this;
    }
    case QJsonValue::String:
        return value(v.toString());
    case QJsonValue::Array:
        return value(v.toArray());
    case QJsonValue::Object:
        return value(v.toObject());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return null();
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
    return *this;
}

QByteArray compactJson(const QJsonObject &o)
{
    return JsonWriter().value(o).take();
}

QByteArray compactJson(const QJsonArray &a)
{
    return JsonWriter().value(a).take();
}

} // namespace recado::protocol
