// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's Graph side for sends: Meta's responses, validation errors, the status
// sequence, the 24-hour window, token failures, read receipts and injected faults.

#include "MetasimTestKit.h"

using namespace recado::metasim;
using namespace recado::metasim::testkit;
using namespace Qt::StringLiterals;

class TestMetasimGraph : public QObject
{
    Q_OBJECT

    std::unique_ptr<MetaSimulator> sim;
    std::unique_ptr<WebhookReceiver> receiver;
    std::unique_ptr<Graph> graph;
    const QString customer = u"5511987654321"_s;

    QString openWindow()
    {
        return sim->sendCustomerMessage(customer, {{u"type"_s, u"text"_s}, {u"body"_s, u"Olá"_s}},
                                        u"Ana Souza"_s);
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

    void sendSuccessAndStatusSequence()
    {
        openWindow();
        QSignalSpy sent(sim.get(), &MetaSimulator::messageSent);
        const Reply r = graph->send(Graph::text(u"+55 11 98765-4321"_s, u"Olá Ana!"_s));
        QCOMPARE(r.status, 200);
        const QJsonObject j = r.json();
        QCOMPARE(j.value("messaging_product"_L1).toString(), u"whatsapp"_s);
        const QJsonObject contact = j.value("contacts"_L1).toArray().first().toObject();
        QCOMPARE(contact.value("input"_L1).toString(), u"+55 11 98765-4321"_s);
        QCOMPARE(contact.value("wa_id"_L1).toString(), customer);
        const QJsonObject msg = j.value("messages"_L1).toArray().first().toObject();
        const QString wamid = msg.value("id"_L1).toString();
        QVERIFY(wamid.startsWith("wamid."_L1));
        QVERIFY(!msg.contains("message_status"_L1)); // only templates carry it
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().at(1).toString(), wamid);
        QCOMPARE(sent.first().at(0).toJsonObject().value("text"_L1).toObject().value("body"_L1),
                 QJsonValue(u"Olá Ana!"_s));

        QTRY_COMPARE(receiver->statusesFor(wamid),
                     (QStringList{u"sent"_s, u"delivered"_s, u"read"_s}));
        const QJsonObject sentStatus = receiver->statusObject(wamid, u"sent"_s);
        QCOMPARE(sentStatus.value("recipient_id"_L1).toString(), customer);
        QVERIFY(sentStatus.value("timestamp"_L1).isString());
        const QJsonObject pricing = sentStatus.value("pricing"_L1).toObject();
        QCOMPARE(pricing.value("category"_L1).toString(), u"service"_s);
        QCOMPARE(pricing.value("billable"_L1).toBool(), false);
        QVERIFY(sentStatus.value("conversation"_L1).toObject().contains("expiration_timestamp"_L1));
        QCOMPARE(sim->sentMessage(wamid)->lastStatus, u"read"_s);
        QCOMPARE(sim->sentMessages().size(), 1);
        QCOMPARE(sim->sentMessages().first().body.value("to"_L1).toString(),
                 u"+55 11 98765-4321"_s);
    }

    void statusesCanArriveBatched()
    {
        openWindow();
        sim->setStatusDelayMs(30);
        sim->setStatusBatchWindowMs(400);
        QStringList wamids;
        for (int i = 0; i < 3; ++i) {
            wamids << graph->send(Graph::text(customer, u"m%1"_s.arg(i)))
                          .json()
                          .value("messages"_L1)
                          .toArray()
                          .first()
                          .toObject()
                          .value("id"_L1)
                          .toString();
        }
        for (const QString &w : std::as_const(wamids))
            QTRY_COMPARE(receiver->statusesFor(w).size(), 3);
        // One inbound webhook, then far fewer status webhooks than the nine statuses.
        int statusWebhooks = 0;
        int largest = 0;
        for (const QJsonObject &v : receiver->values()) {
            const int n = int(v.value("statuses"_L1).toArray().size());
            if (n > 0)
                ++statusWebhooks;
            largest = qMax(largest, n);
        }
        QVERIFY2(statusWebhooks < 9, qPrintable(QString::number(statusWebhooks)));
        QVERIFY(largest >= 2);
    }

