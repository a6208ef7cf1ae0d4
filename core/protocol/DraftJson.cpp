// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/DraftJson.h"

#include "core/protocol/JsonCodec.h"

#include <QJsonArray>

namespace recado::protocol {

using namespace recado::domain;

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 id(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

//! Null (unset) numbers read as `fallback`.
double number(const QJsonObject &o, const char *key, double fallback = -1)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : fallback;
}

QDateTime time(const QJsonObject &o, const char *key)
{
    const QString s = str(o, key);
    return s.isEmpty() ? QDateTime() : fromIsoTime(s);
}

} // namespace

Draft draftFromJson(const QJsonObject &o)
{
    Draft d;
    d.id = id(o, "id");
    d.conversationId = id(o, "conversation_id");
    d.messageId = id(o, "message_id");
    d.status = str(o, "status");
    d.intent = str(o, "intent");
    d.confidence = number(o, "confidence", 0);
    d.lang = str(o, "lang");
    d.text = o.contains(QLatin1String("text")) ? str(o, "text") : str(o, "reply");
    const QJsonArray sources = o.value(QLatin1String("sources")).toArray();
    for (const QJsonValue &v : sources) {
        const QJsonObject s = v.toObject();
        d.sources.append({str(s, "kind"), str(s, "id"), str(s, "title"), str(s, "text")});
    }
    const QJsonArray entities = o.value(QLatin1String("entities")).toArray();
    for (const QJsonValue &v : entities) {
        const QJsonObject e = v.toObject();
        d.entities.append({str(e, "type"), str(e, "text"), str(e, "value")});
    }
    d.escalate = o.value(QLatin1String("escalate")).toBool();
    d.escalationReason = str(o, "escalation_reason");
    for (const QJsonValue &v : o.value(QLatin1String("escalation_reasons")).toArray())
        d.escalationReasons.append(v.toString());
    if (d.escalationReason.isEmpty() && !d.escalationReasons.isEmpty())
        d.escalationReason = d.escalationReasons.first();
    d.grounded = o.value(QLatin1String("grounded")).toBool();
    d.drafter = str(o, "drafter");
    d.fallbackReason = str(o, "fallback_reason");
    d.createdAt = time(o, "created_at");
    d.decidedAt = time(o, "decided_at");
    d.decidedBy = str(o, "decided_by");
    d.sentMessageId = id(o, "sent_message_id");
    d.sentText = str(o, "sent_text");
    d.editDistance = int(number(o, "edit_distance", -1));
    d.autoSent = o.value(QLatin1String("auto_sent")).toBool();
    d.rejectReason = str(o, "reject_reason");
    d.note = str(o, "note");
    d.markedWrong = o.value(QLatin1String("marked_wrong")).toBool();
    d.markedWrongAt = time(o, "marked_wrong_at");
    d.markedWrongBy = str(o, "marked_wrong_by");
    d.markedWrongNote = str(o, "marked_wrong_note");
    d.blockedReason = str(o, "blocked_reason");
    d.customerName = str(o, "customer_name");
    return d;
}

DraftDecision draftDecisionFromJson(const QJsonObject &o)
{
    DraftDecision d;
    d.id = id(o, "id");
    d.action = str(o, "action");
    d.actor = str(o, "actor");
    d.at = time(o, "at");
    d.draftText = str(o, "draft_text");
    d.sentText = str(o, "sent_text");
    d.editDistance = int(number(o, "edit_distance", -1));
    d.reason = str(o, "reason");
    d.note = str(o, "note");
    return d;
}

DraftCounts draftCountsFromJson(const QJsonObject &o)
{
    DraftCounts c;
    c.day = QDate::fromString(str(o, "day"), Qt::ISODate);
    c.intent = str(o, "intent");
    c.produced = o.value(QLatin1String("produced")).toInt();
    c.approved = o.value(QLatin1String("approved")).toInt();
    c.edited = o.value(QLatin1String("edited")).toInt();
    c.meanEditDistance = number(o, "mean_edit_distance");
    c.rejected = o.value(QLatin1String("rejected")).toInt();
    const QJsonObject reasons = o.value(QLatin1String("reject_reasons")).toObject();
    for (auto it = reasons.begin(); it != reasons.end(); ++it)
        c.rejectReasons.insert(it.key(), it.value().toInt());
    c.autoSent = o.value(QLatin1String("auto_sent")).toInt();
    c.autoSentMarkedWrong = o.value(QLatin1String("auto_sent_marked_wrong")).toInt();
    c.escalated = o.value(QLatin1String("escalated")).toInt();
    c.superseded = o.value(QLatin1String("superseded")).toInt();
    c.pending = o.value(QLatin1String("pending")).toInt();
    c.approvalRate = number(o, "approval_rate");
    return c;
}

DraftFigures draftFiguresFromJson(const QJsonObject &o)
{
    DraftFigures f;
    f.from = time(o, "from");
    f.to = time(o, "to");
    f.tz = str(o, "tz");
    f.totals = draftCountsFromJson(o.value(QLatin1String("totals")).toObject());
    for (const QJsonValue &v : o.value(QLatin1String("by_day")).toArray())
        f.byDay.append(draftCountsFromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QLatin1String("by_intent")).toArray())
        f.byIntent.append(draftCountsFromJson(v.toObject()));
    const QJsonObject c = o.value(QLatin1String("containment")).toObject();
    f.resolved = c.value(QLatin1String("resolved")).toInt();
    f.contained = c.value(QLatin1String("contained")).toInt();
    f.containedWithAiReply = c.value(QLatin1String("contained_with_ai_reply")).toInt();
    f.containmentRate = number(c, "rate");
    const QJsonObject t = o.value(QLatin1String("time_to_first_human_response")).toObject();
    f.escalations = t.value(QLatin1String("escalations")).toInt();
    f.answered = t.value(QLatin1String("answered")).toInt();
    f.unanswered = t.value(QLatin1String("unanswered")).toInt();
    f.medianSeconds = number(t, "median_seconds");
    f.p90Seconds = number(t, "p90_seconds");
    return f;
}

} // namespace recado::protocol
