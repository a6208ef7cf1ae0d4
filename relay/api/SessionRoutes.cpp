// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/JsonCodec.h"
#include "relay/api/ApiContext.h"
#include "relay/auth/Authenticator.h"
#include "relay/auth/PasswordHasher.h"
#include "relay/http/Router.h"
#include "relay/store/UserStore.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace recado::relay {

void registerSessionRoutes(Router &router, ApiContext &ctx)
{
    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/session"), [&ctx](const HttpExchangePtr &ex) {
            const auto body = jsonBody(ex);
            if (!body)
                return;
            const QString username = body->value(QStringLiteral("username")).toString();
            const QString password = body->value(QStringLiteral("password")).toString();
            if (username.isEmpty() || password.isEmpty()) {
                ex->replyError(400, QStringLiteral("missing_field"),
                               QStringLiteral("username and password are required"));
                return;
            }
            domain::Agent agent;
            qint64 expiresAt = 0;
            const QByteArray token = ctx.auth.signIn(username, password, &agent, &expiresAt);
            if (token.isEmpty()) {
                ex->replyError(401, QStringLiteral("invalid_credentials"),
                               QStringLiteral("wrong user name or password"));
                return;
            }
            ex->replyJson(200, QJsonObject{{QStringLiteral("token"), QString::fromLatin1(token)},
                                           {QStringLiteral("expires_at"),
                                            protocol::toIsoTime(QDateTime::fromMSecsSinceEpoch(
                                                expiresAt, Qt::UTC))},
                                           {QStringLiteral("user"), protocol::toJson(agent)}});
        });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/api/session"),
               [&ctx](const HttpExchangePtr &ex) {
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
    router.add(QStringLiteral("GET"), QStringLiteral("/api/agents"),
               [&ctx](const HttpExchangePtr &ex) {
                   if (!ctx.auth.require(ex, domain::Role::Agent))
                       return;
                   QJsonArray agents;
                   for (const auto &a : UserStore(ctx.db).agents())
                       agents.append(protocol::toJson(a));
                   ex->replyJson(200, QJsonObject{{QStringLiteral("agents"), agents}});
               });

    // User administration (admins only). The CLI does the same for the first admin.
    router.add(QStringLiteral("GET"), QStringLiteral("/api/users"),
               [&ctx](const HttpExchangePtr &ex) {
                   if (!ctx.auth.require(ex, domain::Role::Admin))
                       return;
                   QJsonArray users;
                   for (const auto &a : UserStore(ctx.db).agents())
                       users.append(protocol::toJson(a));
                   ex->replyJson(200, QJsonObject{{QStringLiteral("users"), users}});
               });
    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/users"), [&ctx](const HttpExchangePtr &ex) {
            if (!ctx.auth.require(ex, domain::Role::Admin))
                return;
            const auto body = jsonBody(ex);
            if (!body)
                return;
            domain::Agent agent = protocol::agentFromJson(*body);
            bool roleOk = false;
            agent.role =
                domain::roleFromString(body->value(QStringLiteral("role")).toString(), &roleOk);
            const QString password = body->value(QStringLiteral("password")).toString();
            static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._-]{2,64}$"));
            if (!validName.match(agent.username).hasMatch()) {
                ex->replyError(
                    400, QStringLiteral("invalid_username"),
                    QStringLiteral(
                        "user names have 2-64 letters, digits, dots, dashes or underscores"));
                return;
            }
            if (!roleOk) {
                ex->replyError(400, QStringLiteral("invalid_role"),
                               QStringLiteral("role must be agent, supervisor or admin"));
                return;
            }
            if (password.size() < 8) {
                ex->replyError(400, QStringLiteral("weak_password"),
                               QStringLiteral("passwords need at least 8 characters"));
                return;
            }
            UserStore users(ctx.db);
            if (users.findByUsername(agent.username)) {
                ex->replyError(409, QStringLiteral("user_exists"),
                               QStringLiteral("user %1 already exists").arg(agent.username));
                return;
            }
            QString error;
            if (!users.addUser(agent, PasswordHasher::hash(password), &error)) {
                ex->replyError(500, QStringLiteral("storage_error"),
                               QStringLiteral("could not create the user"));
                return;
            }
            ex->replyJson(
                201, QJsonObject{{QStringLiteral("user"),
                                  protocol::toJson(users.findByUsername(agent.username)->agent)}});
        });
}

} // namespace recado::relay
