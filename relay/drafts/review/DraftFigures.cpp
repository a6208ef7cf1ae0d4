// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/review/DraftFigures.h"

#include "core/domain/Message.h"
#include "core/protocol/JsonCodec.h"
#include "relay/consent/ConsentReply.h"
#include "relay/drafts/review/DraftRecord.h"
#include "relay/drafts/review/DraftStore.h"
#include "relay/store/Database.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace recado::relay::review {

namespace {

// Outbound messages a person wrote (or approved): everything but the automatic senders —
// consent confirmations and auto-sent drafts.
QString humanOutbound()
{
    return QStringLiteral("m.direction = '%1' AND COALESCE(m.author, '') NOT IN ('', '%2', '%3')")
        .arg(domain::toString(domain::Direction::Outbound), ConsentReply::systemAuthor(),
             autoSendActor());
}

struct Counts
{
    int produced = 0;
    int approved = 0;
    int edited = 0;
    int rejected = 0;
    int autoSent = 0;
    int autoSentWrong = 0;
    int escalated = 0;
    int superseded = 0;
    int pending = 0;
    qint64 editDistanceSum = 0;
    QMap<QString, int> rejectReasons;

    void add(const DraftRecord &d)
    {
        ++produced;
        if (d.result.escalate)
            ++escalated;
        switch (d.status) {
        case DraftStatus::Approved:
            ++approved;
            break;
        case DraftStatus::Edited:
            ++edited;
            editDistanceSum += qMax(0, d.editDistance);
            break;
        case DraftStatus::Rejected:
            ++rejected;
            ++rejectReasons[d.rejectReason];
            break;
        case DraftStatus::AutoSent:
            ++autoSent;
            if (d.markedWrong())
                ++autoSentWrong;
            break;
        case DraftStatus::Superseded:
            ++superseded;
            break;
        case DraftStatus::Pending:
            ++pending;
            break;
        }
    }

    QJsonObject toJson() const
    {
        const int reviewed = approved + edited + rejected;
        QJsonObject reasons;
        for (auto it = rejectReasons.cbegin(); it != rejectReasons.cend(); ++it)
            reasons.insert(it.key().isEmpty() ? QStringLiteral("other") : it.key(), it.value());
        return {{QStringLiteral("produced"), produced},
                {QStringLiteral("approved"), approved},
                {QStringLiteral("edited"), edited},
                {QStringLiteral("mean_edit_distance"),
                 edited > 0 ? QJsonValue(double(editDistanceSum) / edited) : QJsonValue()},
                {QStringLiteral("rejected"), rejected},
                {QStringLiteral("reject_reasons"), reasons},
                {QStringLiteral("auto_sent"), autoSent},
                {QStringLiteral("auto_sent_marked_wrong"), autoSentWrong},
                {QStringLiteral("escalated"), escalated},
                {QStringLiteral("superseded"), superseded},
                {QStringLiteral("pending"), pending},
                // Of the drafts an agent decided on, the share sent without a change.
                {QStringLiteral("approval_rate"),
                 reviewed > 0 ? QJsonValue(double(approved) / reviewed) : QJsonValue()}};
    }
};

} // namespace

double DraftFigures::percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0.0;
    const double rank = std::clamp(p, 0.0, 1.0) * double(sorted.size() - 1);
    const auto lower = qsizetype(std::floor(rank));
    const auto upper = qsizetype(std::ceil(rank));
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - double(lower));
}

QJsonObject DraftFigures::compute(qint64 fromMs, qint64 toMs, const QTimeZone &zone)
{
    Counts total;
    QMap<QString, Counts> byDay;
    QMap<QString, Counts> byIntent;
    QMap<QPair<QString, QString>, Counts> byDayIntent;
    for (const DraftRecord &d : DraftStore(m_db).createdBetween(fromMs, toMs)) {
        const QString day = d.createdAt.toTimeZone(zone).date().toString(Qt::ISODate);
        const QString intent = drafts::intentName(d.result.intent);
        total.add(d);
        byDay[day].add(d);
        byIntent[intent].add(d);
        byDayIntent[{day, intent}].add(d);
    }
    QJsonArray days;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        QJsonObject o = it.value().toJson();
        o.insert(QStringLiteral("day"), it.key());
        days.append(o);
    }
    QJsonArray intents;
    for (auto it = byIntent.cbegin(); it != byIntent.cend(); ++it) {
        QJsonObject o = it.value().toJson();
        o.insert(QStringLiteral("intent"), it.key());
        intents.append(o);
    }
    QJsonArray cells;
    for (auto it = byDayIntent.cbegin(); it != byDayIntent.cend(); ++it) {
        QJsonObject o = it.value().toJson();
        o.insert(QStringLiteral("day"), it.key().first);
        o.insert(QStringLiteral("intent"), it.key().second);
        cells.append(o);
    }
    return {
        {QStringLiteral("from"),
         protocol::toIsoTime(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC))},
        {QStringLiteral("to"), protocol::toIsoTime(QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC))},
        {QStringLiteral("tz"), QString::fromUtf8(zone.id())},
        {QStringLiteral("totals"), total.toJson()},
        {QStringLiteral("by_day"), days},
        {QStringLiteral("by_intent"), intents},
        {QStringLiteral("by_day_intent"), cells},
        {QStringLiteral("containment"), containment(fromMs, toMs)},
        {QStringLiteral("time_to_first_human_response"), firstHumanResponse(fromMs, toMs)}};
}