    void opaqueCallbackDataIsEchoed()
    {
        openWindow();
        QJsonObject m = Graph::text(customer, u"hola"_s);
        m.insert(u"biz_opaque_callback_data"_s, u"outbox:42"_s);
        const QString wamid = graph->send(m)
                                  .json()
                                  .value("messages"_L1)
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value("id"_L1)
                                  .toString();
        QTRY_COMPARE(receiver->statusesFor(wamid).size(), 3);
        for (const QString &st : {u"sent"_s, u"delivered"_s, u"read"_s}) {
            QCOMPARE(
                receiver->statusObject(wamid, st).value("biz_opaque_callback_data"_L1).toString(),
                u"outbox:42"_s);
        }
    }

    void everySendableKindIsAccepted_data()
    {
        QTest::addColumn<QJsonObject>("message");
        auto row = [](const char *name, const QString &type, const QJsonValue &object) {
            QJsonObject m{{u"messaging_product"_s, u"whatsapp"_s},
                          {u"to"_s, u"5511987654321"_s},
                          {u"type"_s, type}};
            m.insert(type, object);
            QTest::newRow(name) << m;
        };
        row("image-link", u"image"_s,
            QJsonObject{{u"link"_s, u"https://example.com/a.jpg"_s}, {u"caption"_s, u"foto"_s}});
        row("document-link", u"document"_s,
            QJsonObject{{u"link"_s, u"https://example.com/f.pdf"_s}, {u"filename"_s, u"f.pdf"_s}});
        row("location", u"location"_s,
            QJsonObject{{u"latitude"_s, -23.55}, {u"longitude"_s, -46.63}, {u"name"_s, u"Loja"_s}});
        row("contacts", u"contacts"_s,
            QJsonArray{QJsonObject{{u"name"_s, QJsonObject{{u"formatted_name"_s, u"Técnico"_s}}}}});
        row("buttons", u"interactive"_s,
            QJsonObject{
                {u"type"_s, u"button"_s},
                {u"body"_s, QJsonObject{{u"text"_s, u"Confirma?"_s}}},
                {u"action"_s,
                 QJsonObject{
                     {u"buttons"_s,
                      QJsonArray{
                          QJsonObject{{u"type"_s, u"reply"_s},
                                      {u"reply"_s,
                                       QJsonObject{{u"id"_s, u"yes"_s}, {u"title"_s, u"Sim"_s}}}},
                          QJsonObject{{u"type"_s, u"reply"_s},
                                      {u"reply"_s, QJsonObject{{u"id"_s, u"no"_s},
                                                               {u"title"_s, u"Não"_s}}}}}}}}});
        QJsonArray rows;
        for (int i = 0; i < 10; ++i)
            rows.append(QJsonObject{{u"id"_s, u"r%1"_s.arg(i)}, {u"title"_s, u"Slot %1"_s.arg(i)}});
        row("list", u"interactive"_s,
            QJsonObject{{u"type"_s, u"list"_s},
                        {u"body"_s, QJsonObject{{u"text"_s, u"Escolha"_s}}},
                        {u"action"_s, QJsonObject{{u"button"_s, u"Horários"_s},
                                                  {u"sections"_s,
                                                   QJsonArray{QJsonObject{{u"title"_s, u"Hoje"_s},
                                                                          {u"rows"_s, rows}}}}}}});
    }

    void everySendableKindIsAccepted()
    {
        QFETCH(QJsonObject, message);
        openWindow();
        const Reply r = graph->send(message);
        QVERIFY2(r.status == 200, r.body.constData());
        const QString wamid =
            r.json().value("messages"_L1).toArray().first().toObject().value("id"_L1).toString();
        QTRY_COMPARE(receiver->statusesFor(wamid).size(), 3);
    }

