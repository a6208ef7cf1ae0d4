// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/store/ConversationStore.h"

#include "relay/store/Database.h"

#include <QDateTime>

namespace recado::relay {

using domain::Conversation;
using domain::ConversationStatus;

namespace {
//! The conversation's own columns, in the order readConversation reads them; the contact's
//! follow in a SELECT, and an UPDATE ... RETURNING these has them from the caller instead.
const QString kOwnColumns = QStringLiteral(
    "id, contact_id, status, assignee, service_request_id, unread_count, last_preview, "
    "last_message_at, last_inbound_at, language, seq");
const QString kSelect = QStringLiteral(
    "SELECT c.id, c.contact_id, c.status, c.assignee, c.service_request_id, c.unread_count, "
    "c.last_preview, c.last_message_at, c.last_inbound_at, c.language, c.seq, k.name, k.phone, "
    "k.wa_id, k.user_id FROM conversations c JOIN contacts k ON k.id = c.contact_id ");

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

//! Reads kOwnColumns, then the contact from the next four columns unless it is given.
Conversation readConversation(Statement &q, const ContactInfo *contact = nullptr)
{
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.contactId = q.value(1).toLongLong();
    c.status = domain::conversationStatusFromString(q.value(2).toString());
    c.assignee = q.value(3).toString();
    c.serviceRequestId = q.value(4).toString();
    c.unreadCount = q.value(5).toInt();
    c.lastPreview = q.value(6).toString();
    c.lastMessageAt = fromMs(q.value(7));
    c.lastInboundAt = fromMs(q.value(8));
    c.language = q.value(9).toString();
    c.seq = q.value(10).toLongLong();
    if (contact) {
        c.customerName = contact->name;
        c.phone = contact->phone;
        c.waId = contact->waId;
        c.userId = contact->userId;
    } else {
        c.customerName = q.value(11).toString();
        c.phone = q.value(12).toString();
        c.waId = q.value(13).toString();
        c.userId = q.value(14).toString();
    }
    return c;
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
} // namespace

qint64 ConversationStore::upsertContact(const ContactInfo &info, qint64 now, ContactInfo *result)
{
    // Prefer the business-scoped user id: Meta may withhold the phone number for username users.
    struct Stored
    {
        qint64 id = 0;
        QString waId, userId, phone, name;
    } stored;
    auto lookup = [&](const char *column, const QString &value) {
        Statement &q = m_db.prepared(
            QStringLiteral("SELECT id, wa_id, user_id, phone, name FROM contacts WHERE %1 = ?")
                .arg(QLatin1String(column)));
        q.addBindValue(value);
        if (execOrError(q) && q.next())
            stored = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString()};
        q.finish();
    };
    if (!info.userId.isEmpty())
        lookup("user_id", info.userId);
    if (stored.id == 0 && !info.waId.isEmpty())
        lookup("wa_id", info.waId);
    // One person, two wa_ids: Meta writes Mexican mobiles as 521XXXXXXXXXX and 52XXXXXXXXXX;
    // both normalise to the same E.164 number, so the second joins the first contact.
    if (stored.id == 0 && !info.phone.isEmpty())
        lookup("phone", info.phone);
    if (stored.id == 0) {
        Statement &ins = m_db.prepared(
            QStringLiteral("INSERT INTO contacts (wa_id, user_id, phone, name, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        ins.addBindValue(nullable(info.waId));
        ins.addBindValue(nullable(info.userId));
        ins.addBindValue(nullable(info.phone));
        ins.addBindValue(notNull(info.name));
        ins.addBindValue(now);
        ins.addBindValue(now);
        if (!execOrError(ins) || !ins.next())
            return 0;
        const qint64 id = ins.value(0).toLongLong();
        ins.finish();
        if (result)
            *result = info;
        return id;
    }
    // Write only when Meta told us something new (a changed profile name, a first user id).
    const bool changed = (!info.name.isEmpty() && info.name != stored.name) ||
                         (!info.userId.isEmpty() && stored.userId.isEmpty()) ||
                         (!info.waId.isEmpty() && stored.waId.isEmpty()) ||
                         (!info.phone.isEmpty() && stored.phone.isEmpty());
    if (changed) {
        Statement &up = m_db.prepared(
            QStringLiteral("UPDATE contacts SET name = CASE WHEN ? <> '' THEN ? ELSE name END, "
                           "user_id = COALESCE(user_id, ?), wa_id = COALESCE(wa_id, ?), phone = "
                           "COALESCE(phone, ?), "
                           "updated_at = ? WHERE id = ? RETURNING wa_id, user_id, phone, name"));
        up.addBindValue(notNull(info.name));
        up.addBindValue(notNull(info.name));
        up.addBindValue(nullable(info.userId));
        up.addBindValue(nullable(info.waId));
        up.addBindValue(nullable(info.phone));
        up.addBindValue(now);
        up.addBindValue(stored.id);
        if (execOrError(up) && up.next())
            stored = {stored.id, up.value(0).toString(), up.value(1).toString(),
                      up.value(2).toString(), up.value(3).toString()};
        up.finish();
    }
    if (result)
        *result = {stored.waId, stored.userId, stored.phone, stored.name};
    return stored.id;
}

qint64 ConversationStore::conversationForInbound(qint64 contactId, qint64 now, bool *created,
                                                 bool *reopened)
{
    *created = false;
    *reopened = false;
    // MAX(id) reads the few index entries of the contact; ORDER BY id DESC LIMIT 1 sorted them
    // in a temporary B-tree first (conversations_contact is on contact_id, status).
    Statement &q = m_db.prepared(
        QStringLiteral("SELECT id, status FROM conversations WHERE id = (SELECT MAX(id) FROM "
                       "conversations WHERE contact_id = ?)"));
    q.addBindValue(contactId);
    if (execOrError(q) && q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString status = q.value(1).toString();
        q.finish();
        if (status == QLatin1String("active"))
            return id;
        if (status == QLatin1String("archived")) {
            setStatus(id, ConversationStatus::Active);
            *reopened = true;
            return id;
        }
        // closed: never reopened; a new conversation starts below
    }
    q.finish();
    Statement &ins = m_db.prepared(
        QStringLiteral("INSERT INTO conversations (contact_id, status, last_message_at, "
                       "created_at) VALUES (?, 'active', ?, ?) RETURNING id"));
    ins.addBindValue(contactId);
    ins.addBindValue(now);
    ins.addBindValue(now);
    if (!execOrError(ins) || !ins.next())
        return 0;
    const qint64 id = ins.value(0).toLongLong();
    ins.finish();
    *created = true;
    return id;
}

qint64 ConversationStore::conversationForOutbound(qint64 contactId, qint64 now)
{
    Statement &q =
        m_db.prepared(QStringLiteral("SELECT id FROM conversations WHERE id = (SELECT MAX(id) FROM "
                                     "conversations WHERE contact_id = ? AND status <> 'closed')"));
    q.addBindValue(contactId);
    if (execOrError(q) && q.next()) {
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        return id;
    }
    q.finish();
    Statement &ins = m_db.prepared(
        QStringLiteral("INSERT INTO conversations (contact_id, status, last_message_at, "
                       "created_at) VALUES (?, 'active', ?, ?) RETURNING id"));
    ins.addBindValue(contactId);
    ins.addBindValue(now);
    ins.addBindValue(now);
    if (!execOrError(ins) || !ins.next())
        return 0;
    const qint64 id = ins.value(0).toLongLong();
    ins.finish();
    return id;
}

std::optional<Conversation> ConversationStore::get(qint64 id)
{
    Statement &q = m_db.prepared(kSelect + QStringLiteral("WHERE c.id = ?"));
    q.addBindValue(id);
    if (!execOrError(q) || !q.next())
        return std::nullopt;
    Conversation c = readConversation(q);
    q.finish();
    return c;
}

QList<Conversation> ConversationStore::list(const ConversationFilter &f)
{
    QString sql = kSelect + QStringLiteral("WHERE 1 = 1 ");
    QVariantList binds;
    if (!f.status.isEmpty() && f.status != QLatin1String("all")) {
        sql += QStringLiteral("AND c.status = ? ");
        binds << f.status;
    }
    if (f.assignee == QLatin1String("unassigned")) {
        sql += QStringLiteral("AND c.assignee IS NULL ");
    } else if (!f.assignee.isEmpty()) {
        sql += QStringLiteral("AND c.assignee = ? ");
        binds << f.assignee;
    }
    if (!f.search.isEmpty()) {
        const QString like = QLatin1Char('%') + f.search.toLower() + QLatin1Char('%');
        sql += QStringLiteral(
            "AND (LOWER(k.name) LIKE ? OR k.phone LIKE ? OR k.wa_id LIKE ? OR "
            "LOWER(c.last_preview) LIKE ? "
            "OR c.service_request_id LIKE ? OR EXISTS (SELECT 1 FROM messages m WHERE "
            "m.conversation_id = c.id AND LOWER(m.body) LIKE ?)) ");
        binds << like << like << like << like << like << like;
    }
    if (f.cursorTime > 0) {
        sql +=
            QStringLiteral("AND (c.last_message_at < ? OR (c.last_message_at = ? AND c.id < ?)) ");
        binds << f.cursorTime << f.cursorTime << f.cursorId;
    }
    sql += QStringLiteral("ORDER BY c.last_message_at DESC, c.id DESC LIMIT ?");
    binds << f.limit;
    Statement &q = m_db.prepared(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<Conversation> out;
    if (!execOrError(q))
        return out;
    while (q.next())
        out.append(readConversation(q));
    q.finish();
    return out;
}

std::optional<ContactInfo> ConversationStore::contactOf(qint64 conversationId)
{
    Statement &q = m_db.prepared(
        QStringLiteral("SELECT k.wa_id, k.user_id, k.phone, k.name FROM conversations c JOIN "
                       "contacts k ON k.id = c.contact_id WHERE c.id = ?"));
    q.addBindValue(conversationId);
    if (!execOrError(q) || !q.next())
        return std::nullopt;
    ContactInfo info{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()};
    q.finish();
    return info;
}

std::optional<Conversation> ConversationStore::recordInbound(qint64 id, const QString &preview,
                                                             qint64 messageTime,
                                                             const QString &language, qint64 seq,
                                                             const ContactInfo &contact)
{
    // The window counts from the customer's own message time; a redelivered older message never
    // moves it backwards.
    Statement &q = m_db.prepared(
        QStringLiteral(
            "UPDATE conversations SET unread_count = unread_count + 1, last_preview = ?, "
            "last_message_at = CASE WHEN last_message_at > ? THEN last_message_at ELSE ? END, "
            "last_inbound_at = CASE WHEN last_inbound_at IS NULL OR last_inbound_at < ? THEN ? "
            "ELSE last_inbound_at END, "
            "language = CASE WHEN ? <> '' THEN ? ELSE language END, seq = ? WHERE id = ? "
            "RETURNING ") +
        kOwnColumns);
    q.addBindValue(notNull(preview.left(200)));
    q.addBindValue(messageTime);
    q.addBindValue(messageTime);
    q.addBindValue(messageTime);
    q.addBindValue(messageTime);
    q.addBindValue(notNull(language));
    q.addBindValue(notNull(language));
    q.addBindValue(seq);
    q.addBindValue(id);
    if (!execOrError(q) || !q.next())
        return std::nullopt;
    Conversation c = readConversation(q, &contact);
    q.finish();
    return c;
}

bool ConversationStore::recordOutbound(qint64 id, const QString &preview, qint64 messageTime)
{
    Statement &q = m_db.prepared(QStringLiteral("UPDATE conversations SET last_preview = ?, "
                                                "last_message_at = CASE WHEN last_message_at > ? "
                                                "THEN last_message_at ELSE ? END WHERE id = ?"));
    q.addBindValue(notNull(preview.left(200)));
    q.addBindValue(messageTime);
    q.addBindValue(messageTime);
    q.addBindValue(id);
    return execOrError(q);
}

bool ConversationStore::setAssignee(qint64 id, const QString &assignee)
{
    Statement &q =
        m_db.prepared(QStringLiteral("UPDATE conversations SET assignee = ? WHERE id = ?"));
    q.addBindValue(nullable(assignee));
    q.addBindValue(id);
    return execOrError(q) && q.numRowsAffected() == 1;
}

bool ConversationStore::setServiceRequest(qint64 id, const QString &requestId)
{
    Statement &q = m_db.prepared(
        QStringLiteral("UPDATE conversations SET service_request_id = ? WHERE id = ?"));
    q.addBindValue(nullable(requestId));
    q.addBindValue(id);
    return execOrError(q) && q.numRowsAffected() == 1;
}

bool ConversationStore::setStatus(qint64 id, ConversationStatus status)
{
    Statement &q =
        m_db.prepared(QStringLiteral("UPDATE conversations SET status = ? WHERE id = ?"));
    q.addBindValue(domain::toString(status));
    q.addBindValue(id);
    return execOrError(q) && q.numRowsAffected() == 1;
}

bool ConversationStore::markRead(qint64 id)
{
    Statement &q =
        m_db.prepared(QStringLiteral("UPDATE conversations SET unread_count = 0 WHERE id = ?"));
    q.addBindValue(id);
    return execOrError(q) && q.numRowsAffected() == 1;
}

bool ConversationStore::setSeq(qint64 id, qint64 seq)
{
    Statement &q = m_db.prepared(QStringLiteral("UPDATE conversations SET seq = ? WHERE id = ?"));
    q.addBindValue(seq);
    q.addBindValue(id);
    return execOrError(q);
}

qint64 ConversationStore::totalCount()
{
    Statement &q = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM conversations"));
    if (!execOrError(q) || !q.next())
        return 0;
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

} // namespace recado::relay
