// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/OutboxTable.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace recado::sync {

namespace {
const char kSelect[] =
    "SELECT client_id, conversation_id, text, reply_to, created_at, attempts,"
    " state, error, kind, content, attachment, attachment_mime, attachment_name FROM outbox";

OutboxEntry fromRow(const QSqlQuery &q)
{
    OutboxEntry e;
    e.clientId = q.value(0).toString();
    e.conversationId = q.value(1).toLongLong();
    e.text = q.value(2).toString();
    e.replyTo = q.value(3).toString();
    e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    e.attempts = q.value(5).toInt();
    e.state = q.value(6).toString() == QLatin1String("failed") ? OutboxEntry::State::Failed
                                                               : OutboxEntry::State::Pending;
    e.error = q.value(7).toString();
    e.kind = q.value(8).toString();
    if (e.kind.isEmpty())
        e.kind = QStringLiteral("text");
    const QByteArray content = q.value(9).toByteArray();
    if (!content.isEmpty())
        e.content = QJsonDocument::fromJson(content).object();
    e.attachmentPath = q.value(10).toString();
    e.attachmentMime = q.value(11).toString();
    e.attachmentName = q.value(12).toString();
    return e;
}
} // namespace

OutboxTable::OutboxTable(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool OutboxTable::fail(const QSqlQuery &q)
{
    m_error = q.lastError().text();
    return false;
}

bool OutboxTable::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec() || fail(q);
}

bool OutboxTable::add(const OutboxEntry &e)
{
    auto orNull = [](const QString &v) { return v.isEmpty() ? QVariant() : QVariant(v); };
    return exec(QStringLiteral("INSERT INTO outbox(client_id, conversation_id, text, reply_to,"
                               " created_at, attempts, state, error, kind, content, attachment,"
                               " attachment_mime, attachment_name)"
                               " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                {e.clientId, e.conversationId, e.text.isNull() ? QStringLiteral("") : e.text,
                 e.replyTo.isEmpty() ? QVariant() : QVariant(e.replyTo),
                 e.createdAt.toMSecsSinceEpoch(), e.attempts,
                 e.state == OutboxEntry::State::Failed ? QStringLiteral("failed")
                                                       : QStringLiteral("pending"),
                 e.error.isEmpty() ? QVariant() : QVariant(e.error), e.kind,
                 e.content.isEmpty()
                     ? QVariant()
                     : QVariant(QJsonDocument(e.content).toJson(QJsonDocument::Compact)),
                 orNull(e.attachmentPath), orNull(e.attachmentMime), orNull(e.attachmentName)});
}

bool OutboxTable::setContent(const QString &clientId, const QJsonObject &content)
{
    return exec(QStringLiteral("UPDATE outbox SET content = ? WHERE client_id = ?"),
                {QJsonDocument(content).toJson(QJsonDocument::Compact), clientId});
}

std::optional<OutboxEntry> OutboxTable::get(const QString &clientId) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE client_id = ?"));
    q.addBindValue(clientId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<OutboxEntry> OutboxTable::pending() const
{
    QList<OutboxEntry> out;
    QSqlQuery q(m_db);
    if (!q.exec(QLatin1String(kSelect) +
                QStringLiteral(" WHERE state = 'pending' ORDER BY created_at, client_id"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(fromRow(q));
    return out;
}

int OutboxTable::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool OutboxTable::recordAttempt(const QString &clientId)
{
    return exec(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE client_id = ?"),
                {clientId});
}

bool OutboxTable::markFailed(const QString &clientId, const QString &error)
{
    return exec(QStringLiteral("UPDATE outbox SET state = 'failed', error = ? WHERE client_id = ?"),
                {error, clientId});
}

bool OutboxTable::markPending(const QString &clientId)
{
    return exec(
        QStringLiteral("UPDATE outbox SET state = 'pending', error = NULL WHERE client_id = ?"),
        {clientId});
}

bool OutboxTable::remove(const QString &clientId)
{
    return exec(QStringLiteral("DELETE FROM outbox WHERE client_id = ?"), {clientId});
}

} // namespace recado::sync
