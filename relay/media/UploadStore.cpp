// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/media/UploadStore.h"

#include "relay/store/Database.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace recado::relay {

QJsonObject MediaUpload::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("mime_type"), mimeType},
                  {QStringLiteral("size"), size},
                  {QStringLiteral("sha256"), sha256}};
    if (!filename.isEmpty())
        o.insert(QStringLiteral("filename"), filename);
    if (kind == QLatin1String("sticker"))
        o.insert(QStringLiteral("animated"), animated);
    return o;
}

MediaUpload UploadStore::add(MediaUpload upload)
{
    // 16 random bytes: a handle cannot be guessed, but it is not a credential either (every
    // route that takes one still checks the caller's token and the conversation).
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 4);
    upload.id = QStringLiteral("up_") +
                QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding |
                                                    QByteArray::OmitTrailingEquals));
    upload.createdAt = QDateTime::currentMSecsSinceEpoch();
    Statement &q = m_db.prepared(
        QStringLiteral("INSERT INTO media_uploads (id, conversation_id, kind, sha256, mime_type, "
                       "file_size, filename, animated, "
                       "uploaded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(upload.id);
    q.addBindValue(upload.conversationId);
    q.addBindValue(upload.kind);
    q.addBindValue(upload.sha256);
    q.addBindValue(upload.mimeType);
    q.addBindValue(upload.size);
    q.addBindValue(notNull(upload.filename));
    q.addBindValue(upload.animated ? 1 : 0);
    q.addBindValue(notNull(upload.uploadedBy));
    q.addBindValue(upload.createdAt);
    if (!execOrError(q))
        upload.id.clear();
    return upload;
}

std::optional<MediaUpload> UploadStore::get(const QString &id)
{
    Statement &q = m_db.prepared(QStringLiteral(
        "SELECT id, conversation_id, kind, sha256, mime_type, file_size, filename, animated, "
        "uploaded_by, "
        "meta_media_id, meta_uploaded_at, created_at FROM media_uploads WHERE id = ?"));
    q.addBindValue(id);
    if (!execOrError(q) || !q.next())
        return std::nullopt;
    MediaUpload u;
    u.id = q.value(0).toString();
    u.conversationId = q.value(1).toLongLong();
    u.kind = q.value(2).toString();
    u.sha256 = q.value(3).toString();
    u.mimeType = q.value(4).toString();
    u.size = q.value(5).toLongLong();
    u.filename = q.value(6).toString();
    u.animated = q.value(7).toInt() != 0;
    u.uploadedBy = q.value(8).toString();
    u.metaMediaId = q.value(9).toString();
    u.metaUploadedAt = q.value(10).toLongLong();
    u.createdAt = q.value(11).toLongLong();
    q.finish();
    return u;
}

bool UploadStore::setMetaMediaId(const QString &id, const QString &metaMediaId, qint64 at)
{
    Statement &q = m_db.prepared(QStringLiteral(
        "UPDATE media_uploads SET meta_media_id = ?, meta_uploaded_at = ? WHERE id = ?"));
    q.addBindValue(metaMediaId);
    q.addBindValue(at);
    q.addBindValue(id);
    return execOrError(q);
}

} // namespace recado::relay
