// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Conversation.h"
#include "core/domain/Event.h"
#include "core/domain/Message.h"
#include "relay/http/HttpExchange.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace recado::relay {

class Database;
struct ApiContext;

//! Why an outbound message was refused, as the HTTP error the caller replies with.
struct OutboundRefusal
{
    int httpStatus = 0;
    QString code;
    QString message;
};

//! The one way an outbound message is stored and queued for the outbox worker: its content
//! resolved against the conversation (uploads, quoted messages, reaction targets), the 24-hour
//! window rule (everything but templates), the message row as `queued`, the outbox row, the
//! conversation's preview and the `message.new` event. Runs inside the caller's transaction;
//! on success appends the event to `events` and fills `m` (id, status, author, time).
//! Templates must have been prepared (TemplateSend) before.
bool storeOutbound(Database &db, const domain::Conversation &conversation, const QString &author,
                   domain::Message *m, QList<domain::Event> *events, OutboundRefusal *refusal);

//! A retried request with a known client id gets the stored message back (200): never a second
//! send. Returns whether it replied.
bool replayIfKnown(Database &db, const HttpExchangePtr &ex, const QString &clientId);

//! What callers of queueOutbound may add to the same transaction and to the reply.
struct OutboundHooks
{
    //! Runs in the transaction after the message is stored; appends its own events. Returning
    //! false rolls this send back (the hook has replied, or 500 storage_error is sent). Hooks
    //! run after queueOutbound has returned: they must hold copies, not references to locals.
    std::function<bool(const domain::Message &queued, QList<domain::Event> *events)> inTransaction;
    //! The 202 reply body; default {"message": Message}.
    std::function<QJsonObject(const domain::Message &queued)> replyBody;
};

//! POST routes' send path: conversation lookup, template preparation, storeOutbound, commit,
//! publish, outbox kick, `202`. Replies itself in every case. The write runs at the next
//! event-loop turn with the other sends of this one, in one transaction (ApiContext::writes,
//! relay/store/WriteGroup), each send in a savepoint of its own.
void queueOutbound(ApiContext &ctx, const HttpExchangePtr &ex, qint64 conversationId,
                   domain::Message m, const QString &author, const OutboundHooks &hooks = {});

} // namespace recado::relay
