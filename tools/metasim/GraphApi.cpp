// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/GraphApi.h"

#include "core/protocol/MultipartForm.h"
#include "tools/metasim/FaultPlan.h"
#include "tools/metasim/GraphError.h"
#include "tools/metasim/MessageValidator.h"
#include "tools/metasim/MetaSimulator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGraph, "recado.metasim.graph")

namespace recado::metasim {

namespace {
HttpResponse invalidJson()
{
    return GraphError::response(100, u"Request body is not valid JSON."_s, 0, 400,
                                u"(#100) Invalid parameter"_s);
}

HttpResponse validationError(int code, const QString &details)
{
    // Meta words parameter errors (code 100) in the message itself; 1310xx codes keep the
    // documented title and put the specifics in error_data.details.
    if (code == 100)
        return GraphError::response(100, details, 0, 400, u"(#100) "_s + details);
    return GraphError::response(code, details);
}

bool parseJsonObject(const QByteArray &body, QJsonObject *out)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}
} // namespace

GraphApi::GraphApi(MetaSimulator &sim)
    : m_sim(sim)
{}

bool GraphApi::authorized(const HttpRequest &req, HttpResponse *denied) const
{
    QString token;
    const QByteArray auth = req.header("Authorization");
    if (auth.startsWith("Bearer ") || auth.startsWith("bearer "))
        token = QString::fromUtf8(auth.mid(7).trimmed());
    if (token.isEmpty())
        token = req.queryValue(u"access_token"_s);
    if (token.isEmpty() || token != m_sim.m_config.accessToken) {
        *denied = GraphError::invalidToken();
        return false;
    }
    if (m_sim.m_tokenExpired) {
        *denied = GraphError::expiredToken();
        return false;
    }
    return true;
}

HttpResponse GraphApi::handle(const HttpRequest &req)
{
    static const QRegularExpression versioned(u"^/(v\\d+\\.\\d+)/(.+)$"_s);
    HttpResponse resp;
    if (req.path.startsWith("/_media/"_L1)) {
        // Media downloads sit behind the same outages as Graph.
        if (auto fault = m_sim.m_faults->take(req.method, req.path);
            fault && (fault->httpStatus != 0 || fault->metaCode != 0)) {
            resp = FaultPlan::responseFor(*fault);
            resp.delayMs = fault->delayMs;
            return resp;
        }
        if (!authorized(req, &resp))
            return resp;
        return downloadMedia(req, req.path.mid(8));
    }
    if (req.path == "/"_L1) {
        return HttpResponse::json({{u"name"_s, u"recado-metasim"_s},
                                   {u"description"_s, u"WhatsApp Cloud API simulator"_s},
                                   {u"api_version"_s, m_sim.m_config.apiVersion}});
    }
    const auto match = versioned.match(req.path);
    if (!match.hasMatch()) {
        return GraphError::response(2500, {}, 0, 400,
                                    u"Unknown path components: %1"_s.arg(req.path));
    }
    const QString version = match.captured(1);
    QStringList segments = match.captured(2).split(u'/', Qt::SkipEmptyParts);

    std::optional<Fault> fault = m_sim.m_faults->take(req.method, req.path);
    if (fault && (fault->httpStatus != 0 || fault->metaCode != 0)) {
        qCInfo(lcGraph).noquote() << "fault on" << req.method << req.path << "->"
                                  << fault->httpStatus << fault->metaCode;
        resp = FaultPlan::responseFor(*fault);
        resp.delayMs = fault->delayMs;
        return resp;
    }
    if (!authorized(req, &resp)) {
        qCInfo(lcGraph).noquote() << req.method << req.path << "-> token rejected";
        return resp;
    }
    resp = route(req, version, segments);
    if (fault)
        resp.delayMs = fault->delayMs; // a slow-but-successful answer
    qCDebug(lcGraph).noquote() << req.method << req.path << "->" << resp.status;
    return resp;
}

