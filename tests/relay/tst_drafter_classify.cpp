// SPDX-License-Identifier: GPL-3.0-or-later
// Intent classification, escalation and language detection of the builtin drafter on the
// labelled message set (tests/data/drafter_labelled.jsonl).
#include "relay/drafts/BuiltinDrafter.h"
#include "relay/drafts/EscalationRules.h"
#include "relay/drafts/IntentClassifier.h"
#include "relay/drafts/LanguageDetector.h"
#include "tests/relay/DrafterTestData.h"

#include <QSignalSpy>
#include <QTest>

using namespace recado;
using namespace recado::relay::drafts;

class TestDrafterClassify : public QObject
{
    Q_OBJECT

    std::shared_ptr<KnowledgeBase> m_kb;
    QList<test::LabelledMessage> m_set;

private Q_SLOTS:
    void initTestCase()
    {
        m_kb = test::sourceTreeKb();
        QVERIFY(m_kb->size() >= 30);
        m_set = test::loadLabelled();
        QVERIFY2(m_set.size() >= 150, "the labelled set has at least 150 messages");
        QSet<QString> intents, langs;
        for (const auto &m : m_set) {
            intents.insert(m.intent);
            langs.insert(m.lang);
            QVERIFY2(intentFromName(m.intent).has_value(), qPrintable(m.intent));
        }
        QCOMPARE(int(intents.size()), kIntentCount); // every intent is represented
        QCOMPARE(langs,
                 (QSet<QString>{QStringLiteral("es"), QStringLiteral("pt"), QStringLiteral("en")}));
    }

    void labelledSetAccuracyAndEscalationRecall()
    {
        BuiltinDrafter drafter(m_kb);
        int correct = 0, mustEscalate = 0, escalated = 0;
        QStringList misses, unescalated;
        for (const auto &m : m_set) {
            const DraftResult r = drafter.compose(test::contextFor(m));
            if (intentName(r.intent) == m.intent)
                ++correct;
            else
                misses
                    << QStringLiteral("%1 -> %2: %3").arg(m.intent, intentName(r.intent), m.text);
            QVERIFY(r.confidence >= 0.0 && r.confidence <= 1.0);
            QVERIFY(!r.reply.isEmpty());
            if (m.escalate) {
                ++mustEscalate;
                if (r.escalate)
                    ++escalated;
                else
                    unescalated << m.text;
            }
            QCOMPARE(r.escalate, !r.escalationReasons.isEmpty());
        }
        const double accuracy = double(correct) / double(m_set.size());
        qInfo("intent accuracy %.3f (%d/%lld), escalation recall %d/%d", accuracy, correct,
              qlonglong(m_set.size()), escalated, mustEscalate);
        for (const QString &s : misses)
            qInfo("miss: %s", qPrintable(s));
        QVERIFY2(unescalated.isEmpty(), qPrintable(QStringLiteral("not escalated: ") +
                                                   unescalated.join(QStringLiteral(" | "))));
        QCOMPARE(escalated, mustEscalate);
        QVERIFY2(accuracy >= 0.90, qPrintable(QString::number(accuracy)));
    }

    void languageDetection()
    {
        int correct = 0;
        for (const auto &m : m_set)
            correct += LanguageDetector::detect(m.text).lang == m.lang ? 1 : 0;
        const double accuracy = double(correct) / double(m_set.size());
        qInfo("language accuracy %.3f", accuracy);
        QVERIFY(accuracy >= 0.95);

        QCOMPARE(LanguageDetector::detect(QStringLiteral("¿Mañana a qué hora llegan?")).lang,
                 QStringLiteral("es"));
        QCOMPARE(LanguageDetector::detect(QStringLiteral("amanhã de manhã não dá")).lang,
                 QStringLiteral("pt"));
        QCOMPARE(LanguageDetector::detect(QStringLiteral("can you come tomorrow instead")).lang,
                 QStringLiteral("en"));
        // No evidence: the conversation's language wins.
        QCOMPARE(LanguageDetector::detect(QStringLiteral("👍"), QStringLiteral("pt")).lang,
                 QStringLiteral("pt"));
        QCOMPARE(LanguageDetector::detect(QStringLiteral("ok"), QStringLiteral("en")).lang,
                 QStringLiteral("en"));
        QCOMPARE(LanguageDetector::fromPhone(QStringLiteral("+5511987654321")),
                 QStringLiteral("pt"));
        QCOMPARE(LanguageDetector::fromPhone(QStringLiteral("+14155550100")), QStringLiteral("en"));
        QCOMPARE(LanguageDetector::fromPhone(QStringLiteral("+525512345678")),
                 QStringLiteral("es"));
    }

