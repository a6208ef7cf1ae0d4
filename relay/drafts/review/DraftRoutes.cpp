// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/review/DraftRoutes.h"

#include "core/protocol/JsonCodec.h"
#include "relay/api/ApiContext.h"
#include "relay/auth/Authenticator.h"
#include "relay/drafts/KnowledgeBase.h"
#include "relay/drafts/review/DraftActions.h"
#include "relay/drafts/review/DraftFigures.h"
#include "relay/drafts/review/DraftService.h"
#include "relay/drafts/review/DraftStore.h"
#include "relay/http/Router.h"
#include "relay/store/ConversationStore.h"
#include "relay/store/Database.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace recado::relay {

using namespace review;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kMaxFigureRangeMs = 366 * kDayMs;

qint64 draftIdArg(const HttpExchangePtr &ex)
{
    bool ok = false;
    const qint64 id = ex->pathArgs.value(0).toLongLong(&ok);
    if (!ok || id <= 0) {
        ex->replyError(404, QStringLiteral("not_found"), QStringLiteral("no such draft"));
        return 0;
    }
    return id;
}

//! `tz` query item (IANA name, default UTC), or replies 400.
std::optional<QTimeZone> zoneArg(const HttpExchangePtr &ex)
{
    const QString name = ex->queryValue(QStringLiteral("tz"));
    if (name.isEmpty())
        return QTimeZone::utc();
    const QTimeZone zone(name.toUtf8());
    if (!zone.isValid()) {
        ex->replyError(400, QStringLiteral("invalid_tz"),
                       QStringLiteral("tz must be a time zone name such as America/Mexico_City"));
        return std::nullopt;
    }
    return zone;
}

//! `from`/`to` query item: an ISO date (a whole day in `zone`; `to` includes that day) or an
//! ISO date-time. 0 when absent; -1 after replying 400.
qint64 timeArg(const HttpExchangePtr &ex, const QString &name, const QTimeZone &zone, bool end)
{
    const QString v = ex->queryValue(name);
    if (v.isEmpty())
        return 0;
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    QDateTime t;
    if (dateOnly.match(v).hasMatch()) {
        const QDate day = QDate::fromString(v, Qt::ISODate);
        if (day.isValid())
            t = (end ? day.addDays(1) : day).startOfDay(zone);
    } else {
        t = protocol::fromIsoTime(v);
    }
    if (!t.isValid()) {
        ex->replyError(
            400, QStringLiteral("invalid_time"),
            QStringLiteral("%1 must be a date (2026-05-12) or an ISO date-time").arg(name));
        return -1;
    }
    return t.toMSecsSinceEpoch();
}

QJsonArray draftList(DraftService &service, const QList<DraftRecord> &drafts)
{
    QJsonArray list;
    for (const DraftRecord &d : drafts)
        list.append(service.draftJson(d));
    return list;
}

QJsonObject articleJson(const drafts::KbArticle &a, bool withBody)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("lang"), a.lang},
                  {QStringLiteral("title"), a.title},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)}};
    if (withBody)
        o.insert(QStringLiteral("body"), a.body);
    return o;
}

void listDrafts(ApiContext &ctx, DraftService &service, const HttpExchangePtr &ex)
{
    const auto zone = zoneArg(ex);
    if (!zone)
        return;
    DraftFilter f;
    f.intent = ex->queryValue(QStringLiteral("intent"));
    if (!f.intent.isEmpty() && !drafts::intentFromName(f.intent)) {
        ex->replyError(400, QStringLiteral("invalid_intent"),
                       QStringLiteral("intent must be one of: %1")
                           .arg(drafts::intentNames().join(QStringLiteral(", "))));
        return;
    }
    const QString outcome = ex->queryValue(QStringLiteral("outcome"));
    if (!outcome.isEmpty()) {
        f.status = draftStatusFromString(outcome);
        if (!f.status) {
            ex->replyError(400, QStringLiteral("invalid_outcome"),
                           QStringLiteral("outcome must be one of: %1")
                               .arg(draftStatusNames().join(QStringLiteral(", "))));
            return;
        }
    }
    f.agent = ex->queryValue(QStringLiteral("agent"));
    const QString escalated = ex->queryValue(QStringLiteral("escalated"));
    if (!escalated.isEmpty())
        f.escalated = escalated == QLatin1String("true") || escalated == QLatin1String("1");
    const QString wrong = ex->queryValue(QStringLiteral("marked_wrong"));
    f.markedWrongOnly = wrong == QLatin1String("true") || wrong == QLatin1String("1");
    f.conversationId = ex->queryValue(QStringLiteral("conversation")).toLongLong();
    f.fromMs = timeArg(ex, QStringLiteral("from"), *zone, false);
    f.toMs = f.fromMs < 0 ? 0 : timeArg(ex, QStringLiteral("to"), *zone, true);
    if (f.fromMs < 0 || f.toMs < 0)
        return;
    f.beforeId = ex->queryValue(QStringLiteral("cursor")).toLongLong();
    f.limit = qBound(1,
                     ex->hasQueryValue(QStringLiteral("limit"))
                         ? ex->queryValue(QStringLiteral("limit")).toInt()
                         : 50,
                     200);
    bool more = false;
    const QList<DraftRecord> rows = DraftStore(ctx.db).list(f, &more);
    ex->replyJson(200,
                  QJsonObject{{QStringLiteral("drafts"), draftList(service, rows)},
                              {QStringLiteral("next_cursor"),
                               more && !rows.isEmpty() ? QJsonValue(QString::number(rows.last().id))
                                                       : QJsonValue()}});
}

