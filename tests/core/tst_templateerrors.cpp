// SPDX-License-Identifier: GPL-3.0-or-later
// Template-related Meta error codes map to specific, actionable explanations (GraphErrors).
#include "core/whatsapp/GraphErrors.h"

#include <QTest>

using namespace recado::whatsapp;

class TestTemplateErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templateCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("132000") << 132000 << "template_param_count"
                                << "parameter";
        QTest::newRow("132001") << 132001 << "template_missing"
                                << "language";
        QTest::newRow("132005") << 132005 << "template_too_long"
                                << "Shorten";
        QTest::newRow("132007") << 132007 << "template_policy"
                                << "policy";
        QTest::newRow("132012") << 132012 << "template_param_format"
                                << "format";
        QTest::newRow("132015") << 132015 << "template_paused"
                                << "paused";
        QTest::newRow("132016") << 132016 << "template_disabled"
                                << "disabled";
        QTest::newRow("132068") << 132068 << "flow_blocked"
                                << "another template";
        QTest::newRow("132069") << 132069 << "flow_throttled"
                                << "later";
        QTest::newRow("131047") << 131047 << "window_closed"
                                << "template";
        QTest::newRow("131049") << 131049 << "marketing_limit"
                                << "utility template";
        QTest::newRow("131050") << 131050 << "user_stopped_marketing"
                                << "stopped marketing";
        QTest::newRow("130472") << 130472 << "marketing_experiment"
                                << "utility template";
    }

    void templateCodes()
    {
        QFETCH(int, code);
        QFETCH(QString, id);
        QFETCH(QString, mentions);
        const GraphErrorInfo info = explainGraphError(code, 400);
        QCOMPARE(info.code, id);
        QVERIFY(info.kind == ErrorKind::Permanent);
        QVERIFY2(info.explanation.contains(mentions), qPrintable(info.explanation));
        // The details overload falls back to the code when the details say nothing special.
        QCOMPARE(explainGraphError(code, 400, QStringLiteral("Some detail")).code, id);
    }

    void whitespaceDetailsAreRecognised()
    {
        const GraphErrorInfo info =
            explainGraphError(100, 400,
                              QStringLiteral("Param text cannot have new-line/tab characters or "
                                             "more than 4 consecutive spaces"));
        QCOMPARE(info.code, QStringLiteral("template_param_whitespace"));
        QVERIFY(info.explanation.contains(QLatin1String("one line")));
        QCOMPARE(explainGraphError(100, 400, QString()).code, QStringLiteral("invalid_parameter"));
    }

    void templateErrorClassification()
    {
        for (int code : {132000, 132001, 132005, 132007, 132012, 132015, 132016, 132069, 131049,
                         131050, 130472})
            QVERIFY2(isTemplateError(code), qPrintable(QString::number(code)));
        for (int code : {0, 100, 131047, 131026, 130429, 190, 131056})
            QVERIFY2(!isTemplateError(code), qPrintable(QString::number(code)));
    }
};

QTEST_GUILESS_MAIN(TestTemplateErrors)
#include "tst_templateerrors.moc"
