// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace recado::whatsapp {

//! Meta's rules for media messages (Cloud API "Supported media types"): which MIME types each
//! kind accepts and how large a file may be, checked before anything is uploaded so an agent
//! gets a clear refusal instead of a message that fails later. Also decides how a stored file
//! may be served to a client without anything a customer sent ever being rendered as a page.
class MediaRules
{
    Q_DECLARE_TR_FUNCTIONS(MediaRules)

public:
    //! image, video, audio, document or sticker.
    static bool isMediaKind(const QString &kind);
    //! The kind a file of this MIME type is sent as when the agent did not say (webp is a
    //! sticker, unknown types are documents).
    static QString kindForMime(const QString &mimeType);
    //! The MIME type without parameters, lower case: "audio/ogg; codecs=opus" -> "audio/ogg".
    static QString baseType(const QString &mimeType);

    //! Checks a file an agent wants to send as `kind`. Returns an empty string when WhatsApp
    //! accepts it, otherwise a sentence saying what is wrong and what is allowed.
    static QString check(const QString &kind, const QString &mimeType, const QByteArray &bytes);
    //! The same check from a file's size and its first bytes (kHeadBytes are enough for every
    //! content signature), so a client can refuse a 2 GB file without reading it.
    static QString check(const QString &kind, const QString &mimeType, qint64 size,
                         const QByteArray &head);
    static constexpr qint64 kHeadBytes = 64 * 1024;
    //! Largest file WhatsApp accepts for `kind` (sticker: animated limit).
    static qint64 maxBytes(const QString &kind, bool animatedSticker = true);
    //! An animated WebP (VP8X header with the animation flag).
    static bool isAnimatedWebp(const QByteArray &bytes);

    //! How a stored file is served: a Content-Type that no browser or viewer will execute,
    //! and whether it must be a download (`attachment`) rather than shown inline.
    struct Serving
    {
        QByteArray contentType;
        bool attachment = true;
    };
    static Serving serving(const QString &kind, const QString &mimeType);
};

} // namespace recado::whatsapp
