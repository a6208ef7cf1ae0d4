// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/MessageTable.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace recado::sync {

using namespace recado::domain;

namespace {
// m = the message, q = the message it quotes (same table).
const char kSelect[] =
    "SELECT m.local_id, m.id, m.client_id, m.conversation_id, m.wamid, m.direction, m.kind,"
    " m.text, m.content, m.status, m.ts, m.reply_to, m.forwarded, m.author, m.error_code,"
    " m.error_title, m.error_details, q.text, q.direction, m.media, m.reactions, q.kind"
    " FROM messages m LEFT JOIN messages q ON m.reply_to IS NOT NULL AND q.wamid = m.reply_to";

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant nullIfZero(qint64 v)
{
    return v == 0 ? QVariant() : QVariant(v);
}

CachedMessage fromRow(const QSqlQuery &q)
{
    CachedMessage c;
    c.localId = q.value(0).toLongLong();
    Message &m = c.message;
    m.id = q.value(1).toLongLong();
    m.clientId = q.value(2).toString();
    m.conversationId = q.value(3).toLongLong();
    m.wamid = q.value(4).toString();
    m.direction = directionFromString(q.value(5).toString());
    m.kind = q.value(6).toString();
    m.text = q.value(7).toString();
    const QByteArray content = q.value(8).toByteArray();
    if (!content.isEmpty())
        m.content = QJsonDocument::fromJson(content).object();
    m.status = deliveryStatusFromString(q.value(9).toString());
    m.timestamp = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    m.replyToWamid = q.value(11).toString();
    m.forwarded = q.value(12).toInt() != 0;
    m.author = q.value(13).toString();
    m.errorCode = q.value(14).toInt();
    m.errorTitle = q.value(15).toString();
    m.errorDetails = q.value(16).toString();
    c.quotedText = q.value(17).toString();
    c.quotedOutbound = q.value(18).toString() == QLatin1String("out");
    const QByteArray media = q.value(19).toByteArray();
    if (!media.isEmpty())
        m.media = QJsonDocument::fromJson(media).object();
    const QByteArray reactions = q.value(20).toByteArray();
    if (!reactions.isEmpty())
        m.reactions = QJsonDocument::fromJson(reactions).array();
    c.quotedKind = q.value(21).toString();
    return c;
}

void bindMessage(QSqlQuery &q, const Message &m)
{
    q.addBindValue(nullIfZero(m.id));
    q.addBindValue(nullIfEmpty(m.clientId));
    q.addBindValue(m.conversationId);
    q.addBindValue(nullIfEmpty(m.wamid));
    q.addBindValue(toString(m.direction));
    q.addBindValue(m.kind);
    q.addBindValue(m.text.isNull() ? QStringLiteral("") : m.text);
    q.addBindValue(m.content.isEmpty()
                       ? QVariant()
                       : QVariant(QJsonDocument(m.content).toJson(QJsonDocument::Compact)));
    q.addBindValue(toString(m.status));
    q.addBindValue(m.timestamp.isValid() ? m.timestamp.toMSecsSinceEpoch()
                                         : QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(nullIfEmpty(m.replyToWamid));
    q.addBindValue(m.forwarded ? 1 : 0);
    q.addBindValue(nullIfEmpty(m.author));
    q.addBindValue(m.errorCode);
    q.addBindValue(nullIfEmpty(m.errorTitle));
    q.addBindValue(nullIfEmpty(m.errorDetails));
    q.addBindValue(m.media.isEmpty()
                       ? QVariant()
                       : QVariant(QJsonDocument(m.media).toJson(QJsonDocument::Compact)));
    q.addBindValue(m.reactions.isEmpty()
                       ? QVariant()
                       : QVariant(QJsonDocument(m.reactions).toJson(QJsonDocument::Compact)));
}

const char kInsert[] =
    "INSERT INTO messages(id, client_id, conversation_id, wamid, direction, kind, text, content,"
    " status, ts, reply_to, forwarded, author, error_code, error_title, error_details, media,"
    " reactions) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
const char kUpdate[] =
    "UPDATE messages SET id=?, client_id=?, conversation_id=?, wamid=?, direction=?, kind=?,"
    " text=?, content=?, status=?, ts=?, reply_to=?, forwarded=?, author=?, error_code=?,"
    " error_title=?, error_details=?, media=?, reactions=? WHERE local_id=?";
} // namespace

MessageTable::MessageTable(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool MessageTable::fail(const QSqlQuery &q)
{
    m_error = q.lastError().text();
    return false;
}

MessageKey MessageTable::keyOf(const CachedMessage &m)
{
    return {m.message.timestamp.toMSecsSinceEpoch(), m.localId};
}

std::optional<CachedMessage> MessageTable::fetchOne(const QString &where,
                                                    const QVariant &value) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE ") + where);
    q.addBindValue(value);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<CachedMessage> MessageTable::get(qint64 localId) const
{
    return fetchOne(QStringLiteral("m.local_id = ?"), localId);
}

std::optional<CachedMessage> MessageTable::byClientId(const QString &clientId) const
{
    return fetchOne(QStringLiteral("m.client_id = ?"), clientId);
}

bool MessageTable::upsert(const Message &in, CachedMessage *stored, Change *change)
{
    if (change)
        *change = Change::None;
    std::optional<CachedMessage> existing;
    if (in.id != 0)
        existing = fetchOne(QStringLiteral("m.id = ?"), in.id);
    if (!existing && !in.clientId.isEmpty())
        existing = byClientId(in.clientId);

    QSqlQuery q(m_db);
    if (!existing) {
        q.prepare(QLatin1String(kInsert));
        bindMessage(q, in);
        if (!q.exec())
            return fail(q);
        if (change)
            *change = Change::Inserted;
        if (stored) {
            const auto row = get(q.lastInsertId().toLongLong());
            if (row)
                *stored = *row;
        }
        return true;
    }

    Message merged = in;
    const Message &old = existing->message;
    const bool retried =
        old.status == DeliveryStatus::Failed && in.status == DeliveryStatus::Queued;
    if (!retried && !isStatusAdvance(old.status, in.status) && old.status != in.status) {
        // Keep the further-along status (and its error) we already know.
        merged.status = old.status;
        merged.errorCode = old.errorCode;
        merged.errorTitle = old.errorTitle;
        merged.errorDetails = old.errorDetails;
    }
    if (merged.wamid.isEmpty())
        merged.wamid = old.wamid;
    if (merged.clientId.isEmpty())
        merged.clientId = old.clientId;
    q.prepare(QLatin1String(kUpdate));
    bindMessage(q, merged);
    q.addBindValue(existing->localId);
    if (!q.exec())
        return fail(q);
    if (change)
        *change = Change::Updated;
    if (stored) {
        const auto row = get(existing->localId);
        if (row)
            *stored = *row;
    }
    return true;
}

bool MessageTable::insertPending(const Message &m, CachedMessage *stored)
{
    Message p = m;
    p.id = 0;
    p.status = DeliveryStatus::Pending;
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(kInsert));
    bindMessage(q, p);
    if (!q.exec())
        return fail(q);
    if (stored) {
        const auto row = get(q.lastInsertId().toLongLong());
        if (row)
            *stored = *row;
    }
    return true;
}

bool MessageTable::setLocalFailure(const QString &clientId, const QString &reason,
                                   CachedMessage *stored)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE messages SET status = 'failed', error_code = 0,"
                             " error_title = ? WHERE client_id = ? AND id IS NULL"));
    q.addBindValue(reason);
    q.addBindValue(clientId);
    if (!q.exec())
        return fail(q);
    if (stored) {
        const auto row = byClientId(clientId);
        if (row)
            *stored = *row;
    }
    return true;
}

