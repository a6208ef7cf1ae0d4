// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MessageCards.h"

#include "ui/media/MediaContext.h"
#include "ui/media/MediaDuration.h"
#include "ui/media/MessageMedia.h"

#include <QFileInfo>
#include <QFontMetrics>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>
#include <QUrlQuery>

namespace recado::ui {

using domain::Direction;
using domain::Message;

namespace {
constexpr int kGap = 4;
constexpr int kIcon = 40;
constexpr int kButtonH = 30;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString initials(const QString &name)
{
    QString out;
    for (const QString &part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (part.at(0).isLetter())
            out += part.at(0).toUpper();
        if (out.size() == 2)
            break;
    }
    return out.isEmpty() ? QStringLiteral("?") : out;
}

QString typeLabel(const QString &mime, const QString &filename)
{
    const QString ext = QFileInfo(filename).suffix().toUpper();
    if (!ext.isEmpty() && ext.size() <= 4)
        return ext;
    const QString sub = mime.section(QLatin1Char('/'), 1).section(QLatin1Char(';'), 0, 0);
    if (sub == QLatin1String("pdf"))
        return QStringLiteral("PDF");
    if (sub == QLatin1String("plain"))
        return QStringLiteral("TXT");
    return sub.isEmpty() || sub.size() > 4 ? QStringLiteral("FILE") : sub.toUpper();
}

//! Builds a card top to bottom.
class Builder
{
public:
    Builder(MessageCards::Card &card, const QFont &font, int width)
        : c(card)
        , base(font)
        , maxW(width)
    {}

    void line(const QString &text, MessageCards::Style style, int indent = 0)
    {
        if (text.trimmed().isEmpty())
            return;
        const QFont f = MessageCards::fontFor(style, base);
        const QRect r = QFontMetrics(f).boundingRect(QRect(0, 0, maxW - indent, 1 << 20),
                                                     Qt::TextWordWrap, text);
        MessageCards::Line l{text, style,
                             QRect(indent, y, qMin(maxW - indent, r.width() + 1), r.height())};
        c.lines.append(l);
        grow(l.rect);
        y = l.rect.bottom() + 1 + 2;
    }
    //! An icon at the left with lines beside it.
    void iconRow(MessageCards::Visual v, const QString &iconText, const QString &title,
                 const QStringList &subtitles)
    {
        c.visual = v;
        c.iconText = iconText;
        c.icon = QRect(0, y, kIcon, kIcon);
        grow(c.icon);
        const int top = y;
        const int indent = kIcon + 10;
        y += title.isEmpty() ? 0 : 1;
        line(title, MessageCards::Style::Title, indent);
        for (const QString &s : subtitles)
            line(s, MessageCards::Style::Secondary, indent);
        // Centre short text against the icon.
        const int textH = y - top;
        if (textH < kIcon) {
            const int shift = (kIcon - textH) / 2;
            for (auto &l : c.lines) {
                if (l.rect.top() >= top && l.rect.left() == indent)
                    l.rect.translate(0, shift);
            }
        }
        y = qMax(y, top + kIcon) + kGap;
    }
    void box(MessageCards::Visual v, QSize size)
    {
        c.visual = v;
        size = size.scaled(qMin(size.width(), maxW), size.height(), Qt::KeepAspectRatio);
        c.box = QRect(QPoint(0, y), size);
        grow(c.box);
        y = c.box.bottom() + 1 + kGap;
    }
    void link(const QString &text, MessageCards::Action action, const QString &url = {})
    {
        QFont f = base;
        f.setBold(true);
        const int w = QFontMetrics(f).horizontalAdvance(text) + 4;
        const int h = QFontMetrics(f).height();
        if (linkX > 0 && linkX + w > maxW) {
            linkX = 0;
            y = linkBottom + 2;
        }
        if (linkX == 0)
            linkTop = y;
        MessageCards::Link l{text, action, url, QRect(linkX, linkTop, w, h)};
        c.links.append(l);
        grow(l.rect);
        linkX += w + 14;
        linkBottom = l.rect.bottom() + 1;
    }
    void endLinks()
    {
        if (linkX > 0)
            y = linkBottom + kGap;
        linkX = 0;
    }
    void button(const QString &text)
    {
        endLinks();
        const int w = qMin(maxW, qMax(160, QFontMetrics(base).horizontalAdvance(text) + 32));
        MessageCards::Button b{text, QRect(0, y, w, kButtonH)};
        c.buttons.append(b);
        grow(b.rect);
        y = b.rect.bottom() + 1 + kGap;
    }
    void finish()
    {
        endLinks();
        // Buttons span the card.
        for (auto &b : c.buttons)
            b.rect.setWidth(qMax(b.rect.width(), width));
        if (width > 0)
            c.size = QSize(width, y - kGap);
    }

private:
    void grow(const QRect &r) { width = qMax(width, r.right() + 1); }

