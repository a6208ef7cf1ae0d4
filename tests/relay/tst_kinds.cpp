// SPDX-License-Identifier: GPL-3.0-or-later
// Every inbound kind the simulator plays arrives with all of Meta's fields and is served as
// such; reactions show on their target; a number change moves the contact; unsupported messages
// carry Meta's explanation.
#include "MediaTestKit.h"

#include "core/whatsapp/PhoneNumber.h"

using namespace recado;

class TestKinds : public QObject
{
    Q_OBJECT

    test::MediaKit kit;
    int customer = 0;

    QString nextCustomer()
    {
        return QStringLiteral("55119700%1").arg(++customer, 5, 10, QLatin1Char('0'));
    }

    //! Sends `spec` from a customer; returns (served message, the message object Meta sent).
    QPair<QJsonObject, QJsonObject> roundTrip(const QString &waId, const QJsonObject &spec)
    {
        const QString wamid = kit.sim().sendCustomerMessage(waId, spec, QStringLiteral("Cliente"));
        const QJsonObject sent = kit.lastWebhookMessage();
        const qint64 id = kit.messageId(wamid);
        return {kit.served(id), sent};
    }

    //! Agent sends a text and waits until Meta accepted it; returns its wamid.
    QString agentSends(qint64 conversation, const QString &text)
    {
        static int n = 0;
        const QJsonObject m =
            kit.api
                ->post(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(conversation),
                       QJsonObject{
                           {QStringLiteral("client_id"), QStringLiteral("kinds-text-%1").arg(++n)},
                           {QStringLiteral("text"), text}})
                .json()[QStringLiteral("message")]
                .toObject();
        QString wamid;
        (void)QTest::qWaitFor(
            [&] {
                wamid = kit.served(m[QStringLiteral("id")].toInteger())[QStringLiteral("wamid")]
                            .toString();
                return !wamid.isEmpty();
            },
            8000);
        return wamid;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(kit.start()); }

    void everyInboundKindKeepsEveryField_data()
    {
        QTest::addColumn<QJsonObject>("spec");
        QTest::addColumn<QString>("text");
        auto o = [](const char *json) { return QJsonDocument::fromJson(json).object(); };
        QTest::newRow("text") << o(R"({"type":"text","body":"Hola, mi lavadora no enciende"})")
                              << "Hola, mi lavadora no enciende";
        QTest::newRow("location")
            << o(R"({"type":"location","latitude":19.4326,"longitude":-99.1332,"location_name":"Casa","address":"Av. Reforma 222, CDMX","url":"https:\/\/maps.example/x"})")
            << "[Location] Casa";
        QTest::newRow("contacts")
            << o(R"({"type":"contacts","formatted_name":"Técnico Juan Pérez","phone":"+52 55 1234 5678"})")
            << "[Contact] Técnico Juan Pérez";
        QTest::newRow("interactive button_reply")
            << o(R"({"type":"interactive","id":"resched","title":"Reprogramar"})") << "Reprogramar";
        QTest::newRow("interactive list_reply")
            << o(R"({"type":"interactive","reply_type":"list_reply","id":"slot-2","title":"Mañana 9-12","description":"Técnico disponible"})")
            << "Mañana 9-12";
        QTest::newRow("order") << o(R"({"type":"order"})") << "[Order]";
        QTest::newRow("forwarded text")
            << o(R"({"type":"text","body":"Mire esto","frequently_forwarded":true})")
            << "Mire esto";
        QTest::newRow("text from an ad")
            << o(R"({"type":"text","body":"Quiero info del anuncio","referral":true})")
            << "Quiero info del anuncio";
        QTest::newRow("image from an ad")
            << o(R"({"type":"image","caption":"¿Esta pieza?","referral":{"headline":"Repuestos"}})")
            << "[Photo]: ¿Esta pieza?";
    }