    void replyLanguageFollowsConversation()
    {
        BuiltinDrafter drafter(m_kb);
        DraftContext ctx;
        ctx.text = QStringLiteral("ok");
        ctx.now = test::referenceNow();
        ctx.customer.phone = QStringLiteral("+5511987654321");
        QCOMPARE(drafter.compose(ctx).lang, QStringLiteral("pt"));
        domain::Message earlier;
        earlier.direction = domain::Direction::Inbound;
        earlier.text = QStringLiteral("hi, is the technician coming today?");
        ctx.history.append(earlier);
        QCOMPARE(drafter.compose(ctx).lang, QStringLiteral("en"));
    }

    void typosAccentsAndSlang_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("intent");
        QTest::newRow("no accents")
            << QStringLiteral("a que hora llega el tecnico") << QStringLiteral("eta");
        QTest::newRow("phonetic") << QStringLiteral("kiero kambiar la sita")
                                  << QStringLiteral("reschedule");
        QTest::newRow("ll/y") << QStringLiteral("q ora yega el tecnico??") << QStringLiteral("eta");
        QTest::newRow("repeated letters")
            << QStringLiteral("holaaaaa") << QStringLiteral("greeting");
        QTest::newRow("sms pt") << QStringLiteral("vc pode remarcar pra sexta-feira?")
                                << QStringLiteral("reschedule");
        QTest::newRow("caps") << QStringLiteral("QUIERO CANCELAR LA VISITA")
                              << QStringLiteral("cancel");
        QTest::newRow("typo factura")
            << QStringLiteral("me mandan la fatura porfa") << QStringLiteral("invoice");
        QTest::newRow("emoji only media") << QString() << QStringLiteral("media_share");
    }
    void typosAccentsAndSlang()
    {
        QFETCH(QString, text);
        QFETCH(QString, intent);
        const QString kind = text.isEmpty() ? QStringLiteral("image") : QStringLiteral("text");
        QCOMPARE(intentName(IntentClassifier::instance().classify(text, kind).intent), intent);
    }

    void greetingsDoNotHideTheRequest()
    {
        const auto c = IntentClassifier::instance().classify(
            QStringLiteral("Hola buenas tardes, quiero cancelar mi cita"));
        QCOMPARE(c.intent, Intent::Cancel);
        QVERIFY(c.confidence >= 0.6);
        QCOMPARE(IntentClassifier::instance().classify(QStringLiteral("gracias!")).intent,
                 Intent::Thanks);
    }

    void confirmationAfterOurQuestion()
    {
        domain::Message asked;
        asked.direction = domain::Direction::Outbound;
        asked.text = QStringLiteral("¿Nos confirma la visita de mañana entre 10 y 12?");
        const auto withContext = IntentClassifier::instance().classify(
            QStringLiteral("si"), QStringLiteral("text"), {}, {asked});
        QCOMPARE(withContext.intent, Intent::ConfirmAppointment);
        QVERIFY(withContext.confidence >= EscalationRules::instance().lowConfidenceThreshold);
        const auto alone = IntentClassifier::instance().classify(QStringLiteral("si"));
        QVERIFY(alone.confidence < withContext.confidence);
    }

    void mandatoryEscalations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("profeco") << QStringLiteral("si no me dan solución voy a ir a la Profeco")
                                 << QString::fromLatin1(reason::FormalComplaintThreat);
        QTest::newRow("procon") << QStringLiteral("vou abrir reclamação no procon hoje")
                                << QString::fromLatin1(reason::FormalComplaintThreat);
        QTest::newRow("reclame aqui") << QStringLiteral("vou postar no reclame aqui")
                                      << QString::fromLatin1(reason::FormalComplaintThreat);
        QTest::newRow("abogado") << QStringLiteral("esto ya lo va a ver mi abogado")
                                 << QString::fromLatin1(reason::FormalComplaintThreat);
        QTest::newRow("advogado") << QStringLiteral("meu advogado vai entrar em contato")
                                  << QString::fromLatin1(reason::FormalComplaintThreat);
        QTest::newRow("demanda") << QStringLiteral("les voy a poner una demanda")
                                 << QString::fromLatin1(reason::FormalComplaintThreat);
        QTest::newRow("processo") << QStringLiteral("vou entrar com um processo contra vocês")
                                  << QString::fromLatin1(reason::FormalComplaintThreat);
        QTest::newRow("lawyer") << QStringLiteral("my attorney will hear about this")
                                << QString::fromLatin1(reason::FormalComplaintThreat);
        QTest::newRow("refund") << QStringLiteral("quiero que me devuelvan mi dinero")
                                << QString::fromLatin1(reason::Refund);
        QTest::newRow("dispute") << QStringLiteral("me cobraron de más en la factura")
                                 << QString::fromLatin1(reason::BillingDispute);
        QTest::newRow("human") << QStringLiteral("quiero hablar con un humano")
                               << QString::fromLatin1(reason::HumanRequested);
        QTest::newRow("lgpd") << QStringLiteral("apaguem meus dados pessoais por favor")
                              << QString::fromLatin1(reason::PersonalData);
        QTest::newRow("arco") << QStringLiteral("quiero ejercer mis derechos ARCO")
                              << QString::fromLatin1(reason::PersonalData);
        QTest::newRow("gdpr") << QStringLiteral("under GDPR send me all data you have on me")
                              << QString::fromLatin1(reason::PersonalData);
        QTest::newRow("insult") << QStringLiteral("son unos ladrones, ya cancelen")
                                << QString::fromLatin1(reason::NegativeSentiment);
        QTest::newRow("caps") << QStringLiteral("YA LLEVO TRES HORAS ESPERANDO AL TECNICO")
                              << QString::fromLatin1(reason::NegativeSentiment);
        QTest::newRow("bangs") << QStringLiteral("y la factura que pedí!!!")
                               << QString::fromLatin1(reason::NegativeSentiment);
        QTest::newRow("angry emoji") << QStringLiteral("el técnico no llegó 😡")
                                     << QString::fromLatin1(reason::NegativeSentiment);
        QTest::newRow("complaint") << QStringLiteral("el técnico me rayó la estufa")
                                   << QString::fromLatin1(reason::Complaint);
        QTest::newRow("unclear") << QStringLiteral("asdfgh")
                                 << QString::fromLatin1(reason::UnclearIntent);
    }
    void mandatoryEscalations()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        BuiltinDrafter drafter(m_kb);
        DraftContext ctx;
        ctx.text = text;
        ctx.now = test::referenceNow();
        const DraftResult r = drafter.compose(ctx);
        QVERIFY2(r.escalate, qPrintable(text));
        QVERIFY2(r.escalationReasons.contains(reason),
                 qPrintable(r.escalationReasons.join(QLatin1Char(','))));
    }

    void excitementIsNotAnger()
    {
        BuiltinDrafter drafter(m_kb);
        DraftContext ctx;
        ctx.now = test::referenceNow();
        ctx.text = QStringLiteral("MUCHAS GRACIAS!!! QUEDÓ PERFECTA LA LAVADORA 🙌");
        const DraftResult r = drafter.compose(ctx);
        QCOMPARE(r.intent, Intent::Thanks);
        QVERIFY2(!r.escalate, qPrintable(r.escalationReasons.join(QLatin1Char(','))));
    }

    void repeatedRequestNeedsTwoOccurrences()
    {
        BuiltinDrafter drafter(m_kb);
        DraftContext ctx;
        ctx.now = test::referenceNow();
        ctx.serviceRequest = test::sampleRequest();
        ctx.serviceRequest->status = QStringLiteral("en_route");
        ctx.text = QStringLiteral("¿ya viene el técnico?");
        QVERIFY(!drafter.compose(ctx).escalate);

        domain::Message first;
        first.direction = domain::Direction::Inbound;
        first.text = QStringLiteral("a qué hora llega el técnico?");
        first.timestamp = test::referenceNow().addSecs(-900);
        domain::Message ours;
        ours.direction = domain::Direction::Outbound;
        ours.text = QStringLiteral("Juan Pérez va en camino a su domicilio.");
        ctx.history = {first, ours};
        const DraftResult again = drafter.compose(ctx);
        QVERIFY(again.escalate);
        QCOMPARE(again.escalationReason(), QString::fromLatin1(reason::RepeatedRequest));

        // Two days ago is not "recent".
        ctx.history.first().timestamp = test::referenceNow().addDays(-3);
        QVERIFY(!drafter.compose(ctx).escalate);
    }

    void asyncDraftCallsBackOnce()
    {
        BuiltinDrafter drafter(m_kb);
        DraftContext ctx;
        ctx.text = QStringLiteral("buenos días");
        ctx.now = test::referenceNow();
        int calls = 0;
        DraftResult got;
        drafter.draft(ctx, [&](const DraftResult &r) {
            ++calls;
            got = r;
        });
        QCOMPARE(calls, 0); // never inside draft()
        QTRY_COMPARE(calls, 1);
        QCOMPARE(got.intent, Intent::Greeting);
        QTest::qWait(20);
        QCOMPARE(calls, 1);
    }
};

QTEST_GUILESS_MAIN(TestDrafterClassify)
#include "tst_drafter_classify.moc"
