// SPDX-License-Identifier: GPL-3.0-or-later
// WhatsApp's *bold*, _italic_, ~strike~ and ```mono``` as the thread renders them.
#include "core/whatsapp/TextFormatting.h"

#include <QTest>

using namespace recado::whatsapp;

class TextFormattingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toHtml_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::newRow("plain") << u"Hola, ¿cómo está?"_qs << u"Hola, ¿cómo está?"_qs;
        QTest::newRow("bold") << u"Su visita es *mañana* a las 10"_qs
                              << u"Su visita es <b>mañana</b> a las 10"_qs;
        QTest::newRow("italic+strike")
            << u"_nota_: ~lunes~ martes"_qs << u"<i>nota</i>: <s>lunes</s> martes"_qs;
        QTest::newRow("nested") << u"*_muy_ importante*"_qs << u"<b><i>muy</i> importante</b>"_qs;
        QTest::newRow("mono keeps markers")
            << u"Código: ```*123*_a_```"_qs
            << u"Código: <span style=\"font-family:monospace\">*123*_a_</span>"_qs;
        QTest::newRow("inside a word is not formatting")
            << u"archivo_final_v2.pdf y 2*3*4"_qs << u"archivo_final_v2.pdf y 2*3*4"_qs;
        QTest::newRow("space inside is not formatting")
            << u"* no * y _ tampoco _"_qs << u"* no * y _ tampoco _"_qs;
        QTest::newRow("not across lines") << u"*uno\ndos*"_qs << u"*uno<br>dos*"_qs;
        QTest::newRow("markup is escaped")
            << u"*<b>hola</b>* & <script>"_qs
            << u"<b>&lt;b&gt;hola&lt;/b&gt;</b> &amp; &lt;script&gt;"_qs;
        QTest::newRow("unclosed") << u"*solo uno"_qs << u"*solo uno"_qs;
    }

    void toHtml()
    {
        QFETCH(QString, text);
        QFETCH(QString, html);
        QCOMPARE(TextFormatting::toHtml(text), html);
        QCOMPARE(TextFormatting::hasFormatting(text),
                 TextFormatting::toHtml(text) !=
                     text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
};

QTEST_GUILESS_MAIN(TextFormattingTest)
#include "tst_textformatting.moc"
