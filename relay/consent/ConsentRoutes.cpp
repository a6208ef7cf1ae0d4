// SPDX-License-Identifier: GPL-3.0-or-later
// Consent routes: a contact's ledger (JSON and CSV), an export of every record, and the agent's
// opt-in / opt-out action on a conversation. See docs/api.md, "Templates and consent".
#include "core/protocol/JsonCodec.h"
#include "relay/api/ApiContext.h"
#include "relay/auth/Authenticator.h"
#include "relay/consent/ConsentReply.h"
#include "relay/consent/ConsentStore.h"
#include "relay/http/Router.h"
#include "relay/outbox/OutboxWorker.h"
#include "relay/store/ConversationStore.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"

#include <QJsonArray>

namespace recado::relay {

using whatsapp::ConsentAction;
using whatsapp::ConsentRecord;
using whatsapp::ConsentSource;

namespace {

constexpr int kMaxNoteLength = 500;
constexpr int kMaxExportRows = 100000;

//! RFC 4180 quoting. Text a customer or agent typed (`untrusted`) that a spreadsheet would run as
//! a formula is defused with a leading apostrophe.
QByteArray csvCell(QString s, bool untrusted = false)
{
    if (untrusted && !s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) ||
        s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r'))) {
        s.replace(QLatin1Char('"'), QLatin1String("\"\""));
        s = QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s.toUtf8();
}

QByteArray toCsv(const QList<ConsentEntry> &entries, ConsentStore &store)
{
    QByteArray out =
        "id,contact_id,phone,name,at,action,source,described,agent,keyword,language,note,"
        "conversation_id,message_id,recorded_at\r\n";
    QHash<qint64, ContactInfo> contacts;
    for (const ConsentEntry &e : entries) {
        if (!contacts.contains(e.contactId))
            contacts.insert(e.contactId, store.contact(e.contactId).value_or(ContactInfo{}));
        const ContactInfo &c = contacts[e.contactId];
        const QStringList cells{QString::number(e.id),
                                QString::number(e.contactId),
                                c.phone,
                                c.name,
                                protocol::toIsoTime(e.record.at),
                                whatsapp::toString(e.record.action),
                                whatsapp::toString(e.record.source),
                                whatsapp::ConsentPolicy::describeSource(e.record),
                                e.record.agent,
                                e.record.keyword,
                                e.record.language,
                                e.record.note,
                                e.conversationId > 0 ? QString::number(e.conversationId)
                                                     : QString(),
                                e.messageId > 0 ? QString::number(e.messageId) : QString(),
                                protocol::toIsoTime(e.createdAt)};
        // name, described, agent, keyword and note come from people
        static const QList<int> kUntrusted{3, 7, 8, 9, 11};
        QByteArrayList row;
        for (int i = 0; i < cells.size(); ++i)
            row.append(csvCell(cells.at(i), kUntrusted.contains(i)));
        out += row.join(',') + "\r\n";
    }
    return out;
}

QJsonObject contactJson(qint64 id, const ContactInfo &c)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("phone"), c.phone},
                       {QStringLiteral("wa_id"), c.waId}};
}

void replyLedger(ApiContext &ctx, const HttpExchangePtr &ex, qint64 contactId)
{
    ConsentStore store(ctx.db);
    const auto contact = store.contact(contactId);
    if (!contact) {
        ex->replyError(404, QStringLiteral("not_found"), QStringLiteral("no such contact"));
        return;
    }
    QJsonArray history;
    for (const ConsentEntry &e : store.history(contactId))
        history.append(e.toJson());
    ex->replyJson(200, QJsonObject{{QStringLiteral("contact"), contactJson(contactId, *contact)},
                                   {QStringLiteral("consent"), store.stateJson(contactId)},
                                   {QStringLiteral("history"), history}});
}

//! The language of the confirmation after an agent's action: asked for, else the language the
//! customer last used with a keyword, else the conversation's, else Spanish (the seed market).
QString confirmationLanguage(const QJsonObject &body, const QList<ConsentEntry> &history,
                             const QString &conversationLanguage)
{
    const QString asked = body.value(QStringLiteral("language")).toString();
    if (!asked.isEmpty())
        return asked;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (!it->record.language.isEmpty())
            return it->record.language;
    }
    return conversationLanguage.isEmpty() ? QStringLiteral("es") : conversationLanguage;
}

