// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's control API (/_sim/), the webhook handshake, the traffic generator and the
// command line.

#include "MetasimTestKit.h"

#include "tools/metasim/SimCli.h"
#include "tools/metasim/StoryBook.h"

#include "tools/metasim/TrafficGenerator.h"
#include <QSet>

#include "core/whatsapp/WebhookParser.h"
#include "core/whatsapp/WebhookSignature.h"

#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>

using namespace recado;
using namespace recado::metasim;
using namespace recado::metasim::testkit;
using namespace Qt::StringLiterals;

class TestMetasimControl : public QObject
{
    Q_OBJECT

    std::unique_ptr<MetaSimulator> sim;
    std::unique_ptr<WebhookReceiver> receiver;
    std::unique_ptr<Graph> graph;
    QNetworkAccessManager nam;

    Reply control(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        return call(nam, verb, QUrl(sim->baseUrl().toString() + path),
                    body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    }

private Q_SLOTS:
    void init()
    {
        receiver = std::make_unique<WebhookReceiver>();
        QVERIFY(receiver->listen());
        Config c = fastConfig();
        c.webhookUrl = receiver->url();
        sim = std::make_unique<MetaSimulator>(c);
        QVERIFY(sim->listen());
        graph = std::make_unique<Graph>(*sim);
    }
    void cleanup()
    {
        graph.reset();
        sim.reset();
        receiver.reset();
    }

    void healthAndCustomerMessages()
    {
        Reply r = control("GET", u"/_sim/health"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("phone_number_id"_L1).toString(), sim->config().phoneNumberId);
        QVERIFY(!r.body.contains("test-token")); // never echo secrets
        QVERIFY(!r.body.contains("test-secret"));

        r = control("POST", u"/_sim/customers/5215512345678/messages"_s,
                    {{u"type"_s, u"location"_s},
                     {u"latitude"_s, 19.4},
                     {u"longitude"_s, -99.1},
                     {u"name"_s, u"Rosa Díaz"_s}});
        QCOMPARE(r.status, 200);
        const QString wamid = r.json().value("wamid"_L1).toString();
        QVERIFY(wamid.startsWith("wamid.HBg"_L1));
        QTRY_COMPARE(receiver->received.size(), 1);
        const QJsonObject value = receiver->values().first();
        QCOMPARE(value.value("contacts"_L1)
                     .toArray()
                     .first()
                     .toObject()
                     .value("profile"_L1)
                     .toObject()
                     .value("name"_L1)
                     .toString(),
                 u"Rosa Díaz"_s);
        QCOMPARE(value.value("messages"_L1).toArray().first().toObject().value("id"_L1).toString(),
                 wamid);

        r = control("POST", u"/_sim/customers/5215512345678/messages"_s, {{u"type"_s, u"nope"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error().value("code"_L1).toString(), u"bad_message"_s);

        r = control("GET", u"/_sim/customers"_s);
        QCOMPARE(r.json().value("data"_L1).toArray().size(), 1);
        QCOMPARE(control("GET", u"/_sim/nothing"_s).status, 404);
    }

    void customerWindowViaControl()
    {
        const qint64 old = QDateTime::currentSecsSinceEpoch() - 30 * 3600;
        Reply r = control("POST", u"/_sim/customers/5511987654321"_s,
                          {{u"name"_s, u"Ana"_s}, {u"last_inbound"_s, double(old)}});
        QCOMPARE(r.status, 200);
        QCOMPARE(sim->lastInbound(u"5511987654321"_s).toSecsSinceEpoch(), old);
        const QString wamid = graph->send(Graph::text(u"5511987654321"_s, u"Oi"_s))
                                  .json()
                                  .value("messages"_L1)
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value("id"_L1)
                                  .toString();
        QTRY_COMPARE(receiver->statusesFor(wamid), QStringList{u"failed"_s});
        r = control("GET", u"/_sim/sent"_s);
        const QJsonObject sent = r.json().value("data"_L1).toArray().first().toObject();
        QCOMPARE(sent.value("wamid"_L1).toString(), wamid);
        QCOMPARE(sent.value("failure_code"_L1).toInt(), 131047);
        QCOMPARE(sent.value("body"_L1)
                     .toObject()
                     .value("text"_L1)
                     .toObject()
                     .value("body"_L1)
                     .toString(),
                 u"Oi"_s);
    }

    void faultsTokenAndReset()
    {
        sim->sendCustomerMessage(u"5215512345678"_s, {{u"type"_s, u"text"_s}, {u"body"_s, u"x"_s}});
        Reply r = control("POST", u"/_sim/faults"_s,
                          {{u"path"_s, u"/messages"_s}, {u"count"_s, 2}, {u"http_status"_s, 500}});
        QCOMPARE(r.json().value("pending"_L1).toInt(), 2);
        QCOMPARE(graph->send(Graph::text(u"5215512345678"_s, u"a"_s)).status, 500);
        QCOMPARE(graph->send(Graph::text(u"5215512345678"_s, u"a"_s)).status, 500);
        QCOMPARE(graph->send(Graph::text(u"5215512345678"_s, u"a"_s)).status, 200);

        control("POST", u"/_sim/faults"_s, {{u"path"_s, u"/messages"_s}, {u"code"_s, 131056}});
        r = graph->send(Graph::text(u"5215512345678"_s, u"a"_s));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), 131056);

        QCOMPARE(control("POST", u"/_sim/token/expire"_s).status, 200);
        r = graph->send(Graph::text(u"5215512345678"_s, u"a"_s));
        QCOMPARE(r.error().value("error_subcode"_L1).toInt(), 463);
        control("POST", u"/_sim/token/restore"_s);
        QCOMPARE(graph->send(Graph::text(u"5215512345678"_s, u"a"_s)).status, 200);

        control("POST", u"/_sim/faults"_s, {{u"count"_s, 3}, {u"http_status"_s, 503}});
        QCOMPARE(control("POST", u"/_sim/reset"_s).status, 200);
        QCOMPARE(sim->pendingFaults(), 0);
        QVERIFY(sim->sentMessages().isEmpty());
    }

    void mediaFaultViaControl()
    {
        const QString id = graph->upload(QByteArray("%PDF-1.4 test"), "application/pdf", u"a.pdf"_s)
                               .json()
                               .value("id"_L1)
                               .toString();
        Reply r = control("GET", u"/_sim/media"_s);
        QCOMPARE(r.json().value("data"_L1).toArray().first().toObject().value("id"_L1).toString(),
                 id);
        r = control("POST", u"/_sim/media/%1/fault"_s.arg(id), {{u"fault"_s, u"expired"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(graph->get(id).errorCode(), 100);
        QCOMPARE(
            control("POST", u"/_sim/media/%1/fault"_s.arg(id), {{u"fault"_s, u"bogus"_s}}).status,
            400);
    }

    void readReceiptsAndStatuses()
    {
        const QString in = sim->sendCustomerMessage(u"5215512345678"_s,
                                                    {{u"type"_s, u"text"_s}, {u"body"_s, u"x"_s}});
        graph->send({{u"messaging_product"_s, u"whatsapp"_s},
                     {u"status"_s, u"read"_s},
                     {u"message_id"_s, in},
                     {u"typing_indicator"_s, QJsonObject{{u"type"_s, u"text"_s}}}});
        const QJsonObject rr = control("GET", u"/_sim/read-receipts"_s)
                                   .json()
                                   .value("data"_L1)
                                   .toArray()
                                   .first()
                                   .toObject();
        QCOMPARE(rr.value("wamid"_L1).toString(), in);
        QVERIFY(rr.value("typing_indicator"_L1).toBool());

        sim->setStatusDelayMs(60000); // keep automatic statuses out of the way
        const QString out = graph->send(Graph::text(u"5215512345678"_s, u"hola"_s))
                                .json()
                                .value("messages"_L1)
                                .toArray()
                                .first()
                                .toObject()
                                .value("id"_L1)
                                .toString();
        const Reply r =
            control("POST", u"/_sim/statuses"_s,
                    {{u"wamid"_s, out}, {u"status"_s, u"failed"_s}, {u"code"_s, 131049}});
        QCOMPARE(r.status, 200);
        QTRY_COMPARE(receiver->statusesFor(out), QStringList{u"failed"_s});
        QCOMPARE(control("POST", u"/_sim/statuses"_s, {{u"wamid"_s, u"wamid.X"_s}}).status, 404);
    }

    void templatesViaControl()
    {
        Reply r = control("POST", u"/_sim/templates"_s,
                          {{u"name"_s, u"aviso_llegada"_s},
                           {u"language"_s, u"es"_s},
                           {u"status"_s, u"APPROVED"_s},
                           {u"components"_s, QJsonArray{QJsonObject{{u"type"_s, u"BODY"_s},
                                                                    {u"text"_s, u"Llegamos"_s}}}}});
        QCOMPARE(r.status, 200);
        QVERIFY(sim->templates().find(u"aviso_llegada"_s, u"es"_s));
        r = control("POST", u"/_sim/templates/aviso_llegada/es/status"_s,
                    {{u"status"_s, u"DISABLED"_s}});
        QCOMPARE(r.json().value("status"_L1).toString(), u"DISABLED"_s);
        QTRY_COMPARE(receiver->received.size(), 1);
        QCOMPARE(receiver->values().first().value("event"_L1).toString(), u"DISABLED"_s);
    }

    void webhookHandshake()
    {
        // A receiver that echoes hub.challenge when the verify token matches.
        HttpServerAdapter relay;
        QString seenToken;
        relay.setHandler([&](const HttpRequest &req) {
            seenToken = req.queryValue(u"hub.verify_token"_s);
            if (req.method == "GET" && req.queryValue(u"hub.mode"_s) == "subscribe"_L1 &&
                seenToken == sim->config().verifyToken)
                return HttpResponse::bytes(req.queryValue(u"hub.challenge"_s).toUtf8(),
                                           "text/plain");
            return HttpResponse::bytes("forbidden", "text/plain", 403);
        });
        const quint16 port = relay.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        sim->setWebhookUrl(QUrl(u"http://127.0.0.1:%1/webhook"_s.arg(port)));
        QSignalSpy verified(sim.get(), &MetaSimulator::webhookVerified);
        sim->verifyWebhook();
        QTRY_COMPARE(verified.size(), 1);
        QCOMPARE(verified.first().at(0).toBool(), true);
        QCOMPARE(seenToken, sim->config().verifyToken);

        Config c = fastConfig();
        c.verifyToken = u"wrong"_s;
        c.webhookUrl = QUrl(u"http://127.0.0.1:%1/webhook"_s.arg(port));
        MetaSimulator other(c);
        QSignalSpy failed(&other, &MetaSimulator::webhookVerified);
        other.verifyWebhook();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toBool(), false);
        QCOMPARE(failed.first().at(1).toInt(), 403);
    }

    void trafficGenerator()
    {
        TrafficGenerator::Options o;
        o.rate = 200; // fast: this is about content, not pacing
        o.customers = 12;
        o.count = 40;
        o.seed = 42;
        o.replyChance = 100;
        TrafficGenerator traffic(*sim, o);
        // Customers come from the five markets with plausible ids and languages.
        QSet<QString> countries;
        for (const CustomerProfile &p : traffic.customers()) {
            countries.insert(p.country);
            QVERIFY(p.waId.size() >= 11 && p.waId.size() <= 13);
            if (p.country == "BR"_L1) {
                QCOMPARE(p.language, u"pt_BR"_s);
                QVERIFY(p.waId.startsWith("55"_L1));
            }
            if (p.country == "MX"_L1)
                QVERIFY(p.waId.startsWith("521"_L1));
            QVERIFY(p.name.contains(u' '));
        }
        QVERIFY(countries.size() >= 3);

        QSignalSpy finished(&traffic, &TrafficGenerator::finished);
        traffic.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(traffic.produced(), 40);
        QTRY_COMPARE_WITH_TIMEOUT(receiver->received.size(), 40, 10000);
        QSet<QString> kinds;
        for (const QJsonObject &v : receiver->values()) {
            const QJsonObject m = v.value("messages"_L1).toArray().first().toObject();
            kinds.insert(m.value("type"_L1).toString());
            whatsapp::ParsedWebhook parsed;
            QString error;
            QJsonObject env{
                {u"object"_s, u"whatsapp_business_account"_s},
                {u"entry"_s, QJsonArray{QJsonObject{
                                 {u"id"_s, u"1"_s},
                                 {u"changes"_s, QJsonArray{QJsonObject{{u"field"_s, u"messages"_s},
                                                                       {u"value"_s, v}}}}}}}};
            QVERIFY(whatsapp::parseWebhook(env, &parsed, &error));
        }
        QVERIFY(kinds.contains(u"text"_s));
        QVERIFY(kinds.size() >= 3); // stories mix media, locations, voice notes...

        // Customers answer the business: tap buttons and quote messages.
        const QString waId = traffic.customers().first().waId;
        const QJsonObject buttons{
            {u"messaging_product"_s, u"whatsapp"_s},
            {u"to"_s, waId},
            {u"type"_s, u"interactive"_s},
            {u"interactive"_s,
             QJsonObject{{u"type"_s, u"button"_s},
                         {u"body"_s, QJsonObject{{u"text"_s, u"¿Confirmas?"_s}}},
                         {u"action"_s,
                          QJsonObject{{u"buttons"_s,
                                       QJsonArray{QJsonObject{
                                           {u"type"_s, u"reply"_s},
                                           {u"reply"_s, QJsonObject{{u"id"_s, u"si"_s},
                                                                    {u"title"_s, u"Sí"_s}}}}}}}}}}};
        const QString wamid = graph->send(buttons)
                                  .json()
                                  .value("messages"_L1)
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value("id"_L1)
                                  .toString();
        const QString answer = traffic.step();
        QVERIFY(!answer.isEmpty());
        QTRY_VERIFY(receiver->received.size() >= 41);
        bool found = false;
        for (const QJsonObject &v : receiver->values()) {
            const QJsonObject m = v.value("messages"_L1).toArray().first().toObject();
            if (m.value("id"_L1).toString() != answer)
                continue;
            found = true;
            QCOMPARE(m.value("interactive"_L1)
                         .toObject()
                         .value("button_reply"_L1)
                         .toObject()
                         .value("id"_L1)
                         .toString(),
                     u"si"_s);
            QCOMPARE(m.value("context"_L1).toObject().value("id"_L1).toString(), wamid);
        }
        QVERIFY(found);
    }

    void storyBookSpeaksTheCustomersLanguage()
    {
        QRandomGenerator rng(7);
        CustomerProfile p;
        p.language = u"pt_BR"_s;
        p.scenario = 1;
        const QJsonObject beat = StoryBook::nextBeat(p, rng);
        QVERIFY(beat.value("body"_L1).toString().contains(u"visita técnica"_s));
        QCOMPARE(p.step, 1);
        p.language = u"en"_s;
        p.step = 2;
        QVERIFY(StoryBook::nextBeat(p, rng).value("body"_L1).toString().contains("technician"_L1));
    }

    void storyBookCustomersSendEveryKind()
    {
        // The demo shows every kind because the simulated customers send them all on their own
        // (reactions and interactive replies come as answers to what the business sends).
        QRandomGenerator rng(11);
        QSet<QString> kinds;
        bool referral = false;
        for (int scenario = 0; scenario < StoryBook::kScenarios; ++scenario) {
            CustomerProfile p;
            p.language = u"es"_s;
            p.scenario = scenario;
            for (int beat = 0; beat < StoryBook::kBeats; ++beat) {
                const QJsonObject m = StoryBook::nextBeat(p, rng);
                kinds.insert(m.value("type"_L1).toString());
                referral = referral || m.contains("referral"_L1);
            }
        }
        for (const char *kind : {"text", "image", "video", "audio", "document", "location",
                                 "contacts", "sticker", "order", "unsupported"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        QVERIFY(referral);
    }

    void cliProcessPlaysCustomersWithoutLeakingSecrets()
    {
        const QString bin = QStringLiteral(RECADO_BINARY_DIR "/app/recado-metasim");
        if (!QFileInfo::exists(bin))
            QSKIP("recado-metasim is not built");
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"META_APP_SECRET"_s, u"cli-secret-4f9a"_s);
        env.insert(u"META_ACCESS_TOKEN"_s, u"cli-token-77c1"_s);
        env.insert(u"META_VERIFY_TOKEN"_s, u"cli-verify-0b2e"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"recado.*.debug=true"_s);
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(bin, {u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--webhook-url"_s,
                      receiver->url().toString(), u"--rate"_s, u"40"_s, u"--count"_s, u"6"_s,
                      u"--seed"_s, u"3"_s, u"--status-delay-ms"_s, u"10"_s});
        QVERIFY(p.waitForStarted());
        // The receiver answers from this event loop, so wait without blocking it.
        QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 20000);
        const QByteArray log = p.readAll();
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(receiver->received.size(), 6);
        for (const auto &r : std::as_const(receiver->received))
            QVERIFY(whatsapp::verifySignature(r.body, r.signature, "cli-secret-4f9a"));
        QCOMPARE(receiver->handshakes, QStringList{u"cli-verify-0b2e"_s});
        QVERIFY(log.contains("webhook verification handshake succeeded"));
        QVERIFY(!log.contains("cli-secret-4f9a"));
        QVERIFY(!log.contains("cli-token-77c1"));
        QVERIFY(!log.contains("cli-verify-0b2e"));
        for (const QJsonObject &v : receiver->values()) {
            const QString body = v.value("messages"_L1)
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value("text"_L1)
                                     .toObject()
                                     .value("body"_L1)
                                     .toString();
            if (!body.isEmpty())
                QVERIFY2(!log.contains(body.toUtf8()), "message text in the log");
        }
    }

    void commandLine()
    {
        QProcessEnvironment env;
        env.insert(u"META_APP_SECRET"_s, u"env-secret"_s);
        env.insert(u"META_ACCESS_TOKEN"_s, u"env-token"_s);
        env.insert(u"META_PHONE_NUMBER_ID"_s, u"123"_s);
        env.insert(u"META_WABA_ID"_s, u"456"_s);
        SimCli::Options o;
        QString error;
        QVERIFY2(
            SimCli::parse({u"recado-metasim"_s, u"--listen"_s, u"127.0.0.1:9091"_s, u"--rate"_s,
                           u"0.25"_s, u"--customers"_s, u"5"_s, u"--count"_s, u"9"_s,
                           u"--status-delay-ms"_s, u"10"_s, u"--access-token"_s, u"flag-token"_s,
                           u"--webhook-url"_s, u"http://127.0.0.1:9090/webhook"_s},
                          env, &o, &error),
            qPrintable(error));
        QCOMPARE(o.port, quint16(9091));
        QCOMPARE(o.traffic.rate, 0.25);
        QCOMPARE(o.traffic.customers, 5);
        QCOMPARE(o.traffic.count, 9);
        QCOMPARE(o.config.statusDelayMs, 10);
        QCOMPARE(o.config.appSecret, "env-secret"_ba);
        QCOMPARE(o.config.accessToken, u"flag-token"_s); // flags win over the environment
        QCOMPARE(o.config.phoneNumberId, u"123"_s);
        QCOMPARE(o.config.wabaId, u"456"_s);
        QCOMPARE(o.config.webhookUrl, QUrl(u"http://127.0.0.1:9090/webhook"_s));

        QVERIFY(!SimCli::parse({u"x"_s, u"--rate"_s, u"fast"_s}, {}, &o, &error));
        QVERIFY(error.contains("--rate"_L1));
        QVERIFY(!SimCli::parse({u"x"_s, u"--bogus"_s}, {}, &o, &error));
        QVERIFY(!SimCli::parse({u"x"_s, u"--listen"_s, u"nowhere:99999"_s}, {}, &o, &error));
        QVERIFY(SimCli::parse({u"x"_s, u"--help"_s}, {}, &o, &error));
        QVERIFY(o.help);
        for (const char *documented :
             {"--listen", "--webhook-url", "--rate", "--customers", "--count", "--status-delay-ms",
              "META_APP_SECRET", "META_WABA_ID", "/_sim/"})
            QVERIFY2(SimCli::helpText().contains(QLatin1String(documented)), documented);
    }
};

QTEST_GUILESS_MAIN(TestMetasimControl)
#include "tst_metasim_control.moc"
