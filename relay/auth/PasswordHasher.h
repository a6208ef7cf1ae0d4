// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recado::relay {

//! Argon2id password hashing through libsodium (crypto_pwhash_str), with its interactive limits.
class PasswordHasher
{
public:
    //! Returns the encoded hash (with salt and parameters), or empty on failure (out of memory).
    static QString hash(const QString &password);
    static bool verify(const QString &password, const QString &encodedHash);
    //! Random token bytes encoded base64url without padding.
    static QByteArray randomToken(int bytes = 32);
    //! SHA-256 hex of a token: what the store keeps, so a database leak yields no usable token.
    static QByteArray tokenHash(const QByteArray &token);
};

} // namespace recado::relay
