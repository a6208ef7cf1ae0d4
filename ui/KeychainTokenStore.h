// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/TokenStore.h"

#include <QList>

namespace recado::ui {

//! TokenStore backed by the system keychain through QtKeychain (libsecret / KWallet, macOS
//! Keychain, Windows Credential Manager).
//!
//! - Jobs run one at a time, in order (QtKeychain backends do not like concurrent jobs), and
//!   the next one starts from the event loop, never from inside `finished`.
//! - Each job has a time limit: libsecret waits forever for a locked keyring that nobody can
//!   unlock (for example on a headless box); after `timeoutMs` the call reports Unavailable.
//! - QtKeychain's insecure fallback is not used (it is silently ignored with libsecret anyway);
//!   the fallback is the user's explicit "this run only" choice in the sign-in dialog.
class KeychainTokenStore : public sync::TokenStore
{
    Q_OBJECT
public:
    explicit KeychainTokenStore(const QString &service = QStringLiteral("Recado"),
                                QObject *parent = nullptr);
    ~KeychainTokenStore() override;

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &token, Callback done) override;
    void remove(const QString &key, Callback done) override;
    QString backendName() const override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    enum class Op { Read, Write, Remove };
    struct Pending
    {
        Op op;
        QString key;
        QString token;
        Callback done;
    };
    void enqueue(Pending p);
    void startNext();

    QString m_service;
    QList<Pending> m_queue;
    bool m_busy = false;
    int m_timeoutMs = 10000;
};

} // namespace recado::ui
