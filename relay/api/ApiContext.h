// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Event.h"
#include "relay/http/HttpExchange.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <optional>
#include <vector>

namespace recado::relay {

class Authenticator;
class Database;
class EventHub;
class GraphClient;
class OutboxWorker;
class Router;
class TemplateSync;
class WebhookIngestor;
class WriteGroup;
struct RelayConfig;

//! Writes one figure of /metrics: name, Prometheus type, help text, value.
using MetricSink =
    std::function<void(const char *name, const char *type, const char *help, qint64 value)>;

//! What route handlers share. Handlers run on the relay's thread, one at a time.
struct ApiContext
{
    Database &db;
    const RelayConfig &config;
    Authenticator &auth;
    OutboxWorker &outbox;
    GraphClient &graph;
    EventHub &hub;
    WebhookIngestor &ingest;
    //! Hands committed events to the stream (and, with PostgreSQL, to other instances).
    std::function<void(const QList<domain::Event> &)> publish;
    //! Template library synchronisation (relay/templates); set by Relay after construction.
    TemplateSync *templateSync = nullptr;
    //! Agents' writes (sends, conversation changes, draft decisions), committed in groups
    //! (relay/store/WriteGroup).
    WriteGroup *writes = nullptr;
    //! Figures that modules above this layer (AI drafts) add to /metrics.
    std::vector<std::function<void(const MetricSink &)>> metricSources;
};

//! Parses the request body as a JSON object, or replies 400 and returns nullopt.
inline std::optional<QJsonObject> jsonBody(const HttpExchangePtr &ex)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(ex->body(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        ex->replyError(400, QStringLiteral("invalid_json"),
                       QStringLiteral("the request body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

//! Parses a positive integer path argument, or replies 404 and returns 0.
inline qint64 idArg(const HttpExchangePtr &ex, int index = 0)
{
    bool ok = false;
    const qint64 id = ex->pathArgs.value(index).toLongLong(&ok);
    if (!ok || id <= 0) {
        ex->replyError(404, QStringLiteral("not_found"),
                       QStringLiteral("no such conversation or message"));
        return 0;
    }
    return id;
}

void registerSessionRoutes(Router &router, ApiContext &ctx);
void registerConversationRoutes(Router &router, ApiContext &ctx);
void registerMessageRoutes(Router &router, ApiContext &ctx);
void registerServiceRequestRoutes(Router &router, ApiContext &ctx);
void registerEventRoutes(Router &router, ApiContext &ctx);
void registerOpsRoutes(Router &router, ApiContext &ctx);
//! relay/templates/TemplateRoutes.cpp and relay/consent/ConsentRoutes.cpp
void registerTemplateRoutes(Router &router, ApiContext &ctx);
void registerConsentRoutes(Router &router, ApiContext &ctx);

} // namespace recado::relay
