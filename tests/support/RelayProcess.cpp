// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelayProcess.h"

#include "relay/store/Database.h"
#include "tools/metasim/MetaSimulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QThread>
#include <QUuid>

namespace recado::test {

namespace {
quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}
} // namespace

QString freshPostgresDatabase(const QString &baseUrl)
{
    relay::Database admin;
    QString error;
    if (!admin.open(baseUrl, &error)) {
        qWarning("test: %s", qPrintable(error));
        return {};
    }
    const QString name =
        QStringLiteral("recado_t_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    if (!admin.exec(QStringLiteral("CREATE DATABASE ") + name, &error)) {
        qWarning("test: cannot create database: %s", qPrintable(error));
        return {};
    }
    QUrl url(baseUrl);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

QString RelayProcess::binary()
{
    // Tests live in build/tests/, the relay in build/app/.
    return QStringLiteral(RECADO_BINARY_DIR_SUPPORT "/app/recado-relay");
}

namespace {
const QString kAccessToken = QStringLiteral("test-access-token");
const QString kPhoneNumberId = QStringLiteral("100200300");
} // namespace

metasim::Config RelayProcess::simulatorConfig(const QByteArray &appSecret)
{
    metasim::Config c;
    c.appSecret = appSecret;
    c.accessToken = kAccessToken;
    c.phoneNumberId = kPhoneNumberId;
    c.statusDelayMs = 50;
    return c;
}

RelayProcess::RelayProcess(const QString &name, const QString &databaseUrl, const QUrl &graphUrl,
                           const QByteArray &appSecret)
    : m_name(name)
    , m_port(freePort())
{
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("META_APP_SECRET"), QString::fromLatin1(appSecret));
    m_env.insert(QStringLiteral("META_VERIFY_TOKEN"), QStringLiteral("test-verify-token"));
    m_env.insert(QStringLiteral("META_ACCESS_TOKEN"), kAccessToken);
    m_env.insert(QStringLiteral("META_PHONE_NUMBER_ID"), kPhoneNumberId);
    m_env.insert(QStringLiteral("META_GRAPH_URL"), graphUrl.toString());
    m_env.insert(QStringLiteral("RECADO_DATABASE"), databaseUrl);
    m_env.insert(QStringLiteral("RECADO_DATA_DIR"),
                 QDir::tempPath() + QStringLiteral("/recado-relay-") + name);
    m_env.insert(QStringLiteral("RECADO_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(m_port));
    m_env.insert(QStringLiteral("RECADO_INSTANCE_ID"), name);
    m_env.insert(QStringLiteral("RECADO_OUTBOX_LEASE_MS"), QStringLiteral("3000"));
    m_env.insert(QStringLiteral("RECADO_OUTBOX_BACKOFF_MS"), QStringLiteral("200"));
    m_env.insert(QStringLiteral("RECADO_AUTH_RETRY_MS"), QStringLiteral("500"));
    m_logPath =
        QDir::tempPath() +
        QStringLiteral("/recado-relay-%1-%2.log").arg(name).arg(QCoreApplication::applicationPid());
}

RelayProcess::~RelayProcess()
{
    terminate();
}

bool RelayProcess::start(int timeoutMs)
{
    m_process.setProcessEnvironment(m_env);
    m_process.setStandardOutputFile(m_logPath, QIODevice::Append);
    m_process.setStandardErrorFile(m_logPath, QIODevice::Append);
    m_process.start(binary(), {QStringLiteral("serve")});
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    QNetworkAccessManager nam;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs && isRunning()) {
        QNetworkReply *r =
            nam.get(QNetworkRequest(QUrl(url().toString() + QStringLiteral("/healthz"))));
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r->deleteLater();
        if (status == 200)
            return true;
        QThread::msleep(50);
    }
    return false;
}

void RelayProcess::kill()
{
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void RelayProcess::terminate()
{
    if (isRunning()) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            kill();
    }
}

QByteArray RelayProcess::log() const
{
    QFile f(m_logPath);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool RelayProcess::addUser(const QProcessEnvironment &env, const QString &name, const QString &role,
                           const QString &password)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(binary(), {QStringLiteral("user"), QStringLiteral("add"), name,
                       QStringLiteral("--role"), role, QStringLiteral("--password-stdin")});
    p.write(password.toUtf8() + '\n');
    p.closeWriteChannel();
    return p.waitForFinished(20000) && p.exitCode() == 0;
}

RelayPair::RelayPair() = default;
RelayPair::~RelayPair() = default;

QString RelayPair::start(const QString &postgresBaseUrl, const QByteArray &appSecret)
{
    databaseUrl = freshPostgresDatabase(postgresBaseUrl);
    if (databaseUrl.isEmpty())
        return QStringLiteral("cannot create a database in %1").arg(postgresBaseUrl);
    sim = std::make_unique<metasim::MetaSimulator>(RelayProcess::simulatorConfig(appSecret));
    if (!sim->listen())
        return QStringLiteral("the simulator cannot listen");
    a = std::make_unique<RelayProcess>(QStringLiteral("a"), databaseUrl, sim->baseUrl(), appSecret);
    b = std::make_unique<RelayProcess>(QStringLiteral("b"), databaseUrl, sim->baseUrl(), appSecret);
    if (!RelayProcess::addUser(a->environment(), QStringLiteral("ana"), QStringLiteral("agent"),
                               QStringLiteral("password-ana")))
        return QStringLiteral("cannot add the agent");
    if (!a->start())
        return QStringLiteral("relay a did not start: ") + QString::fromUtf8(a->log());
    if (!b->start())
        return QStringLiteral("relay b did not start: ") + QString::fromUtf8(b->log());
    return {};
}

} // namespace recado::test
