// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace recado::ui {

//! Paints one conversation row: customer and time, last-message preview and unread badge,
//! then phone, assigned agent, linked request and the 24-hour window marker. Every row has the
//! same height, so the list view can use uniform item sizes and scroll 100,000 rows smoothly.
class ConversationListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString windowText(int state, qint64 secondsLeft);
};

} // namespace recado::ui
