// SPDX-License-Identifier: GPL-3.0-or-later
// AI draft policy through the relay: under auto-send a greeting goes out by itself (recorded as
// auto-sent, by recado-ai) while an escalation never does; a supervisor marks an auto-sent
// reply wrong (logged once and counted); policy off drafts nothing; `recado-relay classify`.
#include "DraftsTestKit.h"
#include "relay/RelayConfig.h"
#include "relay/drafts/review/DraftService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace recado;
using namespace recado::test::drafts;
using relay::drafts::DraftPolicy;
using test::HttpClient;
using test::RelayFixture;

class TestDraftsPolicy : public QObject
{
    Q_OBJECT

    RelayFixture fx;
    std::unique_ptr<HttpClient> agent;
    std::unique_ptr<HttpClient> supervisor;
    qint64 autoSentDraft = 0;

private Q_SLOTS:
    void initTestCase()
    {
        fx.config().draftPolicy.mode = DraftPolicy::Mode::AutoSend;
        fx.config().draftPolicy.autoSendIntents = {relay::drafts::Intent::Greeting,
                                                   relay::drafts::Intent::Thanks};
        QVERIFY(fx.start());
        QVERIFY(fx.createUser(QStringLiteral("ana"), domain::Role::Agent,
                              QStringLiteral("password-ana")));
        QVERIFY(fx.createUser(QStringLiteral("sofia"), domain::Role::Supervisor,
                              QStringLiteral("password-sofia")));
        agent = std::make_unique<HttpClient>(fx.relayUrl());
        supervisor = std::make_unique<HttpClient>(fx.relayUrl());
        agent->setToken(fx.login(QStringLiteral("ana"), QStringLiteral("password-ana")));
        supervisor->setToken(fx.login(QStringLiteral("sofia"), QStringLiteral("password-sofia")));
    }