void recordAgentAction(ApiContext &ctx, const HttpExchangePtr &ex, qint64 conversationId,
                       const QJsonObject &body, const QString &agent)
{
    bool ok = false;
    ConsentRecord record;
    record.action =
        whatsapp::consentActionFromString(body.value(QStringLiteral("action")).toString(), &ok);
    if (!ok) {
        ex->replyError(400, QStringLiteral("invalid_action"),
                       QStringLiteral("action must be opt_in or opt_out"));
        return;
    }
    const QString source =
        body.value(QStringLiteral("source")).toString(QStringLiteral("agent_action"));
    record.source = whatsapp::consentSourceFromString(source, &ok);
    // Keywords and customer messages are recorded by the relay itself, from the message.
    if (!ok || record.source == ConsentSource::Keyword ||
        record.source == ConsentSource::CustomerMessage) {
        ex->replyError(
            400, QStringLiteral("invalid_source"),
            QStringLiteral("source must be agent_action, agent_verbal, web_form or import"));
        return;
    }
    record.note = body.value(QStringLiteral("note")).toString().trimmed();
    if (record.note.size() > kMaxNoteLength) {
        ex->replyError(400, QStringLiteral("note_too_long"),
                       QStringLiteral("the note is limited to %1 characters").arg(kMaxNoteLength));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    record.at = now;
    if (body.contains(QStringLiteral("at"))) {
        record.at = protocol::fromIsoTime(body.value(QStringLiteral("at")).toString());
        if (!record.at.isValid() || record.at > now.addSecs(60)) {
            ex->replyError(
                400, QStringLiteral("invalid_time"),
                QStringLiteral("\"at\" must be an ISO-8601 time that is not in the future"));
            return;
        }
    }
    record.agent = agent;
    record.language = body.value(QStringLiteral("language")).toString();

    QList<domain::Event> events;
    Transaction tx(ctx.db);
    const auto conversation = ConversationStore(ctx.db).get(conversationId);
    if (!conversation) {
        ex->replyError(404, QStringLiteral("not_found"), QStringLiteral("no such conversation"));
        return;
    }
    ConsentStore store(ctx.db);
    const QString language =
        confirmationLanguage(body, store.history(conversation->contactId), conversation->language);
    const ConsentEntry entry =
        store.append(conversation->contactId, conversationId, 0, record, now.toMSecsSinceEpoch());
    if (entry.id == 0) {
        ex->replyError(500, QStringLiteral("storage_error"),
                       QStringLiteral("could not record the consent change; try again"));
        return;
    }
    // The customer is told about an opt-out (a confirmation is expected, and it is free-form
    // text, so only inside the window). An opt-in by phone or form needs no WhatsApp answer.
    QString confirmation = QStringLiteral("not_requested");
    std::optional<domain::Message> reply;
    if (record.action == ConsentAction::OptOut &&
        body.value(QStringLiteral("send_confirmation")).toBool(true)) {
        const auto outcome = ConsentReply::queue(ctx.db, conversationId, record.action, language,
                                                 QStringLiteral("consent:agent:%1").arg(entry.id),
                                                 agent, &events, &reply);
        if (outcome == ConsentReply::Outcome::Failed) {
            ex->replyError(500, QStringLiteral("storage_error"),
                           QStringLiteral("could not queue the confirmation; try again"));
            return;
        }
        confirmation = outcome == ConsentReply::Outcome::WindowClosed
                           ? QStringLiteral("window_closed")
                           : QStringLiteral("queued");
    }
    const QJsonObject state = store.stateJson(conversation->contactId);
    QJsonObject payload{{QStringLiteral("contact_id"), conversation->contactId},
                        {QStringLiteral("record"), entry.toJson()},
                        {QStringLiteral("consent"), state}};
    if (reply)
        payload.insert(QStringLiteral("confirmation_message_id"), reply->id);
    const domain::Event e =
        EventLog(ctx.db).append(QStringLiteral("consent.updated"), conversationId, payload);
    events.append(e);
    if (e.seq == 0 || !tx.commit()) {
        ex->replyError(500, QStringLiteral("storage_error"),
                       QStringLiteral("could not record the consent change; try again"));
        return;
    }
    ctx.publish(events);
    if (reply)
        ctx.outbox.kick();
    ex->replyJson(201, QJsonObject{{QStringLiteral("record"), entry.toJson()},
                                   {QStringLiteral("consent"), state},
                                   {QStringLiteral("confirmation"), confirmation},
                                   {QStringLiteral("confirmation_message"),
                                    reply ? protocol::toJson(*reply) : QJsonValue()}});
}

} // namespace

