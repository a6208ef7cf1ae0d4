// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CardPainter.h"

#include "ui/Palette.h"
#include "ui/media/MediaContext.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace recado::ui {

using Card = MessageCards::Card;
using Style = MessageCards::Style;
using Visual = MessageCards::Visual;

namespace {

QColor accent(const QPalette &pal)
{
    return Palette::badge(pal);
}

void drawPlay(QPainter *p, const QRectF &circle, const QColor &bg, const QColor &fg)
{
    QPainterPath c;
    c.addEllipse(circle);
    p->fillPath(c, bg);
    const QPointF o = circle.center();
    const qreal r = circle.width() * 0.22;
    QPolygonF tri;
    tri << QPointF(o.x() - r * 0.7, o.y() - r) << QPointF(o.x() - r * 0.7, o.y() + r)
        << QPointF(o.x() + r, o.y());
    p->setBrush(fg);
    p->setPen(Qt::NoPen);
    p->drawPolygon(tri);
}

void drawIcon(QPainter *p, const QRect &r, const Card &card, const QPalette &pal, const QFont &font)
{
    const QColor a = accent(pal);
    p->save();
    p->setPen(Qt::NoPen);
    switch (card.visual) {
    case Visual::Audio:
        drawPlay(p, r.adjusted(2, 2, -2, -2), a, Qt::white);
        break;
    case Visual::Document: {
        // A sheet with a folded corner and the type on it.
        const QRectF s = QRectF(r).adjusted(5, 1, -5, -1);
        QPainterPath sheet;
        sheet.moveTo(s.topLeft());
        sheet.lineTo(s.right() - 9, s.top());
        sheet.lineTo(s.right(), s.top() + 9);
        sheet.lineTo(s.bottomRight());
        sheet.lineTo(s.bottomLeft());
        sheet.closeSubpath();
        p->fillPath(sheet, Palette::mix(a, pal.color(QPalette::Base), 0.15));
        QPainterPath fold;
        fold.moveTo(s.right() - 9, s.top());
        fold.lineTo(s.right() - 9, s.top() + 9);
        fold.lineTo(s.right(), s.top() + 9);
        fold.closeSubpath();
        p->fillPath(fold, Palette::mix(a, Qt::black, 0.25));
        QFont f = font;
        f.setBold(true);
        f.setPointSizeF(font.pointSizeF() * 0.62);
        p->setFont(f);
        p->setPen(Qt::white);
        p->drawText(s.adjusted(0, 10, 0, 0), Qt::AlignCenter, card.iconText);
        break;
    }
    case Visual::Location: {
        // A map pin.
        const QRectF s = QRectF(r).adjusted(9, 3, -9, -3);
        const qreal rad = s.width() / 2;
        QPainterPath pin;
        pin.moveTo(s.center().x(), s.bottom());
        pin.arcTo(QRectF(s.left(), s.top(), s.width(), s.width()), 210, -240);
        pin.closeSubpath();
        p->fillPath(pin, QColor(0xe5, 0x48, 0x4d));
        p->setBrush(Qt::white);
        p->drawEllipse(QPointF(s.center().x(), s.top() + rad), rad * 0.38, rad * 0.38);
        break;
    }
    case Visual::Contact: {
        QPainterPath c;
        c.addEllipse(QRectF(r).adjusted(1, 1, -1, -1));
        p->fillPath(c, Palette::mix(a, pal.color(QPalette::Base), 0.2));
        QFont f = font;
        f.setBold(true);
        p->setFont(f);
        p->setPen(Qt::white);
        p->drawText(r, Qt::AlignCenter, card.iconText);
        break;
    }
    default:
        break;
    }
    p->restore();
}

void drawBox(QPainter *p, const QRect &r, const Card &card, const domain::Message &m,
             MediaContext *media, const QPalette &pal, const QFont &font)
{
    QPainterPath clip;
    clip.addRoundedRect(r, 6, 6);
    const bool sticker = card.visual == Visual::Sticker;
    QImage thumb;
    if (media && card.visual != Visual::Video)
        thumb = media->thumbnail(m, r.size(), !sticker);
    p->save();
    p->setClipPath(clip);
    if (!thumb.isNull()) {
        const QSizeF logical = thumb.deviceIndependentSize();
        const QRectF target(QPointF(r.left() + (r.width() - logical.width()) / 2,
                                    r.top() + (r.height() - logical.height()) / 2),
                            logical);
        p->drawImage(target, thumb);
    } else if (sticker) {
        // Loading, or a format this system cannot decode: say what it is.
        p->fillRect(r, Palette::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.06));
        p->setPen(Palette::secondaryText(pal));
        p->setFont(font);
        p->drawText(r, Qt::AlignCenter, MessageCards::noun(m.kind));
    } else if (!sticker || card.visual == Visual::Video) {
        const QColor bg =
            card.visual == Visual::Video
                ? QColor(0x22, 0x26, 0x2b)
                : Palette::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.12);
        p->fillRect(r, bg);
    }
    if (card.visual == Visual::Video)
        drawPlay(p, QRectF(r.center().x() - 24, r.center().y() - 24, 48, 48), QColor(0, 0, 0, 140),
                 Qt::white);
    if (!card.boxText.isEmpty()) {
        QFont f = font;
        f.setPointSizeF(font.pointSizeF() * 0.85);
        p->setFont(f);
        const QFontMetrics fm(f);
        const QRect t(r.left() + 8, r.bottom() - fm.height() - 8,
                      fm.horizontalAdvance(card.boxText) + 12, fm.height() + 4);
        if (card.visual == Visual::Video) {
            QPainterPath pill;
            pill.addRoundedRect(t, t.height() / 2.0, t.height() / 2.0);
            p->fillPath(pill, QColor(0, 0, 0, 150));
            p->setPen(Qt::white);
            p->drawText(t, Qt::AlignCenter, card.boxText);
        } else {
            p->setPen(Palette::secondaryText(pal));
            p->drawText(r, Qt::AlignCenter, card.boxText);
        }
    }
    if (thumb.isNull() && !MessageCards::failureText(m, media).isEmpty()) {
        // A broken picture: a crossed frame, the reason is written below.
        p->setPen(QPen(Palette::error(pal), 2));
        const QRect c = QRect(0, 0, 36, 28);
        QRect mark = c;
        mark.moveCenter(r.center());
        p->drawRect(mark);
        p->drawLine(mark.topLeft(), mark.bottomRight());
    }
    p->restore();
}

} // namespace

