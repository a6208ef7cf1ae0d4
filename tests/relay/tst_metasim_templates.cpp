// SPDX-License-Identifier: GPL-3.0-or-later
// Templates on the simulator: catalogue paging, sends checked against the catalogue, and the
// create -> PENDING -> reviewed webhook flow.

#include "MetasimTestKit.h"

using namespace recado::metasim;
using namespace recado::metasim::testkit;
using namespace Qt::StringLiterals;

class TestMetasimTemplates : public QObject
{
    Q_OBJECT

    std::unique_ptr<MetaSimulator> sim;
    std::unique_ptr<WebhookReceiver> receiver;
    std::unique_ptr<Graph> graph;
    const QString customer = u"5215512345678"_s;

    static QJsonObject templateSend(const QString &to, const QString &name, const QString &lang,
                                    const QStringList &bodyParams,
                                    const QJsonArray &extraComponents = {})
    {
        QJsonArray params;
        for (const QString &p : bodyParams)
            params.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, p}});
        QJsonArray components = extraComponents;
        if (!bodyParams.isEmpty())
            components.append(QJsonObject{{u"type"_s, u"body"_s}, {u"parameters"_s, params}});
        return {{u"messaging_product"_s, u"whatsapp"_s},
                {u"to"_s, to},
                {u"type"_s, u"template"_s},
                {u"template"_s, QJsonObject{{u"name"_s, name},
                                            {u"language"_s, QJsonObject{{u"code"_s, lang}}},
                                            {u"components"_s, components}}}};
    }

    QString templatesPath() const { return sim->config().wabaId + u"/message_templates"_s; }

    QList<QJsonObject> templateUpdates() const
    {
        QList<QJsonObject> out;
        for (const auto &r : receiver->received) {
            const QJsonObject change = r.json()
                                           .value("entry"_L1)
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value("changes"_L1)
                                           .toArray()
                                           .first()
                                           .toObject();
            if (change.value("field"_L1).toString() == "message_template_status_update"_L1)
                out.append(change.value("value"_L1).toObject());
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        receiver = std::make_unique<WebhookReceiver>();
        QVERIFY(receiver->listen());
        Config c = fastConfig();
        c.webhookUrl = receiver->url();
        MessageTemplate extra;
        extra.name = u"recordatorio_pago"_s;
        extra.language = u"es_MX"_s;
        extra.components = {QJsonObject{{u"type"_s, u"BODY"_s}, {u"text"_s, u"Pago de {{1}}"_s}}};
        c.extraTemplates = {extra};
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

    void pagingWalksTheWholeCatalogue()
    {
        const int total = int(sim->templates().all().size());
        QVERIFY(total >= 12);
        QStringList seen;
        Reply r = graph->get(templatesPath() + u"?limit=5"_s);
        int pages = 0;
        while (true) {
            QCOMPARE(r.status, 200);
            const QJsonObject j = r.json();
            const QJsonArray data = j.value("data"_L1).toArray();
            QVERIFY(data.size() <= 5);
            for (const QJsonValue &v : data) {
                const QJsonObject t = v.toObject();
                for (const char *key : {"name", "language", "status", "category", "components",
                                        "id", "rejected_reason"})
                    QVERIFY2(t.contains(QLatin1String(key)), key);
                seen.append(t.value("name"_L1).toString() + u'/' +
                            t.value("language"_L1).toString());
            }
            const QJsonObject paging = j.value("paging"_L1).toObject();
            QVERIFY(paging.value("cursors"_L1).toObject().contains("before"_L1));
            QVERIFY(paging.value("cursors"_L1).toObject().contains("after"_L1));
            QCOMPARE(paging.contains("previous"_L1), pages > 0);
            ++pages;
            if (!paging.contains("next"_L1))
                break;
            const QUrl next(paging.value("next"_L1).toString());
            QVERIFY(next.toString().startsWith(sim->baseUrl().toString()));
            QVERIFY(!next.toString().contains("access_token"_L1)); // never leak the token
            r = graph->fetch(next);
        }
        QCOMPARE(pages, (total + 4) / 5);
        QCOMPARE(seen.size(), total);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), total);
        QVERIFY(seen.contains(u"tecnico_en_camino/pt_BR"_s));
        QVERIFY(seen.contains(u"recordatorio_pago/es_MX"_s));
    }

    void statusesAndFilters()
    {
        Reply r = graph->get(templatesPath() + u"?status=REJECTED"_s);
        QJsonArray data = r.json().value("data"_L1).toArray();
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.first().toObject().value("rejected_reason"_L1).toString(), u"PROMOTIONAL"_s);
        r = graph->get(templatesPath() + u"?status=PAUSED"_s);
        QCOMPARE(r.json().value("data"_L1).toArray().size(), 1);
        r = graph->get(templatesPath() + u"?name=confirmacion_cita&fields=name,language"_s);
        data = r.json().value("data"_L1).toArray();
        QCOMPARE(data.size(), 3);
        QCOMPARE(data.first().toObject().keys(), (QStringList{u"id"_s, u"language"_s, u"name"_s}));
        r = graph->get(templatesPath() + u"?after=bogus"_s);
        QCOMPARE(r.status, 400);
        // Paging backwards from the second page returns the first.
        r = graph->get(templatesPath() + u"?limit=4"_s);
        const QUrl next(r.json().value("paging"_L1).toObject().value("next"_L1).toString());
        const QJsonObject second = graph->fetch(next).json();
        const QUrl previous(second.value("paging"_L1).toObject().value("previous"_L1).toString());
        QCOMPARE(graph->fetch(previous).json().value("data"_L1), r.json().value("data"_L1));
    }

    void templateSendOutsideWindow()
    {
        // Templates are how a business writes first: no window needed.
        QVERIFY(!sim->lastInbound(customer).isValid());
        const Reply r = graph->send(templateSend(customer, u"tecnico_en_camino"_s, u"es"_s,
                                                 {u"María"_s, u"Jorge"_s, u"10:30"_s}));
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonObject msg = r.json().value("messages"_L1).toArray().first().toObject();
        QCOMPARE(msg.value("message_status"_L1).toString(), u"accepted"_s);
        const QString wamid = msg.value("id"_L1).toString();
        QTRY_COMPARE(receiver->statusesFor(wamid),
                     (QStringList{u"sent"_s, u"delivered"_s, u"read"_s}));
        const QJsonObject pricing =
            receiver->statusObject(wamid, u"sent"_s).value("pricing"_L1).toObject();
        QCOMPARE(pricing.value("category"_L1).toString(), u"utility"_s);
        QCOMPARE(pricing.value("billable"_L1).toBool(), true); // outside the service window
        QCOMPARE(sim->sentMessages().first().type, u"template"_s);
    }

    void templateErrors_data()
    {
        QTest::addColumn<QJsonObject>("message");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("http");
        const QString to = u"5215512345678"_s;
        QTest::newRow("unknown name")
            << templateSend(to, u"no_existe"_s, u"es"_s, {}) << 132001 << 404;
        QTest::newRow("unknown language")
            << templateSend(to, u"solicitud_recibida_cliente"_s, u"en"_s, {u"a"_s, u"b"_s})
            << 132001 << 404;
        QTest::newRow("rejected") << templateSend(to, u"encuesta_satisfaccion"_s, u"es"_s, {u"x"_s})
                                  << 132001 << 404;
        QTest::newRow("too few params")
            << templateSend(to, u"tecnico_en_camino"_s, u"es"_s, {u"María"_s}) << 132000 << 400;
        QTest::newRow("too many params")
            << templateSend(to, u"solicitud_recibida_cliente"_s, u"es"_s, {u"a"_s, u"b"_s, u"c"_s})
            << 132000 << 400;
        QTest::newRow("paused") << templateSend(to, u"promo_mantenimiento"_s, u"es"_s, {u"x"_s})
                                << 132015 << 400;
        QTest::newRow("disabled") << templateSend(to, u"aviso_corte_servicio"_s, u"es"_s,
                                                  {u"x"_s, u"y"_s})
                                  << 132016 << 400;
        QTest::newRow("document header missing")
            << templateSend(to, u"factura_disponible"_s, u"es"_s, {u"a"_s, u"b"_s, u"c"_s})
            << 132012 << 400;
        QJsonObject noLang = templateSend(to, u"hello_world"_s, u"en_US"_s, {});
        QJsonObject t = noLang.value("template"_L1).toObject();
        t.remove(u"language"_s);
        noLang.insert(u"template"_s, t);
        QTest::newRow("no language") << noLang << 100 << 400;
    }

    void templateErrors()
    {
        QFETCH(QJsonObject, message);
        QFETCH(int, code);
        QFETCH(int, http);
        const Reply r = graph->send(message);
        QCOMPARE(r.status, http);
        QCOMPARE(r.errorCode(), code);
        QVERIFY(
            !r.error().value("error_data"_L1).toObject().value("details"_L1).toString().isEmpty());
        QVERIFY(sim->sentMessages().isEmpty());
    }

    void documentHeaderTemplate()
    {
        const QJsonArray header{QJsonObject{
            {u"type"_s, u"header"_s},
            {u"parameters"_s,
             QJsonArray{QJsonObject{
                 {u"type"_s, u"document"_s},
                 {u"document"_s, QJsonObject{{u"link"_s, u"https://example.com/f.pdf"_s},
                                             {u"filename"_s, u"F-2207.pdf"_s}}}}}}}};
        const Reply r =
            graph->send(templateSend(customer, u"factura_disponible"_s, u"es"_s,
                                     {u"María"_s, u"F-2207"_s, u"$1,250.00"_s}, header));
        QVERIFY2(r.status == 200, r.body.constData());
    }

    void createApproveWebhook()
    {
        QSignalSpy created(sim.get(), &MetaSimulator::templateCreated);
        const QJsonObject body{
            {u"name"_s, u"visita_completada"_s},
            {u"language"_s, u"es"_s},
            {u"category"_s, u"UTILITY"_s},
            {u"components"_s,
             QJsonArray{QJsonObject{{u"type"_s, u"BODY"_s},
                                    {u"text"_s, u"Hola {{1}}, terminamos la visita {{2}}."_s}}}}};
        const Reply r = graph->post(templatesPath(), body);
        QVERIFY2(r.status == 200, r.body.constData());
        const QString id = r.json().value("id"_L1).toString();
        QCOMPARE(r.json().value("status"_L1).toString(), u"PENDING"_s);
        QCOMPARE(r.json().value("category"_L1).toString(), u"UTILITY"_s);
        QCOMPARE(created.size(), 1);
        // Not usable while pending.
        QCOMPARE(
            graph->send(templateSend(customer, u"visita_completada"_s, u"es"_s, {u"a"_s, u"b"_s}))
                .errorCode(),
            132001);
        QTRY_COMPARE(templateUpdates().size(), 1);
        const QJsonObject update = templateUpdates().first();
        QCOMPARE(update.value("event"_L1).toString(), u"APPROVED"_s);
        QCOMPARE(QString::number(update.value("message_template_id"_L1).toInteger()), id);
        QCOMPARE(update.value("message_template_name"_L1).toString(), u"visita_completada"_s);
        QCOMPARE(update.value("message_template_language"_L1).toString(), u"es"_s);
        QCOMPARE(update.value("reason"_L1).toString(), u"NONE"_s);
        // The webhook entry is the WABA, like every other change.
        const QJsonObject entry =
            receiver->received.last().json().value("entry"_L1).toArray().first().toObject();
        QCOMPARE(entry.value("id"_L1).toString(), sim->config().wabaId);
        QVERIFY(entry.contains("time"_L1));
        // Approved: listed and sendable.
        const QJsonArray listed = graph->get(templatesPath() + u"?name=visita_completada"_s)
                                      .json()
                                      .value("data"_L1)
                                      .toArray();
        QCOMPARE(listed.first().toObject().value("status"_L1).toString(), u"APPROVED"_s);
        QCOMPARE(
            graph->send(templateSend(customer, u"visita_completada"_s, u"es"_s, {u"a"_s, u"b"_s}))
                .status,
            200);
    }

    void createErrorsAndRejection()
    {
        QJsonObject dup{{u"name"_s, u"tecnico_en_camino"_s},
                        {u"language"_s, u"es"_s},
                        {u"category"_s, u"UTILITY"_s},
                        {u"components"_s,
                         QJsonArray{QJsonObject{{u"type"_s, u"BODY"_s}, {u"text"_s, u"x"_s}}}}};
        Reply r = graph->post(templatesPath(), dup);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), 100);
        QCOMPARE(r.error().value("error_subcode"_L1).toInt(), 2388024);
        dup.insert(u"name"_s, u"Bad Name!"_s);
        QCOMPARE(graph->post(templatesPath(), dup).errorCode(), 100);
        dup.insert(u"name"_s, u"sin_cuerpo"_s);
        dup.insert(u"components"_s, QJsonArray());
        QCOMPARE(graph->post(templatesPath(), dup).errorCode(), 100);

        sim->setNextTemplateReview(u"REJECTED"_s, u"INVALID_FORMAT"_s);
        dup.insert(u"components"_s,
                   QJsonArray{QJsonObject{{u"type"_s, u"BODY"_s}, {u"text"_s, u"{{1}}"_s}}});
        r = graph->post(templatesPath(), dup);
        QCOMPARE(r.status, 200);
        QTRY_COMPARE(templateUpdates().size(), 1);
        QCOMPARE(templateUpdates().first().value("event"_L1).toString(), u"REJECTED"_s);
        QCOMPARE(templateUpdates().first().value("reason"_L1).toString(), u"INVALID_FORMAT"_s);
        QCOMPARE(sim->templates().find(u"sin_cuerpo"_s, u"es"_s)->rejectedReason,
                 u"INVALID_FORMAT"_s);
    }

    void statusChangesPostWebhooks()
    {
        QVERIFY(sim->setTemplateStatus(u"confirmacion_cita"_s, u"en"_s, u"PAUSED"_s));
        QTRY_COMPARE(templateUpdates().size(), 1);
        QCOMPARE(templateUpdates().first().value("event"_L1).toString(), u"PAUSED"_s);
        QCOMPARE(graph
                     ->send(templateSend(customer, u"confirmacion_cita"_s, u"en"_s,
                                         {u"a"_s, u"b"_s, u"c"_s}))
                     .errorCode(),
                 132015);
        QVERIFY(!sim->setTemplateStatus(u"nope"_s, u"es"_s, u"PAUSED"_s));
    }

    void deleteTemplate()
    {
        QNetworkAccessManager nam;
        QUrl url = sim->graphUrl(templatesPath());
        url.setQuery(u"name=promo_mantenimiento"_s);
        QCOMPARE(call(nam, "DELETE", url, {}, "test-token").json(),
                 (QJsonObject{{u"success"_s, true}}));
        QVERIFY(!sim->templates().find(u"promo_mantenimiento"_s, u"es"_s));
        QCOMPARE(call(nam, "DELETE", url, {}, "test-token").errorCode(), 100);
    }
};

QTEST_GUILESS_MAIN(TestMetasimTemplates)
#include "tst_metasim_templates.moc"
