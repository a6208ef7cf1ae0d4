// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace recado::metasim {

//! Small, valid media files made in code, for the media customers send. Each one opens in an
//! ordinary viewer/player (MP4 is a minimal ISO-BMFF skeleton, enough for type sniffing).
class SampleMedia
{
public:
    //! A w x h RGB PNG with a gradient and a diagonal "crack"; `seed` varies the colours.
    static QByteArray png(int width = 64, int height = 48, quint32 seed = 1);
    //! A 48x32 baseline JPEG (a photo of a damaged part, squinting hard).
    static QByteArray jpeg();
    //! A one-page PDF with a title and a few lines of text (Latin-1 glyphs).
    static QByteArray pdf(const QString &title, const QStringList &lines);
    //! An Ogg Opus stream of `frames` 20 ms silent frames (a voice note).
    static QByteArray oggOpus(int frames = 50);
    //! A 1x1 lossless WebP (a sticker).
    static QByteArray webp();
    //! A minimal MP4 (ftyp + free + mdat) of about `size` bytes.
    static QByteArray mp4(int size = 2048);

    //! Sample bytes for a MIME type (image/jpeg, image/png, application/pdf, audio/ogg,
    //! image/webp, video/mp4); empty for an unknown type.
    static QByteArray forMimeType(const QString &mimeType, quint32 seed = 1);
};

} // namespace recado::metasim
