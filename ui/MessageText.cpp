// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MessageText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace recado::ui {

using namespace recado::domain;

QString MessageText::statusText(DeliveryStatus status, bool offline)
{
    switch (status) {
    case DeliveryStatus::Pending:
        return offline ? tr("Waiting for connection") : tr("Sending…");
    case DeliveryStatus::Queued:
        return tr("Queued");
    case DeliveryStatus::Sent:
        return tr("Sent");
    case DeliveryStatus::Delivered:
        return tr("Delivered");
    case DeliveryStatus::Read:
        return tr("Read");
    case DeliveryStatus::Failed:
        return tr("Not delivered");
    }
    return {};
}

QString MessageText::failureReason(const Message &m)
{
    switch (m.errorCode) {
    case 131047:
    case 470:
        return tr("More than 24 hours passed since the customer last wrote; send a template "
                  "instead.");
    case 131026:
        return tr("WhatsApp could not deliver to this number (it may not use WhatsApp or has "
                  "an old app version).");
    case 131049:
        return tr("Meta held this message back to protect the customer's experience; try again "
                  "later or use a different template.");
    case 131051:
        return tr("This kind of message is not supported.");
    case 131053:
        return tr("The attached media could not be uploaded or processed.");
    case 131056:
        return tr("Too many messages to this customer in a short time; wait a moment and retry.");
    case 131021:
        return tr("The recipient is the business number itself.");
    case 131031:
        return tr("The business WhatsApp account is locked; contact an administrator.");
    case 130429:
    case 80007:
        return tr("WhatsApp's rate limit was reached; the relay will retry.");
    // Template errors (Meta refused the send, or failed it later by webhook).
    case 132000:
        return tr("The number of values does not match the template. Send it again with "
                  "“Send template…” and fill in every value.");
    case 132001:
        return tr("This template does not exist in this language or is not approved yet. Pick "
                  "an approved template in the customer's language.");
    case 132005:
        return tr("The message is too long once the values are filled in. Shorten the values "
                  "and send it again.");
    case 132007:
        return tr("The template's content breaks a WhatsApp policy. Use another template; an "
                  "administrator has to edit this one.");
    case 132012:
        return tr("A template value has the wrong format (for example text where a file is "
                  "expected). Check each value and send it again.");
    case 132015:
        return tr("The template is paused because of low quality. Use another template for now.");
    case 132016:
        return tr("Meta disabled this template. Use another template.");
    case 132068:
        return tr("The flow in this template is blocked. Use another template.");
    case 132069:
        return tr("Too many messages with this template's flow were sent in the last hour. Try "
                  "again later or use another template.");
    case 131050:
        return tr("The customer stopped marketing messages from this business. Send a utility "
                  "template, or reply when they write.");
    case 130472:
        return tr("Meta held back this marketing message because the customer's number is part "
                  "of a WhatsApp experiment. Use a utility template or another channel.");
    default:
        break;
    }
    if (!m.errorDetails.isEmpty() && !m.errorTitle.isEmpty() && m.errorDetails != m.errorTitle)
        return m.errorTitle + QStringLiteral(": ") + m.errorDetails;
    if (!m.errorTitle.isEmpty())
        return m.errorTitle;
    if (!m.errorDetails.isEmpty())
        return m.errorDetails;
    if (m.errorCode != 0)
        return tr("WhatsApp refused the message (error %1).").arg(m.errorCode);
    return tr("The message could not be sent.");
}

QString MessageText::kindLabel(const Message &m)
{
    const QString &k = m.kind;
    // The kind's own object (content[kind]); flat content from older caches still reads.
    const QJsonObject c = m.content.value(k).isObject() ? m.content.value(k).toObject() : m.content;
    if (k == QLatin1String("text") || k.isEmpty())
        return {};
    if (k == QLatin1String("image"))
        return tr("Photo");
    if (k == QLatin1String("video"))
        return tr("Video");
    if (k == QLatin1String("audio"))
        return c.value(QStringLiteral("voice")).toBool() ? tr("Voice message") : tr("Audio");
    if (k == QLatin1String("document")) {
        const QString name = c.value(QStringLiteral("filename")).toString();
        return name.isEmpty() ? tr("Document") : tr("Document: %1").arg(name);
    }
    if (k == QLatin1String("sticker"))
        return tr("Sticker");
    if (k == QLatin1String("location")) {
        const QString place = c.value(QStringLiteral("name")).toString();
        const QString address = c.value(QStringLiteral("address")).toString();
        const QString where = place.isEmpty() ? address : place;
        return where.isEmpty() ? tr("Location") : tr("Location: %1").arg(where);
    }
    if (k == QLatin1String("contacts")) {
        const QJsonArray list = m.content.value(QStringLiteral("contacts")).toArray();
        const QString name = list.isEmpty() ? QString()
                                            : list.first()
                                                  .toObject()
                                                  .value(QStringLiteral("name"))
                                                  .toObject()
                                                  .value(QStringLiteral("formatted_name"))
                                                  .toString();
        return name.isEmpty() ? tr("Contact card") : tr("Contact card: %1").arg(name);
    }
    if (k == QLatin1String("interactive") || k == QLatin1String("button"))
        return tr("Interactive reply");
    if (k == QLatin1String("reaction")) {
        const QString emoji = c.value(QStringLiteral("emoji")).toString();
        return emoji.isEmpty() ? tr("Reaction removed") : tr("Reaction %1").arg(emoji);
    }
    if (k == QLatin1String("template")) {
        const QString name = c.value(QStringLiteral("name")).toString();
        return name.isEmpty() ? tr("Template message") : tr("Template: %1").arg(name);
    }
    if (k == QLatin1String("order"))
        return tr("Order");
    if (k == QLatin1String("system"))
        return tr("System notice");
    return tr("Message of a kind this version cannot show (%1)").arg(k);
}

QString MessageText::bodyText(const Message &m)
{
    const QString &k = m.kind;
    if (k == QLatin1String("image") || k == QLatin1String("video") ||
        k == QLatin1String("document")) {
        // The caption; the relay's text adds a "[Photo]: " prefix for lists and searches.
        const QJsonObject o = m.content.value(k).toObject();
        if (o.contains(QStringLiteral("caption")) || !m.content.isEmpty())
            return o.value(QStringLiteral("caption")).toString();
        return m.text;
    }
    // These are drawn as cards (MessageCards); a text line would repeat them.
    if (k == QLatin1String("audio") || k == QLatin1String("sticker") ||
        k == QLatin1String("location") || k == QLatin1String("contacts") ||
        k == QLatin1String("interactive") || k == QLatin1String("button") ||
        k == QLatin1String("order") || k == QLatin1String("unsupported") ||
        k == QLatin1String("reaction"))
        return {};
    return m.text;
}

QString MessageText::shortTime(const QDateTime &t)
{
    const QLocale loc;
    QString format = loc.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    return loc.toString(t.toLocalTime().time(), format);
}

QString MessageText::summary(const Message &m)
{
    const QString label = kindLabel(m);
    if (label.isEmpty())
        return m.text.simplified();
    return m.text.isEmpty() ? label : label + QStringLiteral(" · ") + m.text.simplified();
}

} // namespace recado::ui
