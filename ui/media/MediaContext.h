// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Message.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSize>

namespace recado::sync {
class MediaApi;
}

namespace recado::ui {

class MediaLoader;
class ThumbnailCache;

//! What the thread needs to show message files: the loader (downloads to a disk cache), the
//! thumbnail cache (decodes off the UI thread) and the durations of audio and video. One per
//! window; `changed(messageId)` tells the thread which row to repaint.
class MediaContext : public QObject
{
    Q_OBJECT
public:
    MediaContext(sync::MediaApi *api, const QString &directory, QObject *parent = nullptr);

    MediaLoader *loader() const { return m_loader; }
    ThumbnailCache *thumbnails() const { return m_thumbs; }

    //! The picture for an image or sticker message at `box`; null while it loads (the download
    //! and the decode are started here, so only painted rows ever load).
    QImage thumbnail(const domain::Message &m, const QSize &box, bool crop);
    //! Audio/video length once the file is here (-1 unknown); starts the download otherwise.
    qint64 durationMs(const domain::Message &m);
    //! The file if it is here; else starts loading it and returns empty.
    QString fileOrRequest(const domain::Message &m);
    //! A permanent failure to show on the message: the relay's (`media.status` failed) or our
    //! own download's. Empty when there is none.
    QString failure(const domain::Message &m) const;

Q_SIGNALS:
    void changed(qint64 messageId);

private:
    MediaLoader *m_loader;
    ThumbnailCache *m_thumbs;
    QHash<QString, qint64> m_pathOwner; //!< file -> message, to repaint after a decode
    QHash<qint64, qint64> m_durations;
};

} // namespace recado::ui
