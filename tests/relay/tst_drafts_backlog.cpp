// SPDX-License-Identifier: GPL-3.0-or-later
// The drafts backlog bound (RECADO_AI_BACKLOG): when more customer messages arrive at once than
// may wait for a draft, the newest are drafted and the rest go undrafted, so a drafter slower
// than ingest cannot make the relay hold contexts without end. Once the backlog has drained,
// messages are drafted again.
#include "DraftsTestKit.h"
#include "core/whatsapp/WebhookSignature.h"
#include "relay/RelayConfig.h"
#include "tools/loadgen/WebhookLoad.h"

#include <QTest>

using namespace recado;
using namespace recado::test::drafts;
using test::HttpClient;
using test::RelayFixture;

namespace {
constexpr int kBacklog = 3;
constexpr int kMessages = 10;
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
        // Ten messages from one customer in one webhook: stored in one batch, they reach the
        // drafts service together.
        const QByteArray body = loadgen::webhookBody(0, 1, kMessages, 0);
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
