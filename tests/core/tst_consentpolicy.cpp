// SPDX-License-Identifier: GPL-3.0-or-later
// Consent decisions for business-initiated templates, and the ledger record's JSON.
#include "core/whatsapp/consent/ConsentPolicy.h"

#include <QJsonDocument>
#include <QTest>

using namespace recado::whatsapp;

Q_DECLARE_METATYPE(recado::whatsapp::ConsentRecord)

namespace {
const QDateTime kDay1(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

QDateTime day(int n)
{
    return kDay1.addDays(n - 1);
}

ConsentRecord record(ConsentAction action, ConsentSource source, const QDateTime &at)
{
    ConsentRecord r;
    r.action = action;
    r.source = source;
    r.at = at;
    if (source == ConsentSource::AgentVerbal || source == ConsentSource::AgentAction)
        r.agent = QStringLiteral("ana");
    if (source == ConsentSource::Keyword)
        r.keyword =
            action == ConsentAction::OptOut ? QStringLiteral("BAJA") : QStringLiteral("ALTA");
    return r;
}

ConsentRecord optOut(const QDateTime &at, ConsentSource s = ConsentSource::Keyword)
{
    return record(ConsentAction::OptOut, s, at);
}
ConsentRecord optIn(const QDateTime &at, ConsentSource s = ConsentSource::WebForm)
{
    return record(ConsentAction::OptIn, s, at);
}
} // namespace

class TestConsentPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions_data()
    {
        QTest::addColumn<QList<ConsentRecord>>("history");
        QTest::addColumn<QDateTime>("lastInbound");
        QTest::addColumn<int>("category");
        QTest::addColumn<bool>("requireOptIn");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("code");

        const int utility = int(TemplateCategory::Utility);
        const int marketing = int(TemplateCategory::Marketing);
        const QDateTime never;
        using L = QList<ConsentRecord>;

        QTest::newRow("nothing recorded")
            << L{} << never << utility << false << true << "no_record";
        QTest::newRow("nothing recorded, opt-in required")
            << L{} << never << utility << true << false << "no_opt_in";
        QTest::newRow("customer wrote before, opt-in required")
            << L{} << day(1) << utility << true << true << "customer_contact";
        QTest::newRow("opted in") << L{optIn(day(1))} << never << utility << false << true
                                  << "opted_in";
        QTest::newRow("opted out") << L{optIn(day(1)), optOut(day(2))} << never << utility << false
                                   << false << "opted_out";
        QTest::newRow("opted out, order of history does not matter")
            << L{optOut(day(2)), optIn(day(1))} << never << utility << false << false
            << "opted_out";
        QTest::newRow("opted out then in again")
            << L{optOut(day(1)), optIn(day(2), ConsentSource::Keyword)} << never << utility << false
            << true << "opted_in";
        QTest::newRow("the opt-out message itself is not writing again")
            << L{optOut(day(2))} << day(2) << utility << false << false << "opted_out";
        QTest::newRow("wrote before the opt-out")
            << L{optOut(day(2))} << day(1) << utility << false << false << "opted_out";
        QTest::newRow("wrote again after the opt-out")
            << L{optOut(day(2))} << day(3) << utility << false << true << "customer_wrote_again";
        QTest::newRow("agent recorded a verbal opt-out")
            << L{optIn(day(1)), optOut(day(2), ConsentSource::AgentVerbal)} << never << utility
            << false << false << "opted_out";
        QTest::newRow("same time: the later record wins")
            << L{optOut(day(2)), optIn(day(2), ConsentSource::AgentAction)} << never << utility
            << false << true << "opted_in";

        QTest::newRow("marketing without opt-in")
            << L{} << day(1) << marketing << false << false << "no_marketing_opt_in";
        QTest::newRow("marketing with web-form opt-in")
            << L{optIn(day(1))} << never << marketing << false << true << "opted_in";
        QTest::newRow("marketing: a message is not consent to promotions")
            << L{optIn(day(1), ConsentSource::CustomerMessage)} << day(1) << marketing << false
            << false << "no_marketing_opt_in";
        QTest::newRow("marketing after opt-out and writing again")
            << L{optIn(day(1)), optOut(day(2))} << day(3) << marketing << false << false
            << "no_marketing_opt_in";
        QTest::newRow("marketing after opt-out and ALTA")
            << L{optIn(day(1)), optOut(day(2)), optIn(day(3), ConsentSource::Keyword)} << never
            << marketing << false << true << "opted_in";
        QTest::newRow("marketing opted out") << L{optIn(day(1)), optOut(day(2))} << never
                                             << marketing << false << false << "opted_out";
        QTest::newRow("authentication follows the opt-out too")
            << L{optOut(day(2))} << never << int(TemplateCategory::Authentication) << false << false
            << "opted_out";
    }

