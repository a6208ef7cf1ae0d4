// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/JsonCodec.h"
#include "core/whatsapp/PhoneNumber.h"
#include "core/whatsapp/WebhookParser.h"
#include "relay/api/ApiContext.h"
#include "relay/api/OutboundQueue.h"
#include "relay/auth/Authenticator.h"
#include "relay/http/Router.h"
#include "relay/media/OutboundContent.h"
#include "relay/outbox/OutboxWorker.h"
#include "relay/store/ConversationStore.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"
#include "relay/store/MessageStore.h"
#include "relay/store/OutboxStore.h"

#include <QJsonArray>

namespace recado::relay {

using domain::DeliveryStatus;
using domain::Message;

namespace {

constexpr int kMaxTextLength = 4096; // Meta's limit for a text body

const QStringList kSendableKinds = {
    QStringLiteral("text"),     QStringLiteral("image"),    QStringLiteral("video"),
    QStringLiteral("audio"),    QStringLiteral("document"), QStringLiteral("sticker"),
    QStringLiteral("location"), QStringLiteral("contacts"), QStringLiteral("interactive"),
    QStringLiteral("reaction"), QStringLiteral("template")};

//! Validates the outbound part of a request body into `m`; replies and returns false on error.
bool readOutbound(const HttpExchangePtr &ex, const QJsonObject &body, Message *m)
{
    m->clientId = body.value(QStringLiteral("client_id")).toString().trimmed();
    if (m->clientId.isEmpty() || m->clientId.size() > 100) {
        ex->replyError(
            400, QStringLiteral("missing_client_id"),
            QStringLiteral(
                "client_id (1-100 characters) is required so a retry never sends twice"));
        return false;
    }
    // {"template":{"name","language","parameters"}} is the friendly template form (TemplateSend).
    const bool templateForm = body.value(QStringLiteral("template")).isObject();
    m->kind = body.value(QStringLiteral("kind"))
                  .toString(templateForm ? QStringLiteral("template") : QStringLiteral("text"));
    if (!kSendableKinds.contains(m->kind)) {
        ex->replyError(400, QStringLiteral("invalid_kind"),
                       QStringLiteral("cannot send messages of kind \"%1\"").arg(m->kind));
        return false;
    }
    m->replyToWamid = body.value(QStringLiteral("reply_to")).toString();
    if (m->kind == QLatin1String("text")) {
        m->text = body.value(QStringLiteral("text")).toString();
        if (m->text.trimmed().isEmpty()) {
            ex->replyError(400, QStringLiteral("empty_message"),
                           QStringLiteral("the message text is empty"));
            return false;
        }
        if (m->text.size() > kMaxTextLength) {
            ex->replyError(400, QStringLiteral("message_too_long"),
                           QStringLiteral("WhatsApp text messages are limited to %1 characters")
                               .arg(kMaxTextLength));
            return false;
        }
        return true;
    }
    QJsonObject content = body.value(QStringLiteral("content")).toObject();
    if (templateForm && m->kind == QLatin1String("template") && !content.contains(m->kind))
        content.insert(m->kind, body.value(QStringLiteral("template")));
    const bool hasKindObject = m->kind == QLatin1String("contacts")
                                   ? content.value(m->kind).isArray()
                                   : content.value(m->kind).isObject();
    if (!hasKindObject) {
        ex->replyError(400, QStringLiteral("missing_content"),
                       QStringLiteral("content.%1 is required for a %1 message").arg(m->kind));
        return false;
    }
    // Each kind's limits (relay/media/OutboundContent): buttons, lists, captions, reactions...
    if (const auto problem = OutboundContent::validate(m->kind, content, m->replyToWamid)) {
        ex->replyError(problem->status, problem->code, problem->message);
        return false;
    }
    m->content = content;
    m->text = whatsapp::summarize(m->kind, content);
    return true;
}

} // namespace

void registerMessageRoutes(Router &router, ApiContext &ctx)
{
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/whatsapp/conversations/:id/messages"),
        [&ctx](const HttpExchangePtr &ex) {
            if (!ctx.auth.require(ex, domain::Role::Agent))
                return;
            const qint64 id = idArg(ex);
            if (!id)
                return;
            if (!ConversationStore(ctx.db).get(id)) {
                ex->replyError(404, QStringLiteral("not_found"),
                               QStringLiteral("no such conversation"));
                return;
            }
            const int limit = qBound(1,
                                     ex->hasQueryValue(QStringLiteral("limit"))
                                         ? ex->queryValue(QStringLiteral("limit")).toInt()
                                         : 50,
                                     500);
            bool more = false;
            QJsonArray list;
            for (const Message &m : MessageStore(ctx.db).page(
                     id, ex->queryValue(QStringLiteral("before")).toLongLong(), limit, &more))
                list.append(protocol::toJson(m));
            ex->replyJson(200, QJsonObject{{QStringLiteral("messages"), list},
                                           {QStringLiteral("has_more"), more}});
        });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/whatsapp/conversations/:id/messages"),
               [&ctx](const HttpExchangePtr &ex) {
                   const auto caller = ctx.auth.require(ex, domain::Role::Agent);
                   if (!caller)
                       return;
                   const qint64 id = idArg(ex);
                   const auto body = id ? jsonBody(ex) : std::nullopt;
                   if (!body)
                       return;
                   Message m;
                   if (!readOutbound(ex, *body, &m) || replayIfKnown(ctx.db, ex, m.clientId))
                       return;
                   const auto conversation = ConversationStore(ctx.db).get(id);
                   if (conversation && conversation->status == domain::ConversationStatus::Closed) {
                       ex->replyError(
                           409, QStringLiteral("conversation_closed"),
                           QStringLiteral("this conversation is closed; reopen it to reply"));
                       return;
                   }
                   queueOutbound(ctx, ex, id, m, caller->agent.username);
               });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/whatsapp/messages"),
               [&ctx](const HttpExchangePtr &ex) {
                   const auto caller = ctx.auth.require(ex, domain::Role::Agent);
                   if (!caller)
                       return;
                   const auto body = jsonBody(ex);
                   if (!body)
                       return;
                   Message m;
                   if (!readOutbound(ex, *body, &m) || replayIfKnown(ctx.db, ex, m.clientId))
                       return;
                   const QString e164 =
                       whatsapp::toE164(body->value(QStringLiteral("to")).toString());
                   if (e164.isEmpty()) {
                       ex->replyError(422, QStringLiteral("invalid_phone"),
                                      QStringLiteral("\"to\" is not a valid phone number; use the "
                                                     "international format, e.g. +502 5555 1234"));
                       return;
                   }
                   qint64 conversationId = 0;
                   {
                       Transaction tx(ctx.db);
                       ConversationStore conversations(ctx.db);
                       const qint64 now = QDateTime::currentMSecsSinceEpoch();
                       const qint64 contactId =
                           conversations.upsertContact({whatsapp::toWaId(e164), {}, e164, {}}, now);
                       conversationId =
                           contactId ? conversations.conversationForOutbound(contactId, now) : 0;
                       if (!conversationId || !tx.commit()) {
                           ex->replyError(500, QStringLiteral("storage_error"),
                                          QStringLiteral("could not create the conversation"));
                           return;
                       }
                   }
                   queueOutbound(ctx, ex, conversationId, m, caller->agent.username);
               });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/whatsapp/messages/:id/retry"),
               [&ctx](const HttpExchangePtr &ex) {
                   if (!ctx.auth.require(ex, domain::Role::Agent))
                       return;
                   const qint64 id = idArg(ex);
                   if (!id)
                       return;
                   Transaction tx(ctx.db);
                   MessageStore messages(ctx.db);
                   const auto m = messages.get(id);
                   if (!m || m->direction != domain::Direction::Outbound) {
                       ex->replyError(404, QStringLiteral("not_found"),
                                      QStringLiteral("no such outbound message"));
                       return;
                   }
                   if (m->status != DeliveryStatus::Failed) {
                       ex->replyError(409, QStringLiteral("not_failed"),
                                      QStringLiteral("only failed messages can be retried"));
                       return;
                   }
                   messages.setStatusForced(id, DeliveryStatus::Queued);
                   OutboxStore(ctx.db).enqueue(id, QDateTime::currentMSecsSinceEpoch());
                   const auto updated = messages.get(id);
                   const domain::Event e = EventLog(ctx.db).append(
                       QStringLiteral("message.updated"), m->conversationId,
                       QJsonObject{{QStringLiteral("message"), protocol::toJson(*updated)}});
                   if (e.seq == 0 || !tx.commit()) {
                       ex->replyError(500, QStringLiteral("storage_error"),
                                      QStringLiteral("could not queue the retry"));
                       return;
                   }
                   ctx.publish({e});
                   ctx.outbox.kick();
                   ex->replyJson(
                       202, QJsonObject{{QStringLiteral("message"), protocol::toJson(*updated)}});
               });
}

} // namespace recado::relay
