// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace recado::relay {

class Database;

//! A file an agent uploaded for sending, named by an opaque handle (`up_…`).
struct MediaUpload
{
    QString id;
    qint64 conversationId = 0;
    QString kind; //!< image, video, audio, document, sticker
    QString sha256;
    QString mimeType;
    qint64 size = 0;
    QString filename;
    bool animated = false;
    QString uploadedBy;
    QString metaMediaId;       //!< Meta's id once uploaded there (empty before)
    qint64 metaUploadedAt = 0; //!< ms; Meta keeps uploaded media 30 days
    qint64 createdAt = 0;

    //! `{"id","kind","mime_type","size","sha256","filename","animated"}` for the API.
    QJsonObject toJson() const;
};

//! The `media_uploads` table. Writes run inside the caller's transaction (or alone).
class UploadStore
{
public:
    explicit UploadStore(Database &db)
        : m_db(db)
    {}

    //! Stores a new upload and returns it with a fresh random handle (empty id on failure).
    MediaUpload add(MediaUpload upload);
    std::optional<MediaUpload> get(const QString &id);
    //! Remembers Meta's media id for the file, so resending it needs no second upload.
    bool setMetaMediaId(const QString &id, const QString &metaMediaId, qint64 at);

private:
    Database &m_db;
};

} // namespace recado::relay
