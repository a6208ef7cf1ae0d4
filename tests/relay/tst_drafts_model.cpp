// SPDX-License-Identifier: GPL-3.0-or-later
// The model-backed drafter through the relay, against a local fake OpenAI-compatible endpoint:
// a model answer becomes the stored draft; a timeout falls back to the builtin draft (and says
// so); a draft that comes back after the customer wrote again is stored as superseded; the API
// key goes only into the Authorization header, never into a log line.
#include "DraftsTestKit.h"
#include "relay/RelayConfig.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace recado;
using namespace recado::test::drafts;
using test::HttpClient;
using test::RelayFixture;

namespace {

constexpr const char *kKey = "sk-relay-test-SECRET-7731";

QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    g_log.append(msg);
    if (g_previous)
        g_previous(type, ctx, msg);
}

QByteArray completion(const QJsonObject &answer)
{
    const QString content = QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact));
    return QJsonDocument(
               QJsonObject{{QStringLiteral("object"), QStringLiteral("chat.completion")},
                           {QStringLiteral("choices"),
                            QJsonArray{QJsonObject{
                                {QStringLiteral("index"), 0},
                                {QStringLiteral("message"),
                                 QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                             {QStringLiteral("content"), content}}},
                                {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}}})
        .toJson(QJsonDocument::Compact);
}

