// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Agent.h"
#include "core/sync/RelayApi.h"
#include "core/sync/TokenStore.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace recado::sync {

//! Who is signed in to which relay, and where the token lives.
//!
//! - signIn(): `POST /api/session`, then the token goes to the TokenStore (the system keychain
//!   in the app). If no keychain is reachable the session waits in KeychainChoice and reports
//!   keychainUnavailable(); the user then picks keepForThisRun() (signed in, token only in
//!   memory) or abandon() (the token is revoked).
//! - restore(): a later start reads the token from the store and is signed in at once (the
//!   cached inbox shows without waiting for the network); `GET /api/me` then checks the token
//!   in the background: userVerified() fills in the user's name and role, while a refused token
//!   is deleted from the store and sessionRejected() asks for a fresh sign-in. When the relay
//!   cannot be reached the session simply stays (offline start).
//! - signOut(): `DELETE /api/session` (revokes the token), then removes it from the store.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, Working, KeychainChoice, SignedIn };
    Q_ENUM(State)

    explicit Session(TokenStore *store, QObject *parent = nullptr);

    //! The key under which the token of `username` at `relay` is stored.
    static QString storeKey(const QUrl &relay, const QString &username);
    //! Accepts "host:port" and "http(s)://host[:port][/]" and returns a clean base URL; an
    //! invalid URL comes back empty.
    static QUrl normalizeRelayUrl(const QString &text);

    void signIn(const QUrl &relay, const QString &username, const QString &password);
    void restore(const QUrl &relay, const QString &username);
    void keepForThisRun();
    void abandon();
    void signOut();

    State state() const { return m_state; }
    QUrl relayUrl() const { return m_relay; }
    QString token() const { return m_token; }
    domain::Agent user() const { return m_user; }
    //! True when the token is in the store (will survive a restart).
    bool isPersisted() const { return m_persisted; }
    //! True after restore() when the relay could not be reached to check the token.
    bool isUnverified() const { return m_unverified; }
    RelayApi *api() const { return m_api; }
    TokenStore *store() const { return m_store; }

Q_SIGNALS:
    void signedIn();
    void signInFailed(const QString &message);
    void keychainUnavailable(const QString &message);
    //! `message` is empty when there simply was nothing to restore.
    void restoreFailed(const QString &message);
    void signedOut();
    //! restore(): the relay confirmed the token; user() now has the name and role.
    void userVerified();
    //! restore(): the relay refused the stored token (expired, revoked).
    void sessionRejected(const QString &message);

private:
    void setState(State s) { m_state = s; }
    void finishSignIn(bool persisted);

    QPointer<TokenStore> m_store;
    RelayApi *m_api;
    State m_state = State::SignedOut;
    QUrl m_relay;
    QString m_token;
    domain::Agent m_user;
    bool m_persisted = false;
    bool m_unverified = false;
};

} // namespace recado::sync
