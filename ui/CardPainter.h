// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/MessageCards.h"

class QPainter;
class QPalette;

namespace recado::ui {

//! Paints a MessageCards::Card at a position: thumbnails (or a calm placeholder while they
//! load), video frames with a play mark and length, icons drawn from shapes (no icon font is
//! needed on any platform), lines, links and buttons, in the palette's colours.
class CardPainter
{
public:
    static void paint(QPainter *p, const QPoint &origin, const MessageCards::Card &card,
                      const domain::Message &m, MediaContext *media, const QPalette &pal,
                      const QFont &font);
};

} // namespace recado::ui
