// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/consent/ConsentReply.h"

#include "core/whatsapp/ServiceWindow.h"
#include "core/whatsapp/consent/ConsentMessages.h"
#include "relay/api/OutboundQueue.h"
#include "relay/store/ConversationStore.h"
#include "relay/store/Database.h"
#include "relay/store/MessageStore.h"

namespace recado::relay {

ConsentReply::Outcome ConsentReply::queue(Database &db, qint64 conversationId,
                                          whatsapp::ConsentAction action, const QString &language,
                                          const QString &clientId, const QString &author,
                                          QList<domain::Event> *events,
                                          std::optional<domain::Message> *queued)
{
    ConversationStore conversations(db);
    MessageStore messages(db);
    // Checked first: on PostgreSQL a failed INSERT would abort the caller's whole transaction.
    if (messages.byClientId(clientId))
        return Outcome::AlreadyQueued;
    const auto conversation = conversations.get(conversationId);
    if (!conversation)
        return Outcome::Failed;
    if (!whatsapp::ServiceWindow{conversation->lastInboundAt}.isOpen(
            QDateTime::currentDateTimeUtc()))
        return Outcome::WindowClosed;

    domain::Message m;
    m.clientId = clientId;
    m.kind = QStringLiteral("text");
    m.text = whatsapp::ConsentMessages::confirmation(action, language);
    // The one outbound path (window rule, message row, outbox row, preview, message.new).
    OutboundRefusal refusal;
    if (!storeOutbound(db, *conversation, author, &m, events, &refusal))
        return Outcome::Failed;
    if (queued)
        *queued = m;
    return Outcome::Queued;
}

} // namespace recado::relay
