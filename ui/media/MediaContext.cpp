// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/media/MediaContext.h"

#include "ui/media/MediaDuration.h"
#include "ui/media/MediaLoader.h"
#include "ui/media/MessageMedia.h"
#include "ui/media/ThumbnailCache.h"

namespace recado::ui {

using domain::Message;

MediaContext::MediaContext(sync::MediaApi *api, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_loader(new MediaLoader(api, directory + QStringLiteral("/files"), this))
    , m_thumbs(new ThumbnailCache(directory + QStringLiteral("/thumbs"), this))
{
    connect(m_loader, &MediaLoader::loaded, this, &MediaContext::changed);
    connect(m_loader, &MediaLoader::failed, this, &MediaContext::changed);
    connect(m_thumbs, &ThumbnailCache::ready, this, [this](const QString &path) {
        if (const qint64 id = m_pathOwner.value(path, -1); id >= 0)
            Q_EMIT changed(id);
    });
}

QString MediaContext::fileOrRequest(const Message &m)
{
    const QString path = m_loader->localFile(m);
    if (path.isEmpty())
        m_loader->request(m);
    return path;
}

QImage MediaContext::thumbnail(const Message &m, const QSize &box, bool crop)
{
    const QString path = fileOrRequest(m);
    if (path.isEmpty())
        return {};
    // Outbox messages have no relay id yet: 0 then names "the row with this file".
    m_pathOwner.insert(path, m.id);
    return m_thumbs->thumbnail(path, box, crop);
}

qint64 MediaContext::durationMs(const Message &m)
{
    if (m.id != 0) {
        if (auto it = m_durations.constFind(m.id); it != m_durations.cend())
            return *it;
    }
    const QString path = fileOrRequest(m);
    if (path.isEmpty())
        return -1;
    // Reads two small pieces of the file (a few KB): cheap enough for the first paint.
    const qint64 ms = MediaDuration::milliseconds(path);
    if (m.id != 0)
        m_durations.insert(m.id, ms);
    return ms;
}

QString MediaContext::failure(const Message &m) const
{
    if (MessageMedia::status(m) == QLatin1String("failed")) {
        const QString why = MessageMedia::error(m);
        return why.isEmpty() ? tr("WhatsApp did not give a reason.") : why;
    }
    return m.id == 0 ? QString() : m_loader->failure(m.id);
}

} // namespace recado::ui
