// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/store/MessageStore.h"

#include "core/protocol/JsonWriter.h"
#include "relay/store/Database.h"

#include <QDateTime>
#include <QJsonDocument>

#include <limits>

namespace recado::relay {

using domain::DeliveryStatus;
using domain::Message;

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, conversation_id, wamid, client_id, direction, kind, body, content, status, ts, "
    "reply_to, "
    "forwarded, author, error_code, error_title, error_details, media, reactions FROM messages ");

Message readMessage(Statement &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.wamid = q.value(2).toString();
    m.clientId = q.value(3).toString();
    m.direction = domain::directionFromString(q.value(4).toString());
    m.kind = q.value(5).toString();
    m.text = q.value(6).toString();
    m.content = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    m.status = domain::deliveryStatusFromString(q.value(8).toString());
    m.timestamp = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
    m.replyToWamid = q.value(10).toString();
    m.forwarded = q.value(11).toInt() != 0;
    m.author = q.value(12).toString();
    m.errorCode = q.value(13).toInt();
    m.errorTitle = q.value(14).toString();
    m.errorDetails = q.value(15).toString();
    m.media = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object();
    m.reactions = QJsonDocument::fromJson(q.value(17).toString().toUtf8()).array();
    return m;
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

void bindMessage(Statement &q, const Message &m, const QByteArray &contentJson)
{
    q.addBindValue(m.conversationId);
    q.addBindValue(nullable(m.wamid));
    q.addBindValue(nullable(m.clientId));
    q.addBindValue(domain::toString(m.direction));
    q.addBindValue(notNull(m.kind));
    q.addBindValue(notNull(m.text));
    q.addBindUtf8(contentJson);
    q.addBindValue(domain::toString(m.status));
    q.addBindValue(m.timestamp.toMSecsSinceEpoch());
    q.addBindValue(nullable(m.replyToWamid));
    q.addBindValue(m.forwarded ? 1 : 0);
    q.addBindValue(nullable(m.author));
    q.addBindValue(m.errorCode);
    q.addBindValue(notNull(m.errorTitle));
    q.addBindValue(notNull(m.errorDetails));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    // relay/media: file state and reactions, empty text when there are none
    q.addBindValue(m.media.isEmpty() ? QStringLiteral("")
                                     : QString::fromUtf8(protocol::compactJson(m.media)));
    q.addBindValue(m.reactions.isEmpty() ? QStringLiteral("")
                                         : QString::fromUtf8(protocol::compactJson(m.reactions)));
}

std::optional<Message> one(Statement &q)
{
    if (!execOrError(q) || !q.next())
        return std::nullopt;
    Message m = readMessage(q);
    q.finish();
    return m;
}
} // namespace

