// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/MetaSimulator.h"

#include "tools/metasim/ControlApi.h"
#include "tools/metasim/EnvelopeBuilder.h"
#include "tools/metasim/FaultPlan.h"
#include "tools/metasim/GraphApi.h"
#include "tools/metasim/GraphError.h"
#include "tools/metasim/HttpServerAdapter.h"
#include "tools/metasim/InboundFactory.h"
#include "tools/metasim/WebhookDispatcher.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSim, "recado.metasim")

namespace recado::metasim {

MetaSimulator::MetaSimulator(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_server(std::make_unique<HttpServerAdapter>())
    , m_webhooks(std::make_unique<WebhookDispatcher>())
    , m_envelopes(std::make_unique<EnvelopeBuilder>(m_config))
    , m_inbound(std::make_unique<InboundFactory>(m_media, m_config))
    , m_faults(std::make_unique<FaultPlan>())
    , m_graph(std::make_unique<GraphApi>(*this))
    , m_control(std::make_unique<ControlApi>(*this))
{
    if (m_config.seedTemplates) {
        for (const MessageTemplate &t : TemplateCatalog::seed())
            m_templates.upsert(t);
    }
    for (const MessageTemplate &t : std::as_const(m_config.extraTemplates))
        m_templates.upsert(t);

    m_webhooks->setSecret(m_config.appSecret);
    m_webhooks->setRetryPolicy(m_config.webhookMaxAttempts, m_config.webhookRetryBaseMs,
                               m_config.webhookRetryMaxMs, m_config.webhookTimeoutMs);
    m_webhooks->setTarget(m_config.webhookUrl);
    connect(m_webhooks.get(), &WebhookDispatcher::attempted, this,
            [this](int, int status) { Q_EMIT webhookDelivered(status); });
    connect(m_webhooks.get(), &WebhookDispatcher::abandoned, this,
            &MetaSimulator::webhookAbandoned);
    connect(m_webhooks.get(), &WebhookDispatcher::handshakeFinished, this,
            &MetaSimulator::webhookVerified);

    m_server->setHandler([this](const HttpRequest &req) -> HttpResponse {
        if (req.path.startsWith("/_sim/"_L1) || req.path == "/_sim"_L1)
            return m_control->handle(req);
        return m_graph->handle(req);
    });
}

MetaSimulator::~MetaSimulator() = default;

bool MetaSimulator::listen(const QHostAddress &host, quint16 port)
{
    const quint16 bound = m_server->listen(host, port);
    if (bound == 0) {
        qCWarning(lcSim) << "cannot listen on" << host.toString() << port;
        return false;
    }
    m_host = host;
    m_port = bound;
    qCInfo(lcSim) << "Graph API simulator listening on" << baseUrl().toString();
    return true;
}

void MetaSimulator::close()
{
    m_server->close();
    m_port = 0;
}

QUrl MetaSimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    const bool any = m_host == QHostAddress::Any || m_host == QHostAddress::AnyIPv4 ||
                     m_host == QHostAddress::AnyIPv6 || m_host.isNull();
    url.setHost(any ? u"127.0.0.1"_s : m_host.toString());
    url.setPort(m_port);
    return url;
}

QString MetaSimulator::publicBase() const
{
    QString base =
        m_config.publicBaseUrl.isValid() ? m_config.publicBaseUrl.toString() : baseUrl().toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

QUrl MetaSimulator::graphUrl(const QString &path) const
{
    QString p = path;
    while (p.startsWith(u'/'))
        p.remove(0, 1);
    return QUrl(publicBase() + u'/' + m_config.apiVersion + u'/' + p);
}

void MetaSimulator::setWebhookUrl(const QUrl &url)
{
    m_config.webhookUrl = url;
    m_webhooks->setTarget(url);
}

void MetaSimulator::verifyWebhook()
{
    m_webhooks->verifyHandshake(m_config.verifyToken);
}

void MetaSimulator::setStatusDelayMs(int ms)
{
    m_config.statusDelayMs = qMax(0, ms);
}

// --- customers -------------------------------------------------------------------------------

Customer &MetaSimulator::customerRef(const QString &waId)
{
    auto it = m_customers.find(waId);
    if (it == m_customers.end()) {
        Customer c;
        c.waId = waId;
        c.name = waId;
        // A business-scoped user id, stable per customer like Meta's BSUIDs.
        const QByteArray h =
            QCryptographicHash::hash((m_config.wabaId + waId).toUtf8(), QCryptographicHash::Sha1);
        c.userId = u"%1.%2"_s.arg(waId.left(2), QString::fromLatin1(h.toHex().left(16).toUpper()));
        it = m_customers.insert(waId, c);
    }
    return it.value();
}

Customer MetaSimulator::customer(const QString &waId) const
{
    return m_customers.value(waId);
}

QList<Customer> MetaSimulator::customers() const
{
    return m_customers.values();
}

void MetaSimulator::setCustomerName(const QString &waId, const QString &name)
{
    customerRef(waId).name = name;
}

void MetaSimulator::setLastInbound(const QString &waId, const QDateTime &time)
{
    customerRef(waId).lastInbound = time;
}

QDateTime MetaSimulator::lastInbound(const QString &waId) const
{
    return m_customers.value(waId).lastInbound;
}

void MetaSimulator::setReachable(const QString &waId, bool reachable)
{
    customerRef(waId).reachable = reachable;
}

void MetaSimulator::setReadsMessages(const QString &waId, bool reads)
{
    customerRef(waId).readsMessages = reads;
}

bool MetaSimulator::windowOpen(const QString &waId) const
{
    const QDateTime last = m_customers.value(waId).lastInbound;
    return last.isValid() && last.secsTo(QDateTime::currentDateTimeUtc()) < 24 * 3600;
}

QString MetaSimulator::sendCustomerMessage(const QString &waId, const QJsonObject &message,
                                           const QString &name)
{
    m_lastError.clear();
    if (waId.isEmpty() || waId.size() > 15 ||
        !std::all_of(waId.cbegin(), waId.cend(), [](QChar c) { return c.isDigit(); })) {
        m_lastError = u"wa_id must be 1 to 15 digits"_s;
        return {};
    }
    Customer &c = customerRef(waId);
    if (!name.isEmpty())
        c.name = name;
    else if (message.value("name"_L1).isString())
        c.name = message.value("name"_L1).toString();
    QJsonObject built;
    if (!m_inbound->build(waId, message, &built, &m_lastError))
        return {};
    const QString wamid = built.value("id"_L1).toString();
    m_inboundWamids.insert(wamid, waId);
    // Every message a customer sends opens (or refreshes) the customer-service window.
    c.lastInbound = QDateTime::currentDateTimeUtc();
    qCInfo(lcSim).noquote() << "customer" << waId << "sends" << built.value("type"_L1).toString()
                            << wamid;
    if (m_config.logBodies)
        qCInfo(lcSim).noquote() << "  body:" << QJsonDocument(built).toJson(QJsonDocument::Compact);
    m_webhooks->post(m_envelopes->inboundMessage(built, c));
    if (built.value("type"_L1).toString() == "system"_L1) {
        // The customer now writes from the new number; carry their state over.
        const QString newWaId = built.value("system"_L1).toObject().value("wa_id"_L1).toString();
        if (!newWaId.isEmpty() && newWaId != waId) {
            Customer moved = c;
            moved.waId = newWaId;
            m_customers.insert(newWaId, moved);
        }
    }
    return wamid;
}

// --- sends and statuses ----------------------------------------------------------------------

QString MetaSimulator::conversationId(const QString &waId) const
{
    const QByteArray day = QByteArray::number(QDateTime::currentSecsSinceEpoch() / 86400);
    return QString::fromLatin1(
        QCryptographicHash::hash(waId.toUtf8() + day, QCryptographicHash::Md5).toHex());
}

QString MetaSimulator::acceptSend(const QJsonObject &body, const QString &waId, int failureCode,
                                  const QString &failureDetails, const QString &pricingCategory)
{
    SentMessage s;
    s.wamid = InboundFactory::newWamid(waId);
    s.to = body.value("to"_L1).toString();
    s.waId = waId;
    s.type = body.value("type"_L1).toString(u"text"_s);
    s.body = body;
    s.receivedAt = QDateTime::currentDateTimeUtc();
    m_sent.append(s);
    m_pricing.insert(s.wamid, pricingCategory);
    qCInfo(lcSim).noquote() << "relay sent" << s.type << "to" << waId << "->" << s.wamid
                            << (failureCode ? u"(will fail: %1)"_s.arg(failureCode) : QString());
    if (m_config.logBodies)
        qCInfo(lcSim).noquote() << "  body:" << QJsonDocument(body).toJson(QJsonDocument::Compact);

    const int step = qMax(1, m_config.statusDelayMs / 3);
    const Customer c = customerRef(waId);
    if (failureCode != 0) {
        scheduleStatus(s.wamid, u"failed"_s, step, failureCode, failureDetails);
    } else if (!c.reachable) {
        scheduleStatus(s.wamid, u"failed"_s, step, 131026, u"Message Undeliverable."_s);
    } else {
        scheduleStatus(s.wamid, u"sent"_s, step, 0, {});
        // Reactions only ever get `sent`, like on Meta's side.
        if (s.type != "reaction"_L1) {
            scheduleStatus(s.wamid, u"delivered"_s, 2 * step, 0, {});
            if (c.readsMessages)
                scheduleStatus(s.wamid, u"read"_s, 3 * step, 0, {});
        }
    }
    Q_EMIT messageSent(body, s.wamid);
    return s.wamid;
}

void MetaSimulator::scheduleStatus(const QString &wamid, const QString &status, int delayMs,
                                   int errorCode, const QString &details)
{
    QTimer::singleShot(delayMs, this, [this, wamid, status, errorCode, details] {
        postStatus(wamid, status, errorCode, details);
    });
}

bool MetaSimulator::postStatus(const QString &wamid, const QString &status, int errorCode,
                               const QString &errorDetails)
{
    auto it = std::find_if(m_sent.begin(), m_sent.end(),
                           [&](const SentMessage &s) { return s.wamid == wamid; });
    if (it == m_sent.end())
        return false;
    QJsonArray errors;
    QString category = u"service"_s;
    bool billable = false;
    if (status == "failed"_L1) {
        const int code = errorCode ? errorCode : 131000;
        QString details = errorDetails;
        if (details.isEmpty() && code == 131047) {
            details = u"Message failed to send because more than 24 hours have passed since the "
                      "customer last replied to this number."_s;
        }
        QJsonObject e =
            GraphError::webhookError(code, details.isEmpty() ? GraphError::title(code) : details);
        if (code == 131047)
            e.insert(
                u"href"_s,
                u"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"_s);
        errors.append(e);
        it->failureCode = code;
    } else {
        category = m_pricing.value(wamid, u"service"_s);
        billable = category == "marketing"_L1 || category == "authentication"_L1 ||
                   (category == "utility"_L1 && !windowOpen(it->waId));
    }
    it->lastStatus = status;
    QJsonObject statusObject = EnvelopeBuilder::statusObject(
        wamid, status, it->waId, category, billable, conversationId(it->waId), errors);
    // Meta echoes the sender's tracking string in every status of that message.
    const QJsonValue opaque = it->body.value("biz_opaque_callback_data"_L1);
    if (opaque.isString())
        statusObject.insert(u"biz_opaque_callback_data"_s, opaque);
    if (m_config.statusBatchWindowMs <= 0) {
        m_webhooks->post(m_envelopes->statusUpdate(QJsonArray{statusObject}));
    } else {
        if (m_statusBatch.isEmpty())
            QTimer::singleShot(m_config.statusBatchWindowMs, this, &MetaSimulator::flushStatuses);
        m_statusBatch.append(statusObject);
    }
    Q_EMIT statusPosted(wamid, status);
    return true;
}

void MetaSimulator::flushStatuses()
{
    if (m_statusBatch.isEmpty())
        return;
    m_webhooks->post(m_envelopes->statusUpdate(m_statusBatch));
    m_statusBatch = QJsonArray();
}

std::optional<SentMessage> MetaSimulator::sentMessage(const QString &wamid) const
{
    for (const SentMessage &s : m_sent) {
        if (s.wamid == wamid)
            return s;
    }
    return std::nullopt;
}

QList<WebhookRecord> MetaSimulator::webhooks() const
{
    return m_webhooks->records();
}

int MetaSimulator::pendingWebhooks() const
{
    return m_webhooks->pending();
}

void MetaSimulator::clearRecords()
{
    m_sent.clear();
    m_pricing.clear();
    m_readReceipts.clear();
    m_webhooks->clearRecords();
}

int MetaSimulator::postWebhook(const QJsonObject &envelope)
{
    return m_webhooks->post(envelope);
}

// --- faults ----------------------------------------------------------------------------------

void MetaSimulator::injectFault(const Fault &fault)
{
    m_faults->add(fault);
}

void MetaSimulator::injectFault(const QString &path, int httpStatus, int count, int metaCode)
{
    Fault f;
    f.path = path;
    f.httpStatus = httpStatus;
    f.count = count;
    f.metaCode = metaCode;
    m_faults->add(f);
}

void MetaSimulator::clearFaults()
{
    m_faults->clear();
}

int MetaSimulator::pendingFaults() const
{
    return m_faults->remaining();
}

void MetaSimulator::expireToken()
{
    m_tokenExpired = true;
    qCInfo(lcSim) << "access token expired (Graph answers 190/463)";
}

void MetaSimulator::restoreToken()
{
    m_tokenExpired = false;
    qCInfo(lcSim) << "access token restored";
}

void MetaSimulator::setAccessToken(const QString &token)
{
    m_config.accessToken = token;
    m_tokenExpired = false;
}

void MetaSimulator::setMediaFault(const QString &mediaId, MediaFault fault, int count)
{
    m_media.setFault(mediaId, fault, count);
}

// --- media and templates ---------------------------------------------------------------------

QString MetaSimulator::addMedia(const QByteArray &bytes, const QString &mimeType,
                                const QString &filename)
{
    return m_media.add(bytes, mimeType, filename, false);
}

bool MetaSimulator::setTemplateStatus(const QString &name, const QString &language,
                                      const QString &status, const QString &reason)
{
    MessageTemplate *t = m_templates.find(name, language);
    if (!t)
        return false;
    t->status = status.toUpper();
    if (t->status == "REJECTED"_L1)
        t->rejectedReason = reason.isEmpty() ? u"INVALID_FORMAT"_s : reason;
    m_webhooks->post(m_envelopes->templateStatus(*t, t->status, reason));
    return true;
}

void MetaSimulator::setNextTemplateReview(const QString &status, const QString &reason)
{
    m_nextReviewStatus = status.toUpper();
    m_nextReviewReason = reason;
}

void MetaSimulator::reviewTemplate(const QString &templateId)
{
    const QString status = m_nextReviewStatus;
    const QString reason = m_nextReviewReason;
    m_nextReviewStatus = u"APPROVED"_s;
    m_nextReviewReason.clear();
    QTimer::singleShot(m_config.templateReviewDelayMs, this, [this, templateId, status, reason] {
        MessageTemplate *t = m_templates.findById(templateId);
        if (!t || t->status != "PENDING"_L1)
            return;
        qCInfo(lcSim).noquote() << "template" << t->name << t->language << "reviewed:" << status;
        setTemplateStatus(t->name, t->language, status, reason);
    });
}

} // namespace recado::metasim
