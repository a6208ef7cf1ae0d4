// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/consent/InboundConsent.h"

#include "core/whatsapp/consent/ConsentKeywords.h"
#include "relay/consent/ConsentReply.h"
#include "relay/consent/ConsentStore.h"
#include "relay/store/ConversationStore.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"

#include <QCoreApplication>

namespace recado::relay {

using whatsapp::ConsentAction;
using whatsapp::ConsentKeywordMatch;
using whatsapp::ConsentRecord;
using whatsapp::ConsentSource;

namespace {

//! Kinds whose text the customer typed or tapped (a quick-reply button's label counts).
bool carriesText(const QString &kind)
{
    return kind == QLatin1String("text") || kind == QLatin1String("button") ||
           kind == QLatin1String("interactive");
}

bool appendConsentEvent(Database &db, const ConsentEntry &entry, qint64 confirmationId,
                        QList<domain::Event> *events)
{
    ConsentStore store(db);
    QJsonObject payload{{QStringLiteral("contact_id"), entry.contactId},
                        {QStringLiteral("record"), entry.toJson()},
                        {QStringLiteral("consent"), store.stateJson(entry.contactId)}};
    if (confirmationId > 0)
        payload.insert(QStringLiteral("confirmation_message_id"), confirmationId);
    const domain::Event e =
        EventLog(db).append(QStringLiteral("consent.updated"), entry.conversationId, payload);
    if (e.seq == 0)
        return false;
    events->append(e);
    return true;
}

} // namespace

bool InboundConsent::apply(Database &db, const domain::Message &m, QList<domain::Event> *events)
{
    const auto conversation = ConversationStore(db).get(m.conversationId);
    return conversation && apply(db, *conversation, m, events);
}

bool InboundConsent::apply(Database &db, const domain::Conversation &c, const domain::Message &m,
                           QList<domain::Event> *events, bool *queuedReply)
{
    // WhatsApp's own notices (a customer changed numbers...) are not the customer writing.
    if (m.kind == QLatin1String("system"))
        return true;
    const domain::Conversation *conversation = &c;
    ConsentStore store(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QDateTime at =
        m.timestamp.isValid() ? m.timestamp.toUTC() : QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);

    ConsentKeywordMatch match;
    if (carriesText(m.kind))
        match = whatsapp::ConsentKeywords::detect(m.text, conversation->language);

    if (match.kind != ConsentKeywordMatch::Kind::None && match.ambiguous) {
        const bool optOut = match.isOptOut();
        const QString hint =
            optOut
                ? QCoreApplication::translate(
                      "InboundConsent", "The customer wrote \"%1\". If they want no more WhatsApp "
                                        "messages, record an opt-out.")
                : QCoreApplication::translate(
                      "InboundConsent",
                      "The customer wrote \"%1\". If they want to receive WhatsApp "
                      "messages again, record an opt-in.");
        const domain::Event e = EventLog(db).append(
            QStringLiteral("consent.review"), m.conversationId,
            QJsonObject{{QStringLiteral("contact_id"), conversation->contactId},
                        {QStringLiteral("message_id"), m.id},
                        {QStringLiteral("suggested_action"),
                         optOut ? QStringLiteral("opt_out") : QStringLiteral("opt_in")},
                        {QStringLiteral("keyword"), match.keyword},
                        {QStringLiteral("language"), match.language},
                        {QStringLiteral("message"), hint.arg(m.text.trimmed().left(160))}});
        if (e.seq == 0)
            return false;
        events->append(e);
        if (optOut)
            return true; // not an implicit opt-in either: the agent decides
        match = {};
    }

    if (match.kind != ConsentKeywordMatch::Kind::None) {
        const ConsentEntry entry = store.append(conversation->contactId, m.conversationId, m.id,
                                                match.toRecord(at, m.text), now);
        if (entry.id == 0)
            return false;
        std::optional<domain::Message> reply;
        const QString clientId =
            QStringLiteral("consent:") + (m.wamid.isEmpty() ? QString::number(m.id) : m.wamid);
        const auto outcome =
            ConsentReply::queue(db, m.conversationId, entry.record.action, match.language, clientId,
                                ConsentReply::systemAuthor(), events, &reply);
        if (outcome == ConsentReply::Outcome::Failed)
            return false;
        if (reply && queuedReply)
            *queuedReply = true;
        return appendConsentEvent(db, entry, reply ? reply->id : 0, events);
    }

    // No keyword: writing to us is an implicit opt-in the first time, and again after an opt-out.
    // (Only the latest record is read: this runs for every customer message.)
    const std::optional<ConsentRecord> latest = store.latest(conversation->contactId);
    ConsentRecord record;
    record.action = ConsentAction::OptIn;
    record.source = ConsentSource::CustomerMessage;
    record.at = at;
    if (!latest) {
        record.note =
            QCoreApplication::translate("InboundConsent", "first message from the customer");
    } else if (latest->action == ConsentAction::OptOut && at > latest->at) {
        record.note = QCoreApplication::translate("InboundConsent", "wrote again after opting out");
    } else {
        return true;
    }
    const ConsentEntry entry =
        store.append(conversation->contactId, m.conversationId, m.id, record, now);
    return entry.id != 0 && appendConsentEvent(db, entry, 0, events);
}

} // namespace recado::relay
