// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QUrl>

#include "tools/metasim/Config.h"

#include <memory>

namespace recado::metasim {
class MetaSimulator;
}

namespace recado::test {

//! A real `recado-relay serve` process (for multi-instance and crash tests): own port, shared
//! database URL, simulator as Graph API. `kill()` is SIGKILL: no drain, no cleanup.
class RelayProcess
{
public:
    RelayProcess(const QString &name, const QString &databaseUrl, const QUrl &graphUrl,
                 const QByteArray &appSecret);
    ~RelayProcess();

    bool start(int timeoutMs = 10000);
    void kill();
    void terminate();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    qint64 pid() const { return m_process.processId(); }
    QProcessEnvironment environment() const { return m_env; }
    //! `recado-relay user add` against the same database.
    static bool addUser(const QProcessEnvironment &env, const QString &name, const QString &role,
                        const QString &password);
    static QString binary();
    //! A simulator configuration that accepts these processes' access token and phone number id
    //! and signs its webhooks with `appSecret`.
    static metasim::Config simulatorConfig(const QByteArray &appSecret);
    QByteArray log() const;

private:
    QString m_name;
    quint16 m_port = 0;
    QProcessEnvironment m_env;
    QProcess m_process;
    QString m_logPath;
};

//! A new empty database in the PostgreSQL cluster at `baseUrl` (tests never share rows).
QString freshPostgresDatabase(const QString &baseUrl);

//! What the multi-instance tests start from: relays `a` and `b` as processes sharing one fresh
//! PostgreSQL database, a simulator as Meta's side of both, and an agent `ana` (password
//! `password-ana`).
struct RelayPair
{
    QString databaseUrl;
    std::unique_ptr<metasim::MetaSimulator> sim;
    std::unique_ptr<RelayProcess> a, b;

    RelayPair();
    ~RelayPair();
    //! Empty when both relays answer, otherwise what failed.
    QString start(const QString &postgresBaseUrl, const QByteArray &appSecret);
};

} // namespace recado::test
