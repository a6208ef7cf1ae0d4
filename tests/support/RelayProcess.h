// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QUrl>

#include "tools/metasim/Config.h"

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

} // namespace recado::test
