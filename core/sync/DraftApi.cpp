// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/DraftApi.h"

#include "core/protocol/DraftJson.h"

#include <QJsonArray>

namespace recado::sync {

using namespace recado::domain;

DraftApi::DraftApi(RelayApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

QStringList DraftApi::rejectReasons()
{
    return {QStringLiteral("wrong_intent"), QStringLiteral("wrong_facts"), QStringLiteral("tone"),
            QStringLiteral("needs_human"),  QStringLiteral("policy"),      QStringLiteral("other")};
}

QStringList DraftApi::outcomes()
{
    return {QStringLiteral("pending"),  QStringLiteral("approved"),  QStringLiteral("edited"),
            QStringLiteral("rejected"), QStringLiteral("auto_sent"), QStringLiteral("superseded")};
}

QStringList DraftApi::intents()
{
    return {QStringLiteral("confirm_appointment"),
            QStringLiteral("reschedule"),
            QStringLiteral("cancel"),
            QStringLiteral("eta"),
            QStringLiteral("request_status"),
            QStringLiteral("new_request"),
            QStringLiteral("invoice"),
            QStringLiteral("media_share"),
            QStringLiteral("billing_question"),
            QStringLiteral("billing_dispute"),
            QStringLiteral("complaint"),
            QStringLiteral("human"),
            QStringLiteral("data_request"),
            QStringLiteral("opt_out"),
            QStringLiteral("greeting"),
            QStringLiteral("thanks"),
            QStringLiteral("faq"),
            QStringLiteral("other")};
}

ApiResult DraftApi::inWords(ApiResult r)
{
    // RelayApi already words the general codes (forbidden, window_closed, not_found...).
    if (r.errorCode == QLatin1String("draft_not_pending"))
        r.errorMessage = tr("Someone already decided on this draft.");
    else if (r.errorCode == QLatin1String("note_required"))
        r.errorMessage = tr("Say in a few words why the draft is rejected.");
    else if (r.errorCode == QLatin1String("note_too_long"))
        r.errorMessage = tr("The note is too long (at most 1,000 characters).");
    else if (r.errorCode == QLatin1String("invalid_reason"))
        r.errorMessage = tr("Choose a reason for rejecting the draft.");
    else if (r.errorCode == QLatin1String("not_auto_sent"))
        r.errorMessage = tr("Only replies the AI sent by itself can be marked as wrong.");
    else if (r.errorCode == QLatin1String("client_id_conflict"))
        r.errorMessage = tr("This reply was already used for another message. Try again.");
    else if (r.errorCode == QLatin1String("conversation_closed"))
        r.errorMessage = tr("This conversation is closed. Reopen it to reply.");
    else if (r.errorCode == QLatin1String("invalid_time") ||
             r.errorCode == QLatin1String("invalid_range"))
        r.errorMessage = tr("The date range is not valid (at most 366 days, start before end).");
    return r;
}

void DraftApi::pendingDraft(qint64 conversationId, QObject *context,
                            RelayApi::Typed<std::optional<Draft>> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("status"), QStringLiteral("pending"));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    m_api->get(QStringLiteral("/api/whatsapp/conversations/%1/drafts").arg(conversationId), q,
               context, [done = std::move(done)](const ApiResult &r) {
                   std::optional<Draft> pending;
                   const QJsonValue v = r.body.value(QStringLiteral("pending"));
                   if (r.ok() && v.isObject())
                       pending = protocol::draftFromJson(v.toObject());
                   done(inWords(r), pending);
               });
}

void DraftApi::draft(qint64 draftId, QObject *context, RelayApi::Typed<Draft> done)
{
    m_api->get(QStringLiteral("/api/drafts/%1").arg(draftId), {}, context,
               [done = std::move(done)](const ApiResult &r) {
                   done(inWords(r),
                        protocol::draftFromJson(r.body.value(QStringLiteral("draft")).toObject()));
               });
}

void DraftApi::decide(const QString &path, const QJsonObject &body, QObject *context,
                      RelayApi::Typed<Draft> done)
{
    m_api->post(path, body, context, [done = std::move(done)](const ApiResult &r) {
        done(inWords(r), protocol::draftFromJson(r.body.value(QStringLiteral("draft")).toObject()));
    });
}

void DraftApi::approve(qint64 draftId, const QString &clientId, QObject *context,
                       RelayApi::Typed<Draft> done)
{
    decide(QStringLiteral("/api/drafts/%1/approve").arg(draftId),
           {{QStringLiteral("client_id"), clientId}}, context, std::move(done));
}

void DraftApi::sendEdited(qint64 draftId, const QString &clientId, const QString &text,
                          QObject *context, RelayApi::Typed<Draft> done)
{
    decide(QStringLiteral("/api/drafts/%1/send-edited").arg(draftId),
           {{QStringLiteral("client_id"), clientId}, {QStringLiteral("text"), text}}, context,
           std::move(done));
}

void DraftApi::reject(qint64 draftId, const QString &reason, const QString &note, QObject *context,
                      RelayApi::Typed<Draft> done)
{
    decide(QStringLiteral("/api/drafts/%1/reject").arg(draftId),
           {{QStringLiteral("reason"), reason}, {QStringLiteral("note"), note}}, context,
           std::move(done));
}

void DraftApi::markWrong(qint64 draftId, const QString &note, QObject *context,
                         RelayApi::Typed<Draft> done)
{
    decide(QStringLiteral("/api/drafts/%1/mark-wrong").arg(draftId),
           {{QStringLiteral("note"), note}}, context, std::move(done));
}

static void addItem(QUrlQuery &q, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

void DraftApi::list(const DraftQuery &query, QObject *context, RelayApi::Typed<DraftPage> done)
{
    QUrlQuery q;
    addItem(q, QStringLiteral("intent"), query.intent);
    addItem(q, QStringLiteral("outcome"), query.outcome);
    addItem(q, QStringLiteral("agent"), query.agent);
    if (query.escalated)
        addItem(q, QStringLiteral("escalated"),
                *query.escalated ? QStringLiteral("true") : QStringLiteral("false"));
    if (query.markedWrongOnly)
        addItem(q, QStringLiteral("marked_wrong"), QStringLiteral("true"));
    if (query.conversationId > 0)
        addItem(q, QStringLiteral("conversation"), QString::number(query.conversationId));
    if (query.from.isValid())
        addItem(q, QStringLiteral("from"), query.from.toString(Qt::ISODate));
    if (query.to.isValid())
        addItem(q, QStringLiteral("to"), query.to.toString(Qt::ISODate));
    addItem(q, QStringLiteral("tz"), query.tz);
    addItem(q, QStringLiteral("limit"), QString::number(query.limit));
    addItem(q, QStringLiteral("cursor"), query.cursor);
    m_api->get(
        QStringLiteral("/api/drafts"), q, context, [done = std::move(done)](const ApiResult &r) {
            DraftPage page;
            const QJsonArray arr = r.body.value(QStringLiteral("drafts")).toArray();
            for (const QJsonValue &v : arr)
                page.drafts.append(protocol::draftFromJson(v.toObject()));
            const QJsonValue next = r.body.value(QStringLiteral("next_cursor"));
            page.nextCursor = next.isDouble() ? QString::number(next.toInteger()) : next.toString();
            done(inWords(r), page);
        });
}

void DraftApi::decisions(qint64 draftId, QObject *context,
                         RelayApi::Typed<QList<DraftDecision>> done)
{
    m_api->get(QStringLiteral("/api/drafts/%1/decisions").arg(draftId), {}, context,
               [done = std::move(done)](const ApiResult &r) {
                   QList<DraftDecision> list;
                   const QJsonArray arr = r.body.value(QStringLiteral("decisions")).toArray();
                   for (const QJsonValue &v : arr)
                       list.append(protocol::draftDecisionFromJson(v.toObject()));
                   done(inWords(r), list);
               });
}

void DraftApi::figures(const QDate &from, const QDate &to, const QString &tz, QObject *context,
                       RelayApi::Typed<DraftFigures> done)
{
    QUrlQuery q;
    if (from.isValid())
        addItem(q, QStringLiteral("from"), from.toString(Qt::ISODate));
    if (to.isValid())
        addItem(q, QStringLiteral("to"), to.toString(Qt::ISODate));
    addItem(q, QStringLiteral("tz"), tz);
    m_api->get(QStringLiteral("/api/drafts/figures"), q, context,
               [done = std::move(done)](const ApiResult &r) {
                   done(inWords(r), protocol::draftFiguresFromJson(r.body));
               });
}

void DraftApi::kbArticle(const QString &id, QObject *context, RelayApi::Typed<KbArticle> done)
{
    m_api->get(QStringLiteral("/api/kb/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(id))),
               {}, context, [done = std::move(done)](const ApiResult &r) {
                   const QJsonObject a = r.body.value(QStringLiteral("article")).toObject();
                   KbArticle article;
                   article.id = a.value(QStringLiteral("id")).toString();
                   article.lang = a.value(QStringLiteral("lang")).toString();
                   article.title = a.value(QStringLiteral("title")).toString();
                   article.body = a.value(QStringLiteral("body")).toString();
                   for (const QJsonValue &v : a.value(QStringLiteral("tags")).toArray())
                       article.tags.append(v.toString());
                   done(inWords(r), article);
               });
}

} // namespace recado::sync
