// SPDX-License-Identifier: GPL-3.0-or-later
// Agents send a location, contact cards, reply buttons, lists, a call-to-action link, reactions
// and quoted replies: each checked against Meta's limits with a clear 400, each reaching the
// simulator as the exact Graph body, all under the 24-hour window rule.
#include "MediaTestKit.h"

using namespace recado;

class TestKindsOutbound : public QObject
{
    Q_OBJECT

    test::MediaKit kit;
    const QString waId = QStringLiteral("5491155001122");
    qint64 conversation = 0;
    QString customerWamid; //!< the customer's first message
    int sends = 0;

    test::HttpResult send(const QString &kind, const QJsonValue &object,
                          const QString &replyTo = {}, qint64 to = 0)
    {
        QJsonObject body{{QStringLiteral("client_id"), QStringLiteral("kind-send-%1").arg(++sends)},
                         {QStringLiteral("kind"), kind},
                         {QStringLiteral("content"), QJsonObject{{kind, object}}}};
        if (!replyTo.isEmpty())
            body.insert(QStringLiteral("reply_to"), replyTo);
        return kit.api->post(
            QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(to ? to : conversation),
            body);
    }

    QJsonObject graphBodyOf(const test::HttpResult &r)
    {
        const qint64 id = r.json()[QStringLiteral("message")][QStringLiteral("id")].toInteger();
        QString wamid;
        (void)QTest::qWaitFor(
            [&] {
                wamid = kit.served(id)[QStringLiteral("wamid")].toString();
                return !wamid.isEmpty();
            },
            8000);
        const auto sent = kit.sim().sentMessage(wamid);
        return sent ? sent->body : QJsonObject();
    }

    QJsonObject graphBody(const QString &kind, const QJsonValue &object,
                          const QString &replyTo = {})
    {
        QJsonObject b{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                      {QStringLiteral("recipient_type"), QStringLiteral("individual")},
                      {QStringLiteral("to"), waId},
                      {QStringLiteral("type"), kind},
                      {kind, object}};
        if (!replyTo.isEmpty())
            b.insert(QStringLiteral("context"),
                     QJsonObject{{QStringLiteral("message_id"), replyTo}});
        return b;
    }

    static QJsonObject json(const char *text) { return QJsonDocument::fromJson(text).object(); }