HttpResponse GraphApi::route(const HttpRequest &req, const QString &version,
                             const QStringList &segments)
{
    const Config &cfg = m_sim.m_config;
    const QString first = segments.value(0);
    const QString edge = segments.value(1);
    if (segments.size() > 2)
        return GraphError::unsupportedRequest(req.method, segments.join(u'/'));
    if (first == cfg.phoneNumberId) {
        if (edge == "messages"_L1 && req.method == "POST")
            return sendMessage(req);
        if (edge == "media"_L1 && req.method == "POST")
            return uploadMedia(req);
        if (edge.isEmpty() && req.method == "GET")
            return phoneNumberInfo();
        return GraphError::unsupportedRequest(req.method, first);
    }
    if (first == cfg.wabaId) {
        if (edge == "message_templates"_L1) {
            if (req.method == "GET")
                return listTemplates(req, version);
            if (req.method == "POST")
                return createTemplate(req);
            if (req.method == "DELETE")
                return deleteTemplate(req);
        }
        if (edge.isEmpty() && req.method == "GET") {
            return HttpResponse::json(
                {{u"id"_s, cfg.wabaId},
                 {u"name"_s, u"Recado Servicios (simulated)"_s},
                 {u"currency"_s, u"USD"_s},
                 {u"message_template_namespace"_s, u"a1b2c3d4_e5f6_4a7b_8c9d_0e1f2a3b4c5d"_s}});
        }
        return GraphError::unsupportedRequest(req.method, first);
    }
    if (edge.isEmpty() && m_sim.m_media.find(first)) {
        if (req.method == "GET")
            return mediaInfo(first);
        if (req.method == "DELETE") {
            m_sim.m_media.remove(first);
            return HttpResponse::json({{u"success"_s, true}});
        }
    }
    return GraphError::unsupportedRequest(req.method, first);
}

HttpResponse GraphApi::phoneNumberInfo() const
{
    const Config &cfg = m_sim.m_config;
    return HttpResponse::json({{u"verified_name"_s, u"Recado Servicios"_s},
                               {u"code_verification_status"_s, u"VERIFIED"_s},
                               {u"display_phone_number"_s, cfg.displayPhoneNumber},
                               {u"quality_rating"_s, u"GREEN"_s},
                               {u"platform_type"_s, u"CLOUD_API"_s},
                               {u"throughput"_s, QJsonObject{{u"level"_s, u"STANDARD"_s}}},
                               {u"id"_s, cfg.phoneNumberId}});
}

HttpResponse GraphApi::sendMessage(const HttpRequest &req)
{
    QJsonObject body;
    if (!parseJsonObject(req.body, &body))
        return invalidJson();
    if (body.value("status"_L1).toString() == "read"_L1)
        return markRead(body);

    const MessageValidator::Result v = MessageValidator::validate(body);
    if (!v.ok())
        return validationError(v.code, v.details);
    const QString to = body.value("to"_L1).toString();
    const QString waId = MessageValidator::normaliseRecipient(to);
    if (waId == m_sim.m_config.displayPhoneNumber)
        return GraphError::response(131021, u"Recipient phone number cannot be the sender."_s);
    const QString type = body.value("type"_L1).toString(u"text"_s);

    int failureCode = 0;
    QString failureDetails;
    QString pricing = u"service"_s;
    if (type == "template"_L1) {
        const TemplateCatalog::Check c =
            m_sim.m_templates.check(body.value("template"_L1).toObject());
        if (c.errorCode != 0)
            return validationError(c.errorCode, c.details);
        pricing = c.tmpl->category.toLower();
    } else if (!m_sim.windowOpen(waId)) {
        // Meta accepts the call and reports the failure asynchronously.
        failureCode = 131047;
    }
    if (failureCode == 0) {
        const QJsonObject media = body.value(type).toObject();
        const QString mediaId = media.value("id"_L1).toString();
        if (!mediaId.isEmpty() && !m_sim.m_media.find(mediaId)) {
            failureCode = 131053;
            failureDetails = u"Unable to retrieve media with id %1."_s.arg(mediaId);
        }
    }
    const QString wamid = m_sim.acceptSend(body, waId, failureCode, failureDetails, pricing);
    QJsonObject message{{u"id"_s, wamid}};
    if (type == "template"_L1)
        message.insert(u"message_status"_s, u"accepted"_s);
    return HttpResponse::json(
        {{u"messaging_product"_s, u"whatsapp"_s},
         {u"contacts"_s, QJsonArray{QJsonObject{{u"input"_s, to}, {u"wa_id"_s, waId}}}},
         {u"messages"_s, QJsonArray{message}}});
}

