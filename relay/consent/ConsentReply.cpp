// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/consent/ConsentReply.h"

#include "core/protocol/JsonCodec.h"
#include "core/whatsapp/ServiceWindow.h"
#include "core/whatsapp/consent/ConsentMessages.h"
#include "relay/store/ConversationStore.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"
#include "relay/store/MessageStore.h"
#include "relay/store/OutboxStore.h"

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
    const QDateTime nowTime = QDateTime::currentDateTimeUtc();
    if (!whatsapp::ServiceWindow{conversation->lastInboundAt}.isOpen(nowTime))
        return Outcome::WindowClosed;

    const qint64 now = nowTime.toMSecsSinceEpoch();
    domain::Message m;
    m.clientId = clientId;
    m.conversationId = conversationId;
    m.direction = domain::Direction::Outbound;
    m.kind = QStringLiteral("text");
    m.text = whatsapp::ConsentMessages::confirmation(action, language);
    m.status = domain::DeliveryStatus::Queued;
    m.timestamp = nowTime;
    m.author = author;
    m.id = messages.insertOutbound(m);
    if (m.id == 0 || !OutboxStore(db).enqueue(m.id, now) ||
        !conversations.recordOutbound(conversationId, m.text, now))
        return Outcome::Failed;
    const auto updated = conversations.get(conversationId);
    const domain::Event e = EventLog(db).append(
        QStringLiteral("message.new"), conversationId,
        QJsonObject{{QStringLiteral("message"), protocol::toJson(m)},
                    {QStringLiteral("conversation"), protocol::toJson(*updated)}});
    if (e.seq == 0)
        return Outcome::Failed;
    conversations.setSeq(conversationId, e.seq);
    events->append(e);
    if (queued)
        *queued = m;
    return Outcome::Queued;
}

} // namespace recado::relay