//! A fake chat-completions endpoint that can answer late. A QAbstractHttpServer (not a routed
//! QHttpServer) so that a late answer to a connection the client abandoned is skipped safely.
class FakeChatCompletions : public QAbstractHttpServer
{
public:
    QByteArray body;
    int delayMs = 0;
    QList<QByteArray> requests;
    QByteArray lastAuth;

protected:
    bool handleRequest(const QHttpServerRequest &req, QTcpSocket *socket) override
    {
        if (req.url().path() != QLatin1String("/v1/chat/completions"))
            return false;
        requests.append(req.body());
        lastAuth = req.value("Authorization");
        const QPointer<QTcpSocket> guarded(socket);
        const QByteArray response =
            QByteArrayLiteral(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ") +
            QByteArray::number(body.size()) + QByteArrayLiteral("\r\nConnection: close\r\n\r\n") +
            body;
        QTimer::singleShot(delayMs, this, [guarded, response] {
            if (!guarded)
                return;
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

const QString kHoursReply =
    QStringLiteral("Atendemos de lunes a viernes de 8:00 a 20:00 y los sábados de 9:00 a 14:00.");

QJsonObject hoursAnswer()
{
    return {{QStringLiteral("intent"), QStringLiteral("faq")},
            {QStringLiteral("reply"), kHoursReply},
            {QStringLiteral("confidence"), 0.9},
            {QStringLiteral("sources"), QJsonArray{QStringLiteral("kb-es-horario")}},
            {QStringLiteral("escalate"), false},
            {QStringLiteral("escalation_reason"), QString()}};
}

} // namespace

class TestDraftsModel : public QObject
{
    Q_OBJECT

    FakeChatCompletions server;
    RelayFixture fx;
    std::unique_ptr<HttpClient> agent;

private Q_SLOTS:
    void initTestCase()
    {
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        g_previous = qInstallMessageHandler(captureLog);
        relay::drafts::ModelConfig model;
        model.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        model.model = QStringLiteral("test-model");
        model.apiKey = QString::fromLatin1(kKey);
        model.timeoutMs = 1000;
        fx.config().draftModel = model;
        QVERIFY(fx.start());
        QVERIFY(fx.createUser(QStringLiteral("ana"), domain::Role::Agent,
                              QStringLiteral("password-ana")));
        agent = std::make_unique<HttpClient>(fx.relayUrl());
        agent->setToken(fx.login(QStringLiteral("ana"), QStringLiteral("password-ana")));
    }

    void cleanupTestCase()
    {
        // The key went to the endpoint and nowhere else.
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(QString::fromLatin1(kKey)), qPrintable(line));
        qInstallMessageHandler(g_previous);
    }

    void init()
    {
        server.body = completion(hoursAnswer());
        server.delayMs = 0;
    }

    void modelAnswerBecomesTheDraft()
    {
        QCOMPARE(agent->get(QStringLiteral("/api/drafts/settings"))
                     .json()[QStringLiteral("drafter")]
                     .toString(),
                 QStringLiteral("model"));
        const int before = int(server.requests.size());
        const Inbound in = customerWrites(fx, QStringLiteral("5215540000001"),
                                          QStringLiteral("¿Qué horario tienen?"));
        const qint64 id = waitForDraft(fx, in.messageId);
        QVERIFY(id != 0);
        const QJsonObject d = getDraft(*agent, id);
        QCOMPARE(d.value(QStringLiteral("drafter")).toString(), QStringLiteral("model"));
        QCOMPARE(d.value(QStringLiteral("text")).toString(), kHoursReply);
        QCOMPARE(d.value(QStringLiteral("intent")).toString(), QStringLiteral("faq"));
        QVERIFY(d.value(QStringLiteral("fallback_reason")).isUndefined());
        QCOMPARE(
            d.value(QStringLiteral("sources")).toArray().first()[QStringLiteral("id")].toString(),
            QStringLiteral("kb-es-horario"));
        // What the relay asked: the customer's words, the key in the header only.
        QCOMPARE(server.requests.size(), before + 1);
        QVERIFY(QString::fromUtf8(server.requests.last())
                    .contains(QStringLiteral("¿Qué horario tienen?")));
        QVERIFY(!server.requests.last().contains(kKey));
        QCOMPARE(server.lastAuth, QByteArray("Bearer ") + kKey);
    }

    void timeoutFallsBackToBuiltin()
    {
        server.delayMs = 3000;
        const Inbound in = customerWrites(fx, QStringLiteral("5215540000002"),
                                          QStringLiteral("¿Qué horario tienen?"));
        const qint64 id =
            waitForDraft(fx, in.messageId, 2800); // the 1 s deadline, not the 3 s answer
        QVERIFY(id != 0);
        const QJsonObject d = getDraft(*agent, id);
        QCOMPARE(d.value(QStringLiteral("drafter")).toString(), QStringLiteral("builtin"));
        QCOMPARE(d.value(QStringLiteral("fallback_reason")).toString(),
                 QStringLiteral("model_timeout"));
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QVERIFY(!d.value(QStringLiteral("text")).toString().isEmpty());
    }

    void draftOvertakenByTheCustomerIsSuperseded()
    {
        server.delayMs = 400;
        const QString waId = QStringLiteral("5215540000003");
        const Inbound first = customerWrites(fx, waId, QStringLiteral("Hola"));
        const Inbound second = customerWrites(fx, waId, QStringLiteral("¿Qué horario tienen?"));
        QCOMPARE(second.conversationId, first.conversationId);
        const qint64 firstDraft = waitForDraft(fx, first.messageId);
        const qint64 secondDraft = waitForDraft(fx, second.messageId);
        QVERIFY(firstDraft != 0 && secondDraft != 0);
        const QJsonObject stale = getDraft(*agent, firstDraft);
        QCOMPARE(stale.value(QStringLiteral("status")).toString(), QStringLiteral("superseded"));
        QCOMPARE(stale.value(QStringLiteral("decided_by")).toString(), QStringLiteral("recado"));
        // Stale at birth: clients never saw it pending.
        const auto born = draftEvents(*agent, QStringLiteral("draft.new"), firstDraft);
        QCOMPARE(born.size(), 1);
        QCOMPARE(born.first().value(QStringLiteral("status")).toString(),
                 QStringLiteral("superseded"));
        QVERIFY(draftEvents(*agent, QStringLiteral("draft.updated"), firstDraft).isEmpty());
        QCOMPARE(getDraft(*agent, secondDraft).value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
        QCOMPARE(
            scalar(
                fx,
                QStringLiteral(
                    "SELECT COUNT(*) FROM drafts WHERE conversation_id = ? AND status = 'pending'"),
                {first.conversationId})
                .toInt(),
            1);
    }
};

QTEST_MAIN(TestDraftsModel)
#include "tst_drafts_model.moc"