    void everyInboundKindKeepsEveryField()
    {
        QFETCH(QJsonObject, spec);
        QFETCH(QString, text);
        const auto [served, sent] = roundTrip(nextCustomer(), spec);
        QVERIFY(!sent.isEmpty());
        QCOMPARE(served[QStringLiteral("kind")].toString(),
                 sent[QStringLiteral("type")].toString());
        QCOMPARE(served[QStringLiteral("text")].toString(), text);
        QCOMPARE(served[QStringLiteral("direction")].toString(), QStringLiteral("in"));
        // The whole message object Meta sent, every field, is served back.
        QCOMPARE(served[QStringLiteral("content")].toObject(), sent);
        if (sent[QStringLiteral("context")][QStringLiteral("forwarded")].toBool() ||
            sent[QStringLiteral("context")][QStringLiteral("frequently_forwarded")].toBool())
            QCOMPARE(served[QStringLiteral("forwarded")].toBool(), true);
        else
            QVERIFY(!served.contains(QStringLiteral("forwarded")));
        if (spec.contains(QStringLiteral("referral")))
            QCOMPARE(served[QStringLiteral("content")][QStringLiteral("referral")]
                           [QStringLiteral("source_type")]
                               .toString(),
                     QStringLiteral("ad"));
    }

    void quotedRepliesPointAtTheQuotedMessage()
    {
        const QString waId = nextCustomer();
        const auto [first, sent1] =
            roundTrip(waId, QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                        {QStringLiteral("body"), QStringLiteral("¿Vienen hoy?")}});
        const qint64 conversation = first[QStringLiteral("conversation_id")].toInteger();
        const QString ours = agentSends(conversation, QStringLiteral("¿Le sirve a las 4?"));
        QVERIFY(!ours.isEmpty());
        const auto [reply, sent2] =
            roundTrip(waId, QJsonObject{{QStringLiteral("type"), QStringLiteral("button")},
                                        {QStringLiteral("text"), QStringLiteral("Sí, a las 4")},
                                        {QStringLiteral("payload"), QStringLiteral("CONFIRM_4PM")},
                                        {QStringLiteral("reply_to"), ours}});
        QCOMPARE(reply[QStringLiteral("reply_to")].toString(), ours);
        QCOMPARE(reply[QStringLiteral("kind")].toString(), QStringLiteral("button"));
        QCOMPARE(reply[QStringLiteral("text")].toString(), QStringLiteral("Sí, a las 4"));
        QCOMPARE(reply[QStringLiteral("content")].toObject(), sent2);
        QCOMPARE(
            reply[QStringLiteral("content")][QStringLiteral("button")][QStringLiteral("payload")]
                .toString(),
            QStringLiteral("CONFIRM_4PM"));
    }

    void reactionsShowOnTheirTarget()
    {
        const QString waId = nextCustomer();
        const auto [first, sent] =
            roundTrip(waId, QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                        {QStringLiteral("body"), QStringLiteral("Gracias")}});
        const qint64 conversation = first[QStringLiteral("conversation_id")].toInteger();
        const QString ours = agentSends(conversation, QStringLiteral("El técnico llega a las 4"));
        const qint64 target = kit.messageId(ours);

        // The reaction is kept as sent, and its target announced with the new summary.
        bool keptAsSent = true;
        auto react = [&](const QString &emoji) -> QJsonObject {
            const qint64 seq = kit.lastSeq();
            const auto [reaction, raw] =
                roundTrip(waId, QJsonObject{{QStringLiteral("type"), QStringLiteral("reaction")},
                                            {QStringLiteral("message_id"), ours},
                                            {QStringLiteral("emoji"), emoji}});
            keptAsSent = keptAsSent && reaction[QStringLiteral("content")].toObject() == raw &&
                         reaction[QStringLiteral("kind")].toString() == QLatin1String("reaction");
            const auto updates = kit.eventsFor(seq, QStringLiteral("message.updated"), target);
            return updates.isEmpty()
                       ? QJsonObject()
                       : updates.last()[QStringLiteral("payload")][QStringLiteral("message")]
                             .toObject();
        };

        QJsonObject updated = react(QStringLiteral("👍"));
        QCOMPARE(updated[QStringLiteral("reactions")].toArray().size(), 1);
        QCOMPARE(updated[QStringLiteral("reactions")][0][QStringLiteral("emoji")].toString(),
                 QStringLiteral("👍"));
        QCOMPARE(updated[QStringLiteral("reactions")][0][QStringLiteral("from")].toString(),
                 QStringLiteral("customer"));
        QCOMPARE(kit.served(target)[QStringLiteral("reactions")],
                 updated[QStringLiteral("reactions")]);

        updated = react(QStringLiteral("❤️"));
        QCOMPARE(updated[QStringLiteral("reactions")].toArray().size(), 1); // changed, not added
        QCOMPARE(updated[QStringLiteral("reactions")][0][QStringLiteral("emoji")].toString(),
                 QStringLiteral("❤️"));

        updated = react(QString()); // removed
        QVERIFY(!updated.isEmpty());
        QVERIFY(updated[QStringLiteral("reactions")].toArray().isEmpty());
        QVERIFY(!kit.served(target).contains(QStringLiteral("reactions")));
        QVERIFY(keptAsSent);
    }

    void aNumberChangeMovesTheContact()
    {
        const QString oldId = QStringLiteral("5215588001100");
        const QString newId = QStringLiteral("5215588001199");
        const auto [first, sent1] =
            roundTrip(oldId, QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                         {QStringLiteral("body"), QStringLiteral("Hola")}});
        const qint64 conversation = first[QStringLiteral("conversation_id")].toInteger();
        const auto [system, sent2] =
            roundTrip(oldId, QJsonObject{{QStringLiteral("type"), QStringLiteral("system")},
                                         {QStringLiteral("new_wa_id"), newId}});
        QCOMPARE(system[QStringLiteral("kind")].toString(), QStringLiteral("system"));
        QCOMPARE(system[QStringLiteral("content")].toObject(), sent2);
        QCOMPARE(system[QStringLiteral("conversation_id")].toInteger(), conversation);
        const QJsonObject c =
            kit.api->get(QStringLiteral("/api/whatsapp/conversations/%1").arg(conversation))
                .json()[QStringLiteral("conversation")]
                .toObject();
        QCOMPARE(c[QStringLiteral("wa_id")].toString(), newId);
        QCOMPARE(c[QStringLiteral("phone")].toString(),
                 whatsapp::toE164(newId)); // +52 55..., the old mobile 1 dropped
        // The customer now writes from the new number: same conversation, and replies go there.
        const auto [later, sent3] = roundTrip(
            newId, QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                               {QStringLiteral("body"), QStringLiteral("Ya cambié de número")}});
        QCOMPARE(later[QStringLiteral("conversation_id")].toInteger(), conversation);
        const QString wamid = agentSends(conversation, QStringLiteral("Anotado"));
        QCOMPARE(kit.sim().sentMessage(wamid)->waId, newId);
    }

    void unsupportedCarriesMetasExplanation()
    {
        const auto [served, sent] = roundTrip(
            nextCustomer(),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("unsupported")},
                        {QStringLiteral("unsupported_type"), QStringLiteral("poll_creation")}});
        QCOMPARE(served[QStringLiteral("kind")].toString(), QStringLiteral("unsupported"));
        QCOMPARE(served[QStringLiteral("content")].toObject(), sent);
        QCOMPARE(served[QStringLiteral("error")][QStringLiteral("code")].toInt(), 131051);
        QCOMPARE(served[QStringLiteral("error")][QStringLiteral("title")].toString(),
                 QStringLiteral("Message type unknown"));
        QCOMPARE(served[QStringLiteral("error")][QStringLiteral("details")].toString(),
                 QStringLiteral("Message type is currently not supported."));
    }
};

QTEST_GUILESS_MAIN(TestKinds)
#include "tst_kinds.moc"
