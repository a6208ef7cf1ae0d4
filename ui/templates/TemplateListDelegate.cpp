// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/templates/TemplateListDelegate.h"

#include "ui/Palette.h"
#include "ui/templates/TemplateListModel.h"

#include <QApplication>
#include <QPainter>

namespace recado::ui {

namespace {
constexpr int kPad = 5;
}

QSize TemplateListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {200, 2 * fm.height() + 2 * kPad + 2};
}

void TemplateListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *w = option.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w); // background, selection

    const bool selected = option.state & QStyle::State_Selected;
    const bool sendable = index.data(TemplateListModel::SendableRole).toBool();
    const QPalette &pal = option.palette;
    QColor main = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    QColor grey = selected ? main : Palette::secondaryText(pal);
    if (!sendable && !selected)
        main = grey = pal.color(QPalette::Disabled, QPalette::Text);

    const QRect r = option.rect.adjusted(kPad + 2, kPad, -kPad, -kPad);
    const QFontMetrics fm(option.font);
    painter->save();
    QFont bold = option.font;
    bold.setBold(true);
    const QString name = index.data(TemplateListModel::NameRole).toString();
    const QString line = index.data(Qt::DisplayRole).toString();
    const QString rest = line.mid(name.size());
    painter->setFont(bold);
    painter->setPen(main);
    const QFontMetrics bfm(bold);
    const QString shownName = bfm.elidedText(name, Qt::ElideRight, r.width());
    painter->drawText(QRect(r.left(), r.top(), r.width(), fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, shownName);
    const int nameWidth = bfm.horizontalAdvance(shownName);
    painter->setFont(option.font);
    painter->setPen(grey);
    painter->drawText(QRect(r.left() + nameWidth, r.top(), r.width() - nameWidth, fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(rest, Qt::ElideRight, r.width() - nameWidth));
    const QString snippet = index.data(TemplateListModel::SnippetRole).toString();
    painter->drawText(QRect(r.left(), r.top() + fm.height() + 2, r.width(), fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(snippet, Qt::ElideRight, r.width()));
    painter->restore();
}

} // namespace recado::ui
