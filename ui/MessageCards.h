// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Message.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRect>
#include <QString>

namespace recado::ui {

class MediaContext;

//! The part of a bubble that shows what a message *is* beyond its text: a picture, a video or
//! voice note with its length, a document with its type and size, a location, a contact card,
//! the buttons or list the business sent, the button the customer tapped, an order, a number
//! change, an ad the customer came from, Meta's explanation of an unsupported message, and a
//! media failure in words. layout() measures (rects relative to the card's top-left);
//! CardPainter paints; hit() maps a click to an action.
class MessageCards
{
    Q_DECLARE_TR_FUNCTIONS(recado::ui::MessageCards)
public:
    enum class Visual { None, Photo, Sticker, Video, Audio, Document, Location, Contact };
    enum class Action { None, OpenMedia, SaveMedia, OpenUrl };
    enum class Style { Title, Body, Secondary, Accent, Error };

    struct Line
    {
        QString text;
        Style style = Style::Body;
        QRect rect;
    };
    struct Link
    {
        QString text;
        Action action = Action::None;
        QString url; //!< OpenUrl
        QRect rect;
    };
    struct Button
    {
        QString text;
        QRect rect;
    };
    struct Card
    {
        Visual visual = Visual::None;
        QRect box;        //!< picture / video frame
        QRect icon;       //!< document, audio, location, contact icon
        QString iconText; //!< "PDF", initials
        QString boxText;  //!< over the box: duration, "Loading…"
        QList<Line> lines;
        QList<Link> links;
        QList<Button> buttons;
        QSize size;
        bool isEmpty() const { return size.isEmpty(); }
    };

    //! True when the message has anything for a card (every kind but plain text, and any
    //! message that came from an ad).
    static bool hasCard(const domain::Message &m);
    static Card layout(const domain::Message &m, MediaContext *media, const QFont &font,
                       int maxWidth);
    static Action hit(const Card &card, const QPoint &pos, QString *url);
    //! Changes whenever the card's height may change (media ready/failed, a download failure):
    //! part of the delegate's height cache key.
    static int shapeKey(const domain::Message &m, MediaContext *media);
    //! "Photo could not be downloaded: <reason>", or empty.
    static QString failureText(const domain::Message &m, MediaContext *media);
    //! What a kind's file is called in sentences ("photo", "video", ...).
    static QString noun(const QString &kind);
    static QFont fontFor(Style style, const QFont &base);
};

} // namespace recado::ui
