// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/JsonCodec.h"
#include "core/whatsapp/GraphPayload.h"
#include "core/whatsapp/ServiceWindow.h"
#include "relay/api/ApiContext.h"
#include "relay/auth/Authenticator.h"
#include "relay/http/Router.h"
#include "relay/outbox/GraphClient.h"
#include "relay/store/ConversationStore.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"
#include "relay/store/MessageStore.h"
#include "relay/store/ServiceRequestStore.h"
#include "relay/store/UserStore.h"
#include "relay/store/WriteGroup.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <functional>

Q_LOGGING_CATEGORY(lcApi, "recado.relay.api")

namespace recado::relay {

using domain::Conversation;

namespace {

QString encodeCursor(const Conversation &c)
{
    return QString::fromLatin1(
        QByteArray::number(c.lastMessageAt.toMSecsSinceEpoch())
            .append(':')
            .append(QByteArray::number(c.id))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCursor(const QString &cursor, qint64 *time, qint64 *id)
{
    const QList<QByteArray> parts =
        QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding).split(':');
    bool ok1 = false;
    bool ok2 = false;
    if (parts.size() == 2) {
        *time = parts[0].toLongLong(&ok1);
        *id = parts[1].toLongLong(&ok2);
    }
    return ok1 && ok2;
}

QJsonObject windowJson(const Conversation &c)
{
    const whatsapp::ServiceWindow w{c.lastInboundAt};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QJsonObject{
        {QStringLiteral("open"), w.isOpen(now)},
        {QStringLiteral("closes_at"),
         c.lastInboundAt.isValid() ? QJsonValue(protocol::toIsoTime(w.closesAt())) : QJsonValue()},
        {QStringLiteral("seconds_left"), w.secondsLeft(now)}};
}

//! A change to one conversation, run later in the write group: it holds copies of what it uses.
using Change = std::function<bool(ConversationStore &)>;

//! Logs `conversation.updated` for a changed conversation, with the conversation as stored in
//! its payload. The sequence number is taken after the change and stored on the row first, so
//! the payload carries it (clients compare seq to ignore stale states).
bool logUpdate(Database &db, ConversationStore &conversations, qint64 id,
               QList<domain::Event> *events, domain::Conversation *stored)
{
    EventLog log(db);
    domain::Event e;
    e.seq = log.reserve();
    if (e.seq == 0 || !conversations.setSeq(id, e.seq))
        return false;
    const auto conversation = conversations.get(id);
    if (!conversation)
        return false;
    e.type = QStringLiteral("conversation.updated");
    e.conversationId = id;
    e.createdAt = QDateTime::currentDateTimeUtc();
    e.payload = QJsonObject{{QStringLiteral("conversation"), protocol::toJson(*conversation)}};
    if (!log.write(e))
        return false;
    *stored = *conversation;
    events->append(e);
    return true;
}

//! Runs `change` with the other writes of this event-loop turn (relay/store/WriteGroup), in a
//! savepoint of its own, and logs the update; after the commit the event is published and the
//! reply carries the conversation.
void changeConversation(ApiContext &ctx, const HttpExchangePtr &ex, qint64 id, Change change)
{
    auto updated = std::make_shared<domain::Conversation>();
    WriteGroup::Write w;
    w.write = [&ctx, ex, id, change = std::move(change), updated](QList<domain::Event> *events) {
        ConversationStore conversations(ctx.db);
        if (!conversations.get(id)) {
            ex->replyError(404, QStringLiteral("not_found"),
                           QStringLiteral("no such conversation"));
            return false;
        }
        if (change(conversations) && logUpdate(ctx.db, conversations, id, events, updated.get()))
            return true;
        ex->replyError(500, QStringLiteral("storage_error"),
                       QStringLiteral("could not save the change; try again"));
        return false;
    };
    w.committed = [ex, updated] {
        ex->replyJson(200,
                      QJsonObject{{QStringLiteral("conversation"), protocol::toJson(*updated)}});
    };
    w.failed = [ex] {
        ex->replyError(500, QStringLiteral("storage_error"),
                       QStringLiteral("could not save the change; try again"));
    };
    ctx.writes->add(std::move(w));
}

} // namespace

void registerConversationRoutes(Router &router, ApiContext &ctx)
{
    const QString base = QStringLiteral("/api/whatsapp/conversations");

    router.add(QStringLiteral("GET"), base, [&ctx](const HttpExchangePtr &ex) {
        const auto caller = ctx.auth.require(ex, domain::Role::Agent);
        if (!caller)
            return;
        ConversationFilter f;
        f.status = ex->queryValue(QStringLiteral("status"));
        if (!f.status.isEmpty() && f.status != QLatin1String("all")) {
            bool ok = false;
            domain::conversationStatusFromString(f.status, &ok);
            if (!ok) {
                ex->replyError(400, QStringLiteral("invalid_status"),
                               QStringLiteral("status must be active, archived, closed or all"));
                return;
            }
        }
        const QString assignee = ex->queryValue(QStringLiteral("assignee"));
        f.assignee = assignee == QLatin1String("me")    ? caller->agent.username
                     : assignee == QLatin1String("all") ? QString()
                                                        : assignee;
        f.search = ex->queryValue(QStringLiteral("q")).trimmed();
        f.limit = qBound(1,
                         ex->hasQueryValue(QStringLiteral("limit"))
                             ? ex->queryValue(QStringLiteral("limit")).toInt()
                             : 50,
                         500);
        const QString cursor = ex->queryValue(QStringLiteral("cursor"));
        if (!cursor.isEmpty() && !decodeCursor(cursor, &f.cursorTime, &f.cursorId)) {
            ex->replyError(400, QStringLiteral("invalid_cursor"),
                           QStringLiteral("cursor is not one this relay issued"));
            return;
        }
        ++f.limit; // one extra row tells whether another page exists
        QList<Conversation> rows = ConversationStore(ctx.db).list(f);
        const bool more = rows.size() == f.limit;
        if (more)
            rows.removeLast();
        QJsonArray list;
        for (const Conversation &c : rows)
            list.append(protocol::toJson(c));
        ex->replyJson(200,
                      QJsonObject{{QStringLiteral("conversations"), list},
                                  {QStringLiteral("next_cursor"),
                                   more ? QJsonValue(encodeCursor(rows.last())) : QJsonValue()}});
    });

    router.add(QStringLiteral("GET"), base + QStringLiteral("/:id"),
               [&ctx](const HttpExchangePtr &ex) {
                   if (!ctx.auth.require(ex, domain::Role::Agent))
                       return;
                   const qint64 id = idArg(ex);
                   if (!id)
                       return;
                   ConversationStore conversations(ctx.db);
                   const auto c = conversations.get(id);
                   if (!c) {
                       ex->replyError(404, QStringLiteral("not_found"),
                                      QStringLiteral("no such conversation"));
                       return;
                   }
                   const auto contact = conversations.contactOf(id);
                   QJsonValue request;
                   if (!c->serviceRequestId.isEmpty()) {
                       if (const auto r = ServiceRequestStore(ctx.db).get(c->serviceRequestId))
                           request = protocol::toJson(*r);
                   }
                   ex->replyJson(200, QJsonObject{
                                          {QStringLiteral("conversation"), protocol::toJson(*c)},
                                          {QStringLiteral("contact"),
                                           QJsonObject{{QStringLiteral("wa_id"), contact->waId},
                                                       {QStringLiteral("user_id"), contact->userId},
                                                       {QStringLiteral("phone"), contact->phone},
                                                       {QStringLiteral("name"), contact->name}}},
                                          {QStringLiteral("service_request"), request},
                                          {QStringLiteral("window"), windowJson(*c)},
                                      });
               });

    // The changes with a body: each validates it (replying with the reason and returning no
    // change when it is refused) and names the change to write.
    const auto addChange = [&router, &ctx, &base](const QString &action, auto prepare) {
        router.add(QStringLiteral("POST"), base + QStringLiteral("/:id/") + action,
                   [&ctx, prepare](const HttpExchangePtr &ex) {
                       if (!ctx.auth.require(ex, domain::Role::Agent))
                           return;
                       const qint64 id = idArg(ex);
                       const auto body = id ? jsonBody(ex) : std::nullopt;
                       if (!body)
                           return;
                       if (Change change = prepare(ex, id, *body))
                           changeConversation(ctx, ex, id, std::move(change));
                   });
    };

    addChange(QStringLiteral("assign"),
              [&ctx](const HttpExchangePtr &ex, qint64 id, const QJsonObject &body) -> Change {
                  const QString assignee = body.value(QStringLiteral("assignee")).toString();
                  if (!assignee.isEmpty() && !UserStore(ctx.db).findByUsername(assignee)) {
                      ex->replyError(422, QStringLiteral("unknown_agent"),
                                     QStringLiteral("there is no agent called %1").arg(assignee));
                      return {};
                  }
                  return
                      [id, assignee](ConversationStore &s) { return s.setAssignee(id, assignee); };
              });

    addChange(
        QStringLiteral("link"),
        [&ctx](const HttpExchangePtr &ex, qint64 id, const QJsonObject &body) -> Change {
            const QString requestId = body.value(QStringLiteral("service_request_id")).toString();
            if (!requestId.isEmpty() && !ServiceRequestStore(ctx.db).get(requestId)) {
                ex->replyError(422, QStringLiteral("unknown_request"),
                               QStringLiteral("there is no service request %1").arg(requestId));
                return {};
            }
            return [id, requestId](ConversationStore &s) {
                return s.setServiceRequest(id, requestId);
            };
        });

    addChange(QStringLiteral("status"),
              [](const HttpExchangePtr &ex, qint64 id, const QJsonObject &body) -> Change {
                  bool ok = false;
                  const auto status = domain::conversationStatusFromString(
                      body.value(QStringLiteral("status")).toString(), &ok);
                  if (!ok) {
                      ex->replyError(400, QStringLiteral("invalid_status"),
                                     QStringLiteral("status must be active, archived or closed"));
                      return {};
                  }
                  return [id, status](ConversationStore &s) { return s.setStatus(id, status); };
              });

    router.add(
        QStringLiteral("POST"), base + QStringLiteral("/:id/read"),
        [&ctx](const HttpExchangePtr &ex) {
            if (!ctx.auth.require(ex, domain::Role::Agent))
                return;
            const qint64 id = idArg(ex);
            if (!id)
                return;
            const QString wamid = MessageStore(ctx.db).newestInboundWamid(id);
            changeConversation(ctx, ex, id, [id](ConversationStore &s) { return s.markRead(id); });
            if (!wamid.isEmpty()) {
                // Best effort: a lost read receipt only leaves the customer's ticks grey.
                ctx.graph.sendMessage(whatsapp::buildReadReceipt(wamid), [](const GraphResult &r) {
                    if (!r.ok())
                        qCInfo(lcApi) << "read receipt not accepted by Meta, HTTP" << r.httpStatus
                                      << r.metaCode;
                });
            }
        });
}

} // namespace recado::relay