QJsonObject DraftFigures::containment(qint64 fromMs, qint64 toMs)
{
    // Conversations the AI drafted for in the period and that are resolved now; contained when
    // no outbound message in them came from a person.
    Statement &q = m_db.prepared(
        QStringLiteral("SELECT c.id, "
                       "(SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id AND ") +
        humanOutbound() +
        QStringLiteral("), (SELECT COUNT(*) FROM drafts a WHERE a.conversation_id = c.id AND "
                       "a.status = 'auto_sent') "
                       "FROM conversations c WHERE c.status IN ('archived', 'closed') AND EXISTS "
                       "(SELECT 1 FROM drafts d WHERE d.conversation_id = c.id AND d.created_at >= "
                       "? AND d.created_at < ?)"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    int resolved = 0;
    int contained = 0;
    int containedWithAiReply = 0;
    if (execOrError(q)) {
        while (q.next()) {
            ++resolved;
            if (q.value(1).toLongLong() == 0) {
                ++contained;
                if (q.value(2).toLongLong() > 0)
                    ++containedWithAiReply;
            }
        }
    }
    return {{QStringLiteral("resolved"), resolved},
            {QStringLiteral("contained"), contained},
            {QStringLiteral("contained_with_ai_reply"), containedWithAiReply},
            {QStringLiteral("rate"),
             resolved > 0 ? QJsonValue(double(contained) / resolved) : QJsonValue()}};
}

QJsonObject DraftFigures::firstHumanResponse(qint64 fromMs, qint64 toMs)
{
    // When each escalated customer message arrived, per conversation, oldest first.
    Statement &esc = m_db.prepared(QStringLiteral(
        "SELECT d.conversation_id, m.ts FROM drafts d JOIN messages m ON m.id = d.message_id "
        "WHERE d.escalate = 1 AND d.created_at >= ? AND d.created_at < ? "
        "ORDER BY d.conversation_id, m.ts"));
    esc.addBindValue(fromMs);
    esc.addBindValue(toMs);
    QMap<qint64, QList<qint64>> escalations;
    if (execOrError(esc)) {
        while (esc.next())
            escalations[esc.value(0).toLongLong()].append(esc.value(1).toLongLong());
    }
    // Human replies in those conversations, oldest first.
    Statement &replies = m_db.prepared(
        QStringLiteral("SELECT m.conversation_id, m.ts FROM messages m WHERE ") + humanOutbound() +
        QStringLiteral(
            " AND m.conversation_id IN (SELECT d.conversation_id FROM drafts d WHERE d.escalate = "
            "1 "
            "AND d.created_at >= ? AND d.created_at < ?) ORDER BY m.conversation_id, m.ts"));
    replies.addBindValue(fromMs);
    replies.addBindValue(toMs);
    QMap<qint64, QList<qint64>> human;
    if (execOrError(replies)) {
        while (replies.next())
            human[replies.value(0).toLongLong()].append(replies.value(1).toLongLong());
    }
    // An escalation waits until the next human reply; escalations before that reply belong to
    // the same wait (the customer has been waiting since the first of them).
    QList<double> seconds;
    int waits = 0;
    for (auto it = escalations.cbegin(); it != escalations.cend(); ++it) {
        const QList<qint64> &asks = it.value();
        const QList<qint64> answers = human.value(it.key());
        qsizetype a = 0;
        qsizetype i = 0;
        while (i < asks.size()) {
            const qint64 start = asks[i];
            ++waits;
            while (a < answers.size() && answers[a] < start)
                ++a;
            if (a == answers.size())
                break; // not answered yet: the rest of this conversation's escalations wait too
            const qint64 answeredAt = answers[a];
            seconds.append(double(answeredAt - start) / 1000.0);
            while (i < asks.size() && asks[i] <= answeredAt)
                ++i;
        }
    }
    std::sort(seconds.begin(), seconds.end());
    return {{QStringLiteral("escalations"), waits},
            {QStringLiteral("answered"), int(seconds.size())},
            {QStringLiteral("unanswered"), waits - int(seconds.size())},
            {QStringLiteral("median_seconds"),
             seconds.isEmpty() ? QJsonValue() : QJsonValue(percentile(seconds, 0.5))},
            {QStringLiteral("p90_seconds"),
             seconds.isEmpty() ? QJsonValue() : QJsonValue(percentile(seconds, 0.9))}};
}

} // namespace recado::relay::review
