// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/templates/TemplateSend.h"

#include "core/whatsapp/templates/TemplateValidator.h"
#include "relay/consent/ConsentStore.h"
#include "relay/store/Database.h"
#include "relay/store/ServiceRequestStore.h"
#include "relay/store/UserStore.h"
#include "relay/templates/TemplateIssues.h"
#include "relay/templates/TemplateParameters.h"

#include <QJsonArray>

namespace recado::relay {

using whatsapp::Template;
using whatsapp::TemplateStatus;

namespace {

bool checkConsent(Database &db, const HttpExchangePtr &ex, const domain::Conversation &conversation,
                  whatsapp::TemplateCategory category)
{
    const whatsapp::ConsentDecision d = ConsentStore(db).decide(conversation.contactId, category);
    if (d.allowed)
        return true;
    ex->replyError(422, d.code, d.reason);
    return false;
}

//! A Graph object written by the client: sent as is once the library and consent allow it.
bool prepareRaw(Database &db, const HttpExchangePtr &ex, const domain::Conversation &conversation,
                const QJsonObject &graph)
{
    const QString name = graph.value(QStringLiteral("name")).toString();
    const QString code =
        graph.value(QStringLiteral("language")).toObject().value(QStringLiteral("code")).toString();
    const auto row = TemplateStore(db).find(name, code);
    if (row && row->tmpl.status != TemplateStatus::Approved) {
        TemplateSend::replyNotApproved(ex, *row);
        return false;
    }
    return checkConsent(db, ex, conversation,
                        row ? row->tmpl.category : whatsapp::TemplateCategory::Unknown);
}

} // namespace

std::optional<TemplateRow> TemplateSend::lookup(Database &db, const QString &name,
                                                const QString &language,
                                                const QString &conversationLanguage)
{
    TemplateStore store(db);
    if (!language.isEmpty())
        return store.findBest(name, language);
    if (!conversationLanguage.isEmpty()) {
        if (auto row = store.findBest(name, conversationLanguage))
            return row;
    }
    const QList<TemplateRow> all = store.list(TemplateFilter{{}, {}, name, {}});
    for (const TemplateRow &r : all) {
        if (r.tmpl.status == TemplateStatus::Approved)
            return r;
    }
    return all.isEmpty() ? std::nullopt : std::optional<TemplateRow>(all.first());
}

whatsapp::ParameterContext TemplateSend::context(Database &db,
                                                 const domain::Conversation *conversation,
                                                 const QString &author, const QString &language,
                                                 const QJsonObject &values)
{
    whatsapp::ParameterContext ctx;
    ctx.language = language;
    if (conversation) {
        ctx.customerName = conversation->customerName;
        if (!conversation->serviceRequestId.isEmpty()) {
            if (auto request = ServiceRequestStore(db).get(conversation->serviceRequestId))
                ctx.request = *request;
        }
    }
    if (!author.isEmpty()) {
        const auto user = UserStore(db).findByUsername(author);
        ctx.values.insert(QStringLiteral("agent.name"), user && !user->agent.displayName.isEmpty()
                                                            ? user->agent.displayName
                                                            : author);
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.value().isString())
            ctx.values.insert(it.key(), it.value().toString());
    }
    return ctx;
}

whatsapp::RenderedTemplate TemplateSend::preview(const Template &t,
                                                 whatsapp::TemplateArguments args)
{
    const auto markMissing = [](const QStringList &keys, QStringList *values) {
        for (qsizetype i = 0; i < values->size() && i < keys.size(); ++i) {
            if ((*values)[i].trimmed().isEmpty())
                (*values)[i] = QStringLiteral("{{%1}}").arg(keys.at(i));
        }
    };
    markMissing(t.headerVariableKeys(), &args.header);
    markMissing(t.bodyVariableKeys(), &args.body);
    return whatsapp::TemplateRenderer::render(t, args);
}

QJsonObject TemplateSend::renderedJson(const whatsapp::RenderedTemplate &r)
{
    return QJsonObject{{QStringLiteral("header_format"), whatsapp::toString(r.headerFormat)},
                       {QStringLiteral("header"), r.header},
                       {QStringLiteral("body"), r.body},
                       {QStringLiteral("footer"), r.footer},
                       {QStringLiteral("buttons"), QJsonArray::fromStringList(r.buttons)},
                       {QStringLiteral("text"), r.toPlainText()}};
}

void TemplateSend::replyNotApproved(const HttpExchangePtr &ex, const TemplateRow &row)
{
    const QString why = row.statusDetail.isEmpty()
                            ? whatsapp::TemplateValidator::statusExplanation(row.tmpl)
                            : row.statusDetail;
    ex->replyJson(
        422,
        QJsonObject{{QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), QStringLiteral("template_not_approved")},
                                 {QStringLiteral("message"), why},
                                 {QStringLiteral("status"), whatsapp::toString(row.tmpl.status)},
                                 {QStringLiteral("template"), row.toJson()}}}});
}

bool TemplateSend::prepare(Database &db, const HttpExchangePtr &ex,
                           const domain::Conversation &conversation, const QString &author,
                           domain::Message *m)
{
    const QJsonObject spec = m->content.value(QStringLiteral("template")).toObject();
    if (spec.value(QStringLiteral("language")).isObject())
        return prepareRaw(db, ex, conversation, spec);

    const QString name = spec.value(QStringLiteral("name")).toString();
    if (name.isEmpty()) {
        ex->replyError(400, QStringLiteral("missing_template_name"),
                       QStringLiteral("template.name is required"));
        return false;
    }
    const QString language = spec.value(QStringLiteral("language")).toString();
    const auto row = lookup(db, name, language, conversation.language);
    if (!row) {
        ex->replyError(
            422, QStringLiteral("template_unknown"),
            QStringLiteral("the template \"%1\"%2 is not in the library; sync the templates or "
                           "submit it to Meta first")
                .arg(name, language.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(language)));
        return false;
    }
    const Template &t = row->tmpl;
    if (t.status != TemplateStatus::Approved) {
        replyNotApproved(ex, *row);
        return false;
    }
    whatsapp::TemplateArguments args;
    QString error;
    const auto ctx = context(db, &conversation, author, t.language,
                             spec.value(QStringLiteral("values")).toObject());
    if (!TemplateParameters::resolve(t, spec.value(QStringLiteral("parameters")).toObject(), ctx,
                                     &args, &error)) {
        ex->replyError(400, QStringLiteral("invalid_parameters"), error);
        return false;
    }
    const whatsapp::ValidationIssues issues = whatsapp::TemplateValidator::validateForSend(t, args);
    if (whatsapp::hasErrors(issues)) {
        TemplateIssues::replyInvalid(
            ex, QStringLiteral("the template \"%1\" (%2) cannot be sent").arg(t.name, t.language),
            issues);
        return false;
    }
    if (!checkConsent(db, ex, conversation, t.category))
        return false;
    const whatsapp::RenderedTemplate rendered = whatsapp::TemplateRenderer::render(t, args);
    m->content = QJsonObject{
        {QStringLiteral("template"), whatsapp::TemplateRenderer::graphTemplateObject(t, args)},
        {QStringLiteral("rendered"), renderedJson(rendered)}};
    m->text = rendered.toPlainText();
    return true;
}

} // namespace recado::relay
