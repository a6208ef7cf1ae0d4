// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/media/MediaDuration.h"

#include <QFile>
#include <QtEndian>

namespace recado::ui {

namespace {

quint32 be32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

//! Walks ISO boxes from `pos` to `end` looking for `type`; returns its payload offset and size.
bool findBox(QFile &f, qint64 pos, qint64 end, const char *type, qint64 *payload, qint64 *size)
{
    while (pos + 8 <= end) {
        f.seek(pos);
        const QByteArray h = f.read(16);
        if (h.size() < 8)
            return false;
        qint64 boxSize = be32(h.constData());
        qint64 header = 8;
        if (boxSize == 1 && h.size() >= 16) {
            boxSize = qint64(qFromBigEndian<quint64>(h.constData() + 8));
            header = 16;
        } else if (boxSize == 0) {
            boxSize = end - pos;
        }
        if (boxSize < header)
            return false;
        if (h.mid(4, 4) == QByteArray(type, 4)) {
            *payload = pos + header;
            *size = boxSize - header;
            return true;
        }
        pos += boxSize;
    }
    return false;
}

qint64 mp4Duration(QFile &f)
{
    qint64 moov = 0, moovSize = 0, mvhd = 0, mvhdSize = 0;
    if (!findBox(f, 0, f.size(), "moov", &moov, &moovSize) ||
        !findBox(f, moov, moov + moovSize, "mvhd", &mvhd, &mvhdSize))
        return -1;
    f.seek(mvhd);
    const QByteArray b = f.read(32);
    if (b.size() < 24)
        return -1;
    const int version = uchar(b[0]);
    quint64 scale = 0, duration = 0;
    if (version == 1 && b.size() >= 32) {
        scale = be32(b.constData() + 20);
        duration = qFromBigEndian<quint64>(b.constData() + 24);
    } else {
        scale = be32(b.constData() + 12);
        duration = be32(b.constData() + 16);
    }
    return scale == 0 ? -1 : qint64(duration * 1000 / scale);
}

qint64 oggOpusDuration(QFile &f)
{
    const QByteArray head = f.read(4096);
    const int opusHead = int(head.indexOf("OpusHead"));
    if (opusHead < 0 || head.size() < opusHead + 12)
        return -1;
    const quint16 preSkip = qFromLittleEndian<quint16>(head.constData() + opusHead + 10);
    const qint64 tailStart = qMax<qint64>(0, f.size() - 65536);
    f.seek(tailStart);
    const QByteArray tail = f.read(65536);
    const int last = int(tail.lastIndexOf("OggS"));
    if (last < 0 || tail.size() < last + 14)
        return -1;
    const qint64 granule = qFromLittleEndian<qint64>(tail.constData() + last + 6);
    if (granule <= preSkip)
        return 0;
    return (granule - preSkip) * 1000 / 48000;
}

} // namespace

qint64 MediaDuration::milliseconds(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray magic = f.peek(12);
    if (magic.startsWith("OggS"))
        return oggOpusDuration(f);
    if (magic.size() >= 12 && magic.mid(4, 4) == "ftyp")
        return mp4Duration(f);
    return -1;
}

QString MediaDuration::text(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 secs = (ms + 500) / 1000;
    const qint64 h = secs / 3600, m = (secs / 60) % 60, s = secs % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

} // namespace recado::ui
