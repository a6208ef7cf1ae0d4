// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace recado::ui {

//! Builds the `content` of what an agent sends besides text (docs/api.md "What agents can
//! send") and checks Meta's limits first, so a mistake is explained in the dialog instead of
//! coming back as a refusal. Every check returns an empty string when the content is fine.
class OutgoingContent
{
    Q_DECLARE_TR_FUNCTIONS(recado::ui::OutgoingContent)
public:
    struct Row
    {
        QString title;
        QString description;
    };

    //! `{kind: {"caption"?, "filename"?}}`; the outbox adds the upload id.
    static QJsonObject attachment(const QString &kind, const QString &caption,
                                  const QString &filename);
    static QString checkCaption(const QString &kind, const QString &caption);

    static QJsonObject location(double latitude, double longitude, const QString &name,
                                const QString &address);
    static QString checkLocation(double latitude, double longitude);

    //! One card: the name (split into first/last as Meta needs a second name part) and phones.
    static QJsonObject contact(const QString &name, const QStringList &phones);
    static QString checkContact(const QString &name, const QStringList &phones);

    static QJsonObject buttons(const QString &body, const QStringList &titles,
                               const QString &header = {}, const QString &footer = {});
    static QString checkButtons(const QString &body, const QStringList &titles);

    static QJsonObject list(const QString &body, const QString &button, const QList<Row> &rows,
                            const QString &header = {}, const QString &footer = {});
    static QString checkList(const QString &body, const QString &button, const QList<Row> &rows);

    //! An empty emoji removes our reaction.
    static QJsonObject reaction(const QString &targetWamid, const QString &emoji);

    //! What the thread shows for it until the relay answers.
    static QString summary(const QString &kind, const QJsonObject &content);

    //! Characters as WhatsApp counts them (an emoji is one).
    static int length(const QString &s);
};

} // namespace recado::ui
