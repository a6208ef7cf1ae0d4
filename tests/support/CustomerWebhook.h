// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace recado::test {

//! One customer's text message as Meta delivers it: the envelope, the phone number's metadata,
//! the contact with a profile name, and the message. Tests that need another shape (statuses,
//! media, system messages, malformed bodies) build it themselves, on purpose.
struct CustomerText
{
    QString waId;
    QString wamid;
    QString body;
    QString name = QStringLiteral("Cliente");
    QDateTime at = QDateTime::currentDateTimeUtc();
    QString phoneNumberId = QStringLiteral("100200300");
    QString wabaId = QStringLiteral("900800700");
};

QJsonObject customerTextWebhook(const CustomerText &text);
//! The same, as the compact bytes a relay is posted.
QByteArray customerTextWebhookBody(const CustomerText &text);

} // namespace recado::test