    MessageCards::Card &c;
    QFont base;
    int maxW;
    int y = 0;
    int width = 0;
    int linkX = 0, linkTop = 0, linkBottom = 0;
};

void buildReferral(Builder &b, const Message &m)
{
    const QJsonObject ref = m.content.value(QStringLiteral("referral")).toObject();
    if (ref.isEmpty())
        return;
    const QString headline = str(ref, "headline");
    b.line(headline.isEmpty() ? MessageCards::tr("From an ad")
                              : MessageCards::tr("From an ad: %1").arg(headline),
           MessageCards::Style::Accent);
    b.line(str(ref, "body"), MessageCards::Style::Secondary);
    const QString source = str(ref, "source_url");
    if (!source.isEmpty())
        b.link(MessageCards::tr("Open the ad"), MessageCards::Action::OpenUrl, source);
    b.endLinks();
}

QString sizeText(qint64 bytes)
{
    return bytes > 0 ? QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat)
                     : QString();
}

void buildMedia(Builder &b, MessageCards::Card &card, const Message &m, MediaContext *media)
{
    const QString status = MessageMedia::status(m);
    const bool failed = !MessageCards::failureText(m, media).isEmpty();
    const bool here = status == QLatin1String("ready") || status == QLatin1String("local");
    const qint64 bytes = MessageMedia::size(m);
    if (m.kind == QLatin1String("image")) {
        b.box(MessageCards::Visual::Photo, QSize(280, 210));
        if (!here && !failed)
            card.boxText = MessageCards::tr("Loading photo…");
    } else if (m.kind == QLatin1String("sticker")) {
        b.box(MessageCards::Visual::Sticker, QSize(150, 150));
    } else if (m.kind == QLatin1String("video")) {
        b.box(MessageCards::Visual::Video, QSize(280, 158));
        const qint64 ms = media && here ? media->durationMs(m) : -1;
        QStringList parts;
        if (ms >= 0)
            parts << MediaDuration::text(ms);
        if (bytes > 0)
            parts << sizeText(bytes);
        card.boxText = parts.join(QStringLiteral(" · "));
        if (here)
            b.link(MessageCards::tr("Play"), MessageCards::Action::OpenMedia);
    } else if (m.kind == QLatin1String("audio")) {
        const qint64 ms = media && here ? media->durationMs(m) : -1;
        QStringList sub;
        QStringList parts;
        if (ms >= 0)
            parts << MediaDuration::text(ms);
        if (bytes > 0)
            parts << sizeText(bytes);
        sub << parts.join(QStringLiteral(" · "));
        b.iconRow(MessageCards::Visual::Audio, {},
                  MessageMedia::isVoice(m) ? MessageCards::tr("Voice message")
                                           : MessageCards::tr("Audio"),
                  sub);
        if (here)
            b.link(MessageCards::tr("Play"), MessageCards::Action::OpenMedia);
    } else { // document
        const QString name = MessageMedia::filename(m);
        const QString mime = MessageMedia::mimeType(m);
        const QString type = typeLabel(mime, name);
        QStringList sub{QStringList{type, sizeText(bytes)}.join(QStringLiteral(" · "))};
        if (sub.first().endsWith(QStringLiteral(" · ")))
            sub.first().chop(3);
        b.iconRow(MessageCards::Visual::Document, type,
                  name.isEmpty() ? MessageCards::tr("Document") : name, sub);
        if (here)
            b.link(MessageCards::tr("Open"), MessageCards::Action::OpenMedia);
    }
    if (here && m.kind != QLatin1String("image") && m.kind != QLatin1String("sticker"))
        b.link(MessageCards::tr("Save as…"), MessageCards::Action::SaveMedia);
    b.endLinks();
    if (failed)
        b.line(MessageCards::failureText(m, media), MessageCards::Style::Error);
    else if (status == QLatin1String("pending") && !MessageMedia::error(m).isEmpty())
        b.line(MessageCards::tr("Still fetching from WhatsApp (last try: %1)")
                   .arg(MessageMedia::error(m)),
               MessageCards::Style::Secondary);
}

void buildLocation(Builder &b, const Message &m)
{
    const QJsonObject loc = MessageMedia::kindObject(m);
    const double lat = loc.value(QStringLiteral("latitude")).toDouble();
    const double lon = loc.value(QStringLiteral("longitude")).toDouble();
    const QString name = str(loc, "name");
    QStringList sub;
    if (!str(loc, "address").isEmpty())
        sub << str(loc, "address");
    sub << QStringLiteral("%1, %2").arg(lat, 0, 'f', 5).arg(lon, 0, 'f', 5);
    b.iconRow(MessageCards::Visual::Location, {},
              name.isEmpty() ? MessageCards::tr("Location") : name, sub);
    QUrl map(QStringLiteral("https://www.openstreetmap.org/"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("mlat"), QString::number(lat, 'f', 6));
    q.addQueryItem(QStringLiteral("mlon"), QString::number(lon, 'f', 6));
    map.setQuery(q);
    map.setFragment(QStringLiteral("map=16/%1/%2").arg(lat, 0, 'f', 5).arg(lon, 0, 'f', 5));
    b.link(MessageCards::tr("Open in map"), MessageCards::Action::OpenUrl,
           map.toString(QUrl::FullyEncoded));
    if (!str(loc, "url").isEmpty())
        b.link(MessageCards::tr("Website"), MessageCards::Action::OpenUrl, str(loc, "url"));
    b.endLinks();
}

void buildContacts(Builder &b, const Message &m)
{
    const QJsonArray list = m.content.value(QStringLiteral("contacts")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject c = v.toObject();
        const QString name = str(c.value(QStringLiteral("name")).toObject(), "formatted_name");
        QStringList sub;
        for (const QJsonValue &p : c.value(QStringLiteral("phones")).toArray()) {
            const QJsonObject phone = p.toObject();
            const QString type = str(phone, "type");
            sub << (type.isEmpty()
                        ? str(phone, "phone")
                        : QStringLiteral("%1 (%2)").arg(str(phone, "phone"), type.toLower()));
        }
        for (const QJsonValue &e : c.value(QStringLiteral("emails")).toArray())
            sub << str(e.toObject(), "email");
        const QString org = str(c.value(QStringLiteral("org")).toObject(), "company");
        if (!org.isEmpty())
            sub << org;
        b.iconRow(MessageCards::Visual::Contact, initials(name),
                  name.isEmpty() ? MessageCards::tr("Contact") : name, sub);
    }
}

void buildInteractive(Builder &b, const Message &m)
{
    const QJsonObject i = MessageMedia::kindObject(m);
    const QString type = str(i, "type");
    if (type == QLatin1String("button_reply") || type == QLatin1String("list_reply") ||
        type == QLatin1String("nfm_reply")) {
        const QJsonObject r = i.value(type).toObject();
        b.line(type == QLatin1String("list_reply") ? MessageCards::tr("↩ Chose from the list")
                                                   : MessageCards::tr("↩ Tapped a button"),
               MessageCards::Style::Secondary);
        b.line(str(r, "title"), MessageCards::Style::Title);
        b.line(str(r, "description"), MessageCards::Style::Secondary);
        return;
    }
    const QJsonObject header = i.value(QStringLiteral("header")).toObject();
    b.line(str(header, "text"), MessageCards::Style::Title);
    b.line(str(i.value(QStringLiteral("body")).toObject(), "text"), MessageCards::Style::Body);
    b.line(str(i.value(QStringLiteral("footer")).toObject(), "text"),
           MessageCards::Style::Secondary);
    const QJsonObject action = i.value(QStringLiteral("action")).toObject();
    if (type == QLatin1String("button")) {
        for (const QJsonValue &v : action.value(QStringLiteral("buttons")).toArray())
            b.button(str(v.toObject().value(QStringLiteral("reply")).toObject(), "title"));
    } else if (type == QLatin1String("list")) {
        const QJsonArray sections = action.value(QStringLiteral("sections")).toArray();
        for (const QJsonValue &sv : sections) {
            const QJsonObject s = sv.toObject();
            if (sections.size() > 1)
                b.line(str(s, "title"), MessageCards::Style::Accent);
            for (const QJsonValue &rv : s.value(QStringLiteral("rows")).toArray()) {
                const QJsonObject row = rv.toObject();
                const QString d = str(row, "description");
                b.line(d.isEmpty() ? QStringLiteral("•  ") + str(row, "title")
                                   : QStringLiteral("•  %1 — %2").arg(str(row, "title"), d),
                       MessageCards::Style::Body, 6);
            }
        }
        b.button(QStringLiteral("☰  ") + str(action, "button"));
    } else if (type == QLatin1String("cta_url")) {
        const QJsonObject p = action.value(QStringLiteral("parameters")).toObject();
        b.link(str(p, "display_text"), MessageCards::Action::OpenUrl, str(p, "url"));
        b.endLinks();
    }
}

void buildOrder(Builder &b, const Message &m)
{
    const QJsonObject o = MessageMedia::kindObject(m);
    const QJsonArray items = o.value(QStringLiteral("product_items")).toArray();
    b.line(MessageCards::tr("Order · %n item(s)", nullptr, int(items.size())),
           MessageCards::Style::Title);
    double total = 0;
    QString currency;
    for (const QJsonValue &v : items) {
        const QJsonObject it = v.toObject();
        const int qty = it.value(QStringLiteral("quantity")).toVariant().toInt();
        const double price = it.value(QStringLiteral("item_price")).toVariant().toDouble();
        currency = str(it, "currency");
        total += qty * price;
        b.line(
            QStringLiteral("%1 × %2 — %3 %4")
                .arg(qty)
                .arg(str(it, "product_retailer_id"), QLocale().toString(price, 'f', 2), currency),
            MessageCards::Style::Body, 6);
    }
    if (!items.isEmpty())
        b.line(MessageCards::tr("Total: %1 %2").arg(QLocale().toString(total, 'f', 2), currency),
               MessageCards::Style::Title);
    b.line(str(o, "text"), MessageCards::Style::Body);
    if (!str(o, "catalog_id").isEmpty())
        b.line(MessageCards::tr("Catalog %1").arg(str(o, "catalog_id")),
               MessageCards::Style::Secondary);
}

void buildUnsupported(Builder &b, const Message &m)
{
    b.line(MessageCards::tr("WhatsApp could not show this message here"),
           MessageCards::Style::Title);
    QString why = m.errorDetails.isEmpty() ? m.errorTitle : m.errorDetails;
    if (why.isEmpty()) {
        const QJsonObject e =
            m.content.value(QStringLiteral("errors")).toArray().first().toObject();
        why = str(e.value(QStringLiteral("error_data")).toObject(), "details");
        if (why.isEmpty())
            why = str(e, "title");
    }
    if (!why.isEmpty())
        b.line(MessageCards::tr("Meta says: %1").arg(why), MessageCards::Style::Secondary);
    b.line(MessageCards::tr("Ask the customer to send it another way, or open WhatsApp on the "
                            "phone."),
           MessageCards::Style::Secondary);
}

} // namespace

QFont MessageCards::fontFor(Style style, const QFont &base)
{
    QFont f = base;
    if (style == Style::Title || style == Style::Accent)
        f.setBold(true);
    if (style == Style::Secondary || style == Style::Error)
        f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

QString MessageCards::noun(const QString &kind)
{
    if (kind == QLatin1String("image"))
        return tr("Photo");
    if (kind == QLatin1String("video"))
        return tr("Video");
    if (kind == QLatin1String("audio"))
        return tr("Audio");
    if (kind == QLatin1String("sticker"))
        return tr("Sticker");
    return tr("Document");
}

QString MessageCards::failureText(const Message &m, MediaContext *media)
{
    if (!MessageMedia::isMediaKind(m.kind))
        return {};
    QString why;
    if (media)
        why = media->failure(m);
    else if (MessageMedia::status(m) == QLatin1String("failed"))
        why = MessageMedia::error(m);
    if (why.isEmpty())
        return {};
    return tr("%1 could not be downloaded: %2").arg(noun(m.kind), why);
}

bool MessageCards::hasCard(const Message &m)
{
    if (m.content.contains(QStringLiteral("referral")))
        return true;
    const QString &k = m.kind;
    return MessageMedia::isMediaKind(k) || k == QLatin1String("location") ||
           k == QLatin1String("contacts") || k == QLatin1String("interactive") ||
           k == QLatin1String("button") || k == QLatin1String("order") ||
           k == QLatin1String("unsupported");
}

int MessageCards::shapeKey(const Message &m, MediaContext *media)
{
    if (!MessageMedia::isMediaKind(m.kind))
        return 0;
    return int(qHashMulti(0, MessageMedia::status(m), failureText(m, media),
                          MessageMedia::error(m).isEmpty()));
}

MessageCards::Card MessageCards::layout(const Message &m, MediaContext *media, const QFont &font,
                                        int maxWidth)
{
    Card card;
    Builder b(card, font, maxWidth);
    buildReferral(b, m);
    const QString &k = m.kind;
    if (MessageMedia::isMediaKind(k))
        buildMedia(b, card, m, media);
    else if (k == QLatin1String("location"))
        buildLocation(b, m);
    else if (k == QLatin1String("contacts"))
        buildContacts(b, m);
    else if (k == QLatin1String("interactive"))
        buildInteractive(b, m);
    else if (k == QLatin1String("button")) {
        b.line(tr("↩ Tapped a button"), Style::Secondary);
        b.line(str(MessageMedia::kindObject(m), "text"), Style::Title);
    } else if (k == QLatin1String("order"))
        buildOrder(b, m);
    else if (k == QLatin1String("unsupported"))
        buildUnsupported(b, m);
    b.finish();
    return card;
}

MessageCards::Action MessageCards::hit(const Card &card, const QPoint &pos, QString *url)
{
    for (const Link &l : card.links) {
        if (l.rect.adjusted(-2, -2, 2, 2).contains(pos)) {
            if (url)
                *url = l.url;
            return l.action;
        }
    }
    if (!card.box.isNull() && card.box.contains(pos))
        return Action::OpenMedia;
    if (card.visual == Visual::Document && card.icon.contains(pos))
        return Action::OpenMedia;
    return Action::None;
}

} // namespace recado::ui
