// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/MessageCards.h"

#include <QHash>
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
        QRect forwarded, card, reactions; //!< card: MessageCards (media, location, ...)
        MessageCards::Card cardParts;     //!< relative to card.topLeft()
        int height = 0;
    };
    static Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index);
    static bool hasEmoji(const QString &text);
    //! What besides status and separator changes a row's height (part of the cache key).
    static int shapeOf(const QModelIndex &index);
    //! Forgets measured heights (font or palette changed).
    void clearSizeCache() { m_heights.clear(); }

Q_SIGNALS:
    void retryRequested(const QModelIndex &index);
    //! A link, the picture or a document icon of a card was clicked.
    void cardActivated(const QModelIndex &index, recado::ui::MessageCards::Action action,
                       const QString &url);

private:
    //! Measured row heights. The list view asks for every loaded row's size on each layout;
    //! text wrapping is the expensive part, so heights are kept per message, width and the
    //! things that change a height (status: a failure adds lines; the day separator).
    struct HeightKey
    {
        qint64 localId;
        int width;
        int status;
        bool separator;
        int shape; //!< media state, reactions: MessageCards::shapeKey and friends
        bool operator==(const HeightKey &) const = default;
    };
    friend size_t qHash(const HeightKey &k, size_t seed = 0)
    {
        return qHashMulti(seed, k.localId, k.width, k.status, k.separator, k.shape);
    }
    mutable QHash<HeightKey, int> m_heights;
};

} // namespace recado::ui
