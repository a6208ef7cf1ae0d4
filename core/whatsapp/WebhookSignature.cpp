// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/WebhookSignature.h"

#include <QMessageAuthenticationCode>

namespace recado::whatsapp {

QByteArray signatureHeader(const QByteArray &body, const QByteArray &appSecret)
{
    return QByteArrayLiteral("sha256=") +
           QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256).toHex();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

bool verifySignature(const QByteArray &body, const QByteArray &header, const QByteArray &appSecret)
{
    if (appSecret.isEmpty() || !header.startsWith("sha256="))
        return false;
    // Hex case is not significant; Meta sends lowercase.
    return constantTimeEquals(signatureHeader(body, appSecret), header.toLower());
}

} // namespace recado::whatsapp
