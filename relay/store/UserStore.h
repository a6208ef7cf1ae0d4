// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Agent.h"

#include <QList>
#include <optional>

namespace recado::relay {

class Database;

struct UserRecord
{
    qint64 id = 0;
    domain::Agent agent;
    QString passwordHash;
    bool disabled = false;
};

struct SessionRecord
{
    UserRecord user;
    qint64 expiresAt = 0;
    bool revoked = false;
};

//! Users and their bearer-token sessions. Tokens are stored only as SHA-256 hashes.
class UserStore
{
public:
    explicit UserStore(Database &db)
        : m_db(db)
    {}

    bool addUser(const domain::Agent &agent, const QString &passwordHash, QString *error);
    std::optional<UserRecord> findByUsername(const QString &username);
    QList<domain::Agent> agents();
    bool setPassword(const QString &username, const QString &passwordHash);

    bool createSession(const QByteArray &tokenHash, qint64 userId, qint64 expiresAt);
    std::optional<SessionRecord> session(const QByteArray &tokenHash);
    bool revokeSession(const QByteArray &tokenHash);

private:
    Database &m_db;
};

} // namespace recado::relay