HttpResponse GraphApi::markRead(const QJsonObject &body)
{
    if (body.value("messaging_product"_L1).toString() != "whatsapp"_L1)
        return validationError(100, u"The parameter messaging_product is required."_s);
    const QString wamid = body.value("message_id"_L1).toString();
    if (wamid.isEmpty())
        return validationError(100, u"The parameter message_id is required."_s);
    if (!m_sim.m_inboundWamids.contains(wamid)) {
        return GraphError::response(
            100, u"Message %1 was not received by this phone number."_s.arg(wamid), 0, 400,
            u"(#100) Invalid parameter"_s);
    }
    ReadReceipt r;
    r.wamid = wamid;
    r.receivedAt = QDateTime::currentDateTimeUtc();
    r.typingIndicator = body.value("typing_indicator"_L1).isObject();
    m_sim.m_readReceipts.append(r);
    Q_EMIT m_sim.readReceiptReceived(wamid);
    return HttpResponse::json({{u"success"_s, true}});
}

HttpResponse GraphApi::uploadMedia(const HttpRequest &req)
{
    QList<protocol::MultipartForm::Part> parts;
    if (!protocol::MultipartForm::parse(req.header("Content-Type"), req.body, &parts))
        return validationError(100, u"The parameter file is required."_s);
    QString product;
    QString type;
    const protocol::MultipartForm::Part *file = nullptr;
    for (const protocol::MultipartForm::Part &p : std::as_const(parts)) {
        if (p.name == "messaging_product"_L1)
            product = QString::fromUtf8(p.data).trimmed();
        else if (p.name == "type"_L1)
            type = QString::fromUtf8(p.data).trimmed();
        else if (p.name == "file"_L1)
            file = &p;
    }
    if (product != "whatsapp"_L1)
        return validationError(100, u"The parameter messaging_product is required."_s);
    if (!file)
        return validationError(100, u"The parameter file is required."_s);
    if (type.isEmpty())
        type = QString::fromLatin1(file->contentType);
    if (type.isEmpty())
        return validationError(100, u"The parameter type is required."_s);
    QString details;
    if (const int code = MediaStore::validate(type, file->data, &details); code != 0) {
        qCInfo(lcGraph).noquote() << "media upload rejected:" << details;
        return GraphError::response(code, details);
    }
    const QString id =
        m_sim.m_media.add(file->data, type.section(u';', 0, 0).trimmed(), file->filename, true);
    qCInfo(lcGraph).noquote() << "media uploaded" << id << type << file->data.size() << "bytes";
    Q_EMIT m_sim.mediaUploaded(id);
    return HttpResponse::json({{u"id"_s, id}});
}

HttpResponse GraphApi::mediaInfo(const QString &mediaId)
{
    const MediaObject *m = m_sim.m_media.find(mediaId);
    if (!m)
        return GraphError::unsupportedRequest("GET", mediaId);
    QByteArray digest = m->sha256;
    if (m->fault == MediaFault::WrongSha256)
        digest = QCryptographicHash::hash(m->bytes + "tampered", QCryptographicHash::Sha256);
    const QString token = m_sim.m_media.issueToken(mediaId, m_sim.m_config.mediaUrlLifetimeSecs);
    return HttpResponse::json({{u"messaging_product"_s, u"whatsapp"_s},
                               {u"url"_s, m_sim.publicBase() + u"/_media/"_s + token},
                               {u"mime_type"_s, m->mimeType},
                               {u"sha256"_s, QString::fromLatin1(digest.toHex())},
                               {u"file_size"_s, m->fileSize()},
                               {u"id"_s, mediaId}});
}

