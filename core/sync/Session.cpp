// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Session.h"

namespace recado::sync {

using namespace recado::domain;

Session::Session(TokenStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(new RelayApi(this))
{}

QString Session::storeKey(const QUrl &relay, const QString &username)
{
    return username + QLatin1Char('@') + relay.toString(QUrl::StripTrailingSlash);
}

QUrl Session::normalizeRelayUrl(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.contains(QLatin1String("://")))
        t.prepend(QLatin1String("http://"));
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    url.setPath(url.path().endsWith(QLatin1Char('/')) ? url.path().chopped(1) : url.path());
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void Session::signIn(const QUrl &relay, const QString &username, const QString &password)
{
    setState(State::Working);
    m_relay = relay;
    m_api->setBaseUrl(relay);
    m_api->setToken({});
    m_api->signIn(username, password, this,
                  [this, username](const ApiResult &r, const SignInInfo &info) {
                      if (!r.ok()) {
                          setState(State::SignedOut);
                          Q_EMIT signInFailed(r.errorMessage);
                          return;
                      }
                      m_token = info.token;
                      m_user = info.user;
                      if (m_user.username.isEmpty())
                          m_user.username = username;
                      m_api->setToken(m_token);
                      if (!m_store) {
                          setState(State::KeychainChoice);
                          Q_EMIT keychainUnavailable(tr("No keychain is configured."));
                          return;
                      }
                      m_store->write(storeKey(m_relay, m_user.username), m_token,
                                     [this](const TokenStore::Result &w) {
                                         if (w.ok())
                                             return finishSignIn(true);
                                         setState(State::KeychainChoice);
                                         Q_EMIT keychainUnavailable(w.message);
                                     });
                  });
}

void Session::finishSignIn(bool persisted)
{
    m_persisted = persisted;
    setState(State::SignedIn);
    Q_EMIT signedIn();
}

void Session::keepForThisRun()
{
    if (m_state == State::KeychainChoice)
        finishSignIn(false);
}

void Session::abandon()
{
    if (m_state != State::KeychainChoice)
        return;
    // The user would rather not be signed in without a keychain: revoke what we got.
    m_api->signOut(this, [](const ApiResult &) {});
    m_token.clear();
    setState(State::SignedOut);
    Q_EMIT signedOut();
}

void Session::restore(const QUrl &relay, const QString &username)
{
    if (!m_store || relay.isEmpty() || username.isEmpty()) {
        Q_EMIT restoreFailed({});
        return;
    }
    setState(State::Working);
    m_relay = relay;
    m_api->setBaseUrl(relay);
    const QString key = storeKey(relay, username);
    m_store->read(key, [this, username, key](const TokenStore::Result &r) {
        if (r.status == TokenStore::Status::NotFound) {
            setState(State::SignedOut);
            Q_EMIT restoreFailed({});
            return;
        }
        if (!r.ok()) {
            setState(State::SignedOut);
            Q_EMIT restoreFailed(tr("Your saved sign-in could not be read from %1: %2")
                                     .arg(m_store->backendName(), r.message));
            return;
        }
        m_token = r.token;
        m_api->setToken(m_token);
        // Signed in at once, so the cached inbox shows without waiting for the network; the
        // token is checked in the background and a refusal ends the session.
        m_user = Agent{username, username, Role::Agent};
        m_unverified = true;
        finishSignIn(true);
        const QString token = m_token;
        m_api->me(this, [this, key, token](const ApiResult &me, const Agent &user) {
            if (m_token != token)
                return; // signed out (or in again) meanwhile
            if (me.ok()) {
                m_user = user;
                m_unverified = false;
                Q_EMIT userVerified();
                return;
            }
            if (me.isTransient())
                return; // offline start: the engine reconnects by itself
            m_token.clear();
            m_api->setToken({});
            m_store->remove(key, [](const TokenStore::Result &) {});
            setState(State::SignedOut);
            Q_EMIT sessionRejected(me.errorMessage);
        });
    });
}

void Session::signOut()
{
    const QString key = storeKey(m_relay, m_user.username);
    if (!m_token.isEmpty())
        m_api->signOut(this, [](const ApiResult &) {});
    m_token.clear();
    setState(State::SignedOut);
    if (m_store && m_persisted) {
        m_store->remove(key, [this](const TokenStore::Result &) { Q_EMIT signedOut(); });
        return;
    }
    Q_EMIT signedOut();
}

} // namespace recado::sync
