// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// recado-metasim's public API: a stand-in for Meta's WhatsApp Cloud API that speaks its wire
// formats (Graph endpoints the relay calls, signed webhooks the relay receives). The relay only
// needs a different base URL. See tools/metasim/README.md.
//
//     MetaSimulator sim;                               // default Config: working test account
//     sim.listen();                                    // 127.0.0.1, ephemeral port
//     sim.setWebhookUrl(QUrl("http://127.0.0.1:8080/webhook"));
//     relayConfig.graphBaseUrl = sim.baseUrl();        // relay calls <base>/v21.0/...
//     QString wamid = sim.sendCustomerMessage("5215512345678",
//                                             {{"type", "text"}, {"body", "Hola"}}, "María");
//     QSignalSpy sent(&sim, &MetaSimulator::messageSent);

#include "tools/metasim/Config.h"
#include "tools/metasim/MediaStore.h"
#include "tools/metasim/SimTypes.h"
#include "tools/metasim/TemplateCatalog.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace recado::metasim {

class ControlApi;
class EnvelopeBuilder;
class FaultPlan;
class GraphApi;
class HttpServerAdapter;
class InboundFactory;
class WebhookDispatcher;

class MetaSimulator : public QObject
{
    Q_OBJECT
public:
    explicit MetaSimulator(Config config = {}, QObject *parent = nullptr);
    ~MetaSimulator() override;

