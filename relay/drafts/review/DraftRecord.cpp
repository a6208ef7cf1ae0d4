// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/review/DraftRecord.h"

#include "core/protocol/JsonCodec.h"

namespace recado::relay::review {

namespace {

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(protocol::toIsoTime(t)) : QJsonValue();
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(double(id)) : QJsonValue();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QJsonObject DraftRecord::toJson(const QString &blockedReason) const
{
    // The drafter's answer (intent, confidence, lang, reply, sources, entities, escalation,
    // grounded, drafter, fallback_reason) with the review state around it. "text" is the draft
    // reply under the name clients use for messages.
    QJsonObject o = result.toJson();
    o.insert(QStringLiteral("id"), double(id));
    o.insert(QStringLiteral("conversation_id"), double(conversationId));
    o.insert(QStringLiteral("message_id"), double(messageId));
    o.insert(QStringLiteral("status"), toString(status));
    o.insert(QStringLiteral("text"), result.reply);
    o.insert(QStringLiteral("created_at"), timeOrNull(createdAt));
    o.insert(QStringLiteral("decided_at"), timeOrNull(decidedAt));
    o.insert(QStringLiteral("decided_by"), textOrNull(decidedBy));
    o.insert(QStringLiteral("sent_message_id"), idOrNull(sentMessageId));
    o.insert(QStringLiteral("sent_text"), sentMessageId > 0 ? QJsonValue(sentText) : QJsonValue());
    o.insert(QStringLiteral("edit_distance"),
             editDistance >= 0 ? QJsonValue(editDistance) : QJsonValue());
    o.insert(QStringLiteral("auto_sent"), status == DraftStatus::AutoSent);
    o.insert(QStringLiteral("reject_reason"), textOrNull(rejectReason));
    o.insert(QStringLiteral("note"), textOrNull(note));
    o.insert(QStringLiteral("marked_wrong"), markedWrong());
    if (markedWrong()) {
        o.insert(QStringLiteral("marked_wrong_at"), timeOrNull(markedWrongAt));
        o.insert(QStringLiteral("marked_wrong_by"), markedWrongBy);
        o.insert(QStringLiteral("marked_wrong_note"), markedWrongNote);
    }
    o.insert(QStringLiteral("blocked_reason"), textOrNull(blockedReason));
    if (!customerName.isEmpty())
        o.insert(QStringLiteral("customer_name"), customerName);
    return o;
}

} // namespace recado::relay::review
