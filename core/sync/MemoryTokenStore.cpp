// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/MemoryTokenStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace recado::sync {

void MemoryTokenStore::answer(Callback done, const Result &r)
{
    // Asynchronous like a real keychain, so callers cannot come to rely on re-entrancy.
    QTimer::singleShot(0, this, [done = std::move(done), r] { done(r); });
}

static TokenStore::Result unavailable()
{
    return {TokenStore::Status::Unavailable,
            {},
            QCoreApplication::translate("recado::sync::MemoryTokenStore",
                                        "The test keychain is switched off.")};
}

void MemoryTokenStore::read(const QString &key, Callback done)
{
    ++m_calls;
    if (!m_available)
        return answer(std::move(done), unavailable());
    if (!m_tokens.contains(key))
        return answer(std::move(done), {Status::NotFound, {}, {}});
    answer(std::move(done), {Status::Ok, m_tokens.value(key), {}});
}

void MemoryTokenStore::write(const QString &key, const QString &token, Callback done)
{
    ++m_calls;
    if (!m_available)
        return answer(std::move(done), unavailable());
    m_tokens.insert(key, token);
    answer(std::move(done), {Status::Ok, {}, {}});
}

void MemoryTokenStore::remove(const QString &key, Callback done)
{
    ++m_calls;
    if (!m_available)
        return answer(std::move(done), unavailable());
    const bool had = m_tokens.remove(key) > 0;
    answer(std::move(done), {had ? Status::Ok : Status::NotFound, {}, {}});
}

QString MemoryTokenStore::backendName() const
{
    return QStringLiteral("memory");
}

} // namespace recado::sync
