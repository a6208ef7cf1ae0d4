// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/JsonCodec.h"
#include "relay/api/ApiContext.h"
#include "relay/auth/Authenticator.h"
#include "relay/http/Router.h"
#include "relay/store/UserStore.h"

#include <QJsonArray>

namespace recado::relay {

void registerSessionRoutes(Router &router, ApiContext &ctx)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/api/session"), [&ctx](const HttpExchangePtr &ex) {
        const auto body = jsonBody(ex);
        if (!body)
            return;
        const QString username = body->value(QStringLiteral("username")).toString();
        const QString password = body->value(QStringLiteral("password")).toString();
        if (username.isEmpty() || password.isEmpty()) {
            ex->replyError(400, QStringLiteral("missing_field"), QStringLiteral("username and password are required"));
            return;
        }
        domain::Agent agent;
        qint64 expiresAt = 0;
        const QByteArray token = ctx.auth.signIn(username, password, &agent, &expiresAt);
        if (token.isEmpty()) {
            ex->replyError(401, QStringLiteral("invalid_credentials"), QStringLiteral("wrong user name or password"));
            return;
        }
        ex->replyJson(200, QJsonObject{{QStringLiteral("token"), QString::fromLatin1(token)},
                                       {QStringLiteral("expires_at"),
                                        protocol::toIsoTime(QDateTime::fromMSecsSinceEpoch(expiresAt, Qt::UTC))},
                                       {QStringLiteral("user"), protocol::toJson(agent)}});
    });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/api/session"), [&ctx](const HttpExchangePtr &ex) {
        const auto caller = ctx.auth.require(ex, domain::Role::Agent);
        if (!caller)
            return;
        ctx.auth.signOut(caller->tokenHash);
        ex->replyEmpty(204);
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/me"), [&ctx](const HttpExchangePtr &ex) {
        const auto caller = ctx.auth.require(ex, domain::Role::Agent);
        if (!caller)
            return;
        ex->replyJson(200, QJsonObject{{QStringLiteral("user"), protocol::toJson(caller->agent)}});
    });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/agents"), [&ctx](const HttpExchangePtr &ex) {
        if (!ctx.auth.require(ex, domain::Role::Agent))
            return;
        QJsonArray agents;
        for (const auto &a : UserStore(ctx.db).agents())
            agents.append(protocol::toJson(a));
        ex->replyJson(200, QJsonObject{{QStringLiteral("agents"), agents}});
    });
}

} // namespace recado::relay
