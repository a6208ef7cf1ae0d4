// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Agent.h"
#include "relay/http/HttpExchange.h"

#include <optional>

namespace recado::relay {

class UserStore;

struct Caller
{
    qint64 userId = 0;
    domain::Agent agent;
    QByteArray tokenHash;
};

//! Bearer-token checks for every /api/ route.
class Authenticator
{
public:
    Authenticator(UserStore &users, qint64 tokenLifetimeMs)
        : m_users(users)
        , m_lifetime(tokenLifetimeMs)
    {}

    //! Verifies the password and creates a session. Returns the token, or empty.
    QByteArray signIn(const QString &username, const QString &password, domain::Agent *agent,
                      qint64 *expiresAt);
    //! Resolves a bearer token. `errorCode` is unauthorized / token_expired on failure.
    std::optional<Caller> resolve(const QByteArray &token, QString *errorCode);
    //! For routes: resolves the Authorization header and checks the role; on failure replies
    //! 401/403 itself and returns nullopt.
    std::optional<Caller> require(const HttpExchangePtr &ex, domain::Role role);
    bool signOut(const QByteArray &tokenHash);

    static QByteArray bearer(const QByteArray &authorizationHeader);

private:
    UserStore &m_users;
    qint64 m_lifetime;
};

} // namespace recado::relay
