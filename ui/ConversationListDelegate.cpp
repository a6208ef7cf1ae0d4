// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConversationListDelegate.h"

#include "ui/ConversationListModel.h"
#include "ui/Palette.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace recado::ui {

using WindowState = ConversationListModel::WindowState;

static constexpr int kPad = 8;

QSize ConversationListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                         const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics sfm(small);
    return {200, 2 * kPad + 2 * fm.height() + sfm.height() + 4};
}

QString ConversationListDelegate::windowText(int state, qint64 secondsLeft)
{
    switch (WindowState(state)) {
    case WindowState::ClosingSoon: {
        const qint64 mins = qMax<qint64>(1, secondsLeft / 60);
        return mins >= 60 ? QCoreApplication::translate("recado::ui::ConversationListDelegate",
                                                        "Window closes in %1 h %2 min")
                                .arg(mins / 60)
                                .arg(mins % 60)
                          : QCoreApplication::translate("recado::ui::ConversationListDelegate",
                                                        "Window closes in %1 min")
                                .arg(mins);
    }
    case WindowState::Closed:
        return QCoreApplication::translate("recado::ui::ConversationListDelegate", "Window closed");
    case WindowState::Open:
    case WindowState::Unknown:
        break;
    }
    return {};
}

void ConversationListDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary = selected ? text : Palette::secondaryText(pal);

    QFont bold = option.font;
    bold.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics fm(option.font), bfm(bold), sfm(small);

    const QRect r = option.rect.adjusted(kPad + 2, kPad, -kPad - 2, -kPad);
    const int unread = index.data(ConversationListModel::UnreadRole).toInt();
    p->save();

    // Line 1: customer, time.
    const QString time = index.data(ConversationListModel::TimeTextRole).toString();
    const int timeW = sfm.horizontalAdvance(time);
    QRect line1(r.left(), r.top(), r.width(), fm.height());
    p->setFont(small);
    p->setPen(unread > 0 && !selected ? Palette::badge(pal) : secondary);
    p->drawText(line1, Qt::AlignRight | Qt::AlignVCenter, time);
    p->setFont(bold);
    p->setPen(text);
    p->drawText(line1.adjusted(0, 0, -timeW - kPad, 0), Qt::AlignLeft | Qt::AlignVCenter,
                bfm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                               line1.width() - timeW - kPad));

    // Line 2: preview, unread badge.
    QRect line2(r.left(), line1.bottom() + 1, r.width(), fm.height());
    int badgeW = 0;
    if (unread > 0) {
        const QString n = unread > 999 ? QStringLiteral("999+") : QString::number(unread);
        badgeW = qMax(sfm.height() + 4, sfm.horizontalAdvance(n) + 10);
        const QRect badge(line2.right() - badgeW + 1, line2.center().y() - (sfm.height() + 2) / 2,
                          badgeW, sfm.height() + 2);
        QPainterPath path;
        path.addRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        p->setRenderHint(QPainter::Antialiasing);
        p->fillPath(path, Palette::badge(pal));
        p->setFont(small);
        p->setPen(Qt::white);
        p->drawText(badge, Qt::AlignCenter, n);
        badgeW += kPad;
    }
    p->setFont(option.font);
    p->setPen(secondary);
    const QString preview = index.data(ConversationListModel::PreviewRole).toString().simplified();
    p->drawText(line2.adjusted(0, 0, -badgeW, 0), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(preview, Qt::ElideRight, line2.width() - badgeW));

    // Line 3: phone · agent · request, and the window marker on the right.
    QRect line3(r.left(), line2.bottom() + 3, r.width(), sfm.height());
    p->setFont(small);
    const int state = index.data(ConversationListModel::WindowStateRole).toInt();
    const QString marker =
        windowText(state, index.data(ConversationListModel::WindowSecondsLeftRole).toLongLong());
    int markerW = 0;
    if (!marker.isEmpty()) {
        markerW = sfm.horizontalAdvance(marker) + kPad;
        p->setPen(selected ? text
                           : (WindowState(state) == WindowState::Closed ? Palette::error(pal)
                                                                        : Palette::warning(pal)));
        p->drawText(line3, Qt::AlignRight | Qt::AlignVCenter, marker);
    }
    QStringList meta;
    const QString phone = index.data(ConversationListModel::PhoneRole).toString();
    if (!phone.isEmpty())
        meta << phone;
    const QString agent = index.data(ConversationListModel::AssigneeRole).toString();
    meta << (agent.isEmpty() ? tr("Unassigned") : QStringLiteral("@") + agent);
    const QString sr = index.data(ConversationListModel::ServiceRequestRole).toString();
    if (!sr.isEmpty())
        meta << sr;
    p->setPen(secondary);
    p->drawText(
        line3.adjusted(0, 0, -markerW, 0), Qt::AlignLeft | Qt::AlignVCenter,
        sfm.elidedText(meta.join(QStringLiteral(" · ")), Qt::ElideRight, line3.width() - markerW));
    p->restore();
}

} // namespace recado::ui