qint64 MessageStore::insertInbound(const Message &m, const QByteArray &contentJson, bool *failed)
{
    *failed = false;
    Statement &q =
        m_db.prepared(QStringLiteral("INSERT INTO messages (conversation_id, wamid, client_id, "
                                     "direction, kind, body, content, status, ts, "
                                     "reply_to, forwarded, author, error_code, error_title, "
                                     "error_details, created_at, media, reactions) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                     "?) ON CONFLICT (wamid) DO NOTHING RETURNING id"));
    bindMessage(q, m, contentJson);
    if (!execOrError(q)) {
        *failed = true;
        return 0;
    }
    if (!q.next())
        return 0; // duplicate wamid
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

qint64 MessageStore::insertOutbound(const Message &m)
{
    Statement &q = m_db.prepared(QStringLiteral(
        "INSERT INTO messages (conversation_id, wamid, client_id, direction, kind, body, content, "
        "status, ts, "
        "reply_to, forwarded, author, error_code, error_title, error_details, created_at, media, "
        "reactions) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindMessage(q, m, protocol::compactJson(m.content));
    if (!execOrError(q) || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

std::optional<Message> MessageStore::get(qint64 id)
{
    Statement &q = m_db.prepared(kSelect + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    return one(q);
}

std::optional<Message> MessageStore::byClientId(const QString &clientId)
{
    Statement &q = m_db.prepared(kSelect + QStringLiteral("WHERE client_id = ?"));
    q.addBindValue(clientId);
    return one(q);
}

std::optional<Message> MessageStore::byWamid(const QString &wamid)
{
    Statement &q = m_db.prepared(kSelect + QStringLiteral("WHERE wamid = ?"));
    q.addBindValue(wamid);
    return one(q);
}

bool MessageStore::hasWamid(const QString &wamid)
{
    Statement &q = m_db.prepared(QStringLiteral("SELECT 1 FROM messages WHERE wamid = ?"));
    q.addBindValue(wamid);
    const bool found = execOrError(q) && q.next();
    q.finish();
    return found;
}

QString MessageStore::newestInboundWamid(qint64 conversationId)
{
    Statement &q =
        m_db.prepared(QStringLiteral("SELECT wamid FROM messages WHERE conversation_id = ? AND "
                                     "direction = 'in' ORDER BY id DESC LIMIT 1"));
    q.addBindValue(conversationId);
    if (!execOrError(q) || !q.next())
        return {};
    const QString w = q.value(0).toString();
    q.finish();
    return w;
}

QList<Message> MessageStore::page(qint64 conversationId, qint64 beforeId, int limit, bool *hasMore)
{
    Statement &q = m_db.prepared(
        kSelect + QStringLiteral("WHERE conversation_id = ? AND id < ? ORDER BY id DESC LIMIT ?"));
    q.addBindValue(conversationId);
    q.addBindValue(beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    q.addBindValue(limit + 1);
    QList<Message> out;
    if (!execOrError(q))
        return out;
    while (q.next())
        out.prepend(readMessage(q));
    q.finish();
    *hasMore = out.size() > limit;
    if (*hasMore)
        out.removeFirst();
    return out;
}

std::optional<Message> MessageStore::applyStatus(qint64 id, DeliveryStatus status, int errorCode,
                                                 const QString &errorTitle,
                                                 const QString &errorDetails)
{
    auto current = get(id);
    if (!current || !domain::isStatusAdvance(current->status, status))
        return std::nullopt;
    Statement &q = m_db.prepared(QStringLiteral("UPDATE messages SET status = ?, error_code = ?, "
                                                "error_title = ?, error_details = ? WHERE id = ?"));
    q.addBindValue(domain::toString(status));
    q.addBindValue(status == DeliveryStatus::Failed ? errorCode : 0);
    q.addBindValue(notNull(status == DeliveryStatus::Failed ? errorTitle : QString()));
    q.addBindValue(notNull(status == DeliveryStatus::Failed ? errorDetails : QString()));
    q.addBindValue(id);
    if (!execOrError(q))
        return std::nullopt;
    current->status = status;
    current->errorCode = status == DeliveryStatus::Failed ? errorCode : 0;
    current->errorTitle = status == DeliveryStatus::Failed ? errorTitle : QString();
    current->errorDetails = status == DeliveryStatus::Failed ? errorDetails : QString();
    return current;
}

bool MessageStore::setWamid(qint64 id, const QString &wamid)
{
    Statement &q = m_db.prepared(QStringLiteral("UPDATE messages SET wamid = ? WHERE id = ?"));
    q.addBindValue(wamid);
    q.addBindValue(id);
    return execOrError(q);
}

bool MessageStore::setStatusForced(qint64 id, DeliveryStatus status)
{
    Statement &q =
        m_db.prepared(QStringLiteral("UPDATE messages SET status = ?, error_code = 0, error_title "
                                     "= '', error_details = '' WHERE id = ?"));
    q.addBindValue(domain::toString(status));
    q.addBindValue(id);
    return execOrError(q);
}

bool MessageStore::keepOrphanStatus(const QString &wamid, DeliveryStatus status, qint64 ts,
                                    int errorCode, const QString &errorTitle,
                                    const QString &errorDetails)
{
    Statement &q =
        m_db.prepared(QStringLiteral("INSERT INTO orphan_statuses (wamid, status, ts, error_code, "
                                     "error_title, error_details, received_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(wamid);
    q.addBindValue(domain::toString(status));
    q.addBindValue(ts);
    q.addBindValue(errorCode);
    q.addBindValue(notNull(errorTitle));
    q.addBindValue(notNull(errorDetails));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return execOrError(q);
}

QList<MessageStore::OrphanStatus> MessageStore::takeOrphanStatuses(const QString &wamid)
{
    QList<OrphanStatus> out;
    Statement &q =
        m_db.prepared(QStringLiteral("SELECT status, error_code, error_title, error_details FROM "
                                     "orphan_statuses WHERE wamid = ? ORDER BY id"));
    q.addBindValue(wamid);
    if (!execOrError(q))
        return out;
    while (q.next()) {
        out.append({domain::deliveryStatusFromString(q.value(0).toString()), q.value(1).toInt(),
                    q.value(2).toString(), q.value(3).toString()});
    }
    q.finish();
    if (!out.isEmpty()) {
        Statement &del =
            m_db.prepared(QStringLiteral("DELETE FROM orphan_statuses WHERE wamid = ?"));
        del.addBindValue(wamid);
        execOrError(del);
    }
    return out;
}

} // namespace recado::relay
