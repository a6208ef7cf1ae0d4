// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/TemplateApi.h"

#include "core/protocol/JsonCodec.h"

#include <QJsonArray>

namespace recado::sync {

QList<TemplateEntry> TemplateApi::parseList(const QJsonObject &body)
{
    QList<TemplateEntry> out;
    for (const QJsonValue &v : body.value(QStringLiteral("templates")).toArray()) {
        const QJsonObject o = v.toObject();
        TemplateEntry e;
        e.tmpl = whatsapp::Template::fromJson(o);
        e.sendable = o.value(QStringLiteral("sendable")).toBool();
        e.statusDetail = o.value(QStringLiteral("status_detail")).toString();
        e.json = o;
        out.append(e);
    }
    return out;
}

TemplatePreviewResult TemplateApi::parsePreview(const QJsonObject &body)
{
    TemplatePreviewResult p;
    const QJsonObject r = body.value(QStringLiteral("rendered")).toObject();
    p.headerFormat = r.value(QStringLiteral("header_format")).toString();
    p.header = r.value(QStringLiteral("header")).toString();
    p.body = r.value(QStringLiteral("body")).toString();
    p.footer = r.value(QStringLiteral("footer")).toString();
    for (const QJsonValue &b : r.value(QStringLiteral("buttons")).toArray())
        p.buttons.append(b.toString());
    p.text = r.value(QStringLiteral("text")).toString();
    p.graph = body.value(QStringLiteral("graph")).toObject();
    for (const QJsonValue &v : body.value(QStringLiteral("issues")).toArray())
        p.issues.append(TemplateIssue::fromJson(v.toObject()));
    p.sendable = body.value(QStringLiteral("sendable")).toBool();
    const QJsonValue consent = body.value(QStringLiteral("consent"));
    if (consent.isObject()) {
        const QJsonObject c = consent.toObject();
        p.consent.known = true;
        p.consent.allowed = c.value(QStringLiteral("allowed")).toBool(true);
        p.consent.code = c.value(QStringLiteral("code")).toString();
        p.consent.reason = c.value(QStringLiteral("reason")).toString();
    }
    return p;
}

void TemplateApi::templates(QObject *context, RelayApi::Typed<QList<TemplateEntry>> done) const
{
    m_api->get(QStringLiteral("/api/templates"), {}, context,
               [done = std::move(done)](const ApiResult &r) { done(r, parseList(r.body)); });
}

void TemplateApi::preview(const QJsonObject &spec, qint64 conversationId, QObject *context,
                          RelayApi::Typed<TemplatePreviewResult> done) const
{
    QJsonObject body = spec;
    if (conversationId > 0)
        body.insert(QStringLiteral("conversation_id"), conversationId);
    m_api->post(QStringLiteral("/api/templates/preview"), body, context,
                [done = std::move(done)](const ApiResult &r) { done(r, parsePreview(r.body)); });
}

void TemplateApi::sendToNumber(const QString &clientId, const QString &to, const QJsonObject &spec,
                               QObject *context, RelayApi::Typed<domain::Message> done) const
{
    const QJsonObject body{{QStringLiteral("client_id"), clientId},
                           {QStringLiteral("to"), to},
                           {QStringLiteral("template"), spec}};
    m_api->post(
        QStringLiteral("/api/whatsapp/messages"), body, context,
        [done = std::move(done)](const ApiResult &r) {
            done(r, protocol::messageFromJson(r.body.value(QStringLiteral("message")).toObject()));
        });
}

} // namespace recado::sync
