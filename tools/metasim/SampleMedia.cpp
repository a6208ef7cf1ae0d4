// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/SampleMedia.h"

#include <QtEndian>

#include <array>

using namespace Qt::StringLiterals;

namespace recado::metasim {

namespace {

// Generated once with QImage (48x32, quality 40) and shipped: writing a JPEG encoder for a
// test fixture is not worth it.
constexpr char kJpegBase64[] =
    "/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDABQODxIPDRQSEBIXFRQYHjIhHhwcHj0sLiQySUBMS0dARkVQWnNiUFVtVkVG"
    "ZIhlbXd7gYKBTmCNl4x9lnN+gXz/2wBDARUXFx4aHjshITt8U0ZTfHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8"
    "fHx8fHx8fHx8fHx8fHx8fHx8fHz/wAARCAAgADADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcI"
    "CQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRol"
    "JicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ip"
    "qrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAA"
    "AAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLR"
    "ChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaX"
    "mJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEA"
    "PwCDULuSyKP5DPB0dgfu88f1/TmpYJ4bpN0EiuB1x1H1HarpWsi70do3NxprmCUDOwHhuc49vp06VwxcWrM6ZSaZeK0h"
    "WqVrqqmU298ot51JyTwv5/5/Wo7m+lu5WtdNUtzhpx0X/Pr+VapO5k5Dr6/jtsxp+8uDgKgGevr/AIVZi3tEplTY+PmH"
    "oabZaZHaZdj5sxJJkYc/h6VaK1akuhhKReK1XvLiKzgaadsKOg7k+gq6VrNn0WC51D7XOzyYAxGT8ox/Tvj6+tcEGr6m"
    "0pGSYbjXpRIwENkjYXIG9vXB/wAj64pFS60EkMonsiwLOBggnj1+nt06ZrpitIVrdVeltDFyKFrdQ3kQkgcNxyvdfqKm"
    "K1RudE2v5+myG2nz0z8h5yf/ANXTjpV+ASmBDcBRKRlgo4B9Opq7rdGMmuh//9k=";

// The 1x1 lossless WebP that browsers' feature probes use.
constexpr char kWebpBase64[] = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

// Ogg uses the non-reflected CRC-32 with polynomial 0x04C11DB7 and no final xor.
quint32 oggCrc(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 r = n << 24;
            for (int k = 0; k < 8; ++k)
                r = (r & 0x80000000u) ? (r << 1) ^ 0x04C11DB7u : r << 1;
            t[n] = r;
        }
        return t;
    }();
    quint32 crc = 0;
    for (char ch : data)
        crc = (crc << 8) ^ table[((crc >> 24) ^ quint8(ch)) & 0xFF];
    return crc;
}

void appendBe32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void appendLe(QByteArray &out, quint64 v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((v >> (8 * i)) & 0xFF));
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray out;
    appendBe32(out, quint32(data.size()));
    const QByteArray typed = QByteArray(type, 4) + data;
    out.append(typed);
    appendBe32(out, crc32(typed));
    return out;
}

QByteArray oggPage(quint8 headerType, quint64 granule, quint32 serial, quint32 sequence,
                   const QList<QByteArray> &packets)
{
    QByteArray segments;
    QByteArray body;
    for (const QByteArray &p : packets) {
        qsizetype left = p.size();
        while (left >= 255) {
            segments.append(char(255));
            left -= 255;
        }
        segments.append(char(left));
        body.append(p);
    }
    QByteArray page("OggS");
    page.append(char(0)); // version
    page.append(char(headerType));
    appendLe(page, granule, 8);
    appendLe(page, serial, 4);
    appendLe(page, sequence, 4);
    appendLe(page, 0, 4); // CRC placeholder
    page.append(char(segments.size()));
    page.append(segments);
    page.append(body);
    const quint32 crc = oggCrc(page);
    for (int i = 0; i < 4; ++i)
        page[22 + i] = char((crc >> (8 * i)) & 0xFF);
    return page;
}

QByteArray pdfEscape(const QString &text)
{
    QByteArray out;
    for (QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u == '(' || u == ')' || u == '\\') {
            out.append('\\');
            out.append(char(u));
        } else if (u < 0x20) {
            out.append(' ');
        } else if (u < 0x100) {
            out.append(char(u)); // WinAnsi matches Latin-1 for accented letters
        } else {
            out.append('?');
        }
    }
    return out;
}

} // namespace