    void validationErrors_data()
    {
        QTest::addColumn<QJsonObject>("message");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        const QJsonObject base{{u"messaging_product"_s, u"whatsapp"_s},
                               {u"to"_s, u"5511987654321"_s}};
        auto with = [&](std::initializer_list<QPair<QString, QJsonValue>> extra) {
            QJsonObject m = base;
            for (const auto &p : extra)
                m.insert(p.first, p.second);
            return m;
        };
        QJsonObject noProduct =
            with({{u"type"_s, u"text"_s}, {u"text"_s, QJsonObject{{u"body"_s, u"x"_s}}}});
        noProduct.remove(u"messaging_product"_s);
        QTest::newRow("messaging_product") << noProduct << 100 << u"messaging_product"_s;
        QJsonObject noTo =
            with({{u"type"_s, u"text"_s}, {u"text"_s, QJsonObject{{u"body"_s, u"x"_s}}}});
        noTo.remove(u"to"_s);
        QTest::newRow("to") << noTo << 100 << u"to"_s;
        QTest::newRow("type") << with({{u"type"_s, u"fax"_s}}) << 100 << u"fax"_s;
        QTest::newRow("empty text")
            << with({{u"type"_s, u"text"_s}, {u"text"_s, QJsonObject{{u"body"_s, u""_s}}}}) << 100
            << u"text['body']"_s;
        QTest::newRow("long text")
            << with({{u"type"_s, u"text"_s},
                     {u"text"_s, QJsonObject{{u"body"_s, QString(4097, u'a')}}}})
            << 131009 << u"4096"_s;
        QTest::newRow("media without id or link")
            << with({{u"type"_s, u"image"_s}, {u"image"_s, QJsonObject{{u"caption"_s, u"x"_s}}}})
            << 131008 << u"id or a link"_s;
        QTest::newRow("sticker caption")
            << with({{u"type"_s, u"sticker"_s},
                     {u"sticker"_s, QJsonObject{{u"id"_s, u"1"_s}, {u"caption"_s, u"x"_s}}}})
            << 131009 << u"caption"_s;
        QTest::newRow("location without longitude")
            << with({{u"type"_s, u"location"_s}, {u"location"_s, QJsonObject{{u"latitude"_s, 1}}}})
            << 100 << u"longitude"_s;
        QJsonArray four;
        for (int i = 0; i < 4; ++i) {
            four.append(QJsonObject{{u"type"_s, u"reply"_s},
                                    {u"reply"_s, QJsonObject{{u"id"_s, u"b%1"_s.arg(i)},
                                                             {u"title"_s, u"B%1"_s.arg(i)}}}});
        }
        QTest::newRow("four buttons")
            << with({{u"type"_s, u"interactive"_s},
                     {u"interactive"_s,
                      QJsonObject{{u"type"_s, u"button"_s},
                                  {u"body"_s, QJsonObject{{u"text"_s, u"?"_s}}},
                                  {u"action"_s, QJsonObject{{u"buttons"_s, four}}}}}})
            << 131009 << u"Max: 3"_s;
        QJsonArray eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(QJsonObject{{u"id"_s, u"r%1"_s.arg(i)}, {u"title"_s, u"R%1"_s.arg(i)}});
        QTest::newRow("eleven rows")
            << with({{u"type"_s, u"interactive"_s},
                     {u"interactive"_s,
                      QJsonObject{{u"type"_s, u"list"_s},
                                  {u"body"_s, QJsonObject{{u"text"_s, u"?"_s}}},
                                  {u"action"_s,
                                   QJsonObject{{u"button"_s, u"Ver"_s},
                                               {u"sections"_s,
                                                QJsonArray{QJsonObject{{u"rows"_s, eleven}}}}}}}}})
            << 131009 << u"Max: 10"_s;
        QTest::newRow("long footer")
            << with({{u"type"_s, u"interactive"_s},
                     {u"interactive"_s,
                      QJsonObject{
                          {u"type"_s, u"button"_s},
                          {u"body"_s, QJsonObject{{u"text"_s, u"?"_s}}},
                          {u"footer"_s, QJsonObject{{u"text"_s, QString(61, u'f')}}},
                          {u"action"_s, QJsonObject{{u"buttons"_s, QJsonArray{four.first()}}}}}}})
            << 131009 << u"footer"_s;
        QTest::newRow("reaction without message_id")
            << with(
                   {{u"type"_s, u"reaction"_s}, {u"reaction"_s, QJsonObject{{u"emoji"_s, u"👍"_s}}}})
            << 100 << u"message_id"_s;
        QTest::newRow("bad recipient") << with({{u"to"_s, u"call me"_s},
                                                {u"type"_s, u"text"_s},
                                                {u"text"_s, QJsonObject{{u"body"_s, u"x"_s}}}})
                                       << 100 << u"phone number"_s;
    }

