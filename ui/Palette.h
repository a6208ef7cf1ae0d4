// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace recado::ui {

//! Colours derived from the current palette, so the client follows the system's light or dark
//! theme without a colour of its own hard-coded against one of them.
class Palette
{
public:
    static bool isDark(const QPalette &p) { return p.color(QPalette::Window).lightnessF() < 0.5; }
    static QColor mix(const QColor &a, const QColor &b, qreal t)
    {
        return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                                a.greenF() * (1 - t) + b.greenF() * t,
                                a.blueF() * (1 - t) + b.blueF() * t);
    }
    static QColor inboundBubble(const QPalette &p)
    {
        return mix(p.color(QPalette::Base), p.color(QPalette::Text), isDark(p) ? 0.10 : 0.05);
    }
    static QColor outboundBubble(const QPalette &p)
    {
        return mix(p.color(QPalette::Base), p.color(QPalette::Highlight), isDark(p) ? 0.35 : 0.18);
    }
    static QColor secondaryText(const QPalette &p)
    {
        return mix(p.color(QPalette::Text), p.color(QPalette::Base), 0.40);
    }
    static QColor warning(const QPalette &p)
    {
        return isDark(p) ? QColor(0xf0, 0xa0, 0x40) : QColor(0xb3, 0x5c, 0x00);
    }
    static QColor error(const QPalette &p)
    {
        return isDark(p) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
    }
    static QColor badge(const QPalette &p)
    {
        return isDark(p) ? QColor(0x2e, 0xc2, 0x7e) : QColor(0x1a, 0x9e, 0x5c);
    }
};

} // namespace recado::ui
