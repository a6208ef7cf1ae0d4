// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/media/MediaLoader.h"

#include "core/sync/MediaApi.h"
#include "ui/media/MessageMedia.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace recado::ui {

using domain::Message;

MediaLoader::MediaLoader(sync::MediaApi *api, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_dir(directory)
{
    QDir().mkpath(m_dir);
}

QString MediaLoader::pathFor(const Message &m) const
{
    return m_dir + QLatin1Char('/') + MessageMedia::cacheName(m);
}

QString MediaLoader::localFile(const Message &m) const
{
    if (!MessageMedia::isMediaKind(m.kind))
        return {};
    if (MessageMedia::status(m) == QLatin1String("local")) {
        const QString path = m.media.value(QStringLiteral("path")).toString();
        return QFileInfo::exists(path) ? path : QString();
    }
    if (m.id == 0 || MessageMedia::status(m) != QLatin1String("ready"))
        return {};
    const QString path = pathFor(m);
    return QFileInfo::exists(path) ? path : QString();
}

void MediaLoader::request(const Message &m)
{
    if (m.id == 0 || !MessageMedia::isMediaKind(m.kind) ||
        MessageMedia::status(m) != QLatin1String("ready") || m_failures.contains(m.id))
        return;
    if (m_active.contains(m.id))
        return;
    const QString path = pathFor(m);
    if (QFileInfo::exists(path))
        return;
    if (m_queuedIds.contains(m.id)) {
        // Asked again: it is on screen now, so move it to the front of the line.
        for (qsizetype i = 0; i < m_queue.size(); ++i) {
            if (m_queue.at(i).messageId == m.id) {
                m_queue.move(i, m_queue.size() - 1);
                break;
            }
        }
        return;
    }
    m_queue.append({m.id, path});
    m_queuedIds.insert(m.id);
    pump();
}

void MediaLoader::pump()
{
    while (m_active.size() < kParallel && !m_queue.isEmpty()) {
        const Job job = m_queue.takeLast();
        m_queuedIds.remove(job.messageId);
        m_active.insert(job.messageId);
        m_api->fetch(
            job.messageId, this,
            [this, job](const sync::ApiResult &r, const QByteArray &bytes, const QString &) {
                m_active.remove(job.messageId);
                if (r.ok()) {
                    QSaveFile out(job.path); // never a half-written file in the cache
                    if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() &&
                        out.commit()) {
                        Q_EMIT loaded(job.messageId, job.path);
                    } else {
                        m_failures.insert(job.messageId, out.errorString());
                        Q_EMIT failed(job.messageId, out.errorString());
                    }
                } else if (!r.isTransient() && r.errorCode != QLatin1String("media_pending")) {
                    // Permanent (failed on the relay, lost): say so on the message.
                    // Transient ones are tried again the next time the row is painted.
                    m_failures.insert(job.messageId, r.errorMessage);
                    Q_EMIT failed(job.messageId, r.errorMessage);
                }
                pump();
            });
    }
}

} // namespace recado::ui
