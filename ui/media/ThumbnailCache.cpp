// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/media/ThumbnailCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>

namespace recado::ui {

ThumbnailCache::ThumbnailCache(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_dir(directory)
{
    QDir().mkpath(m_dir);
    // Two decoders: enough to keep up with fast scrolling, and the UI thread keeps a core.
    m_pool.setMaxThreadCount(2);
    m_memory.setMaxCost(48 * 1024); // ~48 MB of decoded thumbnails
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QString ThumbnailCache::keyOf(const QString &sourcePath, const QSize &box, bool crop) const
{
    const QFileInfo info(sourcePath);
    const QByteArray id = sourcePath.toUtf8() + '|' + QByteArray::number(info.size()) + '|' +
                          QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '|' +
                          QByteArray::number(box.width()) + 'x' + QByteArray::number(box.height()) +
                          (crop ? "c" : "f") + QByteArray::number(m_dpr);
    return QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha1).toHex());
}

QImage ThumbnailCache::decode(const QString &sourcePath, const QSize &box, bool crop, qreal dpr,
                              const QString &diskPath)
{
    if (!diskPath.isEmpty() && QFileInfo::exists(diskPath)) {
        QImage cached(diskPath);
        if (!cached.isNull()) {
            cached.setDevicePixelRatio(dpr);
            return cached;
        }
    }
    QImageReader reader(sourcePath);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    const QSize target = box * dpr;
    const QSize full = reader.size();
    if (full.isValid() && !full.isEmpty()) {
        // Let the decoder scale (JPEG decodes at 1/2, 1/4, 1/8 directly): much faster.
        const QSize scaled =
            full.scaled(target, crop ? Qt::KeepAspectRatioByExpanding : Qt::KeepAspectRatio);
        if (scaled.width() < full.width())
            reader.setScaledSize(scaled);
    }
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (crop) {
        image = image.scaled(target, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        const QRect centre((image.width() - target.width()) / 2,
                           (image.height() - target.height()) / 2, target.width(), target.height());
        image = image.copy(centre);
    } else if (image.size() != image.size().scaled(target, Qt::KeepAspectRatio)) {
        // Fit the box, up or down: stickers are shown at one size whatever they were made at.
        image = image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    if (!diskPath.isEmpty())
        image.save(diskPath, image.hasAlphaChannel() ? "PNG" : "JPG", 88);
    image.setDevicePixelRatio(dpr);
    return image;
}

QImage ThumbnailCache::thumbnail(const QString &sourcePath, const QSize &box, bool crop)
{
    if (sourcePath.isEmpty())
        return {};
    const QString key = keyOf(sourcePath, box, crop);
    if (const QImage *hit = m_memory.object(key))
        return *hit;
    if (m_inFlight.contains(key) || m_broken.contains(key))
        return {};
    m_inFlight.insert(key);
    const QString disk = m_dir + QLatin1Char('/') + key;
    const qreal dpr = m_dpr;
    m_pool.start([this, key, sourcePath, box, crop, dpr, disk] {
        const QImage image = decode(sourcePath, box, crop, dpr, disk);
        QMetaObject::invokeMethod(
            this,
            [this, key, sourcePath, image] {
                m_inFlight.remove(key);
                if (image.isNull()) {
                    m_broken.insert(key);
                    return;
                }
                m_memory.insert(key, new QImage(image), int(image.sizeInBytes() / 1024) + 1);
                Q_EMIT ready(sourcePath);
            },
            Qt::QueuedConnection);
    });
    return {};
}

} // namespace recado::ui
