// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/media/MediaUploader.h"

#include "relay/media/MediaRules.h"
#include "relay/media/MediaStore.h"
#include "relay/media/UploadStore.h"
#include "relay/outbox/GraphClient.h"
#include "relay/store/Database.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcUpload, "recado.relay.media.upload")

namespace recado::relay {

namespace {
// Meta keeps uploaded media 30 days; a day of margin so a send never races the expiry.
constexpr qint64 kMetaIdLifetimeMs = 29LL * 24 * 3600 * 1000;

domain::Message withMediaId(domain::Message m, const QString &mediaId)
{
    QJsonObject object = m.content.value(m.kind).toObject();
    object.remove(QStringLiteral("upload_id"));
    object.insert(QStringLiteral("id"), mediaId);
    m.content.insert(m.kind, object);
    return m;
}

GraphResult failure(int httpStatus, const QString &message)
{
    GraphResult r;
    r.httpStatus = httpStatus;
    r.metaMessage = message;
    return r;
}
} // namespace

MediaUploader::MediaUploader(Database &db, GraphClient &graph, MediaStore &files, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_graph(graph)
    , m_files(files)
{}

void MediaUploader::prepare(const domain::Message &message, Done done)
{
    const QString uploadId = MediaRules::isMediaKind(message.kind)
                                 ? message.content.value(message.kind)
                                       .toObject()
                                       .value(QStringLiteral("upload_id"))
                                       .toString()
                                 : QString();
    if (uploadId.isEmpty()) {
        done(&message, {});
        return;
    }
    const auto upload = UploadStore(m_db).get(uploadId);
    if (!upload) {
        done(nullptr,
             failure(404, QStringLiteral(
                              "The file to send is no longer on the relay; upload it again.")));
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!upload->metaMediaId.isEmpty() && now - upload->metaUploadedAt < kMetaIdLifetimeMs) {
        const domain::Message ready = withMediaId(message, upload->metaMediaId);
        done(&ready, {});
        return;
    }
    const QByteArray bytes = m_files.read(upload->sha256);
    if (bytes.isEmpty() || MediaStore::digestOf(bytes) != upload->sha256) {
        done(nullptr,
             failure(404,
                     QStringLiteral(
                         "The file to send is missing or damaged on the relay; upload it again.")));
        return;
    }
    QPointer<MediaUploader> self(this); // the relay may stop while Meta is still answering
    m_graph.uploadMedia(
        bytes, upload->mimeType, upload->filename,
        [self, message, done, uploadId](const GraphResult &r) {
            if (!self)
                return;
            const QString mediaId = r.body.value(QStringLiteral("id")).toString();
            if (!r.ok() || mediaId.isEmpty()) {
                qCWarning(lcUpload).noquote() << "upload of" << uploadId << "to Meta failed: HTTP"
                                              << r.httpStatus << r.metaCode << r.details;
                done(nullptr,
                     r.ok() ? failure(502, QStringLiteral("Meta's upload answer had no media id"))
                            : r);
                return;
            }
            ++self->m_uploaded;
            {
                Transaction tx(self->m_db);
                UploadStore(self->m_db)
                    .setMetaMediaId(uploadId, mediaId, QDateTime::currentMSecsSinceEpoch());
                tx.commit(); // only a cache: if this fails the next send uploads again
            }
            const domain::Message ready = withMediaId(message, mediaId);
            done(&ready, {});
        });
}

} // namespace recado::relay
