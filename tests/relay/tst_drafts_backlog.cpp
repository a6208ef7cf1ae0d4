// SPDX-License-Identifier: GPL-3.0-or-later
// The drafts backlog bound (RECADO_AI_BACKLOG): when more customer messages arrive at once than
// may wait for a draft, the newest are drafted and the rest go undrafted, so a drafter slower
// than ingest cannot make the relay hold contexts without end. Once the backlog has drained,
// messages are drafted again.
#include "DraftsTestKit.h"
#include "core/whatsapp/WebhookSignature.h"
#include "relay/RelayConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace recado;
using namespace recado::test::drafts;
using test::HttpClient;
using test::RelayFixture;

namespace {
constexpr int kBacklog = 3;
constexpr int kMessages = 10;

//! One webhook carrying `count` text messages from `waId`: they are stored in one batch and
//! reach the drafts service together.
QByteArray webhookWith(const QString &waId, int count)
{
    QJsonArray messages;
    for (int i = 0; i < count; ++i) {
        messages.append(QJsonObject{
            {QStringLiteral("from"), waId},
            {QStringLiteral("id"), QStringLiteral("wamid.backlog.%1").arg(i)},
            {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"),
             QJsonObject{{QStringLiteral("body"),
                          QStringLiteral("¿A qué hora llega el técnico? (%1)").arg(i)}}}});
    }
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("contacts"),
         QJsonArray{QJsonObject{{QStringLiteral("wa_id"), waId},
                                {QStringLiteral("profile"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana")}}}}}},
        {QStringLiteral("messages"), messages}};
    const QJsonObject envelope{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QStringLiteral("1")},
             {QStringLiteral("changes"),
              QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                     {QStringLiteral("value"), value}}}}}}}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}
} // namespace

class TestDraftsBacklog : public QObject
{
    Q_OBJECT

    RelayFixture fx;

private Q_SLOTS:
    void initTestCase()
    {
        fx.config().draftBacklog = kBacklog;
        QVERIFY(fx.start());
    }

    void onlyTheNewestMessagesOfABurstAreDrafted()
    {
        const QByteArray body = webhookWith(QStringLiteral("5215512340001"), kMessages);
        HttpClient http(fx.relayUrl());
        QCOMPARE(http.postRaw(QStringLiteral("/webhook"), body,
                              {{"Content-Type", "application/json"},
                               {"X-Hub-Signature-256",
                                whatsapp::signatureHeader(body, RelayFixture::kAppSecret)}})
                     .status,
                 200);
        QCOMPARE(scalar(fx, QStringLiteral("SELECT COUNT(*) FROM messages")).toInt(), kMessages);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(fx, QStringLiteral("SELECT COUNT(*) FROM drafts")).toInt(),
                                  kBacklog, 5000);
        QTest::qWait(300); // nothing else is on its way
        QCOMPARE(scalar(fx, QStringLiteral("SELECT COUNT(*) FROM drafts")).toInt(), kBacklog);
        // The drafted ones are the newest: an agent answers those next.
        QCOMPARE(scalar(fx, QStringLiteral("SELECT MIN(message_id) FROM drafts")).toLongLong(),
                 scalar(fx, QStringLiteral("SELECT MAX(id) FROM messages")).toLongLong() -
                     (kBacklog - 1));
        QCOMPARE(scalar(fx, QStringLiteral("SELECT COUNT(*) FROM drafts WHERE status = 'pending'"))
                     .toInt(),
                 1);
    }

    void draftingResumesOnceTheBacklogHasDrained()
    {
        const Inbound in = customerWrites(fx, QStringLiteral("5215512340002"),
                                          QStringLiteral("¿Me pueden mandar la factura?"));
        QVERIFY(in.messageId > 0);
        QVERIFY(waitForDraft(fx, in.messageId) > 0);
    }
};

QTEST_GUILESS_MAIN(TestDraftsBacklog)
#include "tst_drafts_backlog.moc"