void registerConsentRoutes(Router &router, ApiContext &ctx)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/contacts/:id/consent"),
               [&ctx](const HttpExchangePtr &ex) {
                   if (!ctx.auth.require(ex, domain::Role::Agent))
                       return;
                   if (const qint64 id = idArg(ex))
                       replyLedger(ctx, ex, id);
               });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/contacts/:id/consent.csv"),
               [&ctx](const HttpExchangePtr &ex) {
                   if (!ctx.auth.require(ex, domain::Role::Agent))
                       return;
                   const qint64 id = idArg(ex);
                   if (!id)
                       return;
                   ConsentStore store(ctx.db);
                   if (!store.contactExists(id)) {
                       ex->replyError(404, QStringLiteral("not_found"),
                                      QStringLiteral("no such contact"));
                       return;
                   }
                   ex->reply(200, "text/csv; charset=utf-8", toCsv(store.history(id), store),
                             {{"Content-Disposition", "attachment; filename=\"consent-contact-" +
                                                          QByteArray::number(id) + ".csv\""}});
               });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/consent/export"),
               [&ctx](const HttpExchangePtr &ex) {
                   if (!ctx.auth.require(ex, domain::Role::Supervisor))
                       return;
                   qint64 since = 0;
                   if (ex->hasQueryValue(QStringLiteral("since"))) {
                       const QDateTime t =
                           protocol::fromIsoTime(ex->queryValue(QStringLiteral("since")));
                       if (!t.isValid()) {
                           ex->replyError(400, QStringLiteral("invalid_time"),
                                          QStringLiteral("since must be an ISO-8601 time"));
                           return;
                       }
                       since = t.toMSecsSinceEpoch();
                   }
                   const QString format = ex->queryValue(QStringLiteral("format"));
                   ConsentStore store(ctx.db);
                   const QList<ConsentEntry> entries = store.allSince(since, kMaxExportRows);
                   if (format == QLatin1String("csv")) {
                       ex->reply(200, "text/csv; charset=utf-8", toCsv(entries, store),
                                 {{"Content-Disposition", "attachment; filename=\"consent.csv\""}});
                       return;
                   }
                   if (!format.isEmpty() && format != QLatin1String("json")) {
                       ex->replyError(400, QStringLiteral("invalid_format"),
                                      QStringLiteral("format must be json or csv"));
                       return;
                   }
                   QJsonArray records;
                   for (const ConsentEntry &e : entries)
                       records.append(e.toJson());
                   ex->replyJson(200, QJsonObject{{QStringLiteral("records"), records},
                                                  {QStringLiteral("truncated"),
                                                   entries.size() >= kMaxExportRows}});
               });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/whatsapp/conversations/:id/consent"),
               [&ctx](const HttpExchangePtr &ex) {
                   if (!ctx.auth.require(ex, domain::Role::Agent))
                       return;
                   const qint64 id = idArg(ex);
                   if (!id)
                       return;
                   const auto conversation = ConversationStore(ctx.db).get(id);
                   if (!conversation) {
                       ex->replyError(404, QStringLiteral("not_found"),
                                      QStringLiteral("no such conversation"));
                       return;
                   }
                   replyLedger(ctx, ex, conversation->contactId);
               });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/whatsapp/conversations/:id/consent"),
               [&ctx](const HttpExchangePtr &ex) {
                   const auto caller = ctx.auth.require(ex, domain::Role::Agent);
                   if (!caller)
                       return;
                   const qint64 id = idArg(ex);
                   const auto body = id ? jsonBody(ex) : std::nullopt;
                   if (body)
                       recordAgentAction(ctx, ex, id, *body, caller->agent.username);
               });
}

} // namespace recado::relay
