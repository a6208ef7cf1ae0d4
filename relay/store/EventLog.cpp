// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/store/EventLog.h"

#include "core/protocol/JsonWriter.h"
#include "relay/store/Database.h"

#include <QDateTime>
#include <QJsonDocument>

namespace recado::relay {

qint64 EventLog::reserve()
{
    return m_db.nextEventSeq();
}

bool EventLog::write(domain::Event &e)
{
    if (e.payloadJson.isEmpty()) // kept on the event: the stream sends these same bytes
        e.payloadJson = protocol::compactJson(e.payload);
    Statement &ins = m_db.prepared(QStringLiteral("INSERT INTO events (seq, type, conversation_id, "
                                                  "payload, created_at) VALUES (?, ?, ?, ?, ?)"));
    ins.addBindValue(e.seq);
    ins.addBindValue(e.type);
    ins.addBindValue(e.conversationId);
    ins.addBindUtf8(e.payloadJson);
    ins.addBindValue(e.createdAt.toMSecsSinceEpoch());
    return execOrError(ins);
}

domain::Event EventLog::append(const QString &type, qint64 conversationId,
                               const QJsonObject &payload)
{
    domain::Event e;
    e.seq = reserve();
    if (e.seq == 0)
        return e;
    e.type = type;
    e.conversationId = conversationId;
    e.payload = payload;
    e.createdAt = QDateTime::currentDateTimeUtc();
    if (!write(e))
        e.seq = 0;
    return e;
}

QList<domain::Event> EventLog::after(qint64 seq, int limit)
{
    QList<domain::Event> out;
    Statement &q =
        m_db.prepared(QStringLiteral("SELECT seq, type, conversation_id, payload, created_at FROM "
                                     "events WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(seq);
    q.addBindValue(limit);
    if (!execOrError(q))
        return out;
    while (q.next()) {
        domain::Event e;
        e.seq = q.value(0).toLongLong();
        e.type = q.value(1).toString();
        e.conversationId = q.value(2).toLongLong();
        e.payloadJson = q.value(3).toString().toUtf8();
        e.payload = QJsonDocument::fromJson(e.payloadJson).object();
        e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
        out.append(e);
    }
    q.finish();
    return out;
}

qint64 EventLog::lastSeq()
{
    Statement &q =
        m_db.prepared(QStringLiteral("SELECT value FROM counters WHERE name = 'event_seq'"));
    if (!execOrError(q) || !q.next())
        return 0;
    const qint64 v = q.value(0).toLongLong();
    q.finish();
    return v;
}

qint64 EventLog::firstSeq()
{
    Statement &q = m_db.prepared(QStringLiteral("SELECT MIN(seq) FROM events"));
    if (!execOrError(q) || !q.next())
        return 0;
    const qint64 v = q.value(0).toLongLong();
    q.finish();
    return v;
}

int EventLog::prune(qint64 keep)
{
    const qint64 cutoff = lastSeq() - keep;
    if (cutoff <= 0)
        return 0;
    Statement &q = m_db.prepared(QStringLiteral("DELETE FROM events WHERE seq <= ?"));
    q.addBindValue(cutoff);
    if (!execOrError(q))
        return 0;
    return q.numRowsAffected();
}

} // namespace recado::relay
