// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelayFixture.h"

#include "CustomerWebhook.h"
#include "HttpClient.h"
#include "RelayProcess.h"

#include "relay/Relay.h"
#include "relay/store/Database.h"
#include "tools/metasim/MetaSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QUuid>

namespace recado::test {

struct RelayFixture::Private
{
    QTemporaryDir dir;
    relay::RelayConfig config;
    std::unique_ptr<metasim::MetaSimulator> sim;
    std::unique_ptr<relay::Relay> relay;
    quint16 relayPort = 0;
};

RelayFixture::RelayFixture()
    : d(std::make_unique<Private>())
{}

RelayFixture::~RelayFixture()
{
    d->relay.reset();
    d->sim.reset();
}

bool RelayFixture::start()
{
    if (!d->dir.isValid()) {
        qWarning("RelayFixture: no temporary directory");
        return false;
    }
    metasim::Config simConfig;
    simConfig.appSecret = kAppSecret;
    simConfig.verifyToken = QString::fromLatin1(kVerifyToken);
    simConfig.accessToken = QString::fromLatin1(kAccessToken);
    simConfig.phoneNumberId = QString::fromLatin1(kPhoneNumberId);
    simConfig.wabaId = QString::fromLatin1(kWabaId);
    simConfig.statusDelayMs = 60;
    simConfig.webhookRetryBaseMs = 100;
    d->sim = std::make_unique<metasim::MetaSimulator>(simConfig);
    if (!d->sim->listen(QHostAddress::LocalHost, 0)) {
        qWarning("RelayFixture: simulator cannot listen");
        return false;
    }

    relay::RelayConfig &c = d->config;
    c.listenHost = QHostAddress::LocalHost;
    c.listenPort = 0;
    c.dataDir = d->dir.path();
    const QString pg =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("RECADO_TEST_DATABASE"));
    c.databaseUrl = pg.isEmpty()
                        ? QStringLiteral("sqlite:") + d->dir.path() + QStringLiteral("/relay.db")
                        : freshPostgresDatabase(pg);
    if (c.databaseUrl.isEmpty())
        return false;
    c.appSecret = kAppSecret;
    c.verifyToken = kVerifyToken;
    c.accessToken = kAccessToken;
    c.phoneNumberId = QString::fromLatin1(kPhoneNumberId);
    c.wabaId = QString::fromLatin1(kWabaId);
    c.graphUrl = d->sim->baseUrl();
    c.instanceId = QStringLiteral("fixture");
    // Short timers so retry paths run in seconds, not minutes.
    c.outboxBackoffBaseMs = 200;
    c.authRetryMs = 500;
    c.outboxLeaseMs = 5000;
    if (!restartRelay())
        return false;
    return true;
}

bool RelayFixture::restartRelay()
{
    d->relay.reset();
    relay::RelayConfig c = d->config;
    c.listenPort = d->relayPort; // same port after a restart, like a real deployment
    d->relay = std::make_unique<relay::Relay>(c);
    QString error;
    if (!d->relay->start(&error)) {
        qWarning("RelayFixture: relay did not start: %s", qPrintable(error));
        d->relay.reset();
        return false;
    }
    d->relayPort = d->relay->port();
    d->sim->setWebhookUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(d->relayPort)));
    return true;
}

void RelayFixture::stopRelay()
{
    d->relay.reset();
}

relay::RelayConfig &RelayFixture::config()
{
    return d->config;
}

QUrl RelayFixture::relayUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(d->relayPort));
}

QUrl RelayFixture::simulatorUrl() const
{
    return d->sim ? d->sim->baseUrl() : QUrl();
}

QString RelayFixture::dataDir() const
{
    return d->dir.path();
}

QString RelayFixture::databaseUrl() const
{
    return d->config.databaseUrl;
}

relay::Relay *RelayFixture::relay() const
{
    return d->relay.get();
}

metasim::MetaSimulator *RelayFixture::simulator() const
{
    return d->sim.get();
}

bool RelayFixture::createUser(const QString &username, domain::Role role, const QString &password)
{
    if (!d->relay)
        return false;
    QString error;
    return d->relay->addUser({username, username, role}, password, &error);
}

QString RelayFixture::login(const QString &username, const QString &password)
{
    return HttpClient(relayUrl()).signIn(username, password);
}

void RelayFixture::postCustomerText(const QString &waId, const QString &name, const QString &body,
                                    const QDateTime &at, const QString &wamid)
{
    simulator()->setLastInbound(waId, at);
    simulator()->postWebhook(
        customerTextWebhook({waId, wamid, body, name, at, QString::fromLatin1(kPhoneNumberId),
                             QString::fromLatin1(kWabaId)}));
}

} // namespace recado::test
