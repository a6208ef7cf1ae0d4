// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QString>
#include <QThreadPool>

namespace recado::ui {

//! Small pictures of images and stickers for the thread. Decoding a 5 MB photo takes tens of
//! milliseconds, far too long for a paint call, so it happens on a worker thread; the result
//! is kept in memory (the rows on screen and around them) and on disk (a thread opened again,
//! or after a restart, shows its pictures without decoding the originals again).
//!
//! thumbnail() answers at once: the picture, or a null image and a decode is scheduled;
//! ready() then announces it and the view repaints that row.
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailCache(const QString &directory, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    //! `box`: the size the picture is shown at (device-independent pixels). `crop`: fill the box
    //! (photos) instead of fitting inside it (stickers keep their shape).
    QImage thumbnail(const QString &sourcePath, const QSize &box, bool crop);
    //! Decodes one picture as the worker does (also used by the benchmark). `diskPath` may be
    //! empty (no disk cache).
    static QImage decode(const QString &sourcePath, const QSize &box, bool crop, qreal dpr,
                         const QString &diskPath);
    //! Device pixel ratio the thumbnails are made for (2 on HiDPI screens).
    void setDevicePixelRatio(qreal dpr) { m_dpr = dpr; }
    //! Waits for decodes in flight (tests, shutdown).
    void waitForDone() { m_pool.waitForDone(); }
    int pending() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    void ready(const QString &sourcePath);

private:
    QString keyOf(const QString &sourcePath, const QSize &box, bool crop) const;

    QString m_dir;
    qreal m_dpr = 1.0;
    QThreadPool m_pool;
    QCache<QString, QImage> m_memory; //!< cost: kilobytes
    QSet<QString> m_inFlight;
    QSet<QString> m_broken; //!< files that did not decode: not tried again on every paint
};

} // namespace recado::ui
