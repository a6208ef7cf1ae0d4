// SPDX-License-Identifier: GPL-3.0-or-later
// ModelDrafter against a fake OpenAI-compatible endpoint (QHttpServer on 127.0.0.1, port 0):
// good answers are used; timeouts, HTTP errors, malformed and ungrounded answers fall back to
// the builtin draft; the builtin escalation rules always apply; the API key is never logged.
#include "relay/drafts/EscalationRules.h"
#include "relay/drafts/ModelDrafter.h"
#include "tests/relay/DrafterTestData.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace recado;
using namespace recado::relay::drafts;

namespace {

QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    g_log.append(msg);
    if (g_previous)
        g_previous(type, ctx, msg);
}

QByteArray completion(const QString &content)
{
    const QJsonObject o{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-test")},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                {QStringLiteral("message"),
                                 QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                             {QStringLiteral("content"), content}}},
                                {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString answer(const QString &intent, const QString &reply, const QStringList &sources,
               double confidence = 0.9, bool escalate = false, const QString &reason = QString())
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("intent"), intent},
                                  {QStringLiteral("reply"), reply},
                                  {QStringLiteral("confidence"), confidence},
                                  {QStringLiteral("sources"), QJsonArray::fromStringList(sources)},
                                  {QStringLiteral("escalate"), escalate},
                                  {QStringLiteral("escalation_reason"), reason}})
            .toJson(QJsonDocument::Compact));
}

//! A fake OpenAI chat-completions endpoint. It is a QAbstractHttpServer rather than a routed
//! QHttpServer because it must answer late, after the client may have given up: 6.4's
//! QHttpServerResponder keeps a raw socket pointer (release builds), so a late write to an
//! aborted connection would touch a deleted socket. Here the socket is guarded by a QPointer.
class FakeOpenAi : public QAbstractHttpServer
{
public:
    int status = 200;
    QByteArray body;
    int delayMs = 0;
    QByteArray lastRequest;
    QByteArray lastAuth;
    QString lastPath;
    int requests = 0;

protected:
    bool handleRequest(const QHttpServerRequest &req, QTcpSocket *socket) override
    {
        if (req.url().path() != QLatin1String("/v1/chat/completions") ||
            req.method() != QHttpServerRequest::Method::Post)
            return false;
        ++requests;
        lastRequest = req.body();
        lastAuth = req.value("Authorization");
        lastPath = req.url().path();
        const QPointer<QTcpSocket> guarded(socket);
        const QByteArray response =
            QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) +
            QByteArrayLiteral(" X\r\nContent-Type: application/json\r\nContent-Length: ") +
            QByteArray::number(body.size()) + QByteArrayLiteral("\r\nConnection: close\r\n\r\n") +
            body;
        QTimer::singleShot(delayMs, this, [guarded, response] {
            if (!guarded)
                return; // the client gave up and the connection is gone
            guarded->write(response);
            guarded->disconnectFromHost();
        });
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    }
};

} // namespace

class TestDrafterModel : public QObject
{
    Q_OBJECT

    FakeOpenAi m_server;
    quint16 m_port = 0;
    std::shared_ptr<KnowledgeBase> m_kb;

    static constexpr const char *kKey = "sk-test-SECRET-4242";

    ModelConfig config(int timeoutMs = 2000) const
    {
        ModelConfig c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
        c.model = QStringLiteral("test-model");
        c.apiKey = QString::fromLatin1(kKey);
        c.timeoutMs = timeoutMs;
        return c;
    }