    void greetingIsAutoSent()
    {
        const QString waId = QStringLiteral("5215520000001");
        const Inbound in = customerWrites(fx, waId, QStringLiteral("Hola, buenos días"));
        const qint64 id = waitForDraft(fx, in.messageId);
        QVERIFY(id != 0);
        const QJsonObject d = getDraft(*agent, id);
        QCOMPARE(d.value(QStringLiteral("intent")).toString(), QStringLiteral("greeting"));
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("auto_sent"));
        QCOMPARE(d.value(QStringLiteral("auto_sent")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("decided_by")).toString(), QStringLiteral("recado-ai"));
        const QString text = d.value(QStringLiteral("text")).toString();
        QVERIFY(!text.isEmpty());
        QCOMPARE(d.value(QStringLiteral("sent_text")).toString(), text);
        QTRY_COMPARE_WITH_TIMEOUT(textsSentTo(fx, waId), QStringList{text}, 5000);
        // The thread shows who sent it.
        const qint64 messageId = d.value(QStringLiteral("sent_message_id")).toInteger();
        QCOMPARE(scalar(fx, QStringLiteral("SELECT author FROM messages WHERE id = ?"), {messageId})
                     .toString(),
                 QStringLiteral("recado-ai"));
        const QJsonArray decisions =
            supervisor->get(QStringLiteral("/api/drafts/%1/decisions").arg(id))
                .json()
                .value(QStringLiteral("decisions"))
                .toArray();
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions[0][QStringLiteral("action")].toString(), QStringLiteral("auto_send"));
        QCOMPARE(decisions[0][QStringLiteral("actor")].toString(), QStringLiteral("recado-ai"));
        QCOMPARE(decisions[0][QStringLiteral("sent_text")].toString(), text);
        // Clients learn it in one event, already decided.
        const auto events = draftEvents(*agent, QStringLiteral("draft.new"), id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().value(QStringLiteral("status")).toString(),
                 QStringLiteral("auto_sent"));
        // An auto-sent draft is not for agents to approve.
        QCOMPARE(agent
                     ->post(QStringLiteral("/api/drafts/%1/approve").arg(id),
                            {{QStringLiteral("client_id"), QStringLiteral("x-1")}})
                     .status,
                 409);
        autoSentDraft = id;
    }

    void escalationIsNeverAutoSent()
    {
        const QString waId = QStringLiteral("5215520000002");
        const Inbound in =
            customerWrites(fx, waId,
                           QStringLiteral("Hola, quiero hablar con un supervisor, ya les dije tres "
                                          "veces que la lavadora sigue fallando"));
        const qint64 id = waitForDraft(fx, in.messageId);
        QVERIFY(id != 0);
        const QJsonObject d = getDraft(*agent, id);
        QVERIFY2(d.value(QStringLiteral("escalate")).toBool(),
                 qPrintable(QString::fromUtf8(QJsonDocument(d).toJson())));
        QVERIFY(!d.value(QStringLiteral("escalation_reason")).toString().isEmpty());
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QVERIFY(d.value(QStringLiteral("sent_message_id")).isNull());

        // Even an escalated greeting-looking message: the policy itself refuses.
        relay::drafts::DraftResult r;
        r.intent = relay::drafts::Intent::Greeting;
        r.confidence = 0.99;
        r.reply = QStringLiteral("¡Hola!");
        r.grounded = true;
        QVERIFY(fx.relay()->drafts().policy().mayAutoSend(r));
        r.addEscalation(QStringLiteral("anger"));
        QVERIFY(!fx.relay()->drafts().policy().mayAutoSend(r));

        QTest::qWait(300);
        QVERIFY(textsSentTo(fx, waId).isEmpty());
        QCOMPARE(
            scalar(fx,
                   QStringLiteral(
                       "SELECT COUNT(*) FROM messages WHERE conversation_id = ? AND direction = ?"),
                   {in.conversationId, domain::toString(domain::Direction::Outbound)})
                .toInt(),
            0);
    }

    void supervisorMarksAutoSentReplyWrong()
    {
        QVERIFY(autoSentDraft != 0);
        const QString path = QStringLiteral("/api/drafts/%1/mark-wrong").arg(autoSentDraft);
        QCOMPARE(agent->post(path, {{QStringLiteral("note"), QStringLiteral("x")}}).status, 403);
        const auto r = supervisor->post(
            path, {{QStringLiteral("note"), QStringLiteral("too informal for this customer")}});
        QCOMPARE(r.status, 200);
        const QJsonObject d = r.json().value(QStringLiteral("draft")).toObject();
        QCOMPARE(d.value(QStringLiteral("marked_wrong")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("marked_wrong_by")).toString(), QStringLiteral("sofia"));
        QCOMPARE(d.value(QStringLiteral("marked_wrong_note")).toString(),
                 QStringLiteral("too informal for this customer"));
        // Twice is once.
        QCOMPARE(supervisor->post(path, {{QStringLiteral("note"), QStringLiteral("again")}}).status,
                 200);
        const QJsonArray decisions =
            supervisor->get(QStringLiteral("/api/drafts/%1/decisions").arg(autoSentDraft))
                .json()
                .value(QStringLiteral("decisions"))
                .toArray();
        QCOMPARE(decisions.size(), 2);
        QCOMPARE(decisions[1][QStringLiteral("action")].toString(), QStringLiteral("mark_wrong"));
        QCOMPARE(decisions[1][QStringLiteral("actor")].toString(), QStringLiteral("sofia"));
        QCOMPARE(draftEvents(*agent, QStringLiteral("draft.updated"), autoSentDraft).size(), 1);

        // Only auto-sent replies can be marked.
        const qint64 pending =
            scalar(fx, QStringLiteral("SELECT id FROM drafts WHERE status = 'pending'"))
                .toLongLong();
        QVERIFY(pending != 0);
        const auto refused = supervisor->post(
            QStringLiteral("/api/drafts/%1/mark-wrong").arg(pending), QJsonObject{});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("not_auto_sent"));
        QCOMPARE(
            supervisor->post(QStringLiteral("/api/drafts/999999/mark-wrong"), QJsonObject{}).status,
            404);

        // The supervisor view lists auto-sent replies; the figures count the wrong one.
        const QJsonArray autoSent = supervisor->get(QStringLiteral("/api/drafts?outcome=auto_sent"))
                                        .json()
                                        .value(QStringLiteral("drafts"))
                                        .toArray();
        QCOMPARE(autoSent.size(), 1);
        QCOMPARE(supervisor->get(QStringLiteral("/api/drafts?marked_wrong=true"))
                     .json()
                     .value(QStringLiteral("drafts"))
                     .toArray()
                     .size(),
                 1);
        const QJsonObject totals = supervisor->get(QStringLiteral("/api/drafts/figures"))
                                       .json()
                                       .value(QStringLiteral("totals"))
                                       .toObject();
        QCOMPARE(totals.value(QStringLiteral("auto_sent")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("auto_sent_marked_wrong")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("escalated")).toInt(), 1);
    }

    void policyOffDraftsNothing()
    {
        DraftPolicy off;
        off.mode = DraftPolicy::Mode::Off;
        fx.relay()->drafts().setPolicy(off);
        const Inbound in = customerWrites(fx, QStringLiteral("5215520000003"),
                                          QStringLiteral("Hola, buenas tardes"));
        QVERIFY(in.messageId != 0);
        QTest::qWait(500);
        QCOMPARE(scalar(fx, QStringLiteral("SELECT COUNT(*) FROM drafts WHERE message_id = ?"),
                        {in.messageId})
                     .toInt(),
                 0);
        fx.relay()->drafts().setPolicy(fx.config().draftPolicy);
    }

    void environmentConfiguresThePolicy()
    {
        QStringList errors;
        relay::RelayConfig c;
        QProcessEnvironment env;
        env.insert(QStringLiteral("RECADO_AI_POLICY"), QStringLiteral("auto"));
        env.insert(QStringLiteral("RECADO_AI_AUTO_INTENTS"), QStringLiteral("greeting, thanks"));
        env.insert(QStringLiteral("RECADO_AI_BASE_URL"), QStringLiteral("http://127.0.0.1:9/v1"));
        env.insert(QStringLiteral("RECADO_AI_MODEL"), QStringLiteral("m"));
        env.insert(QStringLiteral("RECADO_AI_API_KEY"), QStringLiteral("sk-secret-value"));
        relay::RelayConfig::readAiSettings(env, &c, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(c.draftPolicy.mode, DraftPolicy::Mode::AutoSend);
        QCOMPARE(c.draftPolicy.autoSendIntents.size(), 2);
        QVERIFY(c.draftModel.has_value());
        QCOMPARE(c.draftModel->apiKey, QStringLiteral("sk-secret-value"));

        env.insert(QStringLiteral("RECADO_AI_POLICY"), QStringLiteral("sometimes"));
        env.insert(QStringLiteral("RECADO_AI_AUTO_INTENTS"), QStringLiteral("greeting,complaint"));
        env.remove(QStringLiteral("RECADO_AI_MODEL"));
        relay::RelayConfig bad;
        relay::RelayConfig::readAiSettings(env, &bad, &errors);
        QCOMPARE(errors.size(), 3); // policy, complaint is never auto-sent, model missing
        for (const QString &e : errors)
            QVERIFY(!e.contains(QStringLiteral("sk-secret-value")));
        relay::RelayConfig defaults;
        errors.clear();
        relay::RelayConfig::readAiSettings(QProcessEnvironment(), &defaults, &errors);
        QCOMPARE(defaults.draftPolicy.mode, DraftPolicy::Mode::DraftOnly);
        QVERIFY(!defaults.draftModel);
    }

    void classifyCommandPrintsVerdicts()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("RECADO_AI_BASE_URL"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RECADO_BINARY_DIR "/app/recado-relay"),
                {QStringLiteral("classify")});
        QVERIFY(p.waitForStarted());
        p.write(QStringLiteral("{\"text\":\"Hola, buenos días\"}\nnot json\n{\"text\":\"Quiero "
                               "hablar con un supervisor\"}\n")
                    .toUtf8());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(
            QJsonDocument::fromJson(lines[0]).object().value(QStringLiteral("intent")).toString(),
            QStringLiteral("greeting"));
        QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(QStringLiteral("line")).toInt(),
                 2);
        QCOMPARE(
            QJsonDocument::fromJson(lines[2]).object().value(QStringLiteral("escalate")).toBool(),
            true);
    }
};

QTEST_MAIN(TestDraftsPolicy)
#include "tst_drafts_policy.moc"
