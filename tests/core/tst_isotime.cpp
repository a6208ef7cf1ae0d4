// SPDX-License-Identifier: GPL-3.0-or-later
// protocol::toIsoTime formats UTC times itself (the relay formats several per stored event);
// it must write exactly what Qt::ISODateWithMs writes, and read back to the same instant.
#include "core/protocol/JsonCodec.h"

#include <QRandomGenerator>
#include <QTest>

using namespace recado;

class TestIsoTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesQtAcrossTheRange()
    {
        QRandomGenerator rng(20261122);
        QList<qint64> instants{0,
                               1,
                               999,
                               86399999,
                               86400000,
                               951782400000,     // 2000-02-29 (leap day)
                               4107542399999,    // 2100-02-28T23:59:59.999 (not a leap year)
                               1798761599999,    // 2026-12-31T23:59:59.999
                               253402300799999}; // 9999-12-31T23:59:59.999
        for (int i = 0; i < 20000; ++i)
            instants << qint64(rng.bounded(quint64(253402300799999)));
        for (const qint64 ms : instants) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            const QString mine = protocol::toIsoTime(t);
            QCOMPARE(mine, t.toString(Qt::ISODateWithMs));
            QCOMPARE(protocol::fromIsoTime(mine).toMSecsSinceEpoch(), ms);
        }
    }

    void localTimesAreWrittenInUtc()
    {
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(1795000000123, Qt::UTC);
        const QDateTime bogota = utc.toOffsetFromUtc(-5 * 3600);
        QCOMPARE(protocol::toIsoTime(bogota), QStringLiteral("2026-11-18T11:06:40.123Z"));
        QCOMPARE(protocol::toIsoTime(bogota), protocol::toIsoTime(utc));
    }

    void outsideTheFastRangeFallsBackToQt()
    {
        const QDateTime before1970 = QDateTime::fromMSecsSinceEpoch(-86400001, Qt::UTC);
        QCOMPARE(protocol::toIsoTime(before1970), before1970.toString(Qt::ISODateWithMs));
        QCOMPARE(protocol::toIsoTime(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