QByteArray SampleMedia::png(int width, int height, quint32 seed)
{
    QByteArray raw;
    raw.reserve((width * 3 + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append(char(0)); // filter: none
        for (int x = 0; x < width; ++x) {
            const bool crack = qAbs(x * height - y * width) < width + height / 2 + int(seed % 5);
            raw.append(char(crack ? 20 : (40 + x * 3 + int(seed * 37)) & 0xFF));
            raw.append(char(crack ? 20 : (90 + y * 2 + int(seed * 11)) & 0xFF));
            raw.append(char(crack ? 20 : (160 + x - y + int(seed * 5)) & 0xFF));
        }
    }
    // qCompress emits a 4-byte big-endian length, then a complete zlib stream: what IDAT holds.
    const QByteArray zlib = qCompress(raw, 9).mid(4);
    QByteArray ihdr;
    appendBe32(ihdr, quint32(width));
    appendBe32(ihdr, quint32(height));
    ihdr.append(char(8)); // bit depth
    ihdr.append(char(2)); // colour type: truecolour
    ihdr.append(char(0));
    ihdr.append(char(0));
    ihdr.append(char(0));
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", zlib) +
           pngChunk("IEND", {});
}

QByteArray SampleMedia::jpeg()
{
    return QByteArray::fromBase64(QByteArray(kJpegBase64));
}

QByteArray SampleMedia::pdf(const QString &title, const QStringList &lines)
{
    QByteArray content = "BT /F1 18 Tf 56 780 Td (" + pdfEscape(title) + ") Tj ET\n";
    int y = 750;
    for (const QString &line : lines) {
        content +=
            "BT /F1 11 Tf 56 " + QByteArray::number(y) + " Td (" + pdfEscape(line) + ") Tj ET\n";
        y -= 16;
    }
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    };
    QByteArray out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype off : offsets)
        out += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray SampleMedia::oggOpus(int frames)
{
    const quint32 serial = 0x52434430; // "RCD0"
    QByteArray head("OpusHead");
    head.append(char(1));   // version
    head.append(char(1));   // mono
    appendLe(head, 312, 2); // pre-skip
    appendLe(head, 48000, 4);
    appendLe(head, 0, 2); // output gain
    head.append(char(0)); // channel mapping family
    QByteArray tags("OpusTags");
    const QByteArray vendor("recado-metasim");
    appendLe(tags, quint64(vendor.size()), 4);
    tags.append(vendor);
    appendLe(tags, 0, 4);
    // A TOC byte alone (config 31: CELT FB 20 ms, code 0) is a valid zero-length frame: silence.
    QList<QByteArray> audio;
    for (int i = 0; i < frames; ++i)
        audio.append(QByteArray(1, char(0xF8)));
    QByteArray out = oggPage(0x02, 0, serial, 0, {head});
    out += oggPage(0x00, 0, serial, 1, {tags});
    out += oggPage(0x04, quint64(312 + frames * 960), serial, 2, audio);
    return out;
}

QByteArray SampleMedia::webp()
{
    return QByteArray::fromBase64(QByteArray(kWebpBase64));
}

QByteArray SampleMedia::mp4(int size)
{
    QByteArray out;
    QByteArray ftyp("ftypisom");
    appendBe32(ftyp, 0x200);
    ftyp.append("isomiso2avc1mp41");
    appendBe32(out, quint32(ftyp.size() + 4));
    out.append(ftyp);
    appendBe32(out, 8);
    out.append("free");
    const int payload = qMax(16, size - int(out.size()) - 8);
    appendBe32(out, quint32(payload + 8));
    out.append("mdat");
    for (int i = 0; i < payload; ++i)
        out.append(char((i * 31 + 7) & 0xFF));
    return out;
}

QByteArray SampleMedia::forMimeType(const QString &mimeType, quint32 seed)
{
    const QString m = mimeType.section(u';', 0, 0).trimmed().toLower();
    if (m == "image/jpeg"_L1)
        return jpeg();
    if (m == "image/png"_L1)
        return png(64, 48, seed);
    if (m == "image/webp"_L1)
        return webp();
    if (m == "application/pdf"_L1)
        return pdf(u"Recado"_s, {u"Sample document %1"_s.arg(seed)});
    if (m == "audio/ogg"_L1)
        return oggOpus(25 + int(seed % 50));
    if (m == "video/mp4"_L1 || m == "video/3gpp"_L1)
        return mp4(2048 + int(seed % 512));
    return {};
}

} // namespace recado::metasim