bool MessageTable::setPending(const QString &clientId, CachedMessage *stored)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE messages SET status = 'pending', error_code = 0,"
                             " error_title = NULL WHERE client_id = ? AND id IS NULL"));
    q.addBindValue(clientId);
    if (!q.exec())
        return fail(q);
    if (stored) {
        const auto row = byClientId(clientId);
        if (row)
            *stored = *row;
    }
    return true;
}

QList<CachedMessage> MessageTable::pageBefore(qint64 conversationId,
                                              const std::optional<MessageKey> &before,
                                              int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QLatin1String(kSelect) + QStringLiteral(" WHERE m.conversation_id = ?");
    if (before)
        sql += QStringLiteral(" AND (m.ts, m.local_id) < (?, ?)");
    sql += QStringLiteral(" ORDER BY m.ts DESC, m.local_id DESC LIMIT %1").arg(limit);
    q.prepare(sql);
    q.addBindValue(conversationId);
    if (before) {
        q.addBindValue(before->tsMs);
        q.addBindValue(before->localId);
    }
    QList<CachedMessage> out;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(fromRow(q));
    std::reverse(out.begin(), out.end());
    return out;
}

int MessageTable::count(qint64 conversationId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool MessageTable::hasMessages(qint64 conversationId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM messages WHERE conversation_id = ? LIMIT 1"));
    q.addBindValue(conversationId);
    return q.exec() && q.next();
}

bool MessageTable::containsRelayId(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM messages WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

qint64 MessageTable::oldestRelayId(qint64 conversationId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT min(id) FROM messages WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool MessageTable::clearRelayMessages()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("DELETE FROM messages WHERE id IS NOT NULL")) || fail(q);
}

} // namespace recado::sync
