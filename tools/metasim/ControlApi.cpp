// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/ControlApi.h"

#include "tools/metasim/FaultPlan.h"
#include "tools/metasim/MetaSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace recado::metasim {

namespace {
HttpResponse error(int status, const QString &code, const QString &message)
{
    return HttpResponse::json(
        {{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}}, status);
}

HttpResponse notFound()
{
    return error(404, u"not_found"_s, u"No such control endpoint."_s);
}

QJsonObject bodyObject(const HttpRequest &req, bool *ok)
{
    if (req.body.trimmed().isEmpty()) {
        *ok = true;
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(req.body);
    *ok = doc.isObject();
    return doc.object();
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QJsonValue &v)
{
    if (v.isDouble())
        return QDateTime::fromSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC);
    if (v.isString() && !v.toString().isEmpty()) {
        bool numeric = false;
        const qint64 secs = v.toString().toLongLong(&numeric);
        if (numeric)
            return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
        return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    }
    return {};
}

QJsonObject customerJson(const Customer &c)
{
    return {{u"wa_id"_s, c.waId},          {u"name"_s, c.name},
            {u"user_id"_s, c.userId},      {u"last_inbound"_s, iso(c.lastInbound)},
            {u"reachable"_s, c.reachable}, {u"reads_messages"_s, c.readsMessages}};
}

MediaFault mediaFaultFrom(const QString &name, bool *ok)
{
    *ok = true;
    if (name == "corrupt"_L1 || name == "corrupt_bytes"_L1)
        return MediaFault::CorruptBytes;
    if (name == "wrong_sha256"_L1)
        return MediaFault::WrongSha256;
    if (name == "server_error"_L1 || name == "5xx"_L1)
        return MediaFault::ServerError;
    if (name == "expired"_L1)
        return MediaFault::Expired;
    if (name == "none"_L1 || name.isEmpty())
        return MediaFault::None;
    *ok = false;
    return MediaFault::None;
}
} // namespace

ControlApi::ControlApi(MetaSimulator &sim)
    : m_sim(sim)
{}

HttpResponse ControlApi::handle(const HttpRequest &req)
{
    const QStringList segments = req.path.mid(1).split(u'/', Qt::SkipEmptyParts); // _sim/...
    const QString area = segments.value(1);
    if (area == "health"_L1 || area.isEmpty()) {
        const Config &cfg = m_sim.config();
        return HttpResponse::json({{u"ok"_s, true},
                                   {u"base_url"_s, m_sim.baseUrl().toString()},
                                   {u"api_version"_s, cfg.apiVersion},
                                   {u"phone_number_id"_s, cfg.phoneNumberId},
                                   {u"display_phone_number"_s, cfg.displayPhoneNumber},
                                   {u"waba_id"_s, cfg.wabaId},
                                   {u"webhook_url"_s, cfg.webhookUrl.toString()},
                                   {u"token_expired"_s, m_sim.isTokenExpired()},
                                   {u"pending_webhooks"_s, m_sim.pendingWebhooks()}});
    }
    if (area == "customers"_L1)
        return customers(req, segments);
    if (area == "faults"_L1)
        return faults(req);
    if (area == "media"_L1)
        return media(req, segments);
    if (area == "templates"_L1)
        return templates(req, segments);
    if (area == "token"_L1 && req.method == "POST") {
        const QString action = segments.value(2);
        if (action == "expire"_L1)
            m_sim.expireToken();
        else if (action == "restore"_L1)
            m_sim.restoreToken();
        else if (action.isEmpty()) {
            bool ok = false;
            const QJsonObject body = bodyObject(req, &ok);
            const QString token = body.value("access_token"_L1).toString();
            if (!ok || token.isEmpty())
                return error(400, u"bad_request"_s, u"Expected {\"access_token\": ...}."_s);
            m_sim.setAccessToken(token);
        } else {
            return notFound();
        }
        return HttpResponse::json({{u"token_expired"_s, m_sim.isTokenExpired()}});
    }
    if (area == "webhook-url"_L1 && req.method == "POST") {
        bool ok = false;
        const QJsonObject body = bodyObject(req, &ok);
        const QUrl url(body.value("url"_L1).toString());
        if (!ok || !url.isValid())
            return error(400, u"bad_request"_s, u"Expected {\"url\": ...}."_s);
        m_sim.setWebhookUrl(url);
        return HttpResponse::json({{u"webhook_url"_s, url.toString()}});
    }
    if (area == "webhook-verify"_L1 && req.method == "POST") {
        m_sim.verifyWebhook(); // the outcome is logged and signalled
        return HttpResponse::json({{u"started"_s, true}}, 202);
    }
    if (area == "statuses"_L1 && req.method == "POST") {
        bool ok = false;
        const QJsonObject body = bodyObject(req, &ok);
        if (!ok ||
            !m_sim.postStatus(body.value("wamid"_L1).toString(), body.value("status"_L1).toString(),
                              body.value("code"_L1).toInt(), body.value("details"_L1).toString()))
            return error(404, u"unknown_wamid"_s, u"No sent message with that wamid."_s);
        return HttpResponse::json({{u"ok"_s, true}});
    }
    if (area == "reset"_L1 && req.method == "POST") {
        m_sim.clearRecords();
        m_sim.clearFaults();
        m_sim.restoreToken();
        return HttpResponse::json({{u"ok"_s, true}});
    }
    if (req.method == "GET" &&
        (area == "sent"_L1 || area == "read-receipts"_L1 || area == "webhooks"_L1))
        return inspect(req, area);
    return notFound();
}

