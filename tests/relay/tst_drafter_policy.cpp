// SPDX-License-Identifier: GPL-3.0-or-later
// The auto-send policy and the `classify` command (runClassify).
#include "relay/drafts/BuiltinDrafter.h"
#include "relay/drafts/ClassifyCommand.h"
#include "relay/drafts/DraftPolicy.h"
#include "relay/drafts/EscalationRules.h"
#include "tests/relay/DrafterTestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace recado;
using namespace recado::relay::drafts;

namespace {

DraftResult sample(Intent intent, double confidence = 0.9, bool escalate = false)
{
    DraftResult r;
    r.intent = intent;
    r.confidence = confidence;
    r.reply = QStringLiteral("text");
    r.grounded = true;
    r.sources.append({QStringLiteral("kb"), QStringLiteral("kb-es-horario"),
                      QStringLiteral("Horario"), QStringLiteral("...")});
    if (escalate)
        r.addEscalation(QString::fromLatin1(reason::NegativeSentiment));
    return r;
}

QList<QJsonObject> classify(const QString &input, const ClassifyOptions &options = {})
{
    QString in = input, out;
    QTextStream is(&in), os(&out);
    const int rc = runClassify(is, os, options);
    QList<QJsonObject> lines;
    if (rc != 0)
        return lines;
    const QStringList rows = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &l : rows)
        lines.append(QJsonDocument::fromJson(l.toUtf8()).object());
    return lines;
}

} // namespace

class TestDrafterPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modes()
    {
        DraftPolicy p;
        QCOMPARE(p.mode, DraftPolicy::Mode::DraftOnly);
        QVERIFY(p.draftsEnabled());
        QVERIFY(!p.mayAutoSend(sample(Intent::Greeting))); // draft_only never sends
        QCOMPARE(p.autoSendBlocker(sample(Intent::Greeting)), QStringLiteral("mode"));
        p.mode = DraftPolicy::Mode::Off;
        QVERIFY(!p.draftsEnabled());
        QVERIFY(!p.mayAutoSend(sample(Intent::Greeting)));
    }

    void autoSendOnlyLowRiskGroundedConfident()
    {
        DraftPolicy p;
        p.mode = DraftPolicy::Mode::AutoSend;
        QVERIFY(p.mayAutoSend(sample(Intent::Greeting)));
        QVERIFY(p.mayAutoSend(sample(Intent::Faq)));
        QCOMPARE(p.autoSendBlocker(sample(Intent::Faq, 0.9, true)), QStringLiteral("escalated"));
        QCOMPARE(p.autoSendBlocker(sample(Intent::Faq, 0.5)), QStringLiteral("confidence"));
        QCOMPARE(p.autoSendBlocker(sample(Intent::Reschedule)), QStringLiteral("intent"));
        DraftResult noSource = sample(Intent::Faq);
        noSource.sources.clear();
        QCOMPARE(p.autoSendBlocker(noSource), QStringLiteral("no_source"));
        DraftResult ungrounded = sample(Intent::Greeting);
        ungrounded.grounded = false;
        QCOMPARE(p.autoSendBlocker(ungrounded), QStringLiteral("ungrounded"));
        // Configuration cannot open high-risk intents.
        p.autoSendIntents.insert(Intent::Complaint);
        p.autoSendIntents.insert(Intent::Cancel);
        QVERIFY(!p.mayAutoSend(sample(Intent::Complaint)));
        QVERIFY(!p.mayAutoSend(sample(Intent::Cancel)));
    }

    void builtinDraftsAndThePolicy()
    {
        DraftPolicy p;
        p.mode = DraftPolicy::Mode::AutoSend;
        const auto kb = test::sourceTreeKb();
        BuiltinDrafter drafter(kb);
        DraftContext ctx;
        ctx.now = test::referenceNow();
        ctx.text = QStringLiteral("¿qué horario tienen?");
        QVERIFY(p.mayAutoSend(drafter.compose(ctx)));
        ctx.text = QStringLiteral("¿qué horario tienen? es la tercera vez que pregunto!!!");
        QVERIFY(!p.mayAutoSend(drafter.compose(ctx)));
        ctx.text = QStringLiteral("me cobraron dos veces");
        QVERIFY(!p.mayAutoSend(drafter.compose(ctx)));
        // Every escalated draft of the labelled set is held for a human.
        for (const auto &m : test::loadLabelled()) {
            const DraftResult r = drafter.compose(test::contextFor(m));
            if (r.escalate || m.escalate)
                QVERIFY2(!p.mayAutoSend(r), qPrintable(m.text));
        }
    }

    void json()
    {
        QString error;
        const DraftPolicy p = DraftPolicy::fromJson(
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("auto_send")},
                        {QStringLiteral("auto_send_intents"),
                         QJsonArray{QStringLiteral("faq"), QStringLiteral("thanks")}},
                        {QStringLiteral("min_confidence"), 0.8}},
            &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(p.mode, DraftPolicy::Mode::AutoSend);
        QCOMPARE(p.autoSendIntents, (QSet<Intent>{Intent::Faq, Intent::Thanks}));
        QCOMPARE(p.minConfidence, 0.8);
        const DraftPolicy again = DraftPolicy::fromJson(p.toJson());
        QCOMPARE(again.autoSendIntents, p.autoSendIntents);
        QCOMPARE(again.mode, p.mode);

        const DraftPolicy bad = DraftPolicy::fromJson(
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("yolo")},
                        {QStringLiteral("auto_send_intents"),
                         QJsonArray{QStringLiteral("complaint"), QStringLiteral("nope")}}},
            &error);
        QCOMPARE(bad.mode, DraftPolicy::Mode::DraftOnly);
        QVERIFY(bad.autoSendIntents.isEmpty());
        QVERIFY(error.contains(QStringLiteral("unknown mode")) &&
                error.contains(QStringLiteral("complaint")));
    }

    void draftResultJsonRoundTrip()
    {
        const auto kb = test::sourceTreeKb();
        BuiltinDrafter drafter(kb);
        test::LabelledMessage m;
        m.text = QStringLiteral("necesito mover la visita del SR-1042 para el lunes entre 10 y 12");
        const DraftContext ctx = test::contextFor(m);
        const DraftResult r = drafter.compose(ctx);
        const DraftResult back = DraftResult::fromJson(r.toJson());
        QCOMPARE(back.intent, r.intent);
        QCOMPARE(back.reply, r.reply);
        QCOMPARE(back.escalate, r.escalate);
        QCOMPARE(back.sources.size(), r.sources.size());
        QCOMPARE(back.entities.size(), r.entities.size());
    }

    void runClassifyLines()
    {
        ClassifyOptions o;
        o.now = test::referenceNow();
        const QList<QJsonObject> out = classify(
            QStringLiteral("{\"text\": \"¿a qué hora llega el técnico mañana?\"}\n"
                           "\n"
                           "{\"text\": \"quero falar com um atendente\", \"lang\": \"pt\"}\n"
                           "not json\n"
                           "{\"text\": \"\", \"kind\": \"image\"}\n"
                           "{\"text\": \"de novo: preciso da nota fiscal\", \"history\": "
                           "[\"preciso da nota fiscal\"]}\n"
                           "{\"nope\": 1}\n"),
            o);
        QCOMPARE(out.size(), 6);
        const QJsonObject eta = out.at(0);
        QCOMPARE(eta.value(QStringLiteral("intent")).toString(), QStringLiteral("eta"));
        QCOMPARE(eta.value(QStringLiteral("lang")).toString(), QStringLiteral("es"));
        for (const char *key : {"intent", "escalate", "escalation_reason", "confidence", "lang",
                                "reply", "sources", "entities"})
            QVERIFY2(eta.contains(QLatin1String(key)), key);
        const QJsonArray entities = eta.value(QStringLiteral("entities")).toArray();
        QCOMPARE(entities.size(), 1);
        QCOMPARE(entities.at(0).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("2026-05-12"));
        QVERIFY(
            eta.value(QStringLiteral("escalate")).toBool()); // no linked request: honest handoff

        QCOMPARE(out.at(1).value(QStringLiteral("intent")).toString(), QStringLiteral("human"));
        QCOMPARE(out.at(1).value(QStringLiteral("escalation_reason")).toString(),
                 QString::fromLatin1(reason::HumanRequested));
        QCOMPARE(out.at(1).value(QStringLiteral("lang")).toString(), QStringLiteral("pt"));
        QCOMPARE(out.at(2).value(QStringLiteral("line")).toInt(), 4);
        QVERIFY(out.at(2).contains(QStringLiteral("error")));
        QCOMPARE(out.at(3).value(QStringLiteral("intent")).toString(),
                 QStringLiteral("media_share"));
        QCOMPARE(out.at(4).value(QStringLiteral("escalation_reason")).toString(),
                 QString::fromLatin1(reason::RepeatedRequest));
        QVERIFY(out.at(5).contains(QStringLiteral("error")));
    }

    void runClassifyWithLinkedRequestAndKbDir()
    {
        ClassifyOptions o;
        o.now = test::referenceNow();
        o.serviceRequest = test::sampleRequest();
        o.customer = test::sampleCustomer();
        o.kbDir = QStringLiteral(RECADO_SOURCE_DIR "/resources/kb");
        const QList<QJsonObject> out =
            classify(QStringLiteral("{\"text\": \"¿cómo va mi solicitud?\"}\n"), o);
        QCOMPARE(out.size(), 1);
        QVERIFY(out.at(0)
                    .value(QStringLiteral("reply"))
                    .toString()
                    .contains(QStringLiteral("Juan Pérez")));
        QCOMPARE(out.at(0)
                     .value(QStringLiteral("sources"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("SR-1042"));

        o.kbDir = QStringLiteral("/nonexistent");
        QString in = QStringLiteral("{\"text\": \"hola\"}\n"), outText;
        QTextStream is(&in), os(&outText);
        QCOMPARE(runClassify(is, os, o), 2);
        QVERIFY(outText.contains(QStringLiteral("knowledge_base")));
    }
};

QTEST_GUILESS_MAIN(TestDrafterPolicy)
#include "tst_drafter_policy.moc"
