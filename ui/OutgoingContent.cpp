// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/OutgoingContent.h"

#include <QJsonArray>
#include <QSet>
#include <QTextBoundaryFinder>

namespace recado::ui {

namespace {
QJsonObject textObject(const QString &text)
{
    return {{QStringLiteral("text"), text}};
}
} // namespace

int OutgoingContent::length(const QString &s)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, s);
    int n = 0;
    while (finder.toNextBoundary() != -1)
        ++n;
    return n;
}

QJsonObject OutgoingContent::attachment(const QString &kind, const QString &caption,
                                        const QString &filename)
{
    QJsonObject o;
    const bool captioned = kind == QLatin1String("image") || kind == QLatin1String("video") ||
                           kind == QLatin1String("document");
    if (captioned && !caption.trimmed().isEmpty())
        o.insert(QStringLiteral("caption"), caption.trimmed());
    if (kind == QLatin1String("document") && !filename.isEmpty())
        o.insert(QStringLiteral("filename"), filename.left(240));
    return {{kind, o}};
}

QString OutgoingContent::checkCaption(const QString &kind, const QString &caption)
{
    if (caption.trimmed().isEmpty())
        return {};
    if (kind == QLatin1String("audio") || kind == QLatin1String("sticker"))
        return tr("WhatsApp sends %1 without a caption; send the text as a message of its own.")
            .arg(kind == QLatin1String("audio") ? tr("audio") : tr("stickers"));
    if (length(caption) > 1024)
        return tr("The caption has %1 characters; WhatsApp allows 1024.").arg(length(caption));
    return {};
}

QJsonObject OutgoingContent::location(double latitude, double longitude, const QString &name,
                                      const QString &address)
{
    QJsonObject o{{QStringLiteral("latitude"), latitude}, {QStringLiteral("longitude"), longitude}};
    if (!name.trimmed().isEmpty())
        o.insert(QStringLiteral("name"), name.trimmed());
    if (!address.trimmed().isEmpty())
        o.insert(QStringLiteral("address"), address.trimmed());
    return {{QStringLiteral("location"), o}};
}

QString OutgoingContent::checkLocation(double latitude, double longitude)
{
    if (latitude < -90 || latitude > 90)
        return tr("The latitude must be between -90 and 90.");
    if (longitude < -180 || longitude > 180)
        return tr("The longitude must be between -180 and 180.");
    return {};
}

QJsonObject OutgoingContent::contact(const QString &name, const QStringList &phones)
{
    const QString formatted = name.simplified();
    const int space = int(formatted.indexOf(QLatin1Char(' ')));
    QJsonObject n{{QStringLiteral("formatted_name"), formatted},
                  {QStringLiteral("first_name"), space > 0 ? formatted.left(space) : formatted}};
    if (space > 0)
        n.insert(QStringLiteral("last_name"), formatted.mid(space + 1));
    QJsonArray list;
    for (const QString &p : phones) {
        if (!p.trimmed().isEmpty())
            list.append(QJsonObject{{QStringLiteral("phone"), p.trimmed()},
                                    {QStringLiteral("type"), QStringLiteral("CELL")}});
    }
    QJsonObject card{{QStringLiteral("name"), n}};
    if (!list.isEmpty())
        card.insert(QStringLiteral("phones"), list);
    return {{QStringLiteral("contacts"), QJsonArray{card}}};
}

QString OutgoingContent::checkContact(const QString &name, const QStringList &phones)
{
    if (name.trimmed().isEmpty())
        return tr("A contact card needs a name.");
    bool anyPhone = false;
    for (const QString &p : phones)
        anyPhone = anyPhone || !p.trimmed().isEmpty();
    if (!anyPhone)
        return tr("Add at least one phone number to the contact card.");
    return {};
}

QJsonObject OutgoingContent::buttons(const QString &body, const QStringList &titles,
                                     const QString &header, const QString &footer)
{
    QJsonArray list;
    for (int i = 0; i < titles.size(); ++i)
        list.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("reply")},
                        {QStringLiteral("reply"),
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("btn-%1").arg(i + 1)},
                                     {QStringLiteral("title"), titles.at(i).trimmed()}}}});
    QJsonObject i{{QStringLiteral("type"), QStringLiteral("button")},
                  {QStringLiteral("body"), textObject(body.trimmed())},
                  {QStringLiteral("action"), QJsonObject{{QStringLiteral("buttons"), list}}}};
    if (!header.trimmed().isEmpty())
        i.insert(QStringLiteral("header"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                             {QStringLiteral("text"), header.trimmed()}});
    if (!footer.trimmed().isEmpty())
        i.insert(QStringLiteral("footer"), textObject(footer.trimmed()));
    return {{QStringLiteral("interactive"), i}};
}

