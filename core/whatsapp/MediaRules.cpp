// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/MediaRules.h"

#include <QStringList>

namespace recado::whatsapp {

namespace {

constexpr qint64 kKB = 1024;
constexpr qint64 kMB = 1024 * 1024;

struct TypeRule
{
    const char *mime;
    const char *kind; //!< the kind this type belongs to; any type may also go as a document
};

// Meta's supported media types. Anything outside this list is refused by Meta's upload (131053).
constexpr TypeRule kTypes[] = {
    {"image/jpeg", "image"},
    {"image/png", "image"},
    {"video/mp4", "video"},
    {"video/3gpp", "video"},
    {"audio/aac", "audio"},
    {"audio/amr", "audio"},
    {"audio/mpeg", "audio"},
    {"audio/mp4", "audio"},
    {"audio/ogg", "audio"},
    {"image/webp", "sticker"},
    {"text/plain", "document"},
    {"application/pdf", "document"},
    {"application/msword", "document"},
    {"application/vnd.ms-excel", "document"},
    {"application/vnd.ms-powerpoint", "document"},
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "document"},
    {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "document"},
    {"application/vnd.openxmlformats-officedocument.presentationml.presentation", "document"},
};

const TypeRule *ruleFor(const QString &base)
{
    for (const TypeRule &r : kTypes) {
        if (base == QLatin1String(r.mime))
            return &r;
    }
    return nullptr;
}

QStringList typesOf(const QString &kind)
{
    QStringList out;
    for (const TypeRule &r : kTypes) {
        if (kind == QLatin1String("document") || kind == QLatin1String(r.kind))
            out.append(QString::fromLatin1(r.mime));
    }
    return out;
}

QString sizeText(qint64 bytes)
{
    if (bytes >= kMB)
        return QStringLiteral("%1 MB").arg(double(bytes) / double(kMB), 0, 'f',
                                           bytes % kMB ? 1 : 0);
    return QStringLiteral("%1 KB").arg((bytes + kKB - 1) / kKB);
}

bool isZip(const QByteArray &b)
{
    return b.startsWith("PK\x03\x04");
}

bool isOle(const QByteArray &b)
{
    return b.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

bool isIsoMedia(const QByteArray &b)
{
    return b.size() >= 12 && b.mid(4, 4) == "ftyp";
}

//! Does the content look like the declared type? Meta sniffs uploads too; refusing here gives
//! the agent the reason at once.
bool contentMatches(const QString &base, const QByteArray &b)
{
    if (base == QLatin1String("image/jpeg"))
        return b.startsWith("\xFF\xD8\xFF");
    if (base == QLatin1String("image/png"))
        return b.startsWith("\x89PNG\r\n\x1A\n");
    if (base == QLatin1String("image/webp"))
        return b.startsWith("RIFF") && b.mid(8, 4) == "WEBP";
    if (base == QLatin1String("application/pdf"))
        return b.left(1024).contains("%PDF-");
    if (base == QLatin1String("video/mp4") || base == QLatin1String("video/3gpp") ||
        base == QLatin1String("audio/mp4"))
        return isIsoMedia(b);
    if (base == QLatin1String("audio/ogg"))
        return b.startsWith("OggS");
    if (base == QLatin1String("audio/amr"))
        return b.startsWith("#!AMR");
    if (base == QLatin1String("audio/mpeg"))
        return b.startsWith("ID3") ||
               (b.size() > 1 && uchar(b[0]) == 0xFF && (uchar(b[1]) & 0xE0) == 0xE0);
    if (base == QLatin1String("audio/aac"))
        return b.startsWith("ADIF") ||
               (b.size() > 1 && uchar(b[0]) == 0xFF && (uchar(b[1]) & 0xF6) == 0xF0);
    if (base.startsWith(QLatin1String("application/vnd.openxmlformats")))
        return isZip(b);
    if (base == QLatin1String("application/msword") ||
        base == QLatin1String("application/vnd.ms-excel") ||
        base == QLatin1String("application/vnd.ms-powerpoint"))
        return isOle(b);
    if (base == QLatin1String("text/plain"))
        return !b.left(8192).contains('\0');
    return true;
}

} // namespace

bool MediaRules::isMediaKind(const QString &kind)
{
    return kind == QLatin1String("image") || kind == QLatin1String("video") ||
           kind == QLatin1String("audio") || kind == QLatin1String("document") ||
           kind == QLatin1String("sticker");
}

QString MediaRules::baseType(const QString &mimeType)
{
    return mimeType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

QString MediaRules::kindForMime(const QString &mimeType)
{
    const TypeRule *r = ruleFor(baseType(mimeType));
    return r ? QString::fromLatin1(r->kind) : QStringLiteral("document");
}

qint64 MediaRules::maxBytes(const QString &kind, bool animatedSticker)
{
    if (kind == QLatin1String("image"))
        return 5 * kMB;
    if (kind == QLatin1String("video") || kind == QLatin1String("audio"))
        return 16 * kMB;
    if (kind == QLatin1String("sticker"))
        return animatedSticker ? 500 * kKB : 100 * kKB;
    return 100 * kMB;
}

bool MediaRules::isAnimatedWebp(const QByteArray &bytes)
{
    // RIFF....WEBPVP8X<size:4><flags:1>: bit 1 of the flags is "animation".
    return bytes.size() >= 21 && bytes.mid(12, 4) == "VP8X" && (uchar(bytes[20]) & 0x02) != 0;
}

QString MediaRules::check(const QString &kind, const QString &mimeType, const QByteArray &bytes)
{
    return check(kind, mimeType, bytes.size(), bytes);
}

QString MediaRules::check(const QString &kind, const QString &mimeType, qint64 size,
                          const QByteArray &bytes)
{
    if (!isMediaKind(kind))
        return tr("\"%1\" is not a media kind; use image, video, audio, document or sticker.")
            .arg(kind);
    const QString base = baseType(mimeType);
    const TypeRule *rule = ruleFor(base);
    const bool typeOk =
        rule && (kind == QLatin1String("document") || kind == QLatin1String(rule->kind));
    if (!typeOk) {
        return tr("WhatsApp does not accept %1 files as %2 messages. Allowed types: %3.")
            .arg(base.isEmpty() ? tr("untyped") : base, kind,
                 typesOf(kind).join(QStringLiteral(", ")));
    }
    if (size <= 0)
        return tr("The file is empty.");
    const bool animated = kind == QLatin1String("sticker") && isAnimatedWebp(bytes);
    const qint64 limit = maxBytes(kind, animated);
    if (size > limit) {
        if (kind == QLatin1String("sticker"))
            return tr("The sticker is %1; WhatsApp allows %2 for %3 stickers.")
                .arg(sizeText(size), sizeText(limit), animated ? tr("animated") : tr("static"));
        return tr("The file is %1; WhatsApp allows at most %2 for %3 messages.")
            .arg(sizeText(size), sizeText(limit), kind);
    }
    if (!contentMatches(base, bytes))
        return tr("The file's content is not %1 as its type says; export it again in that format.")
            .arg(base);
    if (base == QLatin1String("audio/ogg") && !bytes.left(4096).contains("OpusHead"))
        return tr("WhatsApp only accepts Ogg audio encoded with the Opus codec.");
    return {};
}

MediaRules::Serving MediaRules::serving(const QString &kind, const QString &mimeType)
{
    const QString base = baseType(mimeType);
    // Types a client may show inline: pictures, sound and video that no viewer executes. Never
    // HTML, SVG, XML or scripts, whatever Meta or the customer claims.
    static const QStringList inlineTypes = {
        QStringLiteral("image/jpeg"), QStringLiteral("image/png"), QStringLiteral("image/webp"),
        QStringLiteral("image/gif"),  QStringLiteral("video/mp4"), QStringLiteral("video/3gpp"),
        QStringLiteral("audio/aac"),  QStringLiteral("audio/amr"), QStringLiteral("audio/mpeg"),
        QStringLiteral("audio/mp4"),  QStringLiteral("audio/ogg"), QStringLiteral("audio/opus")};
    Serving s;
    bool printable = true;
    for (QChar c : mimeType)
        printable = printable && c.unicode() >= 0x20 && c.unicode() < 0x7F;
    const bool safe = printable && (inlineTypes.contains(base) || ruleFor(base) != nullptr);
    // Keep parameters such as codecs=opus; they matter to players. Only safe types get through.
    s.contentType =
        safe ? mimeType.trimmed().toLatin1() : QByteArrayLiteral("application/octet-stream");
    s.attachment = kind == QLatin1String("document") || !inlineTypes.contains(base);
    return s;
}

} // namespace recado::whatsapp
