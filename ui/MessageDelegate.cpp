// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MessageDelegate.h"

#include "core/domain/Message.h"
#include "core/whatsapp/TextFormatting.h"
#include "ui/CardPainter.h"
#include "ui/Palette.h"
#include "ui/ThreadModel.h"

#include <QAbstractTextDocumentLayout>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTextDocument>

namespace recado::ui {

using domain::DeliveryStatus;

namespace {
constexpr int kMargin = 10; // between bubble and view edge
constexpr int kPad = 8;     // inside the bubble
constexpr int kGap = 4;     // between parts

QFont smallFont(const QFont &f)
{
    QFont s = f;
    s.setPointSizeF(f.pointSizeF() * 0.85);
    return s;
}

const QRegularExpression &emojiRun()
{
    static const QRegularExpression re(
        QStringLiteral("((?:[\\x{1F000}-\\x{1FAFF}]|[\\x{2600}-\\x{27BF}])\\x{FE0F}?)"));
    return re;
}

//! Body text as a document: WhatsApp's *bold*, _italic_, ~strike~ and ```mono``` applied (the
//! text itself escaped, never markup), emoji runs in the colour emoji font.
void fillDocument(QTextDocument &doc, const QString &text, const QFont &font, int width)
{
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    QString html = whatsapp::TextFormatting::toHtml(text);
    html.replace(emojiRun(),
                 QStringLiteral("<span style=\"font-family:'Noto Color Emoji'\">\\1</span>"));
    doc.setHtml(QStringLiteral("<span>") + html + QStringLiteral("</span>"));
    doc.setTextWidth(width);
}

//! Plain text is measured and drawn by QPainter directly (fast); emoji and WhatsApp formatting
//! need a rich-text document.
bool needsDocument(const QString &text)
{
    return MessageDelegate::hasEmoji(text) || whatsapp::TextFormatting::hasFormatting(text);
}

QSize textSize(const QString &text, const QFont &font, int maxWidth)
{
    if (text.isEmpty())
        return {0, 0};
    if (needsDocument(text)) {
        QTextDocument doc;
        fillDocument(doc, text, font, maxWidth);
        return {qMin(maxWidth, int(std::ceil(doc.idealWidth()))),
                int(std::ceil(doc.size().height()))};
    }
    const QRect r =
        QFontMetrics(font).boundingRect(QRect(0, 0, maxWidth, 1 << 20), Qt::TextWordWrap, text);
    return {qMin(maxWidth, r.width() + 1), r.height()};
}

QString footerText(const QModelIndex &index)
{
    QString s = index.data(ThreadModel::TimeTextRole).toString();
    const QString status = index.data(ThreadModel::StatusTextRole).toString();
    if (!status.isEmpty())
        s += QStringLiteral("  ·  ") + status;
    return s;
}
} // namespace

int MessageDelegate::shapeOf(const QModelIndex &index)
{
    const auto *thread = qobject_cast<const ThreadModel *>(index.model());
    const auto *cached = thread ? thread->messageAt(index.row()) : nullptr;
    if (!cached)
        return 0;
    return int(qHashMulti(0, MessageCards::shapeKey(cached->message, thread->mediaContext()),
                          index.data(ThreadModel::ReactionsRole).toString(),
                          index.data(ThreadModel::QuoteRole).toString().size()));
}

bool MessageDelegate::hasEmoji(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSurrogate() || (c.unicode() >= 0x2600 && c.unicode() <= 0x27BF))
            return emojiRun().match(text).hasMatch();
    }
    return false;
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                const QModelIndex &index)
{
    Layout l;
    const QFont font = option.font;
    const QFont small = smallFont(font);
    const QFontMetrics sfm(small);
    const QRect row = option.rect;
    int y = row.top() + kGap;

    const QString separator = index.data(ThreadModel::DaySeparatorRole).toString();
    if (!separator.isEmpty()) {
        const int w = sfm.horizontalAdvance(separator) + 2 * kPad + 8;
        l.separator = QRect(row.left() + (row.width() - w) / 2, y + kGap, w, sfm.height() + 6);
        y = l.separator.bottom() + 1 + 2 * kGap;
    }

    const int maxBubble = qMax(160, int(row.width() * 0.72) - kMargin);
    const int inner = maxBubble - 2 * kPad;
    int width = 0;
    int cy = y + kPad;

    const QString quote = index.data(ThreadModel::QuoteRole).toString();
    if (!quote.isEmpty()) {
        const QSize q = textSize(quote.left(300), small, inner - 10);
        const int h = qMin(q.height(), 2 * sfm.lineSpacing());
        l.quote = QRect(0, cy, q.width() + 10, h + 6);
        width = qMax(width, l.quote.width());
        cy = l.quote.bottom() + 1 + kGap;
    }
    const QString forwarded = index.data(ThreadModel::ForwardedRole).toString();
    if (!forwarded.isEmpty()) {
        QFont italic = small;
        italic.setItalic(true);
        const QSize f = textSize(QStringLiteral("↪ ") + forwarded, italic, inner);
        l.forwarded = QRect(0, cy, f.width(), f.height());
        width = qMax(width, f.width());
        cy = l.forwarded.bottom() + 1 + kGap;
    }
    const auto *thread = qobject_cast<const ThreadModel *>(index.model());
    const auto *cached = thread ? thread->messageAt(index.row()) : nullptr;
    const bool hasCard = cached && MessageCards::hasCard(cached->message);
    if (hasCard) {
        l.cardParts = MessageCards::layout(cached->message, thread->mediaContext(), font, inner);
        if (!l.cardParts.isEmpty()) {
            l.card = QRect(QPoint(0, cy), l.cardParts.size);
            width = qMax(width, l.card.width());
            cy = l.card.bottom() + 1 + kGap;
        }
    }
    const QString kind = hasCard ? QString() : index.data(ThreadModel::KindLabelRole).toString();
    if (!kind.isEmpty()) {
        QFont italic = font;
        italic.setItalic(true);
        const QSize k = textSize(QStringLiteral("▣ ") + kind, italic, inner);
        l.kind = QRect(0, cy, k.width(), k.height());
        width = qMax(width, k.width());
        cy = l.kind.bottom() + 1 + kGap;
    }
    const QString body = index.data(ThreadModel::BodyRole).toString();
    if (!body.isEmpty()) {
        const QSize b = textSize(body, font, inner);
        l.body = QRect(0, cy, b.width(), b.height());
        width = qMax(width, b.width());
        cy = l.body.bottom() + 1 + kGap;
    }
    const QSize f = textSize(footerText(index), small, inner);
    l.footer = QRect(0, cy, f.width(), f.height());
    width = qMax(width, f.width());
    cy = l.footer.bottom() + 1;

    const QString failure = index.data(ThreadModel::FailureRole).toString();
    if (!failure.isEmpty()) {
        const QSize fs = textSize(failure, small, inner);
        l.failure = QRect(0, cy + kGap, fs.width(), fs.height());
        const QString retry = tr("Retry");
        QFont bold = small;
        bold.setBold(true);
        l.retry = QRect(0, l.failure.bottom() + 1 + kGap,
                        QFontMetrics(bold).horizontalAdvance(retry) + 4, sfm.height());
        width = qMax(width, qMax(fs.width(), l.retry.width()));
        cy = l.retry.bottom() + 1;
    }

    const bool outbound = index.data(ThreadModel::OutboundRole).toBool();
    const int bubbleW = qMax(width, 60) + 2 * kPad;
    const int left = outbound ? row.right() - kMargin - bubbleW + 1 : row.left() + kMargin;
    l.bubble = QRect(left, y, bubbleW, cy - y + kPad);
    // Place the parts inside the bubble.
    auto place = [&](QRect &r, bool alignRight = false) {
        if (!r.isNull())
            r.moveLeft(alignRight ? l.bubble.right() - kPad - r.width() + 1 : left + kPad);
    };
    place(l.quote);
    place(l.forwarded);
    place(l.card);
    place(l.kind);
    place(l.body);
    place(l.footer, true);
    place(l.failure);
    place(l.retry);
    const QString reactions = index.data(ThreadModel::ReactionsRole).toString();
    int bottom = l.bubble.bottom() + 1;
    if (!reactions.isEmpty()) {
        // A pill hanging from the bubble's lower edge, as messengers show reactions.
        const QSize r = textSize(reactions, font, row.width());
        const int w = r.width() + 14, h = r.height() + 6;
        const int x = outbound ? l.bubble.right() - 10 - w + 1 : l.bubble.left() + 10;
        l.reactions = QRect(x, l.bubble.bottom() - 4, w, h);
        bottom = l.reactions.bottom() + 1;
    }
    l.height = bottom + kGap - row.top();
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.rect = QRect(0, 0, option.rect.width() > 0 ? option.rect.width() : 600, 0);
    const HeightKey key{index.data(ThreadModel::LocalIdRole).toLongLong(), opt.rect.width(),
                        index.data(ThreadModel::StatusRole).toInt(),
                        !index.data(ThreadModel::DaySeparatorRole).toString().isEmpty(),
                        shapeOf(index)};
    auto it = m_heights.constFind(key);
    if (it == m_heights.cend()) {
        if (m_heights.size() > 50000)
            m_heights.clear(); // bounded; a thread scrolled that far re-measures
        it = m_heights.insert(key, layout(opt, index).height);
    }
    return {opt.rect.width(), *it};
}

void MessageDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const Layout l = layout(option, index);
    const QPalette &pal = option.palette;
    const QFont small = smallFont(option.font);
    const bool outbound = index.data(ThreadModel::OutboundRole).toBool();
    const auto status = DeliveryStatus(index.data(ThreadModel::StatusRole).toInt());
    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    if (!l.separator.isNull()) {
        QPainterPath pill;
        pill.addRoundedRect(l.separator, l.separator.height() / 2.0, l.separator.height() / 2.0);
        p->fillPath(pill, Palette::inboundBubble(pal));
        p->setFont(small);
        p->setPen(Palette::secondaryText(pal));
        p->drawText(l.separator, Qt::AlignCenter,
                    index.data(ThreadModel::DaySeparatorRole).toString());
    }

    QPainterPath bubble;
    bubble.addRoundedRect(l.bubble, 8, 8);
    p->fillPath(bubble, outbound ? Palette::outboundBubble(pal) : Palette::inboundBubble(pal));
    if (status == DeliveryStatus::Failed) {
        p->setPen(QPen(Palette::error(pal), 1.5));
        p->drawPath(bubble);
    } else if (option.state & QStyle::State_HasFocus) {
        p->setPen(QPen(pal.color(QPalette::Highlight), 1));
        p->drawPath(bubble);
    }

    const QColor text = pal.color(QPalette::Text);
    const QColor secondary = Palette::secondaryText(pal);
    if (!l.quote.isNull()) {
        p->fillRect(QRect(l.quote.left(), l.quote.top(), 3, l.quote.height()),
                    index.data(ThreadModel::QuoteOutboundRole).toBool()
                        ? pal.color(QPalette::Highlight)
                        : Palette::badge(pal));
        p->setFont(small);
        p->setPen(secondary);
        const QRect qr = l.quote.adjusted(8, 3, 0, -3);
        p->drawText(qr, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                    QFontMetrics(small).elidedText(
                        index.data(ThreadModel::QuoteRole).toString().simplified(), Qt::ElideRight,
                        qr.width() * 2 - 10));
    }
    if (!l.forwarded.isNull()) {
        QFont italic = small;
        italic.setItalic(true);
        p->setFont(italic);
        p->setPen(secondary);
        p->drawText(l.forwarded, Qt::AlignLeft | Qt::AlignVCenter,
                    QStringLiteral("↪ ") + index.data(ThreadModel::ForwardedRole).toString());
    }
    if (!l.card.isNull()) {
        const auto *thread = qobject_cast<const ThreadModel *>(index.model());
        if (const auto *cached = thread ? thread->messageAt(index.row()) : nullptr)
            CardPainter::paint(p, l.card.topLeft(), l.cardParts, cached->message,
                               thread->mediaContext(), pal, option.font);
    }
    if (!l.kind.isNull()) {
        QFont italic = option.font;
        italic.setItalic(true);
        p->setFont(italic);
        p->setPen(secondary);
        p->drawText(l.kind, Qt::TextWordWrap,
                    QStringLiteral("▣ ") + index.data(ThreadModel::KindLabelRole).toString());
    }
    if (!l.body.isNull()) {
        const QString body = index.data(ThreadModel::BodyRole).toString();
        p->setPen(text);
        if (needsDocument(body)) {
            QTextDocument doc;
            fillDocument(doc, body, option.font, l.body.width() + 1);
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.palette.setColor(QPalette::Text, text);
            p->translate(l.body.topLeft());
            doc.documentLayout()->draw(p, ctx);
            p->translate(-l.body.topLeft());
        } else {
            p->setFont(option.font);
            p->drawText(l.body, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, body);
        }
    }
    p->setFont(small);
    p->setPen(status == DeliveryStatus::Read && outbound ? pal.color(QPalette::Highlight)
              : status == DeliveryStatus::Failed         ? Palette::error(pal)
                                                         : secondary);
    p->drawText(l.footer, Qt::AlignRight | Qt::AlignVCenter, footerText(index));
    if (!l.failure.isNull()) {
        p->setPen(Palette::error(pal));
        p->drawText(l.failure, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                    index.data(ThreadModel::FailureRole).toString());
        QFont link = small;
        link.setBold(true);
        link.setUnderline(true);
        p->setFont(link);
        p->setPen(pal.color(QPalette::Link));
        p->drawText(l.retry, Qt::AlignLeft | Qt::AlignVCenter, tr("Retry"));
    }
    if (!l.reactions.isNull()) {
        QPainterPath pill;
        pill.addRoundedRect(l.reactions, l.reactions.height() / 2.0, l.reactions.height() / 2.0);
        p->fillPath(pill, pal.color(QPalette::Base));
        p->setPen(QPen(Palette::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.8)));
        p->drawPath(pill);
        QTextDocument doc;
        const QString emoji = index.data(ThreadModel::ReactionsRole).toString();
        fillDocument(doc, emoji, option.font, l.reactions.width());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.palette.setColor(QPalette::Text, text);
        const QPoint at(l.reactions.left() + 7, l.reactions.top() + 3);
        p->translate(at);
        doc.documentLayout()->draw(p, ctx);
        p->translate(-at);
    }
    p->restore();
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *me = static_cast<QMouseEvent *>(event);
        const Layout l = layout(option, index);
        if (!l.retry.isNull() && l.retry.contains(me->position().toPoint())) {
            Q_EMIT retryRequested(index);
            return true;
        }
        if (!l.card.isNull() && l.card.contains(me->position().toPoint()) &&
            me->button() == Qt::LeftButton) {
            QString url;
            const auto action =
                MessageCards::hit(l.cardParts, me->position().toPoint() - l.card.topLeft(), &url);
            if (action != MessageCards::Action::None) {
                Q_EMIT cardActivated(index, action, url);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace recado::ui
