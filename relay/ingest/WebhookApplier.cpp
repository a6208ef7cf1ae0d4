// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/ingest/WebhookApplier.h"

#include "core/protocol/JsonCodec.h"
#include "core/protocol/JsonWriter.h"
#include "core/whatsapp/GraphErrors.h"
#include "core/whatsapp/PhoneNumber.h"
#include "relay/consent/InboundConsent.h"
#include "relay/media/InboundKinds.h"
#include "relay/store/ConversationStore.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"
#include "relay/store/MessageStore.h"
#include "relay/templates/TemplateWebhook.h"

#include <QDateTime>
#include <QHash>

namespace recado::relay {

namespace {
//! wa_id -> E.164. libphonenumber's parse is a measurable share of ingest per message, and the
//! same customers write again and again. Ingest runs on one thread; the cache is bounded.
QString e164ForWaId(const QString &waId)
{
    constexpr qsizetype kMaxEntries = 20000;
    thread_local QHash<QString, QString> cache;
    const auto it = cache.constFind(waId);
    if (it != cache.constEnd())
        return it.value();
    if (cache.size() >= kMaxEntries)
        cache.clear();
    const QString e164 = whatsapp::toE164(waId);
    cache.insert(waId, e164);
    return e164;
}
} // namespace

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
        const domain::Event e = log.append(QStringLiteral("whatsapp.error"), 0,
                                           QJsonObject{{QStringLiteral("code"), err.code},
                                                       {QStringLiteral("title"), err.title},
                                                       {QStringLiteral("message"), err.message},
                                                       {QStringLiteral("details"), err.details}});
        if (e.seq == 0)
            return false;
        events->append(e);
    }
    for (const auto &other : hook.others) {
        const QString type = TemplateWebhook::handles(other.field) ||
                                     other.field.startsWith(QLatin1String("template_"))
                                 ? QStringLiteral("template.updated")
                                 : QStringLiteral("account.updated");
        QJsonObject payload{{QStringLiteral("field"), other.field},
                            {QStringLiteral("value"), other.value}};
        // The library row changes in this transaction; the event carries the updated template.
        if (TemplateWebhook::handles(other.field))
            TemplateWebhook::apply(m_db, other.field, other.value, &payload);
        const domain::Event e = log.append(type, 0, payload);
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
    if (!in.message.wamid.isEmpty() && messages.hasWamid(in.message.wamid))
        return true;

    ContactInfo contact{in.waId, in.userId, e164ForWaId(in.waId), in.profileName};
    ContactInfo storedContact;
    const qint64 contactId = conversations.upsertContact(contact, now, &storedContact);
    if (contactId == 0)
        return false;
    bool created = false;
    bool reopened = false;
    const qint64 conversationId =
        conversations.conversationForInbound(contactId, now, &created, &reopened);
    if (conversationId == 0)
        return false;

    domain::Message m = in.message;
    m.conversationId = conversationId;
    bool failed = false;
    // Serialised once: the message row and the event carry the same bytes.
    const QByteArray contentJson = protocol::compactJson(m.content);
    m.id = messages.insertInbound(m, contentJson, &failed);
    if (failed)
        return false;
    if (m.id == 0)
        return true; // duplicate that raced in within the same batch
    // Media state and download queue, number changes (relay/media).
    if (!InboundKinds::afterInsert(m_db, contactId, &m))
        return false;
    domain::Event e;
    e.seq = log.reserve();
    if (e.seq == 0)
        return false;
    const auto conversation = conversations.recordInbound(
        conversationId, m.text, m.timestamp.toMSecsSinceEpoch(), QString(), e.seq, storedContact);
    if (!conversation)
        return false;
    e.type = QStringLiteral("message.new");
    e.conversationId = conversationId;
    e.createdAt = QDateTime::currentDateTimeUtc();
    // Written straight to bytes (what the log stores and the stream sends): the busiest event.
    // The object form stays empty; nothing on the relay reads an inbound message back from it.
    protocol::JsonWriter payload;
    payload.beginObject().key("conversation");
    protocol::writeJson(payload, *conversation);
    payload.key("message");
    protocol::writeJson(payload, m, contentJson);
    e.payloadJson = payload.endObject().take();
    if (!log.write(e))
        return false;
    events->append(e);
    newInbound->append(m.id);
    // A reaction shows on the message it reacts to.
    if (!InboundKinds::afterEvent(m_db, m, events))
        return false;
    // Opt-out/opt-in keywords and implicit opt-ins, committed with the message.
    return InboundConsent::apply(m_db, *conversation, m, events, &m_queuedOutbound);
}

bool WebhookApplier::applyStatus(const whatsapp::StatusUpdate &st, QList<domain::Event> *events)
{
    MessageStore messages(m_db);
    EventLog log(m_db);
    const auto target = messages.byWamid(st.wamid);
    if (!target) {
        // Meta's status can overtake our own record of the wamid; keep it for later.
        return messages.keepOrphanStatus(st.wamid, st.status, st.timestamp.toMSecsSinceEpoch(),
                                         st.errorCode, st.errorTitle, st.errorDetails);
    }
    // A failure Meta reports later (131047, a template error...) reaches the agent in words
    // with what to do, like a failure the outbox saw at send time.
    const QString details =
        st.status == domain::DeliveryStatus::Failed && st.errorCode != 0
            ? whatsapp::explainGraphError(st.errorCode, 0, st.errorDetails).explanation
            : st.errorDetails;
    const auto updated =
        messages.applyStatus(target->id, st.status, st.errorCode, st.errorTitle, details);
    if (!updated)
        return true; // stale or duplicate: statuses only move forward
    const domain::Event e =
        log.append(QStringLiteral("message.updated"), updated->conversationId,
                   QJsonObject{{QStringLiteral("message"), protocol::toJson(*updated)}});
    if (e.seq == 0)
        return false;
    events->append(e);
    return true;
}

} // namespace recado::relay