HttpResponse ControlApi::customers(const HttpRequest &req, const QStringList &segments)
{
    const QString waId = segments.value(2);
    if (waId.isEmpty()) {
        if (req.method != "GET")
            return notFound();
        QJsonArray list;
        for (const Customer &c : m_sim.customers())
            list.append(customerJson(c));
        return HttpResponse::json({{u"data"_s, list}});
    }
    bool ok = false;
    const QJsonObject body = bodyObject(req, &ok);
    if (!ok)
        return error(400, u"bad_request"_s, u"The body must be a JSON object."_s);
    if (segments.value(3) == "messages"_L1 && req.method == "POST") {
        const QString wamid =
            m_sim.sendCustomerMessage(waId, body, body.value("name"_L1).toString());
        if (wamid.isEmpty())
            return error(400, u"bad_message"_s, m_sim.lastError());
        return HttpResponse::json({{u"wamid"_s, wamid}, {u"wa_id"_s, waId}});
    }
    if (!segments.value(3).isEmpty())
        return notFound();
    if (req.method == "POST" || req.method == "PUT" || req.method == "PATCH") {
        if (body.contains("name"_L1))
            m_sim.setCustomerName(waId, body.value("name"_L1).toString());
        if (body.contains("last_inbound"_L1))
            m_sim.setLastInbound(waId, parseTime(body.value("last_inbound"_L1)));
        if (body.contains("reachable"_L1))
            m_sim.setReachable(waId, body.value("reachable"_L1).toBool());
        if (body.contains("reads_messages"_L1))
            m_sim.setReadsMessages(waId, body.value("reads_messages"_L1).toBool());
        if (m_sim.customer(waId).waId.isEmpty())
            m_sim.setCustomerName(waId, waId);
    }
    const Customer c = m_sim.customer(waId);
    if (c.waId.isEmpty())
        return error(404, u"unknown_customer"_s, u"No customer with that wa_id."_s);
    return HttpResponse::json(customerJson(c));
}

HttpResponse ControlApi::faults(const HttpRequest &req)
{
    if (req.method == "DELETE") {
        m_sim.clearFaults();
        return HttpResponse::json({{u"pending"_s, 0}});
    }
    if (req.method == "POST") {
        bool ok = false;
        const QJsonObject body = bodyObject(req, &ok);
        if (!ok)
            return error(400, u"bad_request"_s, u"The body must be a JSON object."_s);
        m_sim.injectFault(FaultPlan::fromJson(body));
    }
    return HttpResponse::json({{u"pending"_s, m_sim.pendingFaults()}});
}

