// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Agent.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace recado::relay {
class Relay;
struct RelayConfig;
} // namespace recado::relay
namespace recado::metasim {
class MetaSimulator;
}

namespace recado::test {

//! A real relay and a real Meta simulator, in this process, on 127.0.0.1 ephemeral ports, with a
//! throwaway data dir and SQLite database (or PostgreSQL when RECADO_TEST_DATABASE is set to a
//! postgresql:// URL). The relay's webhook is wired to the simulator and vice versa.
class RelayFixture
{
public:
    RelayFixture();
    ~RelayFixture();

    //! Starts simulator and relay. Returns false (and prints why) on failure.
    bool start();
    //! Stops the relay (as if it crashed: no graceful drain) and starts it again on the same
    //! port and database.
    bool restartRelay();
    void stopRelay();
    //! The relay's configuration: change it before start() (e.g. the AI draft policy), or
    //! before restartRelay(). start() sets the listen, database and Meta fields itself.
    relay::RelayConfig &config();

    QUrl relayUrl() const;     //!< http://127.0.0.1:<port>
    QUrl simulatorUrl() const; //!< http://127.0.0.1:<port>
    QString dataDir() const;
    QString databaseUrl() const;
    relay::Relay *relay() const;
    metasim::MetaSimulator *simulator() const;

    //! Creates a user directly in the store; returns false if it exists.
    bool createUser(const QString &username, domain::Role role, const QString &password);
    //! Signs in over HTTP and returns the bearer token (empty on failure).
    QString login(const QString &username, const QString &password);
    //! A customer's text message sent at `at`, as Meta's signed webhook through the simulator
    //! (which also learns that the customer wrote then: its 24-hour window follows).
    void postCustomerText(const QString &waId, const QString &name, const QString &body,
                          const QDateTime &at, const QString &wamid);

    static constexpr const char *kAppSecret = "test-app-secret";
    static constexpr const char *kVerifyToken = "test-verify-token";
    static constexpr const char *kAccessToken = "test-access-token";
    static constexpr const char *kPhoneNumberId = "100200300";
    static constexpr const char *kWabaId = "900800700";

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace recado::test
