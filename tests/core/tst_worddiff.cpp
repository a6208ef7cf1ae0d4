// SPDX-License-Identifier: GPL-3.0-or-later
// The word-level diff the supervisor view shows between an AI draft and what was sent.
#include "core/text/WordDiff.h"

#include <QtTest>

using recado::text::WordDiff;
using Op = WordDiff::Op;
using Seg = WordDiff::Segment;

namespace {
QString rebuild(const QList<Seg> &segs, Op skip)
{
    QString s;
    for (const Seg &x : segs) {
        if (x.op != skip)
            s += x.text;
    }
    return s;
}
//! Without any whitespace: `from` is rebuilt up to whitespace.
QString simplified(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}
} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenize()
    {
        QCOMPARE(WordDiff::tokenize(QStringLiteral("Hola, María: llega a las 16:00.")),
                 (QStringList{QStringLiteral("Hola"), QStringLiteral(", "), QStringLiteral("María"),
                              QStringLiteral(": "), QStringLiteral("llega "), QStringLiteral("a "),
                              QStringLiteral("las "), QStringLiteral("16"), QStringLiteral(":"),
                              QStringLiteral("00"), QStringLiteral(".")}));
        QCOMPARE(WordDiff::tokenize(QStringLiteral("  dos\n\nlíneas ")),
                 (QStringList{QStringLiteral("  "), QStringLiteral("dos\n\n"),
                              QStringLiteral("líneas ")}));
        QVERIFY(WordDiff::tokenize(QString()).isEmpty());
    }

    void identical()
    {
        const QString t = QStringLiteral("Su técnico llega mañana entre las 14:00 y las 16:00.");
        const auto d = WordDiff::compute(t, t);
        QCOMPARE(d, (QList<Seg>{{Op::Equal, t}}));
        QCOMPARE(WordDiff::changedWords(d), 0);
    }

    void replacedWord()
    {
        const auto d = WordDiff::compute(QStringLiteral("Llega el viernes por la tarde."),
                                         QStringLiteral("Llega el sábado por la tarde."));
        QCOMPARE(d, (QList<Seg>{{Op::Equal, QStringLiteral("Llega el ")},
                                {Op::Delete, QStringLiteral("viernes ")},
                                {Op::Insert, QStringLiteral("sábado ")},
                                {Op::Equal, QStringLiteral("por la tarde.")}}));
        QCOMPARE(WordDiff::changedWords(d), 2);
    }

    void insertionsAndDeletions()
    {
        const QString from = QStringLiteral("Hola María, su visita SR-1042 sigue programada.");
        const QString to =
            QStringLiteral("Buenas tardes María, su visita sigue programada para mañana.");
        const auto d = WordDiff::compute(from, to);
        QCOMPARE(rebuild(d, Op::Delete), to);
        QCOMPARE(simplified(rebuild(d, Op::Insert)), simplified(from));
        // "Hola" became "Buenas tardes", "SR-1042" went, "para mañana" came.
        QStringList deleted, inserted;
        for (const Seg &s : d) {
            if (s.op == Op::Delete)
                deleted << s.text.trimmed();
            else if (s.op == Op::Insert)
                inserted << s.text.trimmed();
        }
        QCOMPARE(deleted, (QStringList{QStringLiteral("Hola"), QStringLiteral("SR-1042")}));
        QCOMPARE(inserted,
                 (QStringList{QStringLiteral("Buenas tardes"), QStringLiteral("para mañana")}));
        // The final "." is common; the words around the changes stay equal.
        QCOMPARE(d.last(), (Seg{Op::Equal, QStringLiteral(".")}));
    }

    void whitespaceOnlyChangesAreEqual()
    {
        const auto d =
            WordDiff::compute(QStringLiteral("Hola  María"), QStringLiteral("Hola María"));
        QCOMPARE(d, (QList<Seg>{{Op::Equal, QStringLiteral("Hola María")}}));
    }

    void emptySides()
    {
        QCOMPARE(WordDiff::compute(QString(), QStringLiteral("Nuevo texto")),
                 (QList<Seg>{{Op::Insert, QStringLiteral("Nuevo texto")}}));
        QCOMPARE(WordDiff::compute(QStringLiteral("Texto viejo"), QString()),
                 (QList<Seg>{{Op::Delete, QStringLiteral("Texto viejo")}}));
        QVERIFY(WordDiff::compute(QString(), QString()).isEmpty());
    }

    void lcsPicksTheLongestCommonRun()
    {
        // A greedy matcher would pair the first "a"s; LCS keeps "b c d" in common.
        const auto d = WordDiff::compute(QStringLiteral("a b c d"), QStringLiteral("b c d a"));
        QCOMPARE(d, (QList<Seg>{{Op::Delete, QStringLiteral("a ")},
                                {Op::Equal, QStringLiteral("b c d ")},
                                {Op::Insert, QStringLiteral("a")}}));
        QCOMPARE(WordDiff::changedWords(d), 2);
    }

    void additionsReadAsAWhole()
    {
        // Trimming the common final "." would otherwise show "tarjeta[. Saludos cordiales]."
        const QString from = QStringLiteral("Aceptamos efectivo y tarjeta.");
        const QString to = QStringLiteral("Recibimos efectivo y tarjeta. Saludos cordiales.");
        const auto d = WordDiff::compute(from, to);
        QCOMPARE(d, (QList<Seg>{{Op::Delete, QStringLiteral("Aceptamos ")},
                                {Op::Insert, QStringLiteral("Recibimos ")},
                                {Op::Equal, QStringLiteral("efectivo y tarjeta. ")},
                                {Op::Insert, QStringLiteral("Saludos cordiales.")}}));
        QCOMPARE(rebuild(d, Op::Delete), to);
        QCOMPARE(simplified(rebuild(d, Op::Insert)), simplified(from));
        // The same for a removed sentence.
        const auto r = WordDiff::compute(to, from);
        QCOMPARE(r, (QList<Seg>{{Op::Delete, QStringLiteral("Recibimos ")},
                                {Op::Insert, QStringLiteral("Aceptamos ")},
                                {Op::Equal, QStringLiteral("efectivo y tarjeta.")},
                                {Op::Delete, QStringLiteral(" Saludos cordiales.")}}));
        QCOMPARE(rebuild(r, Op::Delete), from);
        QCOMPARE(simplified(rebuild(r, Op::Insert)), simplified(to));
    }

    void longTextsStayCorrect()
    {
        QStringList words;
        for (int i = 0; i < 3000; ++i)
            words << QStringLiteral("w%1").arg(i % 97);
        const QString from = words.join(QLatin1Char(' '));
        words[1500] = QStringLiteral("changed");
        const QString to = words.join(QLatin1Char(' '));
        const auto d = WordDiff::compute(from, to);
        QCOMPARE(rebuild(d, Op::Delete), to);
        QCOMPARE(rebuild(d, Op::Insert), from);
        QCOMPARE(WordDiff::changedWords(d), 2);
    }
};

QTEST_APPLESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
