// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/consent/ConsentStore.h"

#include "core/protocol/JsonCodec.h"
#include "relay/store/Database.h"

namespace recado::relay {

using whatsapp::ConsentAction;
using whatsapp::ConsentRecord;

namespace {

const QString kSelect = QStringLiteral("SELECT id, contact_id, conversation_id, message_id, "
                                       "action, source, at, agent, keyword, language, note, "
                                       "created_at FROM consent_events ");

// Consent belongs to the person, i.e. the phone number: the same customer can be two contacts
// (Meta's wa_id 5215512345678 from an inbound message, +525512345678 typed for a direct send).
// A UNION rather than an OR, so both engines use the primary key and contacts_phone.
const QString kSamePerson =
    QStringLiteral("contact_id IN (SELECT CAST(? AS BIGINT) UNION SELECT k.id FROM contacts k "
                   "WHERE k.phone <> '' AND "
                   "k.phone = (SELECT p.phone FROM contacts p WHERE p.id = ?)) ");

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QJsonObject decisionJson(const whatsapp::ConsentDecision &d)
{
    return QJsonObject{{QStringLiteral("allowed"), d.allowed},
                       {QStringLiteral("code"), d.code},
                       {QStringLiteral("reason"), d.reason}};
}

} // namespace

QJsonObject ConsentEntry::toJson() const
{
    QJsonObject o = record.toJson();
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("contact_id"), contactId);
    o.insert(QStringLiteral("conversation_id"),
             conversationId > 0 ? QJsonValue(conversationId) : QJsonValue());
    o.insert(QStringLiteral("message_id"), messageId > 0 ? QJsonValue(messageId) : QJsonValue());
    o.insert(QStringLiteral("created_at"), protocol::toIsoTime(createdAt));
    o.insert(QStringLiteral("described"), whatsapp::ConsentPolicy::describeSource(record));
    return o;
}

