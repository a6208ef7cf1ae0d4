// SPDX-License-Identifier: GPL-3.0-or-later
// The wire format is written straight to bytes (protocol::JsonWriter) and the object form is read
// back from them. Messages, conversations and events survive the round trip with every field
// set and with text that needs escaping, and the bytes are what QJsonDocument writes for the
// same object (keys sorted), so the relay's stored payloads did not change shape.
#include "core/protocol/JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace recado;

namespace {
const QString kAwkward =
    QStringLiteral("Línea 1\n\"comillas\" \\ barra\t¿cuándo? 👷🏽‍♂️ ação") +
    QChar(0x01) + QChar(0x1f) + QStringLiteral("/fin");

domain::Message fullMessage()
{
    domain::Message m;
    m.id = 9007199254740; // beyond 32 bits
    m.conversationId = 77;
    m.wamid = QStringLiteral("wamid.HBgN\"x\"");
    m.clientId = QStringLiteral("c-1");
    m.direction = domain::Direction::Outbound;
    m.kind = QStringLiteral("image");
    m.text = kAwkward;
    m.content = QJsonObject{{QStringLiteral("caption"), kAwkward},
                            {QStringLiteral("nested"), QJsonObject{{QStringLiteral("n"), 3}}}};
    m.status = domain::DeliveryStatus::Failed;
    m.timestamp = QDateTime::fromMSecsSinceEpoch(1764000000123, Qt::UTC);
    m.replyToWamid = QStringLiteral("wamid.prev");
    m.forwarded = true;
    m.author = QStringLiteral("maría");
    m.errorCode = 131047;
    m.errorTitle = QStringLiteral("Re-engagement message");
    m.errorDetails = kAwkward;
    m.media = QJsonObject{{QStringLiteral("state"), QStringLiteral("ready")}};
    m.reactions = QJsonArray{QJsonObject{{QStringLiteral("emoji"), QStringLiteral("👍")}}};
    return m;
}

domain::Conversation fullConversation()
{
    domain::Conversation c;
    c.id = 12;
    c.contactId = 34;
    c.customerName = kAwkward;
    c.phone = QStringLiteral("+525512345678");
    c.waId = QStringLiteral("5215512345678");
    c.userId = QStringLiteral("MX.1");
    c.status = domain::ConversationStatus::Archived;
    c.assignee = QStringLiteral("ana");
    c.serviceRequestId = QStringLiteral("SR-1");
    c.unreadCount = 5;
    c.lastPreview = kAwkward;
    c.lastMessageAt = QDateTime::fromMSecsSinceEpoch(1764000000123, Qt::UTC);
    c.lastInboundAt = QDateTime::fromMSecsSinceEpoch(1764000000000, Qt::UTC);
    c.language = QStringLiteral("es");
    c.seq = 99;
    return c;
}

QByteArray qtBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class JsonCodecTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void messageRoundTrip()
    {
        const domain::Message m = fullMessage();
        const domain::Message back = protocol::messageFromJson(protocol::toJson(m));
        QCOMPARE(back.id, m.id);
        QCOMPARE(back.conversationId, m.conversationId);
        QCOMPARE(back.wamid, m.wamid);
        QCOMPARE(back.clientId, m.clientId);
        QVERIFY(back.direction == m.direction);
        QCOMPARE(back.kind, m.kind);
        QCOMPARE(back.text, m.text);
        QCOMPARE(back.content, m.content);
        QVERIFY(back.status == m.status);
        QCOMPARE(back.timestamp, m.timestamp);
        QCOMPARE(back.replyToWamid, m.replyToWamid);
        QCOMPARE(back.forwarded, true);
        QCOMPARE(back.author, m.author);
        QCOMPARE(back.errorCode, m.errorCode);
        QCOMPARE(back.errorTitle, m.errorTitle);
        QCOMPARE(back.errorDetails, m.errorDetails);
        QCOMPARE(back.media, m.media);
        QCOMPARE(back.reactions, m.reactions);
    }

    void emptyFieldsAreLeftOut()
    {
        domain::Message m;
        m.id = 1;
        m.kind = QStringLiteral("text");
        const QJsonObject o = protocol::toJson(m);
        for (const char *absent : {"wamid", "client_id", "reply_to", "author", "content",
                                   "forwarded", "error", "media", "reactions"})
            QVERIFY2(!o.contains(QLatin1String(absent)), absent);
        QCOMPARE(o.value(QStringLiteral("timestamp")).toString(), QString());
        domain::Conversation c;
        const QJsonObject co = protocol::toJson(c);
        QVERIFY(co.value(QStringLiteral("assignee")).isNull());
        QVERIFY(co.value(QStringLiteral("service_request_id")).isNull());
        QVERIFY(!co.contains(QStringLiteral("user_id")));
        QVERIFY(!co.contains(QStringLiteral("language")));
    }

    void conversationRoundTrip()
    {
        const domain::Conversation c = fullConversation();
        const domain::Conversation back = protocol::conversationFromJson(protocol::toJson(c));
        QCOMPARE(back.id, c.id);
        QCOMPARE(back.contactId, c.contactId);
        QCOMPARE(back.customerName, c.customerName);
        QCOMPARE(back.phone, c.phone);
        QCOMPARE(back.waId, c.waId);
        QCOMPARE(back.userId, c.userId);
        QVERIFY(back.status == c.status);
        QCOMPARE(back.assignee, c.assignee);
        QCOMPARE(back.serviceRequestId, c.serviceRequestId);
        QCOMPARE(back.unreadCount, c.unreadCount);
        QCOMPARE(back.lastPreview, c.lastPreview);
        QCOMPARE(back.lastMessageAt, c.lastMessageAt);
        QCOMPARE(back.lastInboundAt, c.lastInboundAt);
        QCOMPARE(back.language, c.language);
        QCOMPARE(back.seq, c.seq);
    }

