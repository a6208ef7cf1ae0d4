// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/JsonCodec.h"

#include <QJsonDocument>

#include <chrono>

namespace recado::protocol {

using namespace recado::domain;

QString toIsoTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    // QDateTime::toString goes through the locale-aware formatter; every event the relay
    // stores carries several times, so format "YYYY-MM-DDTHH:MM:SS.mmmZ" (Qt::ISODateWithMs in
    // UTC) directly for the years it can be.
    const qint64 ms = t.toMSecsSinceEpoch();
    constexpr qint64 kYear10000 = 253402300800000; // 10000-01-01T00:00:00Z
    if (ms < 0 || ms >= kYear10000)
        return t.toUTC().toString(Qt::ISODateWithMs);
    using namespace std::chrono;
    const sys_days day = floor<days>(sys_time<milliseconds>(milliseconds(ms)));
    const year_month_day ymd(day);
    const qint64 inDay = ms - duration_cast<milliseconds>(day.time_since_epoch()).count();
    const auto put = [](char *at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            at[i] = char('0' + value % 10);
    };
    char buffer[] = "0000-00-00T00:00:00.000Z";
    put(buffer, int(ymd.year()), 4);
    put(buffer + 5, int(unsigned(ymd.month())), 2);
    put(buffer + 8, int(unsigned(ymd.day())), 2);
    put(buffer + 11, int(inDay / 3600000), 2);
    put(buffer + 14, int(inDay / 60000 % 60), 2);
    put(buffer + 17, int(inDay / 1000 % 60), 2);
    put(buffer + 20, int(inDay % 1000), 3);
    return QString::fromLatin1(buffer, sizeof buffer - 1);
}

QDateTime fromIsoTime(const QString &s)
{
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.toUTC();
}

namespace {
void putIfNotEmpty(JsonWriter &w, const char *key, const QString &v)
{
    if (!v.isEmpty())
        w.key(key).value(v);
}

//! The object form is read back from the bytes, so the two can never disagree.
template<typename T> QJsonObject objectOf(const T &value)
{
    JsonWriter w;
    writeJson(w, value);
    return QJsonDocument::fromJson(w.bytes()).object();
}
} // namespace

// Keys in sorted order, as QJsonDocument writes them.
void writeJson(JsonWriter &w, const Message &m)
{
    writeJson(w, m, m.content.isEmpty() ? QByteArray() : compactJson(m.content));
}

void writeJson(JsonWriter &w, const Message &m, const QByteArray &contentJson)
{
    w.beginObject();
    putIfNotEmpty(w, "author", m.author);
    putIfNotEmpty(w, "client_id", m.clientId);
    if (!m.content.isEmpty())
        w.key("content").raw(contentJson);
    w.key("conversation_id").value(m.conversationId);
    w.key("direction").value(toString(m.direction));
    if (m.errorCode != 0 || !m.errorTitle.isEmpty()) {
        w.key("error").beginObject();
        w.key("code").value(m.errorCode);
        w.key("details").value(m.errorDetails);
        w.key("title").value(m.errorTitle);
        w.endObject();
    }
    if (m.forwarded)
        w.key("forwarded").value(true);
    w.key("id").value(m.id);
    w.key("kind").value(m.kind);
    if (!m.media.isEmpty())
        w.key("media").value(m.media);
    if (!m.reactions.isEmpty())
        w.key("reactions").value(m.reactions);
    putIfNotEmpty(w, "reply_to", m.replyToWamid);
    w.key("status").value(toString(m.status));
    w.key("text").value(m.text);
    w.key("timestamp").value(toIsoTime(m.timestamp));
    putIfNotEmpty(w, "wamid", m.wamid);
    w.endObject();
}

QJsonObject toJson(const Message &m)
{
    return objectOf(m);
}

Message messageFromJson(const QJsonObject &o)
{
    Message m;
    m.id = o.value(QStringLiteral("id")).toInteger();
    m.conversationId = o.value(QStringLiteral("conversation_id")).toInteger();
    m.wamid = o.value(QStringLiteral("wamid")).toString();
    m.clientId = o.value(QStringLiteral("client_id")).toString();
    m.direction = directionFromString(o.value(QStringLiteral("direction")).toString());
    m.kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("text"));
    m.text = o.value(QStringLiteral("text")).toString();
    m.content = o.value(QStringLiteral("content")).toObject();
    m.status = deliveryStatusFromString(o.value(QStringLiteral("status")).toString());
    m.timestamp = fromIsoTime(o.value(QStringLiteral("timestamp")).toString());
    m.replyToWamid = o.value(QStringLiteral("reply_to")).toString();
    m.forwarded = o.value(QStringLiteral("forwarded")).toBool();
    m.author = o.value(QStringLiteral("author")).toString();
    const QJsonObject err = o.value(QStringLiteral("error")).toObject();
    m.errorCode = err.value(QStringLiteral("code")).toInt();
    m.errorTitle = err.value(QStringLiteral("title")).toString();
    m.errorDetails = err.value(QStringLiteral("details")).toString();
    m.media = o.value(QStringLiteral("media")).toObject();
    m.reactions = o.value(QStringLiteral("reactions")).toArray();
    return m;
}

