// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/WebhookParser.h"

#include <QJsonArray>

namespace recado::whatsapp {

using domain::DeliveryStatus;
using domain::Direction;

namespace {

QDateTime fromUnixString(const QJsonValue &v)
{
    const qint64 secs = v.isString() ? v.toString().toLongLong() : v.toInteger();
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)
                    : QDateTime::currentDateTimeUtc();
}

void readFirstError(const QJsonObject &holder, int *code, QString *title, QString *details)
{
    const QJsonArray errors = holder.value(QStringLiteral("errors")).toArray();
    if (errors.isEmpty())
        return;
    const QJsonObject e = errors.first().toObject();
    *code = e.value(QStringLiteral("code")).toInt();
    *title = e.value(QStringLiteral("title")).toString();
    *details = e.value(QStringLiteral("error_data"))
                   .toObject()
                   .value(QStringLiteral("details"))
                   .toString();
    if (details->isEmpty())
        *details = e.value(QStringLiteral("message")).toString();
}

InboundMessage parseMessage(const QJsonObject &msg, const QJsonObject &value)
{
    InboundMessage in;
    in.phoneNumberId = value.value(QStringLiteral("metadata"))
                           .toObject()
                           .value(QStringLiteral("phone_number_id"))
                           .toString();
    in.waId = msg.value(QStringLiteral("from")).toString();
    in.userId = msg.value(QStringLiteral("from_user_id")).toString();
    // Match the sender's profile in `contacts` by wa_id (or user_id when the phone is withheld).
    const QJsonArray contacts = value.value(QStringLiteral("contacts")).toArray();
    for (const QJsonValue &cv : contacts) {
        const QJsonObject c = cv.toObject();
        const QString waId = c.value(QStringLiteral("wa_id")).toString();
        const QString userId = c.value(QStringLiteral("user_id")).toString();
        if ((!waId.isEmpty() && waId == in.waId) || (!userId.isEmpty() && userId == in.userId) ||
            contacts.size() == 1) {
            in.profileName = c.value(QStringLiteral("profile"))
                                 .toObject()
                                 .value(QStringLiteral("name"))
                                 .toString();
            if (in.userId.isEmpty())
                in.userId = userId;
            if (in.waId.isEmpty())
                in.waId = waId;
            break;
        }
    }

    domain::Message &m = in.message;
    m.direction = Direction::Inbound;
    m.wamid = msg.value(QStringLiteral("id")).toString();
    m.kind = msg.value(QStringLiteral("type")).toString();
    if (m.kind.isEmpty())
        m.kind = QStringLiteral("unsupported");
    m.timestamp = fromUnixString(msg.value(QStringLiteral("timestamp")));
    m.content = msg; // keep everything Meta sent; readers use content[kind]
    const QJsonObject context = msg.value(QStringLiteral("context")).toObject();
    m.replyToWamid = context.value(QStringLiteral("id")).toString();
    m.forwarded = context.value(QStringLiteral("forwarded")).toBool() ||
                  context.value(QStringLiteral("frequently_forwarded")).toBool();
    m.status = DeliveryStatus::Delivered;
    m.text = summarize(m.kind, msg);
    readFirstError(msg, &m.errorCode, &m.errorTitle, &m.errorDetails);
    return in;
}

StatusUpdate parseStatus(const QJsonObject &s)
{
    StatusUpdate st;
    st.wamid = s.value(QStringLiteral("id")).toString();
    st.recipientId = s.value(QStringLiteral("recipient_id")).toString();
    st.rawStatus = s.value(QStringLiteral("status")).toString();
    st.status = domain::deliveryStatusFromString(st.rawStatus);
    st.timestamp = fromUnixString(s.value(QStringLiteral("timestamp")));
    readFirstError(s, &st.errorCode, &st.errorTitle, &st.errorDetails);
    return st;
}

} // namespace