    void decisions()
    {
        QFETCH(QList<ConsentRecord>, history);
        QFETCH(QDateTime, lastInbound);
        QFETCH(int, category);
        QFETCH(bool, requireOptIn);
        QFETCH(bool, allowed);
        QFETCH(QString, code);
        ConsentPolicyOptions options;
        options.requireOptIn = requireOptIn;
        const ConsentDecision d =
            ConsentPolicy::mayInitiate(history, lastInbound, TemplateCategory(category), options);
        QVERIFY2(d.code == code, qPrintable(d.code + QStringLiteral(": ") + d.reason));
        QCOMPARE(d.allowed, allowed);
        QVERIFY(!d.reason.isEmpty());
    }

    void refusalSaysWhenAndHow()
    {
        ConsentRecord r = optOut(day(2));
        r.keyword = QStringLiteral("BAJA");
        const ConsentDecision d =
            ConsentPolicy::mayInitiate({optIn(day(1)), r}, QDateTime(), TemplateCategory::Utility);
        QVERIFY(!d.allowed);
        QVERIFY2(d.reason.contains(QLatin1String("2026-03-02")), qPrintable(d.reason));
        QVERIFY2(d.reason.contains(QLatin1String("\"BAJA\"")), qPrintable(d.reason));
        QVERIFY(d.basis.has_value());
        QVERIFY(d.basis->action == ConsentAction::OptOut);

        ConsentRecord verbal = optOut(day(2), ConsentSource::AgentVerbal);
        verbal.agent = QStringLiteral("ana");
        const ConsentDecision v =
            ConsentPolicy::mayInitiate({verbal}, QDateTime(), TemplateCategory::Utility);
        QVERIFY2(v.reason.contains(QLatin1String("agent ana")), qPrintable(v.reason));
    }

    void invalidRecordsAreIgnored()
    {
        ConsentRecord undated = optOut(day(2));
        undated.at = QDateTime();
        const ConsentDecision d =
            ConsentPolicy::mayInitiate({undated}, QDateTime(), TemplateCategory::Utility);
        QVERIFY(d.allowed);
        QCOMPARE(d.code, QStringLiteral("no_record"));
    }

    void recordJson()
    {
        ConsentRecord r = optOut(day(2), ConsentSource::AgentVerbal);
        r.agent = QStringLiteral("ana");
        r.note = QStringLiteral("llamó a la oficina");
        r.language = QStringLiteral("es");
        r.at = r.at.addMSecs(250);
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QLatin1String("action")).toString(), QStringLiteral("opt_out"));
        QCOMPARE(json.value(QLatin1String("source")).toString(), QStringLiteral("agent_verbal"));
        QCOMPARE(json.value(QLatin1String("at")).toString(),
                 QStringLiteral("2026-03-02T09:00:00.250Z"));
        QVERIFY(!json.contains(QLatin1String("keyword")));

        ConsentRecord back;
        QVERIFY(ConsentRecord::fromJson(json, &back));
        QCOMPARE(back.toJson(), json);
        QCOMPARE(back.at, r.at);
        QVERIFY(back.isValid());

        for (const char *source : {"customer_message", "web_form", "import", "agent_verbal",
                                   "keyword", "agent_action"}) {
            bool ok = false;
            QCOMPARE(toString(consentSourceFromString(QString::fromLatin1(source), &ok)),
                     QString::fromLatin1(source));
            QVERIFY(ok);
        }

        QJsonObject bad = json;
        bad.insert(QStringLiteral("source"), QStringLiteral("carrier_pigeon"));
        QVERIFY(!ConsentRecord::fromJson(bad, &back));
        bad = json;
        bad.insert(QStringLiteral("action"), QStringLiteral("maybe"));
        QVERIFY(!ConsentRecord::fromJson(bad, &back));
        bad = json;
        bad.insert(QStringLiteral("at"), QStringLiteral("yesterday"));
        QVERIFY(!ConsentRecord::fromJson(bad, &back));
    }

    void agentRecordsNeedTheAgent()
    {
        ConsentRecord r = optOut(day(1), ConsentSource::AgentVerbal);
        QVERIFY(r.isValid());
        r.agent.clear();
        QVERIFY(!r.isValid());
        QVERIFY(optOut(day(1), ConsentSource::Keyword).isValid());
    }
};

QTEST_GUILESS_MAIN(TestConsentPolicy)
#include "tst_consentpolicy.moc"
