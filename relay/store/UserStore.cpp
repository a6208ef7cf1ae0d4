// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/store/UserStore.h"

#include "relay/store/Database.h"

#include <QDateTime>

namespace recado::relay {

namespace {
UserRecord readUser(Statement &q, int offset = 0)
{
    UserRecord u;
    u.id = q.value(offset).toLongLong();
    u.agent.username = q.value(offset + 1).toString();
    u.agent.displayName = q.value(offset + 2).toString();
    u.agent.role = domain::roleFromString(q.value(offset + 3).toString());
    u.passwordHash = q.value(offset + 4).toString();
    u.disabled = q.value(offset + 5).toInt() != 0;
    return u;
}
} // namespace

bool UserStore::addUser(const domain::Agent &agent, const QString &passwordHash, QString *error)
{
    Statement &q =
        m_db.prepared(QStringLiteral("INSERT INTO users (username, display_name, role, "
                                     "password_hash, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(agent.username);
    q.addBindValue(agent.displayName.isEmpty() ? agent.username : agent.displayName);
    q.addBindValue(domain::toString(agent.role));
    q.addBindValue(passwordHash);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return execOrError(q, error);
}

std::optional<UserRecord> UserStore::findByUsername(const QString &username)
{
    Statement &q =
        m_db.prepared(QStringLiteral("SELECT id, username, display_name, role, password_hash, "
                                     "disabled FROM users WHERE username = ?"));
    q.addBindValue(username);
    if (!execOrError(q) || !q.next())
        return std::nullopt;
    UserRecord u = readUser(q);
    q.finish();
    return u;
}

QList<domain::Agent> UserStore::agents()
{
    QList<domain::Agent> out;
    Statement &q =
        m_db.prepared(QStringLiteral("SELECT id, username, display_name, role, password_hash, "
                                     "disabled FROM users WHERE disabled = 0 ORDER BY username"));
    if (!execOrError(q))
        return out;
    while (q.next())
        out.append(readUser(q).agent);
    q.finish();
    return out;
}

bool UserStore::setPassword(const QString &username, const QString &passwordHash)
{
    Statement &q =
        m_db.prepared(QStringLiteral("UPDATE users SET password_hash = ? WHERE username = ?"));
    q.addBindValue(passwordHash);
    q.addBindValue(username);
    return execOrError(q) && q.numRowsAffected() == 1;
}

bool UserStore::createSession(const QByteArray &tokenHash, qint64 userId, qint64 expiresAt)
{
    Statement &q = m_db.prepared(QStringLiteral(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(QString::fromLatin1(tokenHash));
    q.addBindValue(userId);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(expiresAt);
    return execOrError(q);
}

std::optional<SessionRecord> UserStore::session(const QByteArray &tokenHash)
{
    Statement &q = m_db.prepared(
        QStringLiteral("SELECT u.id, u.username, u.display_name, u.role, u.password_hash, "
                       "u.disabled, s.expires_at, s.revoked_at "
                       "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?"));
    q.addBindValue(QString::fromLatin1(tokenHash));
    if (!execOrError(q) || !q.next())
        return std::nullopt;
    SessionRecord s;
    s.user = readUser(q);
    s.expiresAt = q.value(6).toLongLong();
    s.revoked = !q.value(7).isNull();
    q.finish();
    return s;
}

bool UserStore::revokeSession(const QByteArray &tokenHash)
{
    Statement &q = m_db.prepared(QStringLiteral(
        "UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(QString::fromLatin1(tokenHash));
    return execOrError(q) && q.numRowsAffected() == 1;
}

} // namespace recado::relay
