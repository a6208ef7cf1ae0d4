// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/Relay.h"

#include "core/domain/Message.h"
#include "relay/api/ApiContext.h"
#include "relay/auth/Authenticator.h"
#include "relay/auth/PasswordHasher.h"
#include "relay/drafts/review/DraftRoutes.h"
#include "relay/drafts/review/DraftService.h"
#include "relay/http/HttpServer.h"
#include "relay/http/Router.h"
#include "relay/hub/EventFeed.h"
#include "relay/hub/EventHub.h"
#include "relay/ingest/WebhookIngestor.h"
#include "relay/media/MediaFetcher.h"
#include "relay/media/MediaService.h"
#include "relay/media/MediaUploader.h"
#include "relay/outbox/GraphClient.h"
#include "relay/outbox/OutboxWorker.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"
#include "relay/store/Migrations.h"
#include "relay/store/OutboxStore.h"
#include "relay/store/UserStore.h"
#include "relay/store/WriteGroup.h"
#include "relay/templates/TemplateSync.h"
#include "relay/templates/TemplateWebhook.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcRelay, "recado.relay")

namespace recado::relay {

std::unique_ptr<Database> openDatabase(const RelayConfig &config, QString *error)
{
    auto db = std::make_unique<Database>();
    if (!db->open(config.databaseUrl, error))
        return nullptr;
    if (!migrate(*db, error))
        return nullptr;
    db->setLockEventSequence(true);
    return db;
}

struct Relay::Private
{
    std::unique_ptr<Database> db;
    std::unique_ptr<UserStore> users;
    std::unique_ptr<EventLog> log;
    std::unique_ptr<Authenticator> auth;
    std::unique_ptr<GraphClient> graph;
    std::unique_ptr<OutboxWorker> outbox;
    std::unique_ptr<WebhookIngestor> ingest;
    std::unique_ptr<TemplateSync> templateSync;
    std::unique_ptr<WriteGroup> writes;
    std::unique_ptr<EventHub> hub;
    std::unique_ptr<EventFeed> feed;
    std::unique_ptr<ApiContext> api;
    std::unique_ptr<MediaService> media;
    std::unique_ptr<review::DraftService> drafts;
    Router router;
    std::unique_ptr<HttpServer> http;
    QTimer pruneTimer;
};

Relay::Relay(RelayConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , d(std::make_unique<Private>())
{}

Relay::~Relay()
{
    stop();
}

Database &Relay::database()
{
    return *d->db;
}
EventHub &Relay::hub()
{
    return *d->hub;
}
OutboxWorker &Relay::outbox()
{
    return *d->outbox;
}
WebhookIngestor &Relay::ingest()
{
    return *d->ingest;
}
MediaService &Relay::media()
{
    return *d->media;
}
review::DraftService &Relay::drafts()
{
    return *d->drafts;
}

bool Relay::start(QString *error)
{
    d->db = openDatabase(m_config, error);
    if (!d->db)
        return false;
    d->users = std::make_unique<UserStore>(*d->db);
    d->log = std::make_unique<EventLog>(*d->db);
    d->auth = std::make_unique<Authenticator>(*d->users, m_config.tokenLifetimeMs);
    d->graph = std::make_unique<GraphClient>(m_config);
    d->outbox = std::make_unique<OutboxWorker>(*d->db, m_config, *d->graph);
    d->ingest = std::make_unique<WebhookIngestor>(m_config);
    if (!d->ingest->start(m_config.databaseUrl, error))
        return false;
    d->hub = std::make_unique<EventHub>(*d->log, *d->auth);
    d->feed = std::make_unique<EventFeed>(*d->db, *d->log, m_config.databaseUrl);
    connect(d->feed.get(), &EventFeed::publish, this, [this](const QList<domain::Event> &events) {
        d->hub->publish(events);
        Q_EMIT eventsCommitted(events);
    });
    if (!d->feed->start(error))
        return false;
    d->templateSync = std::make_unique<TemplateSync>(*d->db, m_config, *d->graph);
    d->writes = std::make_unique<WriteGroup>(
        *d->db, [this](const QList<domain::Event> &events) { publish(events); });
    d->api.reset(new ApiContext{*d->db,
                                m_config,
                                *d->auth,
                                *d->outbox,
                                *d->graph,
                                *d->hub,
                                *d->ingest,
                                [this](const QList<domain::Event> &events) { publish(events); },
                                d->templateSync.get(),
                                d->writes.get(),
                                {}});

    // AI drafts for new customer messages (relay/drafts/review), after their commit.
    d->drafts = std::make_unique<review::DraftService>(*d->api, m_config);
    if (!d->drafts->start(error))
        return false;
    connect(d->ingest.get(), &WebhookIngestor::inboundStored, d->drafts.get(),
            &review::DraftService::onInboundStored);

    // Media (relay/media): customers' files are fetched right after their message commits;
    // agents' files are uploaded to Meta by the outbox just before the send.
    d->media = std::make_unique<MediaService>(*d->db, m_config, *d->graph);
    connect(d->media.get(), &MediaService::committed, this, &Relay::publish);
    connect(d->ingest.get(), &WebhookIngestor::inboundStored, &d->media->fetcher(),
            &MediaFetcher::kick);
    d->outbox->setPrepare([uploader = &d->media->uploader()](const domain::Message &m, auto done) {
        uploader->prepare(m, std::move(done));
    });

    connect(d->ingest.get(), &WebhookIngestor::committed, this, &Relay::publish);
    connect(d->outbox.get(), &OutboxWorker::committed, this, &Relay::publish);
    connect(d->templateSync.get(), &TemplateSync::committed, this, &Relay::publish);
    connect(d->ingest.get(), &WebhookIngestor::committed, this,
            [this](const QList<domain::Event> &events) { onIngestCommitted(events); });
    // Consent confirmations are queued by the ingest itself (relay/consent/InboundConsent).
    connect(d->ingest.get(), &WebhookIngestor::outboundQueued, d->outbox.get(),
            &OutboxWorker::kick);

    // Each request reads what was committed before it, also by the ingest writer's connection.
    d->router.setBeforeEach([this] { d->db->releaseSnapshots(); });
    d->router.add(QStringLiteral("GET"), QStringLiteral("/webhook"),
                  [this](const HttpExchangePtr &ex) { d->ingest->handleVerify(ex); });
    d->router.add(QStringLiteral("POST"), QStringLiteral("/webhook"),
                  [this](const HttpExchangePtr &ex) { d->ingest->handlePost(ex); });
    registerSessionRoutes(d->router, *d->api);
    registerConversationRoutes(d->router, *d->api);
    registerMessageRoutes(d->router, *d->api);
    registerServiceRequestRoutes(d->router, *d->api);
    registerEventRoutes(d->router, *d->api);
    registerOpsRoutes(d->router, *d->api);
    registerTemplateRoutes(d->router, *d->api);
    registerConsentRoutes(d->router, *d->api);
    d->media->registerRoutes(d->router, *d->api);
    registerDraftRoutes(d->router, *d->api, *d->drafts);

    d->http = std::make_unique<HttpServer>(d->router);
    d->http->setMaxBodyBytes(m_config.maxBodyBytes);
    d->http->setMaxBodyBytes(QString::fromLatin1(MediaService::kUploadRoute),
                             MediaService::kMaxUploadBody);
    d->http->setWebSocketPath(QStringLiteral("/api/stream"), [this](
                                                                 const QString &,
                                                                 const QUrlQuery &query,
                                                                 const QByteArray &authorization) {
        QByteArray token = Authenticator::bearer(authorization);
        if (token.isEmpty())
            token =
                query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded).toUtf8();
        QString code;
        return d->auth->resolve(token, &code) ? QString() : code;
    });
    connect(d->http.get(), &HttpServer::webSocketAccepted, this,
            [this](QWebSocket *ws) { d->hub->accept(ws); });

    const quint16 port = d->http->listen(m_config.listenHost, m_config.listenPort);
    if (port == 0) {
        *error = QStringLiteral(
                     "cannot listen on %1:%2 (address in use or not allowed); set RECADO_LISTEN")
                     .arg(m_config.listenHost.toString())
                     .arg(m_config.listenPort);
        return false;
    }
    m_config.listenPort = port;

    // Keep the event log bounded; clients further behind than the retention resync.
    d->pruneTimer.setInterval(3600 * 1000);
    connect(&d->pruneTimer, &QTimer::timeout, this, [this] {
        if (d->feed->isLeader()) // once per deployment, not once per instance
            d->log->prune(m_config.eventRetention);
    });
    d->pruneTimer.start();
    d->outbox->start();
    d->media->start();
    d->templateSync->start(m_config.templateSyncIntervalMs);
    qCInfo(lcRelay).noquote()
        << "relay" << m_config.instanceId << "listening on"
        << QStringLiteral("%1:%2").arg(m_config.listenHost.toString()).arg(port);
    return true;
}

void Relay::stop()
{
    if (!d->http)
        return;
    d->pruneTimer.stop();
    for (QTcpServer *server : d->http->servers())
        server->close();
    d->ingest->stop(); // the batch being stored commits; webhooks still waiting get 503
    d->templateSync->stop();
    d->media->stop();
    d->outbox->stop(); // drains sends in flight, releases the rest of our claims
    d->hub->closeAll();
    d->http.reset();
    d->drafts.reset(); // drafts still being written are dropped; their messages stay undrafted
    d->feed.reset();
    d->hub.reset();
    d->ingest.reset();
    d->outbox.reset();
    d->media.reset();
    d->templateSync.reset();
    d->graph.reset();
    d->api.reset();
    d->auth.reset();
    d->log.reset();
    d->users.reset();
    d->db.reset();
}

quint16 Relay::port() const
{
    return m_config.listenPort;
}

bool Relay::addUser(const domain::Agent &agent, const QString &password, QString *error)
{
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        *error = QStringLiteral("could not hash the password");
        return false;
    }
    return UserStore(*d->db).addUser(agent, hash, error);
}

void Relay::onIngestCommitted(const QList<domain::Event> &events)
{
    bool unknownTemplate = false;
    for (const domain::Event &e : events) {
        // A status webhook for a template the library does not have yet: read it from Meta.
        if (e.type == QLatin1String("template.updated") &&
            !e.payload.contains(QStringLiteral("template")) &&
            TemplateWebhook::handles(e.payload.value(QStringLiteral("field")).toString()))
            unknownTemplate = true;
    }
    if (unknownTemplate)
        d->templateSync->sync();
}

void Relay::publish(const QList<domain::Event> &events)
{
    d->feed->localCommitted(events);
}

bool Relay::isLeader() const
{
    return d->feed && d->feed->isLeader();
}

} // namespace recado::relay
