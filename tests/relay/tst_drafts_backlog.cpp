// SPDX-License-Identifier: GPL-3.0-or-later
// The drafts backlog bound (RECADO_AI_BACKLOG): when more customer messages arrive at once than
// may wait for a draft, the newest are drafted and the rest go undrafted, so a drafter slower
// than ingest cannot make the relay hold contexts without end; /metrics counts the messages left
// undrafted. Once the backlog has drained, messages are drafted again. The drafts' own database
// connection opens with the first message to draft (on PostgreSQL: one server process more
// only from then on).
#include "DraftsTestKit.h"
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

    //! One figure of the relay's /metrics (-1 when missing).
    qint64 metric(const QByteArray &name)
    {
        HttpClient http(fx.relayUrl());
        for (const QByteArray &line : http.get(QStringLiteral("/metrics")).body.split('\n')) {
            if (line.startsWith(name + ' '))
                return line.mid(name.size() + 1).toLongLong();
        }
        return -1;
    }

    //! PostgreSQL: server processes connected to the test's database (0 on SQLite).
    int backends()
    {
        if (fx.relay()->database().dialect() != relay::Dialect::Postgres)
            return 0;
        return scalar(fx, QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity "
                                         "WHERE datname = current_database()"))
            .toInt();
    }

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
        QCOMPARE(metric("recado_drafts_skipped_total"), 0);
        const int backendsBefore = backends();
        const QByteArray body = loadgen::webhookBody(0, 1, kMessages, 0);
        HttpClient http(fx.relayUrl());
        QCOMPARE(http.postWebhook(body, RelayFixture::kAppSecret).status, 200);
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
        QCOMPARE(metric("recado_drafts_skipped_total"), kMessages - kBacklog);
        QCOMPARE(metric("recado_drafts_backlog"), 0);
        // The drafts' connection opened for this burst (PostgreSQL shows it as a process).
        if (backendsBefore > 0)
            QCOMPARE(backends(), backendsBefore + 1);
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
