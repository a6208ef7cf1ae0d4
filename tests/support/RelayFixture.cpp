// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelayFixture.h"

// Temporary: the relay is being built; start() fails loudly until it lands.
namespace recado::test {
struct RelayFixture::Private
{
};
RelayFixture::RelayFixture()
    : d(std::make_unique<Private>())
{
}
RelayFixture::~RelayFixture() = default;
bool RelayFixture::start() { return false; }
bool RelayFixture::restartRelay() { return false; }
void RelayFixture::stopRelay() {}
QUrl RelayFixture::relayUrl() const { return {}; }
QUrl RelayFixture::simulatorUrl() const { return {}; }
QString RelayFixture::dataDir() const { return {}; }
QString RelayFixture::databaseUrl() const { return {}; }
relay::Relay *RelayFixture::relay() const { return nullptr; }
metasim::MetaSimulator *RelayFixture::simulator() const { return nullptr; }
bool RelayFixture::createUser(const QString &, domain::Role, const QString &) { return false; }
QString RelayFixture::login(const QString &, const QString &) { return {}; }
} // namespace recado::test
