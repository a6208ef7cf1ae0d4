// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/review/DraftStore.h"

#include "relay/store/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace recado::relay::review {

namespace {

// The customer's name comes along for the supervisor view.
const QString kSelect = QStringLiteral(
    "SELECT d.id, d.conversation_id, d.message_id, d.status, d.result, d.created_at, d.decided_at, "
    "d.decided_by, d.sent_message_id, d.sent_text, d.edit_distance, d.reject_reason, d.note, "
    "d.marked_wrong_at, d.marked_wrong_by, d.marked_wrong_note, k.name "
    "FROM drafts d JOIN conversations c ON c.id = d.conversation_id JOIN contacts k ON k.id = "
    "c.contact_id ");

QDateTime timeOrInvalid(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableDistance(int distance)
{
    return distance >= 0 ? QVariant(distance) : QVariant(QMetaType::fromType<int>());
}

DraftRecord readDraft(const Statement &q)
{
    DraftRecord d;
    d.id = q.value(0).toLongLong();
    d.conversationId = q.value(1).toLongLong();
    d.messageId = q.value(2).toLongLong();
    d.status = draftStatusFromString(q.value(3).toString()).value_or(DraftStatus::Pending);
    d.result = drafts::DraftResult::fromJson(
        QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
    d.createdAt = timeOrInvalid(q.value(5));
    d.decidedAt = timeOrInvalid(q.value(6));
    d.decidedBy = q.value(7).toString();
    d.sentMessageId = q.value(8).isNull() ? 0 : q.value(8).toLongLong();
    d.sentText = q.value(9).toString();
    d.editDistance = q.value(10).isNull() ? -1 : q.value(10).toInt();
    d.rejectReason = q.value(11).toString();
    d.note = q.value(12).toString();
    d.markedWrongAt = timeOrInvalid(q.value(13));
    d.markedWrongBy = q.value(14).toString();
    d.markedWrongNote = q.value(15).toString();
    d.customerName = q.value(16).toString();
    return d;
}

} // namespace

qint64 DraftStore::insert(const DraftRecord &d)
{
    Statement &q = m_db.prepared(QStringLiteral(
        "INSERT INTO drafts (conversation_id, message_id, status, intent, confidence, lang, reply, "
        "escalate, "
        "escalation_reason, drafter, result, created_at, decided_at, decided_by, sent_message_id, "
        "sent_text, "
        "edit_distance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(d.conversationId);
    q.addBindValue(d.messageId);
    q.addBindValue(toString(d.status));
    q.addBindValue(drafts::intentName(d.result.intent));
    q.addBindValue(d.result.confidence);
    q.addBindValue(notNull(d.result.lang));
    q.addBindValue(notNull(d.result.reply));
    q.addBindValue(d.result.escalate ? 1 : 0);
    q.addBindValue(notNull(d.result.escalationReason()));
    q.addBindValue(notNull(d.result.drafter));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(d.result.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(d.createdAt.toMSecsSinceEpoch());
    q.addBindValue(nullableTime(d.decidedAt));
    q.addBindValue(notNull(d.decidedBy));
    q.addBindValue(nullableId(d.sentMessageId));
    q.addBindValue(notNull(d.sentText));
    q.addBindValue(nullableDistance(d.editDistance));
    if (!execOrError(q) || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

QList<DraftRecord> DraftStore::select(const QString &where, const QVariantList &values)
{
    // Cached per connection: the WHERE clauses are a small fixed set (filters are bound).
    Statement &q = m_db.prepared(kSelect + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<DraftRecord> out;
    if (!execOrError(q))
        return out;
    while (q.next())
        out.append(readDraft(q));
    q.finish();
    return out;
}

bool DraftStore::exists(const QString &where, const QVariantList &values)
{
    Statement &q = m_db.prepared(QStringLiteral("SELECT 1 FROM drafts ") + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    const bool found = execOrError(q) && q.next();
    q.finish();
    return found;
}

bool DraftStore::hasDraftFor(qint64 messageId)
{
    return exists(QStringLiteral("WHERE message_id = ?"), {messageId});
}

std::optional<DraftRecord> DraftStore::get(qint64 id)
{
    const auto rows = select(QStringLiteral("WHERE d.id = ?"), {id});
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<DraftRecord> DraftStore::byMessage(qint64 messageId)
{
    const auto rows = select(QStringLiteral("WHERE d.message_id = ?"), {messageId});
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<DraftRecord> DraftStore::pending(qint64 conversationId)
{
    // Most conversations have none: a cheap index probe before the full row.
    if (!exists(QStringLiteral("WHERE conversation_id = ? AND status = 'pending'"),
                {conversationId}))
        return std::nullopt;
    const auto rows = select(QStringLiteral("WHERE d.conversation_id = ? AND d.status = 'pending'"),
                             {conversationId});
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

QList<DraftRecord> DraftStore::list(const DraftFilter &f, bool *more)
{
    QStringList where;
    QVariantList values;
    auto add = [&](const QString &clause, const QVariant &value) {
        where.append(clause);
        values.append(value);
    };
    if (!f.intent.isEmpty())
        add(QStringLiteral("d.intent = ?"), f.intent);
    if (f.status)
        add(QStringLiteral("d.status = ?"), toString(*f.status));
    if (!f.agent.isEmpty())
        add(QStringLiteral("d.decided_by = ?"), f.agent);
    if (f.escalated)
        add(QStringLiteral("d.escalate = ?"), *f.escalated ? 1 : 0);
    if (f.markedWrongOnly)
        where.append(QStringLiteral("d.marked_wrong_at IS NOT NULL"));
    if (f.conversationId > 0)
        add(QStringLiteral("d.conversation_id = ?"), f.conversationId);
    if (f.fromMs > 0)
        add(QStringLiteral("d.created_at >= ?"), f.fromMs);
    if (f.toMs > 0)
        add(QStringLiteral("d.created_at < ?"), f.toMs);
    if (f.beforeId > 0)
        add(QStringLiteral("d.id < ?"), f.beforeId);
    const int limit = qBound(1, f.limit, 500);
    values.append(limit + 1);
    QList<DraftRecord> rows =
        select((where.isEmpty() ? QString()
                                : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
                   QStringLiteral(" ORDER BY d.id DESC LIMIT ?"),
               values);
    if (more)
        *more = rows.size() > limit;
    if (rows.size() > limit)
        rows.resize(limit);
    return rows;
}

QList<DraftRecord> DraftStore::createdBetween(qint64 fromMs, qint64 toMs)
{
    return select(
        QStringLiteral("WHERE d.created_at >= ? AND d.created_at < ? ORDER BY d.created_at, d.id"),
        {fromMs, toMs});
}

bool DraftStore::decide(const DraftRecord &d)
{
    Statement &q = m_db.prepared(QStringLiteral(
        "UPDATE drafts SET status = ?, decided_at = ?, decided_by = ?, sent_message_id = ?, "
        "sent_text = ?, "
        "edit_distance = ?, reject_reason = ?, note = ? WHERE id = ? AND status = 'pending'"));
    q.addBindValue(toString(d.status));
    q.addBindValue(nullableTime(d.decidedAt));
    q.addBindValue(notNull(d.decidedBy));
    q.addBindValue(nullableId(d.sentMessageId));
    q.addBindValue(notNull(d.sentText));
    q.addBindValue(nullableDistance(d.editDistance));
    q.addBindValue(notNull(d.rejectReason));
    q.addBindValue(notNull(d.note));
    q.addBindValue(d.id);
    if (!execOrError(q))
        return false;
    const bool changed = q.numRowsAffected() == 1;
    q.finish();
    return changed;
}

bool DraftStore::markWrong(qint64 id, const QString &by, qint64 atMs, const QString &note)
{
    Statement &q = m_db.prepared(QStringLiteral(
        "UPDATE drafts SET marked_wrong_at = ?, marked_wrong_by = ?, marked_wrong_note = ? "
        "WHERE id = ? AND status = 'auto_sent' AND marked_wrong_at IS NULL"));
    q.addBindValue(atMs);
    q.addBindValue(notNull(by));
    q.addBindValue(notNull(note));
    q.addBindValue(id);
    if (!execOrError(q))
        return false;
    const bool changed = q.numRowsAffected() == 1;
    q.finish();
    return changed;
}

bool DraftStore::addDecision(const DraftDecision &d)
{
    Statement &q = m_db.prepared(QStringLiteral(
        "INSERT INTO draft_decisions (draft_id, conversation_id, action, actor, at, draft_text, "
        "sent_text, "
        "sent_message_id, edit_distance, reason, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(d.draftId);
    q.addBindValue(d.conversationId);
    q.addBindValue(d.action);
    q.addBindValue(notNull(d.actor));
    q.addBindValue(d.at.toMSecsSinceEpoch());
    q.addBindValue(notNull(d.draftText));
    q.addBindValue(notNull(d.sentText));
    q.addBindValue(nullableId(d.sentMessageId));
    q.addBindValue(nullableDistance(d.editDistance));
    q.addBindValue(notNull(d.reason));
    q.addBindValue(notNull(d.note));
    return execOrError(q);
}

QList<DraftDecision> DraftStore::decisions(qint64 draftId)
{
    Statement &q = m_db.prepared(QStringLiteral(
        "SELECT id, draft_id, conversation_id, action, actor, at, draft_text, sent_text, "
        "sent_message_id, "
        "edit_distance, reason, note FROM draft_decisions WHERE draft_id = ? ORDER BY id"));
    q.addBindValue(draftId);
    QList<DraftDecision> out;
    if (!execOrError(q))
        return out;
    while (q.next()) {
        DraftDecision d;
        d.id = q.value(0).toLongLong();
        d.draftId = q.value(1).toLongLong();
        d.conversationId = q.value(2).toLongLong();
        d.action = q.value(3).toString();
        d.actor = q.value(4).toString();
        d.at = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
        d.draftText = q.value(6).toString();
        d.sentText = q.value(7).toString();
        d.sentMessageId = q.value(8).isNull() ? 0 : q.value(8).toLongLong();
        d.editDistance = q.value(9).isNull() ? -1 : q.value(9).toInt();
        d.reason = q.value(10).toString();
        d.note = q.value(11).toString();
        out.append(d);
    }
    q.finish();
    return out;
}

} // namespace recado::relay::review
