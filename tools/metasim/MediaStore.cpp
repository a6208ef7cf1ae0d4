// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/MediaStore.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace recado::metasim {

namespace {
constexpr qint64 kMB = 1024 * 1024;

struct Rule
{
    const char *mime;
    const char *kind;
    qint64 maxBytes;
};

// Meta's supported media types and limits (Cloud API "Supported media types").
constexpr Rule kRules[] = {
    {"audio/aac", "audio", 16 * kMB},
    {"audio/amr", "audio", 16 * kMB},
    {"audio/mpeg", "audio", 16 * kMB},
    {"audio/mp4", "audio", 16 * kMB},
    {"audio/ogg", "audio", 16 * kMB},
    {"text/plain", "document", 100 * kMB},
    {"application/pdf", "document", 100 * kMB},
    {"application/vnd.ms-powerpoint", "document", 100 * kMB},
    {"application/msword", "document", 100 * kMB},
    {"application/vnd.ms-excel", "document", 100 * kMB},
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "document",
     100 * kMB},
    {"application/vnd.openxmlformats-officedocument.presentationml.presentation", "document",
     100 * kMB},
    {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "document", 100 * kMB},
    {"image/jpeg", "image", 5 * kMB},
    {"image/png", "image", 5 * kMB},
    // Animated stickers may be 500 KB, static ones 100 KB; an upload cannot tell which yet.
    {"image/webp", "sticker", 500 * 1024},
    {"video/3gpp", "video", 16 * kMB},
    {"video/mp4", "video", 16 * kMB},
};

const Rule *ruleFor(const QString &mimeType)
{
    const QByteArray m = mimeType.section(u';', 0, 0).trimmed().toLower().toLatin1();
    for (const Rule &r : kRules) {
        if (m == r.mime)
            return &r;
    }
    return nullptr;
}

QString sizeText(qint64 bytes)
{
    return bytes >= kMB ? u"%1 MB"_s.arg(bytes / kMB) : u"%1 KB"_s.arg(bytes / 1024);
}

// Media ids are long numeric strings on Meta's side.
QString newNumericId()
{
    return QString::number(1000000000000000LL +
                           qint64(QRandomGenerator::global()->bounded(8999999999999999.0)));
}
} // namespace

QString MediaStore::kindOf(const QString &mimeType)
{
    const Rule *r = ruleFor(mimeType);
    return r ? QString::fromLatin1(r->kind) : QString();
}

int MediaStore::validate(const QString &mimeType, const QByteArray &bytes, QString *details)
{
    const Rule *r = ruleFor(mimeType);
    if (!r) {
        QStringList accepted;
        for (const Rule &rule : kRules)
            accepted.append(QString::fromLatin1(rule.mime));
        *details = u"Param file must be a file with one of the following types: %1. Received "
                   "file of type '%2'."_s.arg(accepted.join(u", "_s), mimeType);
        return 131053;
    }
    if (bytes.isEmpty()) {
        *details = u"The uploaded file is empty."_s;
        return 131053;
    }
    if (bytes.size() > r->maxBytes) {
        *details = u"File of type %1 is too large: %2 bytes, the limit is %3."_s
                       .arg(QString::fromLatin1(r->mime))
                       .arg(bytes.size())
                       .arg(sizeText(r->maxBytes));
        return 131053;
    }
    // Meta sniffs the content; a few magic numbers catch a relay that mislabels files.
    const QByteArray m(r->mime);
    const bool mismatch =
        (m == "image/jpeg" && !bytes.startsWith("\xFF\xD8")) ||
        (m == "image/png" && !bytes.startsWith("\x89PNG")) ||
        (m == "image/webp" && !(bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")) ||
        (m == "application/pdf" && !bytes.startsWith("%PDF"));
    if (mismatch) {
        *details = u"The uploaded file is not a valid %1 file."_s.arg(QString::fromLatin1(r->mime));
        return 131053;
    }
    if (m == "audio/ogg" && !bytes.contains("OpusHead")) {
        *details = u"Audio files of type audio/ogg must use the opus codec."_s;
        return 131053;
    }
    return 0;
}

QString MediaStore::add(const QByteArray &bytes, const QString &mimeType, const QString &filename,
                        bool uploadedByBusiness)
{
    MediaObject m;
    do {
        m.id = newNumericId();
    } while (m_media.contains(m.id));
    m.bytes = bytes;
    m.mimeType = mimeType;
    m.filename = filename;
    m.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.uploadedByBusiness = uploadedByBusiness;
    m_media.insert(m.id, m);
    m_order.append(m.id);
    return m.id;
}

const MediaObject *MediaStore::find(const QString &id) const
{
    auto it = m_media.constFind(id);
    if (it == m_media.constEnd() || it->fault == MediaFault::Expired)
        return nullptr;
    return &it.value();
}

bool MediaStore::remove(const QString &id)
{
    m_order.removeAll(id);
    return m_media.remove(id) > 0;
}

void MediaStore::setFault(const QString &id, MediaFault fault, int count)
{
    auto it = m_media.find(id);
    if (it == m_media.end())
        return;
    it->fault = fault;
    it->faultCount = count;
}

QString MediaStore::issueToken(const QString &id, int lifetimeSecs)
{
    QString token;
    for (int i = 0; i < 4; ++i)
        token +=
            QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
    m_tokens.insert(token, {id, QDateTime::currentDateTimeUtc().addSecs(lifetimeSecs)});
    return token;
}

QString MediaStore::resolveToken(const QString &token) const
{
    auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd() || it->expiresAt < QDateTime::currentDateTimeUtc())
        return {};
    return it->mediaId;
}

QByteArray MediaStore::download(const QString &id, int *status)
{
    auto it = m_media.find(id);
    if (it == m_media.end() || it->fault == MediaFault::Expired) {
        *status = 404;
        return {};
    }
    *status = 200;
    switch (it->fault) {
    case MediaFault::ServerError:
        if (it->faultCount > 0) {
            --it->faultCount;
            *status = 500;
            return {};
        }
        return it->bytes;
    case MediaFault::CorruptBytes: {
        // Same length, flipped bits: only the checksum can tell.
        QByteArray bad = it->bytes;
        for (qsizetype i = 0; i < bad.size(); i += 7)
            bad[i] = char(bad[i] ^ 0x5A);
        return bad;
    }
    default:
        return it->bytes;
    }
}

QList<MediaObject> MediaStore::uploaded() const
{
    QList<MediaObject> out;
    for (const QString &id : m_order) {
        const MediaObject &m = m_media[id];
        if (m.uploadedByBusiness)
            out.append(m);
    }
    return out;
}

QList<MediaObject> MediaStore::all() const
{
    QList<MediaObject> out;
    for (const QString &id : m_order)
        out.append(m_media[id]);
    return out;
}

} // namespace recado::metasim