    static QJsonObject buttons(int count, int titleLength = 8)
    {
        QJsonArray list;
        for (int i = 0; i < count; ++i)
            list.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("reply")},
                {QStringLiteral("reply"),
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("b%1").arg(i)},
                             {QStringLiteral("title"),
                              QString(titleLength - 1, QLatin1Char('x')) + QString::number(i)}}}});
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("button")},
            {QStringLiteral("body"),
             QJsonObject{{QStringLiteral("text"), QStringLiteral("¿Qué horario le acomoda?")}}},
            {QStringLiteral("action"), QJsonObject{{QStringLiteral("buttons"), list}}}};
    }

    static QJsonObject listOf(const QList<int> &rowsPerSection, int rowTitleLength = 10)
    {
        QJsonArray sections;
        int n = 0;
        for (int s = 0; s < rowsPerSection.size(); ++s) {
            QJsonArray rows;
            for (int r = 0; r < rowsPerSection[s]; ++r, ++n)
                rows.append(QJsonObject{
                    {QStringLiteral("id"), QStringLiteral("row-%1").arg(n)},
                    {QStringLiteral("title"),
                     QString(rowTitleLength - 2, QLatin1Char('t')) +
                         QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'))},
                    {QStringLiteral("description"), QStringLiteral("Técnico disponible")}});
            sections.append(
                QJsonObject{{QStringLiteral("title"), QStringLiteral("Día %1").arg(s + 1)},
                            {QStringLiteral("rows"), rows}});
        }
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("list")},
            {QStringLiteral("header"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                         {QStringLiteral("text"), QStringLiteral("Horarios")}}},
            {QStringLiteral("body"),
             QJsonObject{
                 {QStringLiteral("text"), QStringLiteral("Elija un horario para la visita")}}},
            {QStringLiteral("footer"),
             QJsonObject{{QStringLiteral("text"), QStringLiteral("Servicio técnico")}}},
            {QStringLiteral("action"),
             QJsonObject{{QStringLiteral("button"), QStringLiteral("Ver horarios")},
                         {QStringLiteral("sections"), sections}}}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kit.start());
        customerWamid = kit.sim().sendCustomerMessage(
            waId,
            QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("body"), QStringLiteral("Necesito una visita")}},
            QStringLiteral("Lucía"));
        const qint64 first = kit.messageId(customerWamid);
        QVERIFY(first);
        conversation = kit.conversationOf(first);
    }

    void everyKindReachesGraphExactly_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonValue>("object");
        QTest::newRow("location")
            << QStringLiteral("location")
            << QJsonValue(json(
                   R"({"latitude":-34.6037,"longitude":-58.3816,"name":"Sucursal Centro","address":"Av. Corrientes 1234, CABA"})"));
        QTest::newRow("contact card")
            << QStringLiteral("contacts")
            << QJsonValue(
                   QJsonDocument::fromJson(
                       R"([{"name":{"formatted_name":"Técnico Juan Pérez","first_name":"Juan","last_name":"Pérez"}, "phones":[{"phone":"+54 9 11 5555 0000","type":"WORK","wa_id":"5491155550000"}], "org":{"company":"Servicio Técnico"}}])")
                       .array());
        QTest::newRow("reply buttons")
            << QStringLiteral("interactive") << QJsonValue(buttons(3, 20));
        QTest::newRow("list of 10 rows")
            << QStringLiteral("interactive") << QJsonValue(listOf({4, 6}, 24));
        QTest::newRow("call to action")
            << QStringLiteral("interactive")
            << QJsonValue(json(
                   R"({"type":"cta_url","body":{"text":"Siga al técnico en el mapa"}, "action":{"name":"cta_url","parameters":{"display_text":"Ver ubicación","url":"https:\/\/example.com/track/1"}}})"));
        QTest::newRow("header image")
            << QStringLiteral("interactive")
            << QJsonValue(json(
                   R"({"type":"button","header":{"type":"image","image":{"link":"https:\/\/example.com/p.jpg"}}, "body":{"text":"¿Es esta la pieza?"},"action":{"buttons":[{"type":"reply","reply":{"id":"si","title":"Sí"}}]}})"));
    }

    void everyKindReachesGraphExactly()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonValue, object);
        const test::HttpResult r = send(kind, object);
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json()[QStringLiteral("message")][QStringLiteral("content")][kind], object);
        QCOMPARE(graphBodyOf(r), graphBody(kind, object));
    }

    void quotedReplyCarriesContext()
    {
        const QJsonValue text =
            QJsonObject{{QStringLiteral("latitude"), 1.5}, {QStringLiteral("longitude"), 2.5}};
        const test::HttpResult r = send(QStringLiteral("location"), text, customerWamid);
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json()[QStringLiteral("message")][QStringLiteral("reply_to")].toString(),
                 customerWamid);
        QCOMPARE(graphBodyOf(r), graphBody(QStringLiteral("location"), text, customerWamid));
        // Plain text quotes too.
        const test::HttpResult t = kit.api->post(
            QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(conversation),
            QJsonObject{{QStringLiteral("client_id"), QStringLiteral("quote-text")},
                        {QStringLiteral("text"), QStringLiteral("Sobre esto:")},
                        {QStringLiteral("reply_to"), customerWamid}});
        QCOMPARE(t.status, 202);
        QCOMPARE(graphBodyOf(t)[QStringLiteral("context")][QStringLiteral("message_id")].toString(),
                 customerWamid);
        // Only messages of this conversation can be quoted.
        const test::HttpResult bad =
            send(QStringLiteral("location"), text, QStringLiteral("wamid.not-here"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("invalid_reply_to"));
    }

    void reactionReachesGraphAndShowsOnTheTarget()
    {
        const qint64 target = kit.messageId(customerWamid);
        const qint64 seq = kit.lastSeq();
        const QJsonObject reaction{{QStringLiteral("message_id"), customerWamid},
                                   {QStringLiteral("emoji"), QStringLiteral("🙏")}};
        const test::HttpResult r = send(QStringLiteral("reaction"), reaction);
        QCOMPARE(r.status, 202);
        QCOMPARE(graphBodyOf(r), graphBody(QStringLiteral("reaction"), reaction));
        const QJsonArray shown = kit.served(target)[QStringLiteral("reactions")].toArray();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown[0][QStringLiteral("from")].toString(), QStringLiteral("business"));
        QCOMPARE(shown[0][QStringLiteral("emoji")].toString(), QStringLiteral("🙏"));
        QCOMPARE(shown[0][QStringLiteral("author")].toString(), QStringLiteral("ana"));
        QVERIFY(!kit.eventsFor(seq, QStringLiteral("message.updated"), target).isEmpty());
        // Removing it: empty emoji.
        const QJsonObject removal{{QStringLiteral("message_id"), customerWamid},
                                  {QStringLiteral("emoji"), QString()}};
        const test::HttpResult rm = send(QStringLiteral("reaction"), removal);
        QCOMPARE(rm.status, 202);
        QCOMPARE(graphBodyOf(rm), graphBody(QStringLiteral("reaction"), removal));
        QVERIFY(!kit.served(target).contains(QStringLiteral("reactions")));
    }

    void invalidContentIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonValue>("object");
        QTest::addColumn<QString>("replyTo");
        QTest::addColumn<QString>("says");
        QJsonObject longBody = buttons(2);
        longBody[QStringLiteral("body")] =
            QJsonObject{{QStringLiteral("text"), QString(1025, QLatin1Char('a'))}};
        QJsonObject duplicate = buttons(2);
        QJsonArray dupButtons =
            duplicate[QStringLiteral("action")][QStringLiteral("buttons")].toArray();
        dupButtons[1] = dupButtons[0];
        duplicate[QStringLiteral("action")] = QJsonObject{{QStringLiteral("buttons"), dupButtons}};
        QJsonObject twoUnnamedSections = listOf({2, 2});
        QJsonObject action = twoUnnamedSections[QStringLiteral("action")].toObject();
        QJsonArray sections = action[QStringLiteral("sections")].toArray();
        QJsonObject s0 = sections[0].toObject();
        s0.remove(QStringLiteral("title"));
        sections[0] = s0;
        action[QStringLiteral("sections")] = sections;
        twoUnnamedSections[QStringLiteral("action")] = action;

        QTest::newRow("4 buttons") << QStringLiteral("interactive") << QJsonValue(buttons(4))
                                   << QString() << QStringLiteral("1 to 3 buttons");
        QTest::newRow("button title 21")
            << QStringLiteral("interactive") << QJsonValue(buttons(2, 21)) << QString()
            << QStringLiteral("at most 20");
        QTest::newRow("button body 1025") << QStringLiteral("interactive") << QJsonValue(longBody)
                                          << QString() << QStringLiteral("at most 1024");
        QTest::newRow("duplicate buttons") << QStringLiteral("interactive") << QJsonValue(duplicate)
                                           << QString() << QStringLiteral("unique");
        QTest::newRow("11 rows") << QStringLiteral("interactive") << QJsonValue(listOf({5, 6}))
                                 << QString() << QStringLiteral("at most 10 rows");
        QTest::newRow("row title 25")
            << QStringLiteral("interactive") << QJsonValue(listOf({2}, 25)) << QString()
            << QStringLiteral("at most 24");
        QTest::newRow("untitled section")
            << QStringLiteral("interactive") << QJsonValue(twoUnnamedSections) << QString()
            << QStringLiteral("title is required");
        QTest::newRow("unknown interactive")
            << QStringLiteral("interactive") << QJsonValue(json(R"({"type":"carousel"})"))
            << QString() << QStringLiteral("button");
        QTest::newRow("header upload")
            << QStringLiteral("interactive")
            << QJsonValue(json(
                   R"({"type":"button","header":{"type":"image","image":{"upload_id":"up_x"}},"body":{"text":"x"},"action":{"buttons":[{"type":"reply","reply":{"id":"a","title":"A"}}]}})"))
            << QString() << QStringLiteral("not an upload_id");
        QTest::newRow("latitude 91")
            << QStringLiteral("location") << QJsonValue(json(R"({"latitude":91,"longitude":0})"))
            << QString() << QStringLiteral("-90 and 90");
        QTest::newRow("latitude as text")
            << QStringLiteral("location") << QJsonValue(json(R"({"latitude":"1","longitude":0})"))
            << QString() << QStringLiteral("numbers");
        QTest::newRow("contact without name")
            << QStringLiteral("contacts")
            << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("phones"), QJsonArray{}}}})
            << QString() << QStringLiteral("formatted_name");
        QTest::newRow("contact with only formatted_name")
            << QStringLiteral("contacts")
            << QJsonValue(
                   QJsonDocument::fromJson(R"([{"name":{"formatted_name":"Juan"}}])").array())
            << QString() << QStringLiteral("first_name");
        QTest::newRow("no contacts") << QStringLiteral("contacts") << QJsonValue(QJsonArray{})
                                     << QString() << QStringLiteral("at least one");
        QTest::newRow("reaction with words")
            << QStringLiteral("reaction")
            << QJsonValue(json(R"({"message_id":"wamid.x","emoji":"ok"})")) << QString()
            << QStringLiteral("single emoji");
        QTest::newRow("reaction quoting")
            << QStringLiteral("reaction")
            << QJsonValue(json(R"({"message_id":"wamid.x","emoji":"👍"})"))
            << QStringLiteral("wamid.y") << QStringLiteral("cannot quote");
        QTest::newRow("reaction to a stranger")
            << QStringLiteral("reaction")
            << QJsonValue(json(R"({"message_id":"wamid.unknown","emoji":"👍"})")) << QString()
            << QStringLiteral("this conversation");
    }

    void invalidContentIsRefusedWithTheReason()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonValue, object);
        QFETCH(QString, replyTo);
        QFETCH(QString, says);
        const int sent = int(kit.sim().sentMessages().size());
        const test::HttpResult r = send(kind, object, replyTo);
        QCOMPARE(r.status, 400);
        const QString message =
            r.json()[QStringLiteral("error")][QStringLiteral("message")].toString();
        QVERIFY2(message.contains(says), qPrintable(message));
        QTest::qWait(50);
        QCOMPARE(kit.sim().sentMessages().size(), sent);
    }

    void reactionsAreFreeFormMessages()
    {
        // A customer who wrote 25 hours ago: free-form messages, reactions included, need a
        // template.
        const QString late = QStringLiteral("5491155009988");
        const QString wamid = kit.sim().sendCustomerMessage(
            late, QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("body"), QStringLiteral("hola")}});
        const qint64 id = kit.messageId(wamid);
        const qint64 other = kit.conversationOf(id);
        {
            QSqlQuery q(kit.fx.relay()->database().db());
            QVERIFY(
                q.exec(QStringLiteral("UPDATE conversations SET last_inbound_at = %1 WHERE id = %2")
                           .arg(QDateTime::currentMSecsSinceEpoch() - 25LL * 3600 * 1000)
                           .arg(other)));
        }
        const test::HttpResult r = send(QStringLiteral("reaction"),
                                        QJsonObject{{QStringLiteral("message_id"), wamid},
                                                    {QStringLiteral("emoji"), QStringLiteral("👍")}},
                                        {}, other);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("window_closed"));
        QCOMPARE(send(QStringLiteral("interactive"), buttons(2), {}, other).status, 422);
    }
};

QTEST_GUILESS_MAIN(TestKindsOutbound)
#include "tst_kinds_outbound.moc"