void CardPainter::paint(QPainter *p, const QPoint &origin, const Card &card,
                        const domain::Message &m, MediaContext *media, const QPalette &pal,
                        const QFont &font)
{
    p->save();
    p->translate(origin);
    if (!card.box.isNull())
        drawBox(p, card.box, card, m, media, pal, font);
    if (!card.icon.isNull())
        drawIcon(p, card.icon, card, pal, font);
    for (const auto &l : card.lines) {
        p->setFont(MessageCards::fontFor(l.style, font));
        switch (l.style) {
        case Style::Secondary:
            p->setPen(Palette::secondaryText(pal));
            break;
        case Style::Accent:
            p->setPen(accent(pal));
            break;
        case Style::Error:
            p->setPen(Palette::error(pal));
            break;
        default:
            p->setPen(pal.color(QPalette::Text));
        }
        p->drawText(l.rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, l.text);
    }
    QFont linkFont = font;
    linkFont.setBold(true);
    p->setFont(linkFont);
    p->setPen(pal.color(QPalette::Link));
    for (const auto &l : card.links)
        p->drawText(l.rect, Qt::AlignLeft | Qt::AlignVCenter, l.text);
    p->setFont(font);
    for (const auto &b : card.buttons) {
        QPainterPath path;
        path.addRoundedRect(QRectF(b.rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        p->fillPath(path, Palette::mix(pal.color(QPalette::Base), pal.color(QPalette::Text),
                                       Palette::isDark(pal) ? 0.06 : 0.02));
        p->setPen(QPen(Palette::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.75)));
        p->drawPath(path);
        p->setPen(pal.color(QPalette::Link));
        p->drawText(b.rect, Qt::AlignCenter, b.text);
    }
    p->restore();
}

} // namespace recado::ui
