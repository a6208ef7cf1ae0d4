// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace recado::ui {

//! Paints a thread row as a chat bubble: day separator above the first message of a day, the
//! quoted message, a placeholder line for kinds not rendered yet, the text, and a footer with
//! time and delivery status. A failed message shows the reason in words and a "Retry" link
//! (clicking it emits retryRequested). Emoji are drawn in colour through a rich-text run
//! (Qt 6.4 otherwise picks monochrome DejaVu glyphs).
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    struct Layout
    {
        QRect separator, bubble, quote, kind, body, footer, failure, retry;
        int height = 0;
    };
    static Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index);
    static bool hasEmoji(const QString &text);

Q_SIGNALS:
    void retryRequested(const QModelIndex &index);
};

} // namespace recado::ui