ConsentEntry ConsentStore::append(qint64 contactId, qint64 conversationId, qint64 messageId,
                                  const ConsentRecord &record, qint64 now)
{
    ConsentEntry e;
    if (!record.isValid())
        return e;
    Statement &q = m_db.prepared(QStringLiteral(
        "INSERT INTO consent_events (contact_id, conversation_id, message_id, action, source, at, "
        "agent, keyword, "
        "language, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(contactId);
    q.addBindValue(nullableId(conversationId));
    q.addBindValue(nullableId(messageId));
    q.addBindValue(whatsapp::toString(record.action));
    q.addBindValue(whatsapp::toString(record.source));
    q.addBindValue(record.at.toMSecsSinceEpoch());
    q.addBindValue(notNull(record.agent));
    q.addBindValue(notNull(record.keyword));
    q.addBindValue(notNull(record.language));
    q.addBindValue(notNull(record.note));
    q.addBindValue(now);
    if (!execOrError(q) || !q.next())
        return e;
    e.id = q.value(0).toLongLong();
    q.finish();
    e.contactId = contactId;
    e.conversationId = conversationId;
    e.messageId = messageId;
    e.record = record;
    e.createdAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return e;
}

QList<ConsentEntry> ConsentStore::entriesWhere(const QString &where, const QVariantList &binds)
{
    Statement &q = m_db.prepared(kSelect + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<ConsentEntry> out;
    if (!execOrError(q))
        return out;
    while (q.next()) {
        ConsentEntry e;
        e.id = q.value(0).toLongLong();
        e.contactId = q.value(1).toLongLong();
        e.conversationId = q.value(2).toLongLong();
        e.messageId = q.value(3).toLongLong();
        e.record.action = whatsapp::consentActionFromString(q.value(4).toString());
        e.record.source = whatsapp::consentSourceFromString(q.value(5).toString());
        e.record.at = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
        e.record.agent = q.value(7).toString();
        e.record.keyword = q.value(8).toString();
        e.record.language = q.value(9).toString();
        e.record.note = q.value(10).toString();
        e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
        out.append(e);
    }
    q.finish();
    return out;
}

QList<ConsentEntry> ConsentStore::history(qint64 contactId)
{
    return entriesWhere(QStringLiteral("WHERE ") + kSamePerson + QStringLiteral("ORDER BY at, id"),
                        {contactId, contactId});
}

QList<ConsentEntry> ConsentStore::allSince(qint64 sinceMs, int limit)
{
    return entriesWhere(QStringLiteral("WHERE at >= ? ORDER BY at, id LIMIT ?"), {sinceMs, limit});
}

QList<ConsentRecord> ConsentStore::records(qint64 contactId)
{
    QList<ConsentRecord> out;
    // ConsentPolicy breaks ties between equal times by list position: keep insertion order.
    for (const ConsentEntry &e : history(contactId))
        out.append(e.record);
    return out;
}

std::optional<ConsentRecord> ConsentStore::latest(qint64 contactId)
{
    // Runs for every customer message. One query over kSamePerson needed two temporary B-trees
    // (the UNION and the ORDER BY) and cost more than storing the message; instead, find the
    // person's contacts, then each one's newest entry straight off consent_events_contact.
    QList<qint64> contacts{contactId};
    Statement &mates = m_db.prepared(
        QStringLiteral("SELECT id FROM contacts WHERE phone <> '' AND phone = (SELECT p.phone "
                       "FROM contacts p WHERE p.id = ?) AND id <> ?"));
    mates.addBindValue(contactId);
    mates.addBindValue(contactId);
    if (!execOrError(mates))
        return std::nullopt;
    while (mates.next())
        contacts.append(mates.value(0).toLongLong());
    mates.finish();

    std::optional<ConsentRecord> newest;
    qint64 newestAt = 0;
    qint64 newestId = 0;
    for (const qint64 contact : contacts) {
        Statement &q = m_db.prepared(QStringLiteral(
            "SELECT action, at, id FROM consent_events WHERE contact_id = ? ORDER BY at DESC, "
            "id DESC LIMIT 1"));
        q.addBindValue(contact);
        if (!execOrError(q))
            return std::nullopt;
        if (q.next()) {
            const qint64 at = q.value(1).toLongLong();
            const qint64 id = q.value(2).toLongLong();
            if (!newest || at > newestAt || (at == newestAt && id > newestId)) {
                newest = ConsentRecord{};
                newest->action = whatsapp::consentActionFromString(q.value(0).toString());
                newest->at = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
                newestAt = at;
                newestId = id;
            }
        }
        q.finish();
    }
    return newest;
}

QDateTime ConsentStore::lastInboundAt(qint64 contactId)
{
    Statement &q = m_db.prepared(
        QStringLiteral("SELECT MAX(last_inbound_at) FROM conversations WHERE ") + kSamePerson);
    q.addBindValue(contactId);
    q.addBindValue(contactId);
    if (!execOrError(q) || !q.next())
        return {};
    const QVariant v = q.value(0);
    q.finish();
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

std::optional<ContactInfo> ConsentStore::contact(qint64 contactId)
{
    Statement &q = m_db.prepared(
        QStringLiteral("SELECT wa_id, user_id, phone, name FROM contacts WHERE id = ?"));
    q.addBindValue(contactId);
    if (!execOrError(q) || !q.next())
        return std::nullopt;
    ContactInfo info{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()};
    q.finish();
    return info;
}

bool ConsentStore::contactExists(qint64 contactId)
{
    return contact(contactId).has_value();
}

whatsapp::ConsentDecision ConsentStore::decide(qint64 contactId,
                                               whatsapp::TemplateCategory category)
{
    return whatsapp::ConsentPolicy::mayInitiate(records(contactId), lastInboundAt(contactId),
                                                category);
}

QJsonObject ConsentStore::stateJson(qint64 contactId)
{
    const QList<ConsentRecord> history = records(contactId);
    const QDateTime lastInbound = lastInboundAt(contactId);
    QJsonObject o;
    if (history.isEmpty()) {
        o.insert(QStringLiteral("state"), QStringLiteral("unknown"));
        o.insert(QStringLiteral("since"), QJsonValue());
    } else {
        const ConsentRecord &latest = history.last();
        o.insert(QStringLiteral("state"), latest.action == ConsentAction::OptIn
                                              ? QStringLiteral("opted_in")
                                              : QStringLiteral("opted_out"));
        o.insert(QStringLiteral("since"), protocol::toIsoTime(latest.at));
        o.insert(QStringLiteral("source"), whatsapp::toString(latest.source));
        o.insert(QStringLiteral("described"), whatsapp::ConsentPolicy::describeSource(latest));
    }
    o.insert(QStringLiteral("templates"),
             decisionJson(whatsapp::ConsentPolicy::mayInitiate(
                 history, lastInbound, whatsapp::TemplateCategory::Utility)));
    o.insert(QStringLiteral("marketing"),
             decisionJson(whatsapp::ConsentPolicy::mayInitiate(
                 history, lastInbound, whatsapp::TemplateCategory::Marketing)));
    return o;
}

} // namespace recado::relay