bool parseWebhook(const QJsonObject &envelope, ParsedWebhook *out, QString *error)
{
    if (envelope.value(QStringLiteral("object")).toString() !=
        QLatin1String("whatsapp_business_account")) {
        *error = QStringLiteral("object is not whatsapp_business_account");
        return false;
    }
    const QJsonValue entryValue = envelope.value(QStringLiteral("entry"));
    if (!entryValue.isArray()) {
        *error = QStringLiteral("entry is missing or not an array");
        return false;
    }
    for (const QJsonValue &ev : entryValue.toArray()) {
        const QJsonArray changes = ev.toObject().value(QStringLiteral("changes")).toArray();
        for (const QJsonValue &cv : changes) {
            const QJsonObject change = cv.toObject();
            const QString field = change.value(QStringLiteral("field")).toString();
            const QJsonObject value = change.value(QStringLiteral("value")).toObject();
            if (field != QLatin1String("messages")) {
                out->others.append({field, value});
                continue;
            }
            for (const QJsonValue &mv : value.value(QStringLiteral("messages")).toArray())
                out->messages.append(parseMessage(mv.toObject(), value));
            for (const QJsonValue &sv : value.value(QStringLiteral("statuses")).toArray())
                out->statuses.append(parseStatus(sv.toObject()));
            for (const QJsonValue &errv : value.value(QStringLiteral("errors")).toArray()) {
                const QJsonObject e = errv.toObject();
                out->errors.append({e.value(QStringLiteral("code")).toInt(),
                                    e.value(QStringLiteral("title")).toString(),
                                    e.value(QStringLiteral("message")).toString(),
                                    e.value(QStringLiteral("error_data"))
                                        .toObject()
                                        .value(QStringLiteral("details"))
                                        .toString()});
            }
        }
    }
    return true;
}

QString summarize(const QString &kind, const QJsonObject &content)
{
    const QJsonObject k = content.value(kind).toObject();
    auto caption = [&](const QString &label) {
        const QString c = k.value(QStringLiteral("caption")).toString();
        return c.isEmpty() ? label : label + QStringLiteral(": ") + c;
    };
    if (kind == QLatin1String("text"))
        return k.value(QStringLiteral("body")).toString();
    if (kind == QLatin1String("image"))
        return caption(QStringLiteral("[Photo]"));
    if (kind == QLatin1String("video"))
        return caption(QStringLiteral("[Video]"));
    if (kind == QLatin1String("audio"))
        return k.value(QStringLiteral("voice")).toBool() ? QStringLiteral("[Voice note]")
                                                         : QStringLiteral("[Audio]");
    if (kind == QLatin1String("document")) {
        const QString name = k.value(QStringLiteral("filename")).toString();
        return caption(name.isEmpty() ? QStringLiteral("[Document]")
                                      : QStringLiteral("[Document] ") + name);
    }
    if (kind == QLatin1String("sticker"))
        return QStringLiteral("[Sticker]");
    if (kind == QLatin1String("location")) {
        const QString name = k.value(QStringLiteral("name")).toString();
        return name.isEmpty() ? QStringLiteral("[Location]") : QStringLiteral("[Location] ") + name;
    }
    if (kind == QLatin1String("contacts")) {
        const QJsonArray cs = content.value(QStringLiteral("contacts")).toArray();
        const QString name = cs.isEmpty() ? QString()
                                          : cs.first()
                                                .toObject()
                                                .value(QStringLiteral("name"))
                                                .toObject()
                                                .value(QStringLiteral("formatted_name"))
                                                .toString();
        return QStringLiteral("[Contact] ") + name;
    }
    if (kind == QLatin1String("button"))
        return k.value(QStringLiteral("text")).toString();
    if (kind == QLatin1String("interactive")) {
        const QString type = k.value(QStringLiteral("type")).toString();
        const QJsonObject reply = k.value(type).toObject();
        if (reply.contains(QStringLiteral("title")))
            return reply.value(QStringLiteral("title")).toString();
        const QJsonObject body = k.value(QStringLiteral("body")).toObject();
        return body.value(QStringLiteral("text")).toString();
    }
    if (kind == QLatin1String("reaction")) {
        const QString emoji = k.value(QStringLiteral("emoji")).toString();
        return emoji.isEmpty() ? QStringLiteral("[Reaction removed]")
                               : QStringLiteral("[Reaction] ") + emoji;
    }
    if (kind == QLatin1String("order"))
        return QStringLiteral("[Order]");
    if (kind == QLatin1String("system"))
        return k.value(QStringLiteral("body")).toString();
    if (kind == QLatin1String("template"))
        return QStringLiteral("[Template] ") + k.value(QStringLiteral("name")).toString();
    if (kind == QLatin1String("request_welcome"))
        return QStringLiteral("[Customer opened the chat]");
    return QStringLiteral("[Unsupported message]");
}

} // namespace recado::whatsapp