HttpResponse GraphApi::downloadMedia(const HttpRequest &, const QString &token)
{
    const QString id = m_sim.m_media.resolveToken(token);
    if (id.isEmpty())
        return HttpResponse::bytes("URL signature expired\n", "text/plain", 404);
    int status = 200;
    const QByteArray bytes = m_sim.m_media.download(id, &status);
    if (status != 200)
        return HttpResponse::bytes("Internal Server Error\n", "text/plain", status);
    const MediaObject *m = m_sim.m_media.find(id);
    HttpResponse r =
        HttpResponse::bytes(bytes, m ? m->mimeType.toLatin1() : "application/octet-stream");
    if (m && !m->filename.isEmpty()) {
        r.headers.append(qMakePair(QByteArray("Content-Disposition"),
                                   "attachment; filename=\"" + m->filename.toUtf8() + "\""));
    }
    return r;
}

HttpResponse GraphApi::listTemplates(const HttpRequest &req, const QString &version)
{
    QHash<QString, QString> query;
    for (const auto &item : req.query.queryItems(QUrl::FullyDecoded))
        query.insert(item.first, item.second);
    const QString base = m_sim.publicBase() + u'/' + version + u'/' + m_sim.m_config.wabaId +
                         u"/message_templates"_s;
    auto pageUrl = [&](const QString &key, const QString &cursor) {
        QUrlQuery q;
        for (const char *keep : {"fields", "limit", "name", "status", "language", "category"}) {
            const QString k = QString::fromLatin1(keep);
            if (query.contains(k))
                q.addQueryItem(k, query.value(k));
        }
        q.addQueryItem(key, cursor);
        QUrl url(base);
        url.setQuery(q);
        return url.toString(QUrl::FullyEncoded);
    };
    QJsonObject out;
    QString error;
    if (!m_sim.m_templates.page(query, pageUrl, &out, &error))
        return validationError(100, error);
    return HttpResponse::json(out);
}

HttpResponse GraphApi::createTemplate(const HttpRequest &req)
{
    QJsonObject body;
    if (!parseJsonObject(req.body, &body))
        return invalidJson();
    QString details;
    int subcode = 0;
    if (const int code = m_sim.m_templates.validateNew(body, &details, &subcode); code != 0) {
        if (subcode != 0)
            return GraphError::response(code, details, subcode, 400, u"Invalid parameter"_s);
        return validationError(code, details);
    }
    MessageTemplate t = MessageTemplate::fromJson(body);
    t.id.clear();
    t.status = u"PENDING"_s;
    t.rejectedReason = u"NONE"_s;
    const MessageTemplate &stored = m_sim.m_templates.upsert(t);
    const QString id = stored.id;
    const QString category = stored.category;
    qCInfo(lcGraph).noquote() << "template created" << stored.name << stored.language << id;
    Q_EMIT m_sim.templateCreated(id);
    m_sim.reviewTemplate(id);
    return HttpResponse::json(
        {{u"id"_s, id}, {u"status"_s, u"PENDING"_s}, {u"category"_s, category}});
}

HttpResponse GraphApi::deleteTemplate(const HttpRequest &req)
{
    const QString name = req.queryValue(u"name"_s);
    if (name.isEmpty())
        return validationError(100, u"The parameter name is required."_s);
    const QString hsmId = req.queryValue(u"hsm_id"_s);
    if (!hsmId.isEmpty()) {
        MessageTemplate *t = m_sim.m_templates.findById(hsmId);
        if (!t || t->name != name)
            return validationError(100, u"Message template %1 not found."_s.arg(name));
        m_sim.m_templates.remove(name, t->language);
    } else if (!m_sim.m_templates.remove(name)) {
        return validationError(100, u"Message template %1 not found."_s.arg(name));
    }
    return HttpResponse::json({{u"success"_s, true}});
}

} // namespace recado::metasim
