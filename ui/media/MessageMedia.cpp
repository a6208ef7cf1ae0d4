// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/media/MessageMedia.h"

namespace recado::ui {

using domain::Message;

bool MessageMedia::isMediaKind(const QString &kind)
{
    return kind == QLatin1String("image") || kind == QLatin1String("video") ||
           kind == QLatin1String("audio") || kind == QLatin1String("document") ||
           kind == QLatin1String("sticker");
}

bool MessageMedia::isPicture(const QString &kind)
{
    return kind == QLatin1String("image") || kind == QLatin1String("sticker");
}

QJsonObject MessageMedia::kindObject(const Message &m)
{
    return m.content.value(m.kind).toObject();
}

QString MessageMedia::status(const Message &m)
{
    return m.media.value(QStringLiteral("status")).toString();
}

QString MessageMedia::mimeType(const Message &m)
{
    const QString fromRelay = m.media.value(QStringLiteral("mime_type")).toString();
    return fromRelay.isEmpty() ? kindObject(m).value(QStringLiteral("mime_type")).toString()
                               : fromRelay;
}

QString MessageMedia::filename(const Message &m)
{
    const QString fromRelay = m.media.value(QStringLiteral("filename")).toString();
    return fromRelay.isEmpty() ? kindObject(m).value(QStringLiteral("filename")).toString()
                               : fromRelay;
}

qint64 MessageMedia::size(const Message &m)
{
    return m.media.value(QStringLiteral("size")).toInteger();
}

QString MessageMedia::error(const Message &m)
{
    return m.media.value(QStringLiteral("error")).toString();
}

QString MessageMedia::cacheName(const Message &m)
{
    const QString sha = m.media.value(QStringLiteral("sha256")).toString();
    bool hex = sha.size() == 64;
    for (const QChar c : sha)
        hex = hex && ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                      (c >= QLatin1Char('a') && c <= QLatin1Char('f')));
    return hex ? sha : QStringLiteral("m%1").arg(m.id);
}

bool MessageMedia::isVoice(const Message &m)
{
    return m.kind == QLatin1String("audio") &&
           kindObject(m).value(QStringLiteral("voice")).toBool();
}

} // namespace recado::ui
