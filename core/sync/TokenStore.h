// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace recado::sync {

//! Where the relay's bearer token is kept between runs. The desktop app implements it with
//! QtKeychain (the system keychain); tests use MemoryTokenStore. Core never links QtKeychain,
//! because the relay links core.
//!
//! Every call is asynchronous (a keychain may prompt or hang) and calls `done` exactly once, on
//! the caller's thread, never from inside the call itself. Implementations must bound the wait:
//! a keychain that does not answer reports Unavailable.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,          //!< done; for read(), `token` holds the secret
        NotFound,    //!< read()/remove(): nothing stored under that key
        Unavailable, //!< no keychain reachable (no backend, locked, timed out); see `message`
        Failed       //!< the keychain answered with an error; see `message`
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString token;   //!< read() only
        QString message; //!< why, in words, when status is not Ok
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &token, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
    //! A human name for where secrets go ("GNOME Keyring", "memory"), for messages.
    virtual QString backendName() const = 0;
};

} // namespace recado::sync
