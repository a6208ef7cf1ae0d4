// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/media/MediaStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace recado::relay {

MediaStore::MediaStore(QString dataDir)
    : m_root(std::move(dataDir) + QStringLiteral("/media"))
{}

bool MediaStore::isDigest(const QString &sha256Hex)
{
    if (sha256Hex.size() != 64)
        return false;
    for (QChar c : sha256Hex) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

QString MediaStore::digestOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString MediaStore::pathFor(const QString &sha256Hex) const
{
    return m_root + QLatin1Char('/') + sha256Hex.left(2) + QLatin1Char('/') + sha256Hex.mid(2);
}

bool MediaStore::contains(const QString &sha256Hex) const
{
    return isDigest(sha256Hex) && QFile::exists(pathFor(sha256Hex));
}

QString MediaStore::put(const QByteArray &bytes, QString *error)
{
    const QString digest = digestOf(bytes);
    const QString path = pathFor(digest);
    if (QFile(path).size() == bytes.size())
        return digest; // already stored: same digest, same bytes
    if (!QDir().mkpath(path.section(QLatin1Char('/'), 0, -2))) {
        *error = QStringLiteral("cannot create the media directory %1").arg(m_root);
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return {};
    }
    return digest;
}

QByteArray MediaStore::read(const QString &sha256Hex) const
{
    if (!isDigest(sha256Hex))
        return {};
    QFile file(pathFor(sha256Hex));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace recado::relay
