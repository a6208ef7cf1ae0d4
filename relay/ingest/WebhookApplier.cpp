// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/ingest/WebhookApplier.h"

#include "core/protocol/JsonCodec.h"
#include "core/whatsapp/PhoneNumber.h"
#include "relay/store/ConversationStore.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"
#include "relay/store/MessageStore.h"

#include <QDateTime>

namespace recado::relay {

bool WebhookApplier::apply(const whatsapp::ParsedWebhook &hook, QList<domain::Event> *events,
                           QList<qint64> *newInbound)
{
    EventLog log(m_db);
    for (const auto &in : hook.messages) {
        if (!applyMessage(in, events, newInbound))
            return false;
    }
    for (const auto &st : hook.statuses) {
        if (!applyStatus(st, events))
            return false;
    }
    for (const auto &err : hook.errors) {
        const domain::Event e = log.append(
            QStringLiteral("whatsapp.error"), 0,
            QJsonObject{{QStringLiteral("code"), err.code}, {QStringLiteral("title"), err.title},
                        {QStringLiteral("message"), err.message}, {QStringLiteral("details"), err.details}});
        if (e.seq == 0)
            return false;
        events->append(e);
    }
    for (const auto &other : hook.others) {
        const QString type = other.field == QLatin1String("message_template_status_update") ||
                                     other.field.startsWith(QLatin1String("template_"))
                                 ? QStringLiteral("template.updated")
                                 : QStringLiteral("account.updated");
        const domain::Event e = log.append(
            type, 0, QJsonObject{{QStringLiteral("field"), other.field}, {QStringLiteral("value"), other.value}});
        if (e.seq == 0)
            return false;
        events->append(e);
    }
    return true;
}

bool WebhookApplier::applyMessage(const whatsapp::InboundMessage &in, QList<domain::Event> *events,
                                  QList<qint64> *newInbound)
{
    ConversationStore conversations(m_db);
    MessageStore messages(m_db);
    EventLog log(m_db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    // A redelivery must not touch anything: check the wamid before upserting.
    if (!in.message.wamid.isEmpty() && messages.byWamid(in.message.wamid))
        return true;

    ContactInfo contact{in.waId, in.userId, whatsapp::toE164(in.waId), in.profileName};
    const qint64 contactId = conversations.upsertContact(contact, now);
    if (contactId == 0)
        return false;
    bool created = false;
    bool reopened = false;
    const qint64 conversationId = conversations.conversationForInbound(contactId, now, &created, &reopened);
    if (conversationId == 0)
        return false;

    domain::Message m = in.message;
    m.conversationId = conversationId;
    bool failed = false;
    m.id = messages.insertInbound(m, &failed);
    if (failed)
        return false;
    if (m.id == 0)
        return true; // duplicate that raced in within the same batch
    if (!conversations.recordInbound(conversationId, m.text, m.timestamp.toMSecsSinceEpoch(), QString()))
        return false;
    auto conversation = conversations.get(conversationId);
    if (!conversation)
        return false;
    const domain::Event e = log.append(
        QStringLiteral("message.new"), conversationId,
        QJsonObject{{QStringLiteral("message"), protocol::toJson(m)},
                    {QStringLiteral("conversation"), protocol::toJson(*conversation)}});
    if (e.seq == 0)
        return false;
    conversations.setSeq(conversationId, e.seq);
    events->append(e);
    newInbound->append(m.id);
    return true;
}

bool WebhookApplier::applyStatus(const whatsapp::StatusUpdate &st, QList<domain::Event> *events)
{
    MessageStore messages(m_db);
    EventLog log(m_db);
    const auto target = messages.byWamid(st.wamid);
    if (!target) {
        // Meta's status can overtake our own record of the wamid; keep it for later.
        return messages.keepOrphanStatus(st.wamid, st.status, st.timestamp.toMSecsSinceEpoch(), st.errorCode,
                                         st.errorTitle, st.errorDetails);
    }
    const auto updated = messages.applyStatus(target->id, st.status, st.errorCode, st.errorTitle, st.errorDetails);
    if (!updated)
        return true; // stale or duplicate: statuses only move forward
    const domain::Event e = log.append(QStringLiteral("message.updated"), updated->conversationId,
                                       QJsonObject{{QStringLiteral("message"), protocol::toJson(*updated)}});
    if (e.seq == 0)
        return false;
    events->append(e);
    return true;
}

} // namespace recado::relay