void writeJson(JsonWriter &w, const Conversation &c)
{
    const auto nullIfEmpty = [&w](const QString &v) {
        if (v.isEmpty())
            w.null();
        else
            w.value(v);
    };
    w.beginObject();
    w.key("assignee");
    nullIfEmpty(c.assignee);
    w.key("contact_id").value(c.contactId);
    w.key("customer_name").value(c.customerName);
    w.key("id").value(c.id);
    putIfNotEmpty(w, "language", c.language);
    w.key("last_inbound_at").value(toIsoTime(c.lastInboundAt));
    w.key("last_message_at").value(toIsoTime(c.lastMessageAt));
    w.key("last_preview").value(c.lastPreview);
    w.key("phone").value(c.phone);
    w.key("seq").value(c.seq);
    w.key("service_request_id");
    nullIfEmpty(c.serviceRequestId);
    w.key("status").value(toString(c.status));
    w.key("unread_count").value(c.unreadCount);
    putIfNotEmpty(w, "user_id", c.userId);
    w.key("wa_id").value(c.waId);
    w.endObject();
}

QJsonObject toJson(const Conversation &c)
{
    return objectOf(c);
}

Conversation conversationFromJson(const QJsonObject &o)
{
    Conversation c;
    c.id = o.value(QStringLiteral("id")).toInteger();
    c.contactId = o.value(QStringLiteral("contact_id")).toInteger();
    c.customerName = o.value(QStringLiteral("customer_name")).toString();
    c.phone = o.value(QStringLiteral("phone")).toString();
    c.waId = o.value(QStringLiteral("wa_id")).toString();
    c.userId = o.value(QStringLiteral("user_id")).toString();
    c.status = conversationStatusFromString(o.value(QStringLiteral("status")).toString());
    c.assignee = o.value(QStringLiteral("assignee")).toString();
    c.serviceRequestId = o.value(QStringLiteral("service_request_id")).toString();
    c.unreadCount = o.value(QStringLiteral("unread_count")).toInt();
    c.lastPreview = o.value(QStringLiteral("last_preview")).toString();
    c.lastMessageAt = fromIsoTime(o.value(QStringLiteral("last_message_at")).toString());
    c.lastInboundAt = fromIsoTime(o.value(QStringLiteral("last_inbound_at")).toString());
    c.language = o.value(QStringLiteral("language")).toString();
    c.seq = o.value(QStringLiteral("seq")).toInteger();
    return c;
}

QJsonObject toJson(const ServiceRequest &r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("service_type"), r.serviceType},
        {QStringLiteral("customer_name"), r.customerName},
        {QStringLiteral("contact_phone"), r.contactPhone},
        {QStringLiteral("contact_email"), r.contactEmail},
        {QStringLiteral("address"), r.address},
        {QStringLiteral("requested_date"),
         r.requestedDate.isValid() ? r.requestedDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("vendor"), r.vendor},
        {QStringLiteral("technician"), r.technician},
        {QStringLiteral("created_at"), toIsoTime(r.createdAt)},
    };
}

ServiceRequest serviceRequestFromJson(const QJsonObject &o)
{
    ServiceRequest r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.serviceType = o.value(QStringLiteral("service_type")).toString();
    r.customerName = o.value(QStringLiteral("customer_name")).toString();
    r.contactPhone = o.value(QStringLiteral("contact_phone")).toString();
    r.contactEmail = o.value(QStringLiteral("contact_email")).toString();
    r.address = o.value(QStringLiteral("address")).toString();
    r.requestedDate =
        QDate::fromString(o.value(QStringLiteral("requested_date")).toString(), Qt::ISODate);
    r.status = o.value(QStringLiteral("status")).toString(QStringLiteral("open"));
    r.vendor = o.value(QStringLiteral("vendor")).toString();
    r.technician = o.value(QStringLiteral("technician")).toString();
    r.createdAt = fromIsoTime(o.value(QStringLiteral("created_at")).toString());
    return r;
}

QJsonObject toJson(const Agent &a)
{
    return QJsonObject{{QStringLiteral("username"), a.username},
                       {QStringLiteral("display_name"), a.displayName},
                       {QStringLiteral("role"), toString(a.role)}};
}

Agent agentFromJson(const QJsonObject &o)
{
    Agent a;
    a.username = o.value(QStringLiteral("username")).toString();
    a.displayName = o.value(QStringLiteral("display_name")).toString();
    a.role = roleFromString(o.value(QStringLiteral("role")).toString());
    return a;
}

void writeJson(JsonWriter &w, const Event &e)
{
    w.beginObject();
    w.key("conversation_id").value(e.conversationId);
    w.key("created_at").value(toIsoTime(e.createdAt));
    w.key("payload");
    if (!e.payloadJson.isEmpty())
        w.raw(e.payloadJson);
    else
        w.value(e.payload);
    w.key("seq").value(e.seq);
    w.key("type").value(e.type);
    w.endObject();
}

QJsonObject toJson(const Event &e)
{
    return objectOf(e);
}

Event eventFromJson(const QJsonObject &o)
{
    Event e;
    e.seq = o.value(QStringLiteral("seq")).toInteger();
    e.type = o.value(QStringLiteral("type")).toString();
    e.conversationId = o.value(QStringLiteral("conversation_id")).toInteger();
    e.payload = o.value(QStringLiteral("payload")).toObject();
    e.createdAt = fromIsoTime(o.value(QStringLiteral("created_at")).toString());
    return e;
}

QJsonObject errorJson(const QString &code, const QString &message)
{
    return QJsonObject{
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

} // namespace recado::protocol
