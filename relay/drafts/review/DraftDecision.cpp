// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/review/DraftDecision.h"

#include "core/protocol/JsonCodec.h"

namespace recado::relay::review {

namespace {

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

DraftDecision DraftDecision::on(const DraftRecord &draft, const QString &action,
                                const QString &actor, const QDateTime &at)
{
    DraftDecision d;
    d.draftId = draft.id;
    d.conversationId = draft.conversationId;
    d.action = action;
    d.actor = actor;
    d.at = at;
    d.draftText = draft.result.reply;
    return d;
}

QJsonObject DraftDecision::toJson() const
{
    return {
        {QStringLiteral("id"), double(id)},
        {QStringLiteral("draft_id"), double(draftId)},
        {QStringLiteral("conversation_id"), double(conversationId)},
        {QStringLiteral("action"), action},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("at"), at.isValid() ? QJsonValue(protocol::toIsoTime(at)) : QJsonValue()},
        {QStringLiteral("draft_text"), draftText},
        {QStringLiteral("sent_text"), sentMessageId > 0 ? QJsonValue(sentText) : QJsonValue()},
        {QStringLiteral("sent_message_id"),
         sentMessageId > 0 ? QJsonValue(double(sentMessageId)) : QJsonValue()},
        {QStringLiteral("edit_distance"),
         editDistance >= 0 ? QJsonValue(editDistance) : QJsonValue()},
        {QStringLiteral("reason"), textOrNull(reason)},
        {QStringLiteral("note"), textOrNull(note)}};
}

} // namespace recado::relay::review