QString OutgoingContent::checkButtons(const QString &body, const QStringList &titles)
{
    if (body.trimmed().isEmpty())
        return tr("Write the message the buttons answer.");
    if (length(body) > 1024)
        return tr("The text has %1 characters; WhatsApp allows 1024 with buttons.")
            .arg(length(body));
    if (titles.isEmpty() || titles.size() > 3)
        return tr("WhatsApp allows one to three reply buttons.");
    QSet<QString> seen;
    for (const QString &t : titles) {
        if (t.trimmed().isEmpty())
            return tr("Every button needs a title.");
        if (length(t.trimmed()) > 20)
            return tr("The button “%1” is longer than WhatsApp's 20 characters.").arg(t.trimmed());
        if (seen.contains(t.trimmed().toLower()))
            return tr("Two buttons are called “%1”; each needs its own title.").arg(t.trimmed());
        seen.insert(t.trimmed().toLower());
    }
    return {};
}

QJsonObject OutgoingContent::list(const QString &body, const QString &button,
                                  const QList<Row> &rows, const QString &header,
                                  const QString &footer)
{
    QJsonArray list;
    for (int i = 0; i < rows.size(); ++i) {
        QJsonObject r{{QStringLiteral("id"), QStringLiteral("row-%1").arg(i + 1)},
                      {QStringLiteral("title"), rows.at(i).title.trimmed()}};
        if (!rows.at(i).description.trimmed().isEmpty())
            r.insert(QStringLiteral("description"), rows.at(i).description.trimmed());
        list.append(r);
    }
    QJsonObject i{
        {QStringLiteral("type"), QStringLiteral("list")},
        {QStringLiteral("body"), textObject(body.trimmed())},
        {QStringLiteral("action"),
         QJsonObject{{QStringLiteral("button"), button.trimmed()},
                     {QStringLiteral("sections"),
                      QJsonArray{QJsonObject{{QStringLiteral("title"), button.trimmed().left(24)},
                                             {QStringLiteral("rows"), list}}}}}}};
    if (!header.trimmed().isEmpty())
        i.insert(QStringLiteral("header"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                             {QStringLiteral("text"), header.trimmed()}});
    if (!footer.trimmed().isEmpty())
        i.insert(QStringLiteral("footer"), textObject(footer.trimmed()));
    return {{QStringLiteral("interactive"), i}};
}

QString OutgoingContent::checkList(const QString &body, const QString &button,
                                   const QList<Row> &rows)
{
    if (body.trimmed().isEmpty())
        return tr("Write the message the list belongs to.");
    if (length(body) > 4096)
        return tr("The text has %1 characters; WhatsApp allows 4096 with a list.")
            .arg(length(body));
    if (button.trimmed().isEmpty() || length(button.trimmed()) > 20)
        return tr("The list's button needs a label of up to 20 characters.");
    if (rows.isEmpty() || rows.size() > 10)
        return tr("A list has one to ten options.");
    QSet<QString> seen;
    for (const Row &r : rows) {
        if (r.title.trimmed().isEmpty())
            return tr("Every option needs a title.");
        if (length(r.title.trimmed()) > 24)
            return tr("The option “%1” is longer than WhatsApp's 24 characters.")
                .arg(r.title.trimmed());
        if (length(r.description.trimmed()) > 72)
            return tr("The description of “%1” is longer than WhatsApp's 72 characters.")
                .arg(r.title.trimmed());
        if (seen.contains(r.title.trimmed().toLower()))
            return tr("Two options are called “%1”.").arg(r.title.trimmed());
        seen.insert(r.title.trimmed().toLower());
    }
    return {};
}

QJsonObject OutgoingContent::reaction(const QString &targetWamid, const QString &emoji)
{
    return {{QStringLiteral("reaction"), QJsonObject{{QStringLiteral("message_id"), targetWamid},
                                                     {QStringLiteral("emoji"), emoji}}}};
}

QString OutgoingContent::summary(const QString &kind, const QJsonObject &content)
{
    const QJsonObject o = content.value(kind).toObject();
    if (kind == QLatin1String("image") || kind == QLatin1String("video") ||
        kind == QLatin1String("document"))
        return o.value(QStringLiteral("caption")).toString();
    if (kind == QLatin1String("location"))
        return o.value(QStringLiteral("name")).toString();
    if (kind == QLatin1String("interactive"))
        return o.value(QStringLiteral("body")).toObject().value(QStringLiteral("text")).toString();
    return {};
}

} // namespace recado::ui
