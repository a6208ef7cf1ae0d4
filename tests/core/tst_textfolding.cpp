// SPDX-License-Identifier: GPL-3.0-or-later
// Folding for keyword matching (consent keywords, template checks): the Latin-1 table gives what
// the definition gives (NFKD, marks dropped, lower case, separators collapsed) for every code
// unit it covers, alone and between letters, and text outside Latin-1 still folds by the
// definition.
#include "core/whatsapp/TextFolding.h"

#include <QtTest>

using recado::whatsapp::foldForMatching;

namespace {
//! The definition, written out independently of the code under test.
QString definition(const QString &text)
{
    QString out;
    bool separator = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (!c.isLetterOrNumber()) {
            separator = true;
            continue;
        }
        if (separator && !out.isEmpty())
            out += QLatin1Char(' ');
        separator = false;
        out += c.toLower();
    }
    return out;
}
} // namespace

class TextFoldingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void examples_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("portuguese")
            << QStringLiteral("Não quero mais!") << QStringLiteral("nao quero mais");
        QTest::newRow("spanish") << QStringLiteral("¿Cuándo llega el técnico?")
                                 << QStringLiteral("cuando llega el tecnico");
        QTest::newRow("ordinal") << QStringLiteral("1ª visita") << QStringLiteral("1a visita");
        QTest::newRow("fraction") << QStringLiteral("¼ hora") << QStringLiteral("1 4 hora");
        QTest::newRow("full width") << QStringLiteral("ＳＴＯＰ") << QStringLiteral("stop");
        QTest::newRow("combining mark") << QStringLiteral("na\u0303o") << QStringLiteral("nao");
        QTest::newRow("no letters") << QStringLiteral(" ¡¿… ") << QString();
        QTest::newRow("nordic") << QStringLiteral("Ærø ß") << QStringLiteral("ærø ß");
    }
    void examples()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(foldForMatching(text), folded);
        QCOMPARE(definition(text), folded);
    }

    void everyCodeUnitFoldsAsDefined()
    {
        // Latin-1 (the table), and past it (the definition), alone and inside words.
        for (char16_t u = 1; u < 0x600; ++u) {
            const QChar c(u);
            if (c.isSurrogate())
                continue;
            for (const QString &text :
                 {QString(c), QStringLiteral("Ab") + c + QStringLiteral("cD"),
                  QStringLiteral("x ") + c + c + QStringLiteral(" y"), QString(c) + QChar(0x301)}) {
                if (foldForMatching(text) != definition(text))
                    QFAIL(qPrintable(QStringLiteral("U+%1 in \"%2\": \"%3\", defined \"%4\"")
                                         .arg(int(u), 4, 16, QLatin1Char('0'))
                                         .arg(text, foldForMatching(text), definition(text))));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TextFoldingTest)
#include "tst_textfolding.moc"