    void bytesAreWhatQtWrites()
    {
        // No control characters here: Qt and the writer may spell their escapes differently.
        domain::Message m = fullMessage();
        m.text = QStringLiteral("\"¿Llega hoy?\" \\ 👷");
        m.errorDetails = m.text;
        protocol::JsonWriter w;
        protocol::writeJson(w, m);
        QCOMPARE(w.bytes(), qtBytes(protocol::toJson(m)));
        QCOMPARE(w.bytes(), qtBytes(QJsonDocument::fromJson(w.bytes()).object()));

        domain::Conversation c = fullConversation();
        c.customerName = m.text;
        c.lastPreview = m.text;
        protocol::JsonWriter cw;
        protocol::writeJson(cw, c);
        QCOMPARE(cw.bytes(), qtBytes(QJsonDocument::fromJson(cw.bytes()).object()));
    }

    void anyObjectIsWrittenAsQtWritesIt()
    {
        // Message contents arrive as whatever Meta sent (numbers, nested arrays, nulls); they
        // are stored as the writer spells them, so it must spell them as QJsonDocument would.
        const QJsonObject parsed =
            QJsonDocument::fromJson(R"({"n":5,"big":9007199254740993,"d":0.1,"e":1e300,)"
                                    R"("neg":-2.5e-8,"whole":3.0,"list":[1,"x",null,true,)"
                                    R"([],{}],"o":{"z":false,"a":{"b":[{"c":-7}]}}})")
                .object();
        QVERIFY(!parsed.isEmpty());
        const QJsonObject built{
            {QStringLiteral("text"), QStringLiteral("\"¿Llega hoy?\" \\ 👷\n\tação")},
            {QStringLiteral("int"), qint64(1) << 40},
            {QStringLiteral("double"), 5.0},
            {QStringLiteral("fraction"), 2.0 / 3.0},
            {QStringLiteral("huge"), 1e18},
            {QStringLiteral("nothing"), QJsonValue::Null},
            {QStringLiteral("ñandú \"key\""), QJsonArray{1.5, QStringLiteral("s"), false}},
            {QStringLiteral("parsed"), parsed},
            {QStringLiteral("empty"), QJsonObject()}};
        for (const QJsonObject &o : {parsed, built, QJsonObject()})
            QCOMPARE(protocol::compactJson(o), QJsonDocument(o).toJson(QJsonDocument::Compact));
        const QJsonArray array{built, QJsonArray(), 0, -1, QStringLiteral("")};
        QCOMPARE(protocol::compactJson(array), QJsonDocument(array).toJson(QJsonDocument::Compact));

        // Inside an object being written, after a key, as the codec uses it.
        protocol::JsonWriter w;
        w.beginObject().key("a").value(built).key("b").value(array).key("c").value(1).endObject();
        const QJsonObject whole{
            {QStringLiteral("a"), built}, {QStringLiteral("b"), array}, {QStringLiteral("c"), 1}};
        QCOMPARE(w.bytes(), QJsonDocument(whole).toJson(QJsonDocument::Compact));
    }

    void loneSurrogatesStillMakeValidJson()
    {
        domain::Message m;
        m.kind = QStringLiteral("text");
        m.text = QStringLiteral("a") + QChar(0xd83d) + QStringLiteral("b") + QChar(0xdc4d) +
                 QStringLiteral("c👍");
        protocol::JsonWriter w;
        protocol::writeJson(w, m);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(w.bytes(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("text")).toString(),
                 QStringLiteral("a\uFFFDb\uFFFDc👍"));
    }

    void eventUsesTheStoredPayloadBytes()
    {
        domain::Event e;
        e.seq = 5;
        e.type = QStringLiteral("message.new");
        e.conversationId = 12;
        e.createdAt = QDateTime::fromMSecsSinceEpoch(1764000000123, Qt::UTC);
        protocol::JsonWriter payload;
        payload.beginObject().key("conversation");
        protocol::writeJson(payload, fullConversation());
        payload.key("message");
        protocol::writeJson(payload, fullMessage());
        e.payloadJson = payload.endObject().take();

        const domain::Event back = protocol::eventFromJson(protocol::toJson(e));
        QCOMPARE(back.seq, e.seq);
        QCOMPARE(back.type, e.type);
        QCOMPARE(back.conversationId, e.conversationId);
        QCOMPARE(back.createdAt, e.createdAt);
        const domain::Message m =
            protocol::messageFromJson(back.payload.value(QStringLiteral("message")).toObject());
        QCOMPARE(m.text, kAwkward);
        QCOMPARE(m.errorDetails, kAwkward);
        QCOMPARE(protocol::conversationFromJson(
                     back.payload.value(QStringLiteral("conversation")).toObject())
                     .customerName,
                 kAwkward);

        // Without bytes, the object is written.
        domain::Event plain = e;
        plain.payloadJson.clear();
        plain.payload = QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}};
        QCOMPARE(protocol::toJson(plain).value(QStringLiteral("payload")).toObject(),
                 plain.payload);
    }
};

QTEST_GUILESS_MAIN(JsonCodecTest)
#include "tst_jsoncodec.moc"