HttpResponse ControlApi::media(const HttpRequest &req, const QStringList &segments)
{
    const QString id = segments.value(2);
    if (id.isEmpty() && req.method == "GET") {
        QJsonArray list;
        for (const MediaObject &m : m_sim.uploadedMedia()) {
            list.append(QJsonObject{{u"id"_s, m.id},
                                    {u"mime_type"_s, m.mimeType},
                                    {u"file_size"_s, m.fileSize()},
                                    {u"filename"_s, m.filename},
                                    {u"sha256"_s, QString::fromLatin1(m.sha256.toHex())},
                                    {u"created_at"_s, iso(m.createdAt)}});
        }
        return HttpResponse::json({{u"data"_s, list}});
    }
    if (segments.value(3) == "fault"_L1 && req.method == "POST") {
        bool ok = false;
        const QJsonObject body = bodyObject(req, &ok);
        bool known = false;
        const MediaFault f = mediaFaultFrom(body.value("fault"_L1).toString(), &known);
        if (!ok || !known)
            return error(400, u"bad_request"_s,
                         u"fault must be corrupt, wrong_sha256, server_error, expired or none."_s);
        if (!m_sim.media(id) && f != MediaFault::None)
            return error(404, u"unknown_media"_s, u"No media with that id."_s);
        m_sim.setMediaFault(id, f, body.value("count"_L1).toInt(1));
        return HttpResponse::json({{u"ok"_s, true}});
    }
    return notFound();
}

HttpResponse ControlApi::templates(const HttpRequest &req, const QStringList &segments)
{
    bool ok = false;
    const QJsonObject body = bodyObject(req, &ok);
    if (!ok)
        return error(400, u"bad_request"_s, u"The body must be a JSON object."_s);
    if (segments.size() == 2 && req.method == "POST") {
        MessageTemplate t = MessageTemplate::fromJson(body);
        if (t.name.isEmpty() || t.language.isEmpty())
            return error(400, u"bad_request"_s, u"name and language are required."_s);
        return HttpResponse::json(m_sim.templates().upsert(t).toJson());
    }
    if (segments.size() == 5 && segments.at(4) == "status"_L1 && req.method == "POST") {
        if (!m_sim.setTemplateStatus(segments.at(2), segments.at(3),
                                     body.value("status"_L1).toString(),
                                     body.value("reason"_L1).toString()))
            return error(404, u"unknown_template"_s, u"No template with that name/language."_s);
        return HttpResponse::json(m_sim.templates().find(segments.at(2), segments.at(3))->toJson());
    }
    if (segments.size() == 3 && segments.at(2) == "next-review"_L1 && req.method == "POST") {
        m_sim.setNextTemplateReview(body.value("status"_L1).toString(u"APPROVED"_s),
                                    body.value("reason"_L1).toString());
        return HttpResponse::json({{u"ok"_s, true}});
    }
    return notFound();
}

HttpResponse ControlApi::inspect(const HttpRequest &req, const QString &what)
{
    QJsonArray list;
    if (what == "sent"_L1) {
        for (const SentMessage &s : m_sim.sentMessages()) {
            list.append(QJsonObject{{u"wamid"_s, s.wamid},
                                    {u"to"_s, s.to},
                                    {u"wa_id"_s, s.waId},
                                    {u"type"_s, s.type},
                                    {u"status"_s, s.lastStatus},
                                    {u"failure_code"_s, s.failureCode},
                                    {u"received_at"_s, iso(s.receivedAt)},
                                    {u"body"_s, s.body}});
        }
    } else if (what == "read-receipts"_L1) {
        for (const ReadReceipt &r : m_sim.readReceipts()) {
            list.append(QJsonObject{{u"wamid"_s, r.wamid},
                                    {u"received_at"_s, iso(r.receivedAt)},
                                    {u"typing_indicator"_s, r.typingIndicator}});
        }
    } else {
        const bool withBody = req.queryValue(u"body"_s) == "1"_L1;
        for (const WebhookRecord &w : m_sim.webhooks()) {
            QJsonObject o{{u"id"_s, w.id},
                          {u"field"_s, w.field},
                          {u"attempts"_s, w.attempts},
                          {u"last_http_status"_s, w.lastHttpStatus},
                          {u"delivered"_s, w.delivered},
                          {u"abandoned"_s, w.abandoned},
                          {u"created_at"_s, iso(w.createdAt)}};
            if (withBody)
                o.insert(u"body"_s, QJsonDocument::fromJson(w.body).object());
            list.append(o);
        }
    }
    return HttpResponse::json({{u"data"_s, list}});
}

} // namespace recado::metasim