void figures(ApiContext &ctx, const HttpExchangePtr &ex)
{
    const auto zone = zoneArg(ex);
    if (!zone)
        return;
    qint64 from = timeArg(ex, QStringLiteral("from"), *zone, false);
    qint64 to = from < 0 ? 0 : timeArg(ex, QStringLiteral("to"), *zone, true);
    if (from < 0 || to < 0)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (to == 0)
        to = now.toMSecsSinceEpoch();
    if (from == 0) // the last seven calendar days, today included
        from = now.toTimeZone(*zone).date().addDays(-6).startOfDay(*zone).toMSecsSinceEpoch();
    if (from >= to || to - from > kMaxFigureRangeMs) {
        ex->replyError(400, QStringLiteral("invalid_range"),
                       QStringLiteral("from must be before to, at most 366 days apart"));
        return;
    }
    ex->replyJson(200, DraftFigures(ctx.db).compute(from, to, *zone));
}

} // namespace

void registerDraftRoutes(Router &router, ApiContext &ctx, DraftService &service)
{
    auto actions = std::make_shared<DraftActions>(ctx, service);
    ctx.metricSources.push_back([&service](const MetricSink &metric) {
        metric("recado_drafts_backlog", "gauge",
               "Customer messages taken for an AI draft whose draft is not stored yet.",
               service.backlog());
        metric("recado_drafts_skipped_total", "counter",
               "Customer messages left without an AI draft because RECADO_AI_BACKLOG were "
               "already waiting.",
               service.skippedCount());
    });

    // Literal paths first: the router takes the first match, and ":id" would match "figures".
    router.add(QStringLiteral("GET"), QStringLiteral("/api/drafts"),
               [&ctx, &service](const HttpExchangePtr &ex) {
                   if (ctx.auth.require(ex, domain::Role::Supervisor))
                       listDrafts(ctx, service, ex);
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/drafts/figures"),
               [&ctx](const HttpExchangePtr &ex) {
                   if (ctx.auth.require(ex, domain::Role::Supervisor))
                       figures(ctx, ex);
               });
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/drafts/settings"),
        [&ctx, &service](const HttpExchangePtr &ex) {
            if (!ctx.auth.require(ex, domain::Role::Agent))
                return;
            ex->replyJson(
                200,
                QJsonObject{
                    {QStringLiteral("policy"), service.policy().toJson()},
                    {QStringLiteral("drafter"), service.drafterName()},
                    {QStringLiteral("reject_reasons"), QJsonArray::fromStringList(rejectReasons())},
                    {QStringLiteral("outcomes"), QJsonArray::fromStringList(draftStatusNames())},
                    {QStringLiteral("intents"), QJsonArray::fromStringList(drafts::intentNames())},
                    {QStringLiteral("knowledge_base_articles"), service.knowledgeBase().size()}});
        });
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/drafts/:id"),
        [&ctx, &service](const HttpExchangePtr &ex) {
            if (!ctx.auth.require(ex, domain::Role::Agent))
                return;
            const qint64 id = draftIdArg(ex);
            if (!id)
                return;
            const auto d = DraftStore(ctx.db).get(id);
            if (!d) {
                ex->replyError(404, QStringLiteral("not_found"), QStringLiteral("no such draft"));
                return;
            }
            ex->replyJson(200, QJsonObject{{QStringLiteral("draft"), service.draftJson(*d)}});
        });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/drafts/:id/decisions"),
               [&ctx](const HttpExchangePtr &ex) {
                   if (!ctx.auth.require(ex, domain::Role::Supervisor))
                       return;
                   const qint64 id = draftIdArg(ex);
                   if (!id)
                       return;
                   DraftStore store(ctx.db);
                   if (!store.get(id)) {
                       ex->replyError(404, QStringLiteral("not_found"),
                                      QStringLiteral("no such draft"));
                       return;
                   }
                   QJsonArray list;
                   for (const DraftDecision &d : store.decisions(id))
                       list.append(d.toJson());
                   ex->replyJson(200, QJsonObject{{QStringLiteral("decisions"), list}});
               });
    auto post = [&router, &ctx](const QString &path, domain::Role role,
                                std::function<void(const HttpExchangePtr &, const QString &, qint64,
                                                   const QJsonObject &)>
                                    act) {
        router.add(QStringLiteral("POST"), path, [&ctx, role, act](const HttpExchangePtr &ex) {
            const auto caller = ctx.auth.require(ex, role);
            if (!caller)
                return;
            const qint64 id = draftIdArg(ex);
            const auto body = id ? jsonBody(ex) : std::nullopt;
            if (body)
                act(ex, caller->agent.username, id, *body);
        });
    };
    post(QStringLiteral("/api/drafts/:id/approve"), domain::Role::Agent,
         [actions](const HttpExchangePtr &ex, const QString &who, qint64 id,
                   const QJsonObject &body) { actions->send(ex, who, id, body, false); });
    post(QStringLiteral("/api/drafts/:id/send-edited"), domain::Role::Agent,
         [actions](const HttpExchangePtr &ex, const QString &who, qint64 id,
                   const QJsonObject &body) { actions->send(ex, who, id, body, true); });
    post(QStringLiteral("/api/drafts/:id/reject"), domain::Role::Agent,
         [actions](const HttpExchangePtr &ex, const QString &who, qint64 id,
                   const QJsonObject &body) { actions->reject(ex, who, id, body); });
    post(QStringLiteral("/api/drafts/:id/mark-wrong"), domain::Role::Supervisor,
         [actions](const HttpExchangePtr &ex, const QString &who, qint64 id,
                   const QJsonObject &body) { actions->markWrong(ex, who, id, body); });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/whatsapp/conversations/:id/drafts"),
               [&ctx, &service](const HttpExchangePtr &ex) {
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
                   DraftFilter f;
                   f.conversationId = id;
                   const QString status = ex->queryValue(QStringLiteral("status"));
                   if (!status.isEmpty()) {
                       f.status = draftStatusFromString(status);
                       if (!f.status) {
                           ex->replyError(400, QStringLiteral("invalid_status"),
                                          QStringLiteral("status must be one of: %1")
                                              .arg(draftStatusNames().join(QStringLiteral(", "))));
                           return;
                       }
                   }
                   f.limit = qBound(1,
                                    ex->hasQueryValue(QStringLiteral("limit"))
                                        ? ex->queryValue(QStringLiteral("limit")).toInt()
                                        : 20,
                                    200);
                   const QList<DraftRecord> rows = DraftStore(ctx.db).list(f);
                   QJsonValue pending;
                   for (const DraftRecord &d : rows) {
                       if (d.isPending())
                           pending = service.draftJson(d);
                   }
                   if (pending.isNull() && !f.status) {
                       if (const auto p = DraftStore(ctx.db).pending(id))
                           pending = service.draftJson(*p);
                   }
                   ex->replyJson(200,
                                 QJsonObject{{QStringLiteral("drafts"), draftList(service, rows)},
                                             {QStringLiteral("pending"), pending}});
               });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/kb"),
               [&ctx, &service](const HttpExchangePtr &ex) {
                   if (!ctx.auth.require(ex, domain::Role::Agent))
                       return;
                   const QString q = ex->queryValue(QStringLiteral("q")).trimmed();
                   const QString lang = ex->queryValue(QStringLiteral("lang"));
                   const int limit = qBound(1,
                                            ex->hasQueryValue(QStringLiteral("limit"))
                                                ? ex->queryValue(QStringLiteral("limit")).toInt()
                                                : 50,
                                            200);
                   QJsonArray list;
                   if (q.isEmpty()) {
                       QList<drafts::KbArticle> all = service.knowledgeBase().articles();
                       std::sort(all.begin(), all.end(),
                                 [](const drafts::KbArticle &a, const drafts::KbArticle &b) {
                                     return a.id < b.id;
                                 });
                       for (const drafts::KbArticle &a : all) {
                           if ((lang.isEmpty() || a.lang == lang) && list.size() < limit)
                               list.append(articleJson(a, false));
                       }
                   } else {
                       for (const auto &hit : service.knowledgeBase().search(q, lang, limit)) {
                           QJsonObject o = articleJson(hit.article, false);
                           o.insert(QStringLiteral("score"), hit.score);
                           list.append(o);
                       }
                   }
                   ex->replyJson(200, QJsonObject{{QStringLiteral("articles"), list}});
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/kb/:id"),
               [&ctx, &service](const HttpExchangePtr &ex) {
                   if (!ctx.auth.require(ex, domain::Role::Agent))
                       return;
                   const auto article = service.knowledgeBase().article(ex->pathArgs.value(0));
                   if (!article) {
                       ex->replyError(404, QStringLiteral("not_found"),
                                      QStringLiteral("no such knowledge-base article"));
                       return;
                   }
                   ex->replyJson(
                       200, QJsonObject{{QStringLiteral("article"), articleJson(*article, true)}});
               });
}

} // namespace recado::relay
