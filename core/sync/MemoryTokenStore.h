// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/TokenStore.h"

#include <QHash>

namespace recado::sync {

//! A TokenStore that keeps tokens in memory. Used by tests (never by the desktop app for a
//! signed-in user, except when the user explicitly chose "this run only"). It can pretend to be
//! unreachable so the "no keychain" path can be tested.
class MemoryTokenStore : public TokenStore
{
    Q_OBJECT
public:
    using TokenStore::TokenStore;

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &token, Callback done) override;
    void remove(const QString &key, Callback done) override;
    QString backendName() const override;

    //! When false, every call answers Unavailable (as a keychain without a backend would).
    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString &key) const { return m_tokens.contains(key); }
    QString peek(const QString &key) const { return m_tokens.value(key); }
    int callCount() const { return m_calls; }

private:
    void answer(Callback done, const Result &r);

    QHash<QString, QString> m_tokens;
    bool m_available = true;
    int m_calls = 0;
};

} // namespace recado::sync