    void validationErrors()
    {
        QFETCH(QJsonObject, message);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        openWindow();
        const Reply r = graph->send(message);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), code);
        const QJsonObject e = r.error();
        QCOMPARE(e.value("type"_L1).toString(), u"OAuthException"_s);
        QVERIFY(!e.value("fbtrace_id"_L1).toString().isEmpty());
        QVERIFY(e.value("message"_L1).toString().startsWith(u"(#%1)"_s.arg(code)));
        const QString details = e.value("error_data"_L1).toObject().value("details"_L1).toString();
        QCOMPARE(e.value("error_data"_L1).toObject().value("messaging_product"_L1).toString(),
                 u"whatsapp"_s);
        QVERIFY2(details.contains(mentions), qPrintable(details));
        QVERIFY(sim->sentMessages().isEmpty());
    }

    void invalidJsonIsRejected()
    {
        const Reply r = call(*new QNetworkAccessManager(this), "POST",
                             sim->graphUrl(sim->config().phoneNumberId + u"/messages"_s), "{nope",
                             "test-token");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), 100);
    }

    void reactionGetsOnlySent()
    {
        const QString inbound = openWindow();
        const Reply r = graph->send(
            {{u"messaging_product"_s, u"whatsapp"_s},
             {u"to"_s, customer},
             {u"type"_s, u"reaction"_s},
             {u"reaction"_s, QJsonObject{{u"message_id"_s, inbound}, {u"emoji"_s, u"❤️"_s}}}});
        QCOMPARE(r.status, 200);
        const QString wamid =
            r.json().value("messages"_L1).toArray().first().toObject().value("id"_L1).toString();
        QTRY_COMPARE(receiver->statusesFor(wamid), QStringList{u"sent"_s});
        QTest::qWait(200);
        QCOMPARE(receiver->statusesFor(wamid), QStringList{u"sent"_s});
    }

    void outsideWindowFailsWith131047_data()
    {
        QTest::addColumn<QDateTime>("lastInbound");
        QTest::newRow("never wrote") << QDateTime();
        QTest::newRow("25 hours ago") << QDateTime::currentDateTimeUtc().addSecs(-25 * 3600);
    }

    void outsideWindowFailsWith131047()
    {
        QFETCH(QDateTime, lastInbound);
        sim->setLastInbound(customer, lastInbound);
        const Reply r = graph->send(Graph::text(customer, u"¿Sigue ahí?"_s));
        QCOMPARE(r.status, 200); // accepted, fails asynchronously like Meta
        const QString wamid =
            r.json().value("messages"_L1).toArray().first().toObject().value("id"_L1).toString();
        QTRY_COMPARE(receiver->statusesFor(wamid), QStringList{u"failed"_s});
        const QJsonObject failed = receiver->statusObject(wamid, u"failed"_s);
        const QJsonObject e = failed.value("errors"_L1).toArray().first().toObject();
        QCOMPARE(e.value("code"_L1).toInt(), 131047);
        QCOMPARE(e.value("title"_L1).toString(), u"Re-engagement message"_s);
        QVERIFY(!e.value("message"_L1).toString().isEmpty());
        QCOMPARE(e.value("error_data"_L1).toObject().value("details"_L1).toString(),
                 u"Message failed to send because more than 24 hours have passed since the "
                 "customer last replied to this number."_s);
        QCOMPARE(sim->sentMessage(wamid)->failureCode, 131047);
    }

    void windowEdge()
    {
        sim->setLastInbound(customer, QDateTime::currentDateTimeUtc().addSecs(-23 * 3600 - 3500));
        const Reply r = graph->send(Graph::text(customer, u"a tiempo"_s));
        const QString wamid =
            r.json().value("messages"_L1).toArray().first().toObject().value("id"_L1).toString();
        QTRY_COMPARE(receiver->statusesFor(wamid).size(), 3);
        QVERIFY(!receiver->statusesFor(wamid).contains(u"failed"_s));
    }

    void unreachableCustomerFailsWith131026()
    {
        openWindow();
        sim->setReachable(customer, false);
        const Reply r = graph->send(Graph::text(customer, u"hola"_s));
        const QString wamid =
            r.json().value("messages"_L1).toArray().first().toObject().value("id"_L1).toString();
        QTRY_COMPARE(receiver->statusesFor(wamid), QStringList{u"failed"_s});
        QCOMPARE(receiver->statusObject(wamid, u"failed"_s)
                     .value("errors"_L1)
                     .toArray()
                     .first()
                     .toObject()
                     .value("code"_L1)
                     .toInt(),
                 131026);
    }

    void readReceiptsOffStopAtDelivered()
    {
        openWindow();
        sim->setReadsMessages(customer, false);
        const Reply r = graph->send(Graph::text(customer, u"hola"_s));
        const QString wamid =
            r.json().value("messages"_L1).toArray().first().toObject().value("id"_L1).toString();
        QTRY_COMPARE(receiver->statusesFor(wamid), (QStringList{u"sent"_s, u"delivered"_s}));
        QTest::qWait(150);
        QCOMPARE(receiver->statusesFor(wamid).size(), 2);
    }

    void authFailures()
    {
        openWindow();
        graph->setToken({});
        Reply r = graph->send(Graph::text(customer, u"x"_s));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), 190);
        QCOMPARE(r.error().value("type"_L1).toString(), u"OAuthException"_s);
        QVERIFY(!r.error().contains("error_subcode"_L1));
        QVERIFY(r.header("WWW-Authenticate").contains("invalid_token"));

        graph->setToken("wrong-token");
        r = graph->send(Graph::text(customer, u"x"_s));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), 190);

        graph->setToken("test-token");
        sim->expireToken();
        r = graph->send(Graph::text(customer, u"x"_s));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), 190);
        QCOMPARE(r.error().value("error_subcode"_L1).toInt(), 463);
        QVERIFY(r.error().value("message"_L1).toString().contains("Session has expired"_L1));
        QVERIFY(sim->sentMessages().isEmpty());

        sim->restoreToken();
        QCOMPARE(graph->send(Graph::text(customer, u"x"_s)).status, 200);

        // A rotated token: the old one is refused.
        sim->setAccessToken(u"new-token"_s);
        QCOMPARE(graph->send(Graph::text(customer, u"x"_s)).status, 401);
        graph->setToken("new-token");
        QCOMPARE(graph->send(Graph::text(customer, u"x"_s)).status, 200);
    }

    void clientGivingUpOnASlowAnswerIsHarmless()
    {
        openWindow();
        Fault slow;
        slow.path = u"/messages"_s;
        slow.httpStatus = 503;
        slow.delayMs = 300;
        sim->injectFault(slow);
        QNetworkAccessManager nam;
        QNetworkRequest req(sim->graphUrl(sim->config().phoneNumberId + u"/messages"_s));
        req.setRawHeader("Authorization", "Bearer test-token");
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        req.setTransferTimeout(50);
        QNetworkReply *reply = nam.post(
            req, QJsonDocument(Graph::text(customer, u"x"_s)).toJson(QJsonDocument::Compact));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        delete reply;
        QTest::qWait(400); // the late answer finds the connection gone
        QCOMPARE(graph->send(Graph::text(customer, u"x"_s)).status, 200);
    }

    void tokenInQueryIsAccepted()
    {
        QNetworkAccessManager nam;
        QUrl url = sim->graphUrl(sim->config().phoneNumberId);
        url.setQuery(u"access_token=test-token"_s);
        const Reply r = call(nam, "GET", url);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("id"_L1).toString(), sim->config().phoneNumberId);
    }

    void unknownObjects()
    {
        Reply r = graph->post(u"999999/messages"_s, Graph::text(customer, u"x"_s));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), 100);
        QCOMPARE(r.error().value("error_subcode"_L1).toInt(), 33);
        QCOMPARE(r.error().value("type"_L1).toString(), u"GraphMethodException"_s);
        QVERIFY(r.error().value("message"_L1).toString().startsWith("Unsupported post request"_L1));
        // Any vNN.N prefix is served.
        QNetworkAccessManager nam;
        r = call(nam, "GET",
                 QUrl(sim->baseUrl().toString() + u"/v19.0/"_s + sim->config().phoneNumberId), {},
                 "test-token");
        QCOMPARE(r.status, 200);
    }

    void readReceipts()
    {
        const QString inbound = openWindow();
        QSignalSpy spy(sim.get(), &MetaSimulator::readReceiptReceived);
        Reply r = graph->send({{u"messaging_product"_s, u"whatsapp"_s},
                               {u"status"_s, u"read"_s},
                               {u"message_id"_s, inbound}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), (QJsonObject{{u"success"_s, true}}));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toString(), inbound);
        QCOMPARE(sim->readReceipts().size(), 1);
        QCOMPARE(sim->readReceipts().first().wamid, inbound);
        QVERIFY(sim->sentMessages().isEmpty()); // not a message

        r = graph->send({{u"messaging_product"_s, u"whatsapp"_s},
                         {u"status"_s, u"read"_s},
                         {u"message_id"_s, u"wamid.UNKNOWN"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), 100);
    }

    void faults()
    {
        openWindow();
        sim->injectFault(u"/messages"_s, 503, 2);
        Reply r = graph->send(Graph::text(customer, u"x"_s));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.errorCode(), 2);
        QVERIFY(r.error().value("is_transient"_L1).toBool());
        QCOMPARE(graph->send(Graph::text(customer, u"x"_s)).status, 503);
        QCOMPARE(graph->send(Graph::text(customer, u"x"_s)).status, 200);

        sim->injectFault(u"/messages"_s, 429);
        r = graph->send(Graph::text(customer, u"x"_s));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), 130429);

        Fault f;
        f.path = u"/messages"_s;
        f.httpStatus = 0;
        f.metaCode = 131048;
        sim->injectFault(f);
        r = graph->send(Graph::text(customer, u"x"_s));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), 131048);
        QCOMPARE(r.error().value("message"_L1).toString(), u"(#131048) Spam rate limit hit"_s);

        // A fault on another path leaves sends alone.
        sim->injectFault(u"/media"_s, 500);
        QCOMPARE(graph->send(Graph::text(customer, u"x"_s)).status, 200);
        QCOMPARE(sim->pendingFaults(), 1);
        sim->clearFaults();
        QCOMPARE(sim->pendingFaults(), 0);

        // Slow but successful.
        Fault slow;
        slow.path = u"/messages"_s;
        slow.httpStatus = 0;
        slow.delayMs = 300;
        sim->injectFault(slow);
        QElapsedTimer t;
        t.start();
        QCOMPARE(graph->send(Graph::text(customer, u"x"_s)).status, 200);
        QVERIFY(t.elapsed() >= 250);
    }
};

QTEST_GUILESS_MAIN(TestMetasimGraph)
#include "tst_metasim_graph.moc"