    DraftResult run(const QString &text, const ModelConfig &cfg, bool linked = false)
    {
        ModelDrafter drafter(m_kb, cfg);
        DraftContext ctx;
        ctx.text = text;
        ctx.now = test::referenceNow();
        if (linked) {
            ctx.serviceRequest = test::sampleRequest();
            ctx.customer = test::sampleCustomer();
        }
        bool done = false;
        DraftResult result;
        drafter.draft(ctx, [&](const DraftResult &r) {
            result = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return result;
    }

    void respond(const QString &content, int status = 200)
    {
        m_server.body = completion(content);
        m_server.status = status;
        m_server.delayMs = 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_kb = test::sourceTreeKb();
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
        QLoggingCategory::setFilterRules(QStringLiteral("recado.relay.drafts.*=true"));
        g_previous = qInstallMessageHandler(captureLog);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void init()
    {
        m_server.status = 200;
        m_server.delayMs = 0;
        m_server.body.clear();
    }

    void goodAnswerIsUsed()
    {
        const QString reply = QStringLiteral(
            "Atendemos de lunes a viernes de 8:00 a 20:00 y los sábados de 9:00 a 14:00.");
        respond(answer(QStringLiteral("faq"), reply, {QStringLiteral("kb-es-horario")}));
        const DraftResult r = run(QStringLiteral("¿qué horario tienen?"), config());
        QCOMPARE(r.drafter, QStringLiteral("model"));
        QVERIFY2(r.fallbackReason.isEmpty(), qPrintable(r.fallbackReason));
        QCOMPARE(r.reply, reply);
        QCOMPARE(r.intent, Intent::Faq);
        QCOMPARE(r.confidence, 0.9);
        QCOMPARE(r.sources.size(), 1);
        QCOMPARE(r.sources.first().id, QStringLiteral("kb-es-horario"));
        QVERIFY(!r.escalate);
        QVERIFY(r.grounded);

        // What was asked of the endpoint.
        QCOMPARE(m_server.lastPath, QStringLiteral("/v1/chat/completions"));
        QCOMPARE(m_server.lastAuth, QByteArray("Bearer ") + kKey);
        const QJsonObject body = QJsonDocument::fromJson(m_server.lastRequest).object();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("test-model"));
        QCOMPARE(body.value(QStringLiteral("response_format"))
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("json_object"));
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        const QString system =
            messages.at(0).toObject().value(QStringLiteral("content")).toString();
        QVERIFY(system.contains(QStringLiteral("JSON")) &&
                system.contains(QStringLiteral("billing_dispute")));
        const QString user = messages.at(1).toObject().value(QStringLiteral("content")).toString();
        QVERIFY(user.contains(QStringLiteral("¿qué horario tienen?")));
        QVERIFY(user.contains(QStringLiteral("[kb-es-horario]")));
        QVERIFY(user.contains(QStringLiteral("2026-05-11")));
        QVERIFY(!user.contains(QString::fromLatin1(kKey)));
    }

    void fencedJsonIsAccepted()
    {
        respond(
            QStringLiteral("```json\n") +
            answer(QStringLiteral("greeting"), QStringLiteral("¡Hola! ¿En qué le ayudamos?"), {}) +
            QStringLiteral("\n```"));
        const DraftResult r = run(QStringLiteral("hola"), config());
        QCOMPARE(r.drafter, QStringLiteral("model"));
        QCOMPARE(r.intent, Intent::Greeting);
    }

    void linkedRequestFactsAreAllowed()
    {
        respond(answer(
            QStringLiteral("request_status"),
            QStringLiteral(
                "Su solicitud SR-1042 está programada para el martes 12 de mayo con Juan Pérez."),
            {QStringLiteral("SR-1042")}));
        const DraftResult r = run(QStringLiteral("¿cómo va lo mío?"), config(), true);
        QCOMPARE(r.drafter, QStringLiteral("model"));
        QCOMPARE(r.sources.first().kind, QStringLiteral("service_request"));
        QVERIFY(!r.escalate);
    }

    void timeoutFallsBack()
    {
        respond(answer(QStringLiteral("greeting"), QStringLiteral("¡Hola!"), {}));
        m_server.delayMs = 3000;
        QElapsedTimer t;
        t.start();
        const DraftResult r = run(QStringLiteral("hola"), config(300));
        QVERIFY(t.elapsed() < 2500);
        QCOMPARE(r.fallbackReason, QStringLiteral("model_timeout"));
        QCOMPARE(r.drafter, QStringLiteral("builtin"));
        QCOMPARE(r.intent, Intent::Greeting);
        QVERIFY(!r.reply.isEmpty());
        QTest::qWait(100);
    }

    void httpErrorFallsBack()
    {
        respond(QStringLiteral("{}"), 500);
        m_server.body = R"({"error":{"message":"boom"}})";
        const DraftResult r = run(QStringLiteral("¿qué horario tienen?"), config());
        QCOMPARE(r.fallbackReason, QStringLiteral("model_http_500"));
        QCOMPARE(r.drafter, QStringLiteral("builtin"));
        QVERIFY(r.reply.contains(m_kb->article(QStringLiteral("kb-es-horario"))->body));
    }

    void malformedAnswersFallBack_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("<html>oops</html>")
                                  << QStringLiteral("model_malformed");
        QTest::newRow("prose") << completion(QStringLiteral("Claro, abrimos de 8 a 20."))
                               << QStringLiteral("model_malformed");
        QTest::newRow("no choices")
            << QByteArray(R"({"choices": []})") << QStringLiteral("model_malformed");
        QTest::newRow("unknown intent")
            << completion(answer(QStringLiteral("chitchat"), QStringLiteral("Hola"), {}))
            << QStringLiteral("model_malformed");
        QTest::newRow("empty reply") << completion(answer(QStringLiteral("faq"), QString(), {}))
                                     << QStringLiteral("model_malformed");
        QTest::newRow("confidence out of range")
            << completion(answer(QStringLiteral("faq"), QStringLiteral("Hola"), {}, 7.0))
            << QStringLiteral("model_malformed");
        QTest::newRow("unknown source")
            << completion(answer(QStringLiteral("faq"), QStringLiteral("Hola"),
                                 {QStringLiteral("kb-invented")}))
            << QStringLiteral("model_unknown_source");
    }
    void malformedAnswersFallBack()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        m_server.body = body;
        const DraftResult r = run(QStringLiteral("¿qué horario tienen?"), config());
        QVERIFY2(r.fallbackReason.startsWith(reason), qPrintable(r.fallbackReason));
        QCOMPARE(r.drafter, QStringLiteral("builtin"));
        QCOMPARE(r.intent, Intent::Faq);
    }

