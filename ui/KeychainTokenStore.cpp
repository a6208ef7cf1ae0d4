// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/KeychainTokenStore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace recado::ui {

using recado::sync::TokenStore;

KeychainTokenStore::KeychainTokenStore(const QString &service, QObject *parent)
    : TokenStore(parent)
    , m_service(service)
{}

KeychainTokenStore::~KeychainTokenStore() = default;

QString KeychainTokenStore::backendName() const
{
    return tr("the system keychain");
}

void KeychainTokenStore::read(const QString &key, Callback done)
{
    enqueue({Op::Read, key, {}, std::move(done)});
}

void KeychainTokenStore::write(const QString &key, const QString &token, Callback done)
{
    enqueue({Op::Write, key, token, std::move(done)});
}

void KeychainTokenStore::remove(const QString &key, Callback done)
{
    enqueue({Op::Remove, key, {}, std::move(done)});
}

void KeychainTokenStore::enqueue(Pending p)
{
    m_queue.append(std::move(p));
    if (!m_busy)
        QTimer::singleShot(0, this, &KeychainTokenStore::startNext);
}

static TokenStore::Result resultOf(QKeychain::Job *job, bool isRead)
{
    using QKeychain::Error;
    TokenStore::Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = TokenStore::Status::Ok;
        if (isRead)
            r.token = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        return r;
    case QKeychain::EntryNotFound:
        r.status = TokenStore::Status::NotFound;
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::OtherError:
        // On Linux "OtherError" is what libsecret reports when no D-Bus session or no keyring
        // daemon is there: for the user it means the same as "no keychain".
        r.status = TokenStore::Status::Unavailable;
        break;
    default:
        r.status = TokenStore::Status::Failed;
        break;
    }
    r.message = job->errorString();
    return r;
}

void KeychainTokenStore::startNext()
{
    if (m_busy || m_queue.isEmpty())
        return;
    m_busy = true;
    Pending p = m_queue.takeFirst();

    QKeychain::Job *job = nullptr;
    switch (p.op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service);
        w->setTextData(p.token);
        job = w;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(p.key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);

    // Shared between the answer and the time limit: whichever comes first reports.
    auto answered = std::make_shared<bool>(false);
    auto callback = std::make_shared<Callback>(std::move(p.done));
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const bool isRead = p.op == Op::Read;
    auto finish = [this, answered, callback, timer](const Result &r) {
        if (*answered)
            return;
        *answered = true;
        timer->deleteLater();
        m_busy = false;
        (*callback)(r);
        QTimer::singleShot(0, this, &KeychainTokenStore::startNext);
    };
    connect(job, &QKeychain::Job::finished, this,
            [finish, isRead](QKeychain::Job *j) { finish(resultOf(j, isRead)); });
    connect(timer, &QTimer::timeout, this, [this, finish] {
        // The job may never finish (a locked keyring waiting for a prompt nobody can see); it
        // is abandoned, its late answer ignored.
        finish({Status::Unavailable,
                {},
                tr("the keychain did not answer within %1 s; it may be locked")
                    .arg((m_timeoutMs + 999) / 1000)});
    });
    timer->start(m_timeoutMs);
    job->start();
}

} // namespace recado::ui
