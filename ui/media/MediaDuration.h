// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recado::ui {

//! How long a video or audio file plays, read from its container without a media framework:
//! MP4/3GPP (`moov/mvhd` time scale and duration) and Ogg Opus (last page's granule position
//! at 48 kHz minus the pre-skip). Other formats: -1 (the card then shows no duration).
class MediaDuration
{
public:
    static qint64 milliseconds(const QString &path);
    //! "0:42", "12:05", "1:02:03".
    static QString text(qint64 ms);
};

} // namespace recado::ui