    void ungroundedAnswerFallsBack_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::newRow("invented price") << QStringLiteral("La visita cuesta $600 MXN.");
        QTest::newRow("invented technician")
            << QStringLiteral("Mañana le atiende el técnico Pedro Gómez.");
        QTest::newRow("invented date") << QStringLiteral("Su visita es el 20 de mayo.");
        QTest::newRow("invented status") << QStringLiteral("Su solicitud SR-1042 está completada.");
        QTest::newRow("invented hours") << QStringLiteral("Abrimos los domingos de 10:00 a 13:00.");
    }
    void ungroundedAnswerFallsBack()
    {
        QFETCH(QString, reply);
        respond(answer(QStringLiteral("faq"), reply, {QStringLiteral("kb-es-horario")}));
        const DraftResult r = run(QStringLiteral("¿qué horario tienen?"), config(), true);
        QVERIFY2(r.fallbackReason.startsWith(QStringLiteral("model_ungrounded")),
                 qPrintable(r.fallbackReason));
        QCOMPARE(r.drafter, QStringLiteral("builtin"));
        QVERIFY(r.reply != reply);
    }

    void modelCannotUnEscalate()
    {
        respond(answer(QStringLiteral("faq"), QStringLiteral("Lamento lo ocurrido; lo revisamos."),
                       {}, 0.95, false));
        const DraftResult r =
            run(QStringLiteral("el técnico me rayó el piso, voy a ir a la PROFECO"), config());
        QCOMPARE(r.drafter, QStringLiteral("model"));
        QVERIFY(r.escalate);
        QCOMPARE(r.escalationReason(), QString::fromLatin1(reason::FormalComplaintThreat));
        QVERIFY(r.escalationReasons.contains(QString::fromLatin1(reason::Complaint)));
    }

    void modelMayEscalate()
    {
        respond(answer(QStringLiteral("faq"), QStringLiteral("Déjeme revisarlo con un compañero."),
                       {}, 0.6, true, QStringLiteral("no_grounding")));
        const DraftResult r = run(QStringLiteral("¿qué horario tienen?"), config());
        QCOMPARE(r.drafter, QStringLiteral("model"));
        QVERIFY(r.escalate);
        QCOMPARE(r.escalationReasons, QStringList{QString::fromLatin1(reason::NoGrounding)});

        respond(answer(QStringLiteral("faq"), QStringLiteral("Déjeme revisarlo."), {}, 0.6, true,
                       QStringLiteral("weird")));
        QCOMPARE(run(QStringLiteral("¿qué horario tienen?"), config()).escalationReasons,
                 QStringList{QString::fromLatin1(reason::ModelFlagged)});

        // A model intent that needs a person escalates even if the model says it does not.
        respond(answer(QStringLiteral("human"), QStringLiteral("Le comunico con una persona."), {},
                       0.9, false));
        const DraftResult h = run(QStringLiteral("¿qué horario tienen?"), config());
        QVERIFY(h.escalationReasons.contains(QString::fromLatin1(reason::HumanRequested)));
    }

    void notConfigured()
    {
        const int before = m_server.requests;
        const DraftResult r = run(QStringLiteral("hola"), ModelConfig{});
        QCOMPARE(r.fallbackReason, QStringLiteral("model_not_configured"));
        QCOMPARE(m_server.requests, before);
    }

    void apiKeyIsNeverLogged()
    {
        g_log.clear();
        respond(QStringLiteral("{}"), 503);
        run(QStringLiteral("hola"), config());
        respond(QStringLiteral("garbage"));
        run(QStringLiteral("hola"), config());
        QVERIFY(!g_log.isEmpty()); // fallbacks are logged...
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(QString::fromLatin1(kKey)),
                     qPrintable(line)); // ...without the key
        QVERIFY(!QJsonDocument(config().toJson()).toJson().contains(kKey));
        QCOMPARE(ModelConfig::fromJson(
                     QJsonObject{{QStringLiteral("base_url"), QStringLiteral("http://x/v1/")},
                                 {QStringLiteral("model"), QStringLiteral("m")}})
                     .endpoint()
                     .toString(),
                 QStringLiteral("http://x/v1/chat/completions"));
    }
};

QTEST_GUILESS_MAIN(TestDrafterModel)
#include "tst_drafter_model.moc"
