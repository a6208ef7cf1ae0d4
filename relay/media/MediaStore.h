// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace recado::relay {

//! Content-addressed file store for media: `<dataDir>/media/ab/cdef…` where `abcdef…` is the
//! SHA-256 of the bytes (hex). The same file sent twice is kept once; a name never changes
//! meaning, so readers need no locks. Files are written to a temporary name and renamed, so a
//! crash never leaves a half-written file under a final name. With several relay instances the
//! media directory must be shared storage.
class MediaStore
{
public:
    explicit MediaStore(QString dataDir);

    //! Stores `bytes`; returns their SHA-256 as lower-case hex, or empty with `error` set.
    QString put(const QByteArray &bytes, QString *error);
    bool contains(const QString &sha256Hex) const;
    //! The bytes stored under this digest (empty when absent).
    QByteArray read(const QString &sha256Hex) const;
    //! Where the file for this digest lives (whether or not it exists yet).
    QString pathFor(const QString &sha256Hex) const;
    //! True for 64 lower-case hex digits (anything else never names a file).
    static bool isDigest(const QString &sha256Hex);
    static QString digestOf(const QByteArray &bytes);

private:
    QString m_root;
};

} // namespace recado::relay