    // --- serving -------------------------------------------------------------------------
    //! Serves Graph (`/vNN.N/...`), media downloads (`/_media/...`) and the control API
    //! (`/_sim/...`). Port 0 picks a free port. Returns false when the address is taken.
    bool listen(const QHostAddress &host = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    //! `http://host:port`: the relay's Graph base URL (it appends `/v21.0/...`).
    QUrl baseUrl() const;
    //! `baseUrl()/<apiVersion>/<path>`, e.g. graphUrl(phoneNumberId + "/messages").
    QUrl graphUrl(const QString &path) const;
    const Config &config() const { return m_config; }
    void setWebhookUrl(const QUrl &url);
    void setStatusDelayMs(int ms);
    //! Batches statuses produced within `ms` into one webhook (0: one webhook per status).
    void setStatusBatchWindowMs(int ms) { m_config.statusBatchWindowMs = qMax(0, ms); }
    //! Does Meta's webhook subscription handshake (GET with hub.mode, hub.verify_token and
    //! hub.challenge) against the webhook URL; the result arrives as webhookVerified().
    void verifyWebhook();

    // --- customers -----------------------------------------------------------------------
    //! Makes customer `waId` send a message (see InboundFactory for `message`), posts the signed
    //! webhook and opens the 24-hour window. Returns the new wamid, or empty (see lastError()).
    QString sendCustomerMessage(const QString &waId, const QJsonObject &message,
                                const QString &name = {});
    QString lastError() const { return m_lastError; }
    Customer customer(const QString &waId) const;
    QList<Customer> customers() const;
    void setCustomerName(const QString &waId, const QString &name);
    //! Moves the start of the customer's 24-hour window (invalid time: the customer never wrote).
    void setLastInbound(const QString &waId, const QDateTime &time);
    QDateTime lastInbound(const QString &waId) const;
    //! Unreachable customers make every send fail with 131026.
    void setReachable(const QString &waId, bool reachable);
    //! Customers with read receipts off never produce `read` statuses.
    void setReadsMessages(const QString &waId, bool reads);

    // --- what the relay did ----------------------------------------------------------------
    QList<SentMessage> sentMessages() const { return m_sent; }
    std::optional<SentMessage> sentMessage(const QString &wamid) const;
    QList<ReadReceipt> readReceipts() const { return m_readReceipts; }
    QList<MediaObject> uploadedMedia() const { return m_media.uploaded(); }
    QList<WebhookRecord> webhooks() const;
    //! Webhooks still being delivered or retried.
    int pendingWebhooks() const;
    //! Forgets sent messages, read receipts and delivered webhooks (not customers or media).
    void clearRecords();

    // --- faults --------------------------------------------------------------------------------
    void injectFault(const Fault &fault);
    //! Shorthand: the next `count` calls whose path contains `path` answer `httpStatus` (and
    //! Meta error `metaCode` when not 0).
    void injectFault(const QString &path, int httpStatus, int count = 1, int metaCode = 0);
    void clearFaults();
    int pendingFaults() const;
    //! From now on the access token is rejected with 190 / 463 until restoreToken().
    void expireToken();
    void restoreToken();
    bool isTokenExpired() const { return m_tokenExpired; }
    //! Replaces the accepted access token (an administrator generated a new one).
    void setAccessToken(const QString &token);
    void setMediaFault(const QString &mediaId, MediaFault fault, int count = 1);

    // --- media and templates -------------------------------------------------------------------
    //! Stores media as if a customer had sent it; returns its media id.
    QString addMedia(const QByteArray &bytes, const QString &mimeType,
                     const QString &filename = {});
    const MediaObject *media(const QString &mediaId) const { return m_media.find(mediaId); }
    TemplateCatalog &templates() { return m_templates; }
    //! Changes a template's status and posts the message_template_status_update webhook.
    bool setTemplateStatus(const QString &name, const QString &language, const QString &status,
                           const QString &reason = {});
    //! Outcome of the review of the next template created through the API (default APPROVED).
    void setNextTemplateReview(const QString &status, const QString &reason = {});

    // --- raw webhooks -------------------------------------------------------------------------
    //! Signs and posts any envelope (with retries). Returns the webhook record id.
    int postWebhook(const QJsonObject &envelope);
    //! Posts a status webhook for a message the relay sent (e.g. a late `failed`).
    bool postStatus(const QString &wamid, const QString &status, int errorCode = 0,
                    const QString &errorDetails = {});

Q_SIGNALS:
    //! The relay sent a message and Graph accepted it (full request body, assigned wamid).
    void messageSent(const QJsonObject &body, const QString &wamid);
    //! The relay marked a customer message as read.
    void readReceiptReceived(const QString &wamid);
    void mediaUploaded(const QString &mediaId);
    void templateCreated(const QString &templateId);
    //! A status webhook for `wamid` was queued.
    void statusPosted(const QString &wamid, const QString &status);
    //! After each webhook delivery attempt: the relay's HTTP status (0: no connection).
    void webhookDelivered(int httpStatus);
    //! A webhook was given up after the configured number of attempts.
    void webhookAbandoned(int webhookId);
    //! Result of verifyWebhook(): the relay echoed the challenge with HTTP 200.
    void webhookVerified(bool ok, int httpStatus);

private:
    friend class ControlApi;
    friend class GraphApi;

    Customer &customerRef(const QString &waId);
    bool windowOpen(const QString &waId) const;
    //! Records an accepted send and schedules its statuses; returns the wamid.
    QString acceptSend(const QJsonObject &body, const QString &waId, int failureCode,
                       const QString &failureDetails, const QString &pricingCategory);
    void scheduleStatus(const QString &wamid, const QString &status, int delayMs, int errorCode,
                        const QString &details);
    void reviewTemplate(const QString &templateId);
    QString conversationId(const QString &waId) const;
    void flushStatuses();
    QString publicBase() const;

    Config m_config;
    std::unique_ptr<HttpServerAdapter> m_server;
    std::unique_ptr<WebhookDispatcher> m_webhooks;
    std::unique_ptr<EnvelopeBuilder> m_envelopes;
    std::unique_ptr<InboundFactory> m_inbound;
    std::unique_ptr<FaultPlan> m_faults;
    std::unique_ptr<GraphApi> m_graph;
    std::unique_ptr<ControlApi> m_control;
    MediaStore m_media;
    TemplateCatalog m_templates;
    QHash<QString, Customer> m_customers;
    QHash<QString, QString> m_inboundWamids; //!< wamid -> customer wa_id
    QList<SentMessage> m_sent;
    QHash<QString, QString> m_pricing; //!< wamid -> pricing category of its statuses
    QJsonArray m_statusBatch;          //!< statuses waiting for the batch window
    QList<ReadReceipt> m_readReceipts;
    QHostAddress m_host;
    quint16 m_port = 0;
    bool m_tokenExpired = false;
    QString m_nextReviewStatus = QStringLiteral("APPROVED");
    QString m_nextReviewReason;
    QString m_lastError;
};

} // namespace recado::metasim
