// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ConversationTable.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace recado::sync {

using namespace recado::domain;

namespace {
const char kColumns[] =
    "id, contact_id, customer_name, phone, wa_id, user_id, status, assignee, service_request_id,"
    " unread_count, last_preview, last_message_at, last_inbound_at, language, seq";

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

//! NOT NULL text columns: a null QString would bind as SQL NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QDateTime fromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

//! Appends the WHERE clause for `f` and its bound values.
QString whereFor(const ConversationFilter &f, QVariantList &binds)
{
    QStringList parts;
    if (f.status) {
        parts << QStringLiteral("status = ?");
        binds << toString(*f.status);
    }
    switch (f.assignee) {
    case ConversationFilter::Assignee::All:
        break;
    case ConversationFilter::Assignee::Mine:
        parts << QStringLiteral("assignee = ?");
        binds << (f.me.isEmpty() ? QStringLiteral("\x01") : f.me); // nobody is "mine" unnamed
        break;
    case ConversationFilter::Assignee::Unassigned:
        parts << QStringLiteral("assignee = ''");
        break;
    }
    const QString folded = f.foldedText();
    if (!folded.isEmpty()) {
        parts << QStringLiteral("instr(search, ?) > 0");
        binds << folded;
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}
} // namespace

ConversationTable::ConversationTable(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool ConversationTable::fail(const QSqlQuery &q)
{
    m_error = q.lastError().text();
    return false;
}

Conversation ConversationTable::fromRow(const QSqlQuery &q)
{
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.contactId = q.value(1).toLongLong();
    c.customerName = q.value(2).toString();
    c.phone = q.value(3).toString();
    c.waId = q.value(4).toString();
    c.userId = q.value(5).toString();
    c.status = conversationStatusFromString(q.value(6).toString());
    c.assignee = q.value(7).toString();
    c.serviceRequestId = q.value(8).toString();
    c.unreadCount = q.value(9).toInt();
    c.lastPreview = q.value(10).toString();
    c.lastMessageAt = fromMs(q.value(11).toLongLong());
    c.lastInboundAt = fromMs(q.value(12).toLongLong());
    c.language = q.value(13).toString();
    c.seq = q.value(14).toLongLong();
    return c;
}

bool ConversationTable::upsert(const Conversation &c, Change *change)
{
    if (change)
        *change = Change::None;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT seq FROM conversations WHERE id = ?"));
    q.addBindValue(c.id);
    if (!q.exec())
        return fail(q);
    const bool exists = q.next();
    // seq 0 means the sender did not say (an older relay answer): take it as current.
    if (exists && c.seq > 0 && q.value(0).toLongLong() > c.seq)
        return true; // we already hold a newer state
    q.finish();
    q.prepare(
        QStringLiteral(
            "INSERT INTO conversations(%1, search) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(id) DO UPDATE SET contact_id=excluded.contact_id,"
            " customer_name=excluded.customer_name, phone=excluded.phone, wa_id=excluded.wa_id,"
            " user_id=excluded.user_id, status=excluded.status, assignee=excluded.assignee,"
            " service_request_id=excluded.service_request_id, unread_count=excluded.unread_count,"
            " last_preview=excluded.last_preview, last_message_at=excluded.last_message_at,"
            " last_inbound_at=excluded.last_inbound_at, language=excluded.language,"
            " seq=excluded.seq, search=excluded.search")
            .arg(QLatin1String(kColumns)));
    q.addBindValue(c.id);
    q.addBindValue(c.contactId);
    q.addBindValue(text(c.customerName));
    q.addBindValue(text(c.phone));
    q.addBindValue(text(c.waId));
    q.addBindValue(text(c.userId));
    q.addBindValue(toString(c.status));
    q.addBindValue(text(c.assignee));
    q.addBindValue(text(c.serviceRequestId));
    q.addBindValue(c.unreadCount);
    q.addBindValue(text(c.lastPreview));
    q.addBindValue(toMs(c.lastMessageAt));
    q.addBindValue(toMs(c.lastInboundAt));
    q.addBindValue(text(c.language));
    q.addBindValue(c.seq);
    q.addBindValue(ConversationFilter::searchText(c));
    if (!q.exec())
        return fail(q);
    if (change)
        *change = exists ? Change::Updated : Change::Inserted;
    return true;
}

std::optional<Conversation> ConversationTable::get(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM conversations WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<Conversation> ConversationTable::page(const ConversationFilter &filter,
                                            const std::optional<ConversationKey> &after,
                                            int limit) const
{
    QVariantList binds;
    QString where = whereFor(filter, binds);
    if (after) {
        where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        where += QStringLiteral("(last_message_at, id) < (?, ?)");
        binds << after->lastMessageAtMs << after->id;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM conversations%2"
                             " ORDER BY last_message_at DESC, id DESC LIMIT %3")
                  .arg(QLatin1String(kColumns), where)
                  .arg(limit));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QList<Conversation> out;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    out.reserve(limit);
    while (q.next())
        out.append(fromRow(q));
    return out;
}

int ConversationTable::count(const ConversationFilter &filter) const
{
    QVariantList binds;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM conversations") + whereFor(filter, binds));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return 0;
    }
    return q.value(0).toInt();
}

int ConversationTable::totalUnread() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(sum(unread_count), 0) FROM conversations"
                               " WHERE unread_count > 0 AND status != 'closed'")) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

bool ConversationTable::setUnread(qint64 id, int unread)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversations SET unread_count = ? WHERE id = ?"));
    q.addBindValue(unread);
    q.addBindValue(id);
    return q.exec() || fail(q);
}

bool ConversationTable::historyComplete(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT history_complete FROM conversations WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

bool ConversationTable::setHistoryComplete(qint64 id, bool complete)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversations SET history_complete = ? WHERE id = ?"));
    q.addBindValue(complete ? 1 : 0);
    q.addBindValue(id);
    return q.exec() || fail(q);
}

QSet<qint64> ConversationTable::ids() const
{
    QSet<qint64> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id FROM conversations"))) {
        while (q.next())
            out.insert(q.value(0).toLongLong());
    }
    return out;
}

bool ConversationTable::removeExcept(const QSet<qint64> &keep)
{
    const QSet<qint64> gone = ids() - keep;
    QSqlQuery del(m_db);
    QSqlQuery delMsgs(m_db);
    del.prepare(QStringLiteral("DELETE FROM conversations WHERE id = ?"));
    delMsgs.prepare(QStringLiteral("DELETE FROM messages WHERE conversation_id = ?"));
    for (qint64 id : gone) {
        del.addBindValue(id);
        delMsgs.addBindValue(id);
        if (!del.exec())
            return fail(del);
        if (!delMsgs.exec())
            return fail(delMsgs);
    }
    return true;
}

} // namespace recado::sync
