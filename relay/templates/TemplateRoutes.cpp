// SPDX-License-Identifier: GPL-3.0-or-later
// Template library routes: list, sync, the shipped definitions, submission to Meta and preview.
// See docs/api.md, "Templates and consent".
#include "core/whatsapp/GraphErrors.h"
#include "core/whatsapp/templates/TemplateCatalog.h"
#include "core/whatsapp/templates/TemplateValidator.h"
#include "relay/RelayConfig.h"
#include "relay/api/ApiContext.h"
#include "relay/auth/Authenticator.h"
#include "relay/consent/ConsentStore.h"
#include "relay/http/Router.h"
#include "relay/outbox/GraphClient.h"
#include "relay/store/ConversationStore.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"
#include "relay/templates/TemplateIssues.h"
#include "relay/templates/TemplateParameters.h"
#include "relay/templates/TemplateSend.h"
#include "relay/templates/TemplateStore.h"
#include "relay/templates/TemplateSync.h"

#include <QJsonArray>

namespace recado::relay {

using whatsapp::Template;
using whatsapp::TemplateStatus;

namespace {

constexpr int kDuplicateTemplateSubcode = 2388024; // "content in this language already exists"

const whatsapp::TemplateCatalog &shipped()
{
    static const whatsapp::TemplateCatalog catalog = whatsapp::TemplateCatalog::loadShipped();
    return catalog;
}

QJsonObject syncJson(const TemplateSync *sync)
{
    if (!sync)
        return {};
    QJsonObject o = sync->lastResult().toJson();
    o.insert(QStringLiteral("running"), sync->isRunning());
    return o;
}

//! A template from the request: `definition` (Meta's create JSON, possibly with
//! recado_parameters) or a shipped one by `name` + `language`. Replies 400/404 itself.
std::optional<Template> localDefinition(const HttpExchangePtr &ex, const QJsonObject &body)
{
    if (body.value(QStringLiteral("definition")).isObject())
        return Template::fromJson(body.value(QStringLiteral("definition")).toObject());
    const QString name = body.value(QStringLiteral("name")).toString();
    const QString language = body.value(QStringLiteral("language")).toString();
    if (name.isEmpty() || language.isEmpty()) {
        ex->replyError(
            400, QStringLiteral("missing_template"),
            QStringLiteral("give a shipped template's name and language, or a definition"));
        return std::nullopt;
    }
    const auto t = shipped().find(name, language);
    if (!t)
        ex->replyError(404, QStringLiteral("template_unknown"),
                       QStringLiteral("no shipped template \"%1\" in %2").arg(name, language));
    return t;
}

void replyGraphFailure(const HttpExchangePtr &ex, const GraphResult &r)
{
    const auto info = whatsapp::explainGraphError(r.metaCode, r.httpStatus, r.details);
    const QJsonObject meta{{QStringLiteral("code"), r.metaCode},
                           {QStringLiteral("subcode"), r.metaSubcode},
                           {QStringLiteral("message"), r.metaMessage},
                           {QStringLiteral("details"), r.details}};
    int status = 422;
    QString code = QStringLiteral("meta_rejected");
    QString message = r.details.isEmpty() ? r.metaMessage : r.details;
    if (r.metaSubcode == kDuplicateTemplateSubcode) {
        status = 409;
        code = QStringLiteral("template_exists");
    } else if (info.kind != whatsapp::ErrorKind::Permanent) {
        status = info.kind == whatsapp::ErrorKind::Auth ? 502 : 503;
        code = info.kind == whatsapp::ErrorKind::Auth ? QStringLiteral("meta_auth_failed")
                                                      : QStringLiteral("meta_unavailable");
        message = info.explanation;
    } else if (message.isEmpty()) {
        message = info.explanation;
    }
    ex->replyJson(status, QJsonObject{{QStringLiteral("error"),
                                       QJsonObject{{QStringLiteral("code"), code},
                                                   {QStringLiteral("message"), message},
                                                   {QStringLiteral("meta"), meta}}}});
}

void submit(ApiContext &ctx, const HttpExchangePtr &ex, const QJsonObject &body,
            const QString &admin)
{
    const auto local = localDefinition(ex, body);
    if (!local)
        return;
    Template t = *local;
    const whatsapp::ValidationIssues issues = whatsapp::TemplateValidator::validateForSubmission(t);
    if (whatsapp::hasErrors(issues)) {
        TemplateIssues::replyInvalid(
            ex,
            QStringLiteral("the template \"%1\" (%2) cannot be submitted").arg(t.name, t.language),
            issues);
        return;
    }
    if (ctx.config.wabaId.isEmpty()) {
        ex->replyError(503, QStringLiteral("not_configured"),
                       QStringLiteral("META_WABA_ID is not set, so templates cannot be submitted"));
        return;
    }
    const QJsonArray warnings = TemplateIssues::warnings(issues);
    ctx.graph.post(
        ctx.config.wabaId + QStringLiteral("/message_templates"), t.toCreateBody(),
        [&ctx, ex, t, admin, warnings](const GraphResult &r) mutable {
            if (!r.ok()) {
                replyGraphFailure(ex, r);
                return;
            }
            t.id = r.body.value(QStringLiteral("id")).toString();
            t.status = whatsapp::templateStatusFromString(
                r.body.value(QStringLiteral("status")).toString(QStringLiteral("PENDING")));
            const auto category = whatsapp::templateCategoryFromString(
                r.body.value(QStringLiteral("category")).toString());
            if (category != whatsapp::TemplateCategory::Unknown)
                t.category = category; // Meta may re-categorise on creation
            Transaction tx(ctx.db);
            TemplateStore store(ctx.db);
            std::optional<TemplateRow> row;
            if (store.upsertSubmitted(t, admin, QDateTime::currentMSecsSinceEpoch()))
                row = store.find(t.name, t.language);
            const domain::Event e =
                row ? EventLog(ctx.db).append(
                          QStringLiteral("template.updated"), 0,
                          QJsonObject{{QStringLiteral("template"), row->toJson()},
                                      {QStringLiteral("reason"), QStringLiteral("submitted")}})
                    : domain::Event{};
            if (e.seq == 0 || !tx.commit()) {
                ex->replyError(500, QStringLiteral("storage_error"),
                               QStringLiteral("Meta accepted the template but it could not be "
                                              "stored; sync the templates"));
                return;
            }
            ctx.publish({e});
            ex->replyJson(201, QJsonObject{{QStringLiteral("template"), row->toJson()},
                                           {QStringLiteral("warnings"), warnings}});
        });
}

void preview(ApiContext &ctx, const HttpExchangePtr &ex, const QJsonObject &body,
             const QString &author)
{
    std::optional<domain::Conversation> conversation;
    if (body.contains(QStringLiteral("conversation_id"))) {
        conversation = ConversationStore(ctx.db).get(
            body.value(QStringLiteral("conversation_id")).toInteger());
        if (!conversation) {
            ex->replyError(404, QStringLiteral("not_found"),
                           QStringLiteral("no such conversation"));
            return;
        }
    }
    Template t;
    std::optional<TemplateRow> row;
    whatsapp::ValidationIssues issues;
    const bool local = body.value(QStringLiteral("definition")).isObject() ||
                       body.value(QStringLiteral("shipped")).toBool();
    if (local) {
        const auto definition = localDefinition(ex, body);
        if (!definition)
            return;
        t = *definition;
        issues = whatsapp::TemplateValidator::validateForSubmission(t);
    } else {
        const QString name = body.value(QStringLiteral("name")).toString();
        row = TemplateSend::lookup(ctx.db, name, body.value(QStringLiteral("language")).toString(),
                                   conversation ? conversation->language : QString());
        if (!row) {
            ex->replyError(404, QStringLiteral("template_unknown"),
                           QStringLiteral("the template \"%1\" is not in the library").arg(name));
            return;
        }
        t = row->tmpl;
    }
    whatsapp::TemplateArguments args;
    QString error;
    const auto context =
        TemplateSend::context(ctx.db, conversation ? &*conversation : nullptr, author, t.language,
                              body.value(QStringLiteral("values")).toObject());
    if (!TemplateParameters::resolve(t, body.value(QStringLiteral("parameters")).toObject(),
                                     context, &args, &error)) {
        ex->replyError(400, QStringLiteral("invalid_parameters"), error);
        return;
    }
    // A local definition has no status yet: check its values as if it were approved.
    Template sendable = t;
    if (local)
        sendable.status = TemplateStatus::Approved;
    issues += whatsapp::TemplateValidator::validateForSend(sendable, args);
    // Why it cannot be sent, in Meta's words when a webhook gave them.
    for (whatsapp::ValidationIssue &issue : issues) {
        if (issue.rule == QLatin1String("send.status") && row && !row->statusDetail.isEmpty())
            issue.message = row->statusDetail;
    }
    QJsonObject out{
        {QStringLiteral("template"), row ? row->toJson() : t.toMetaJson(true)},
        {QStringLiteral("rendered"), TemplateSend::renderedJson(TemplateSend::preview(t, args))},
        {QStringLiteral("graph"), whatsapp::TemplateRenderer::graphTemplateObject(t, args)},
        {QStringLiteral("issues"), TemplateIssues::toJson(issues)},
        {QStringLiteral("sendable"), !local && !whatsapp::hasErrors(issues)}};
    if (conversation) {
        const auto d = ConsentStore(ctx.db).decide(conversation->contactId, t.category);
        out.insert(QStringLiteral("consent"), QJsonObject{{QStringLiteral("allowed"), d.allowed},
                                                          {QStringLiteral("code"), d.code},
                                                          {QStringLiteral("reason"), d.reason}});
        if (!d.allowed)
            out.insert(QStringLiteral("sendable"), false);
    }
    ex->replyJson(200, out);
}

} // namespace

void registerTemplateRoutes(Router &router, ApiContext &ctx)
{
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/templates"), [&ctx](const HttpExchangePtr &ex) {
            if (!ctx.auth.require(ex, domain::Role::Agent))
                return;
            TemplateFilter filter{ex->queryValue(QStringLiteral("status")),
                                  ex->queryValue(QStringLiteral("language")),
                                  ex->queryValue(QStringLiteral("name")),
                                  ex->queryValue(QStringLiteral("category"))};
            QJsonArray list;
            for (const TemplateRow &r : TemplateStore(ctx.db).list(filter))
                list.append(r.toJson());
            ex->replyJson(200, QJsonObject{{QStringLiteral("templates"), list},
                                           {QStringLiteral("sync"), syncJson(ctx.templateSync)}});
        });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/templates/sync"),
               [&ctx](const HttpExchangePtr &ex) {
                   if (!ctx.auth.require(ex, domain::Role::Supervisor))
                       return;
                   if (!ctx.templateSync) {
                       ex->replyError(503, QStringLiteral("not_configured"),
                                      QStringLiteral("template sync is not running"));
                       return;
                   }
                   // The reply waits for the listing to be read and stored.
                   ctx.templateSync->sync([ex](const TemplateSyncResult &r) {
                       if (r.ok)
                           ex->replyJson(200, QJsonObject{{QStringLiteral("sync"), r.toJson()}});
                       else
                           ex->replyJson(
                               502, QJsonObject{{QStringLiteral("error"),
                                                 QJsonObject{{QStringLiteral("code"),
                                                              QStringLiteral("sync_failed")},
                                                             {QStringLiteral("message"), r.error}}},
                                                {QStringLiteral("sync"), r.toJson()}});
                   });
               });

    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/templates/shipped"),
        [&ctx](const HttpExchangePtr &ex) {
            if (!ctx.auth.require(ex, domain::Role::Agent))
                return;
            TemplateStore store(ctx.db);
            QJsonArray list;
            for (const Template &t : shipped().templates()) {
                QJsonObject o = t.toMetaJson(true);
                o.insert(
                    QStringLiteral("issues"),
                    TemplateIssues::toJson(whatsapp::TemplateValidator::validateForSubmission(t)));
                o.insert(QStringLiteral("example"),
                         whatsapp::TemplateRenderer::renderExample(t).toPlainText());
                const auto row = store.find(t.name, t.language);
                o.insert(QStringLiteral("library"),
                         row ? QJsonObject{{QStringLiteral("id"), row->tmpl.id},
                                           {QStringLiteral("status"),
                                            whatsapp::toString(row->tmpl.status)},
                                           {QStringLiteral("status_detail"), row->statusDetail}}
                             : QJsonValue());
                list.append(o);
            }
            ex->replyJson(200, QJsonObject{{QStringLiteral("templates"), list}});
        });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/templates"),
               [&ctx](const HttpExchangePtr &ex) {
                   const auto caller = ctx.auth.require(ex, domain::Role::Admin);
                   if (!caller)
                       return;
                   if (const auto body = jsonBody(ex))
                       submit(ctx, ex, *body, caller->agent.username);
               });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/templates/preview"),
               [&ctx](const HttpExchangePtr &ex) {
                   const auto caller = ctx.auth.require(ex, domain::Role::Agent);
                   if (!caller)
                       return;
                   if (const auto body = jsonBody(ex))
                       preview(ctx, ex, *body, caller->agent.username);
               });
}

} // namespace recado::relay
