// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/api/OutboundQueue.h"

#include "core/protocol/JsonCodec.h"
#include "core/whatsapp/ServiceWindow.h"
#include "relay/api/ApiContext.h"
#include "relay/media/OutboundContent.h"
#include "relay/outbox/OutboxWorker.h"
#include "relay/store/ConversationStore.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"
#include "relay/store/MessageStore.h"
#include "relay/store/OutboxStore.h"
#include "relay/store/WriteGroup.h"
#include "relay/templates/TemplateSend.h"

namespace recado::relay {

bool storeOutbound(Database &db, const domain::Conversation &conversation, const QString &author,
                   domain::Message *m, QList<domain::Event> *events, OutboundRefusal *refusal)
{
    // Uploads, quoted messages and reaction targets must belong to this conversation.
    if (const auto problem = OutboundContent::resolve(db, conversation.id, m)) {
        *refusal = {problem->status, problem->code, problem->message};
        return false;
    }
    if (m->kind != QLatin1String("template") &&
        !whatsapp::ServiceWindow{conversation.lastInboundAt}.isOpen(
            QDateTime::currentDateTimeUtc())) {
        *refusal = {422, QStringLiteral("window_closed"),
                    QStringLiteral("more than 24 hours have passed since the customer last wrote; "
                                   "a template is needed")};
        return false;
    }
    const OutboundRefusal storageError{500, QStringLiteral("storage_error"),
                                       QStringLiteral("could not queue the message; try again")};
    ConversationStore conversations(db);
    MessageStore messages(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m->conversationId = conversation.id;
    m->direction = domain::Direction::Outbound;
    m->status = domain::DeliveryStatus::Queued;
    m->timestamp = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    m->author = author;
    m->id = messages.insertOutbound(*m);
    // A reaction updates its target first (relay/media), with its own event.
    if (m->id == 0 || !OutboundContent::afterInsert(db, m, events) ||
        !OutboxStore(db).enqueue(m->id, now) ||
        !conversations.recordOutbound(conversation.id, m->text, now)) {
        *refusal = storageError;
        return false;
    }
    // Sequence number first, so the payload's conversation carries the seq it is stored with.
    EventLog log(db);
    domain::Event e;
    e.seq = log.reserve();
    if (e.seq != 0) {
        conversations.setSeq(conversation.id, e.seq);
        e.type = QStringLiteral("message.new");
        e.conversationId = conversation.id;
        e.createdAt = QDateTime::currentDateTimeUtc();
        e.payload = QJsonObject{{QStringLiteral("message"), protocol::toJson(*m)},
                                {QStringLiteral("conversation"),
                                 protocol::toJson(*conversations.get(conversation.id))}};
        if (!log.write(e))
            e.seq = 0;
    }
    if (e.seq == 0) {
        *refusal = storageError;
        return false;
    }
    events->append(e);
    return true;
}

bool replayIfKnown(Database &db, const HttpExchangePtr &ex, const QString &clientId)
{
    if (clientId.isEmpty())
        return false;
    const auto existing = MessageStore(db).byClientId(clientId);
    if (!existing)
        return false;
    ex->replyJson(200, QJsonObject{{QStringLiteral("message"), protocol::toJson(*existing)}});
    return true;
}

void queueOutbound(ApiContext &ctx, const HttpExchangePtr &ex, qint64 conversationId,
                   domain::Message m, const QString &author, const OutboundHooks &hooks)
{
    // Written with the other sends of this event-loop turn, in one transaction (WriteGroup).
    auto queued = std::make_shared<domain::Message>(std::move(m));
    WriteGroup::Write w;
    w.write = [&ctx, ex, conversationId, queued, author,
               hooks](QList<domain::Event> *events) -> bool {
        // Also a retry of a send that an earlier write of this group stored.
        if (replayIfKnown(ctx.db, ex, queued->clientId))
            return false;
        const auto conversation = ConversationStore(ctx.db).get(conversationId);
        if (!conversation) {
            ex->replyError(404, QStringLiteral("not_found"),
                           QStringLiteral("no such conversation"));
            return false;
        }
        // Templates: library status, parameters, consent; rendered into the Graph object.
        if (queued->kind == QLatin1String("template") &&
            !prepareTemplateMessage(ctx.db, ex, *conversation, author, queued.get()))
            return false;
        OutboundRefusal refusal;
        if (!storeOutbound(ctx.db, *conversation, author, queued.get(), events, &refusal)) {
            ex->replyError(refusal.httpStatus, refusal.code, refusal.message);
            return false;
        }
        const bool hooked = !hooks.inTransaction || hooks.inTransaction(*queued, events);
        if (ex->replied())
            return false;
        if (!hooked) {
            ex->replyError(500, QStringLiteral("storage_error"),
                           QStringLiteral("could not queue the message; try again"));
            return false;
        }
        return true;
    };
    w.committed = [&ctx, ex, queued, replyBody = hooks.replyBody] {
        ctx.outbox.kick();
        ex->replyJson(
            202, replyBody ? replyBody(*queued)
                           : QJsonObject{{QStringLiteral("message"), protocol::toJson(*queued)}});
    };
    w.failed = [ex] {
        ex->replyError(500, QStringLiteral("storage_error"),
                       QStringLiteral("could not queue the message; try again"));
    };
    ctx.writes->add(std::move(w));
}

} // namespace recado::relay
