// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/metasim/SimTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace recado::metasim {

//! One media object: uploaded by the relay (for sends) or created for a customer's message.
struct MediaObject
{
    QString id;
    QByteArray bytes;
    QString mimeType;
    QString filename;
    QByteArray sha256; //!< raw digest of `bytes` as stored
    QDateTime createdAt;
    bool uploadedByBusiness = false;
    MediaFault fault = MediaFault::None;
    int faultCount = 0; //!< for ServerError: how many downloads still fail

    qint64 fileSize() const { return bytes.size(); }
};

//! Media held by the simulator, with Meta's type/size rules, short-lived download URLs and
//! per-object faults.
class MediaStore
{
public:
    //! Checks a MIME type and size against Meta's limits. Returns 0 when accepted, otherwise
    //! the Meta error code (131053) with `details` set.
    static int validate(const QString &mimeType, const QByteArray &bytes, QString *details);
    //! The WhatsApp message kind a MIME type belongs to (image, video, audio, document,
    //! sticker) or empty when Meta does not accept it.
    static QString kindOf(const QString &mimeType);

    QString add(const QByteArray &bytes, const QString &mimeType, const QString &filename,
                bool uploadedByBusiness);
    //! The object, or nullptr when unknown, deleted or expired by a fault.
    const MediaObject *find(const QString &id) const;
    bool remove(const QString &id);
    void setFault(const QString &id, MediaFault fault, int count = 1);

    //! A new download token for `id`, valid for `lifetimeSecs`.
    QString issueToken(const QString &id, int lifetimeSecs);
    //! The media id behind a download token; empty when unknown or expired.
    QString resolveToken(const QString &token) const;
    //! Bytes for a download, applying faults; `status` is the HTTP status to answer.
    QByteArray download(const QString &id, int *status);

    QList<MediaObject> uploaded() const;
    QList<MediaObject> all() const;

private:
    struct Token
    {
        QString mediaId;
        QDateTime expiresAt;
    };
    QHash<QString, MediaObject> m_media;
    QHash<QString, Token> m_tokens;
    QList<QString> m_order;
};

} // namespace recado::metasim
