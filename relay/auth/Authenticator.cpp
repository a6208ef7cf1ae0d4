// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/auth/Authenticator.h"

#include "relay/auth/PasswordHasher.h"
#include "relay/store/UserStore.h"

#include <QDateTime>

namespace recado::relay {

QByteArray Authenticator::bearer(const QByteArray &authorizationHeader)
{
    const QByteArray h = authorizationHeader.trimmed();
    if (h.size() > 7 && h.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        return h.mid(7).trimmed();
    return {};
}

QByteArray Authenticator::signIn(const QString &username, const QString &password,
                                 domain::Agent *agent, qint64 *expiresAt)
{
    const auto user = m_users.findByUsername(username);
    // Verify against a dummy hash for unknown users too, so response time does not reveal
    // which user names exist.
    static const QString dummy = PasswordHasher::hash(QStringLiteral("recado-dummy-password"));
    const bool ok = PasswordHasher::verify(password, user ? user->passwordHash : dummy);
    if (!user || !ok || user->disabled)
        return {};
    const QByteArray token = PasswordHasher::randomToken();
    *expiresAt = QDateTime::currentMSecsSinceEpoch() + m_lifetime;
    if (!m_users.createSession(PasswordHasher::tokenHash(token), user->id, *expiresAt))
        return {};
    *agent = user->agent;
    return token;
}

std::optional<Caller> Authenticator::resolve(const QByteArray &token, QString *errorCode)
{
    *errorCode = QStringLiteral("unauthorized");
    if (token.isEmpty())
        return std::nullopt;
    const QByteArray hash = PasswordHasher::tokenHash(token);
    const auto session = m_users.session(hash);
    if (!session || session->revoked || session->user.disabled)
        return std::nullopt;
    if (session->expiresAt <= QDateTime::currentMSecsSinceEpoch()) {
        *errorCode = QStringLiteral("token_expired");
        return std::nullopt;
    }
    return Caller{session->user.id, session->user.agent, hash};
}

std::optional<Caller> Authenticator::require(const HttpExchangePtr &ex, domain::Role role)
{
    QString code;
    auto caller = resolve(bearer(ex->header("Authorization")), &code);
    if (!caller) {
        ex->replyError(401, code,
                       code == QLatin1String("token_expired")
                           ? QStringLiteral("your session expired; sign in again")
                           : QStringLiteral("sign in first"));
        return std::nullopt;
    }
    if (!domain::roleAtLeast(caller->agent.role, role)) {
        ex->replyError(403, QStringLiteral("forbidden"),
                       QStringLiteral("this action needs the %1 role").arg(domain::toString(role)));
        return std::nullopt;
    }
    return caller;
}

bool Authenticator::signOut(const QByteArray &tokenHash)
{
    return m_users.revokeSession(tokenHash);
}

} // namespace recado::relay
