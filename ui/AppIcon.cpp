// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AppIcon.h"

#include <QPainter>
#include <QPainterPath>

namespace recado::ui {

QPixmap AppIcon::pixmap(int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QPainterPath tile;
    tile.addRoundedRect(QRectF(0, 0, s, s), s * 0.22, s * 0.22);
    p.fillPath(tile, QColor(0x1a, 0x9e, 0x5c));
    // Speech bubble with a tail.
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(s * 0.18, s * 0.2, s * 0.64, s * 0.46), s * 0.12, s * 0.12);
    QPainterPath tail;
    tail.moveTo(s * 0.3, s * 0.6);
    tail.lineTo(s * 0.26, s * 0.8);
    tail.lineTo(s * 0.46, s * 0.64);
    tail.closeSubpath();
    p.fillPath(bubble.united(tail), Qt::white);
    // Three lines of "text".
    p.setPen(QPen(QColor(0x1a, 0x9e, 0x5c), qMax(1.0, s * 0.05), Qt::SolidLine, Qt::RoundCap));
    for (int i = 0; i < 2; ++i)
        p.drawLine(QPointF(s * 0.3, s * (0.34 + i * 0.14)),
                   QPointF(s * (i ? 0.56 : 0.7), s * (0.34 + i * 0.14)));
    return pm;
}

QIcon AppIcon::icon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(pixmap(size));
    return icon;
}

QPixmap AppIcon::withBadge(int size, int unread)
{
    QPixmap pm = pixmap(size);
    if (unread <= 0)
        return pm;
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QString text = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(qMax(6, int(size * (text.size() > 2 ? 0.3 : 0.4))));
    p.setFont(f);
    const qreal d = size * 0.56;
    const QRectF badge(size - d, 0, d, d);
    p.setBrush(QColor(0xd0, 0x21, 0x2b));
    p.setPen(Qt::NoPen);
    p.drawEllipse(badge);
    p.setPen(Qt::white);
    p.drawText(badge, Qt::AlignCenter, text);
    return pm;
}

} // namespace recado::ui
