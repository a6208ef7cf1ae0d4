// SPDX-License-Identifier: GPL-3.0-or-later
// AI drafts with two relay processes on one PostgreSQL: customers' messages alternate between
// the instances, so both draft the same conversations at the same time. Every message gets
// exactly one draft, each conversation ends with exactly one pending draft (the newest
// message's), every other one is superseded once, and the event log stays gap-free. A draft
// made by one instance is approved through the other.
// Runs in the PostgreSQL pass (RECADO_TEST_DATABASE set); skipped otherwise.
#include "CustomerWebhook.h"
#include "HttpClient.h"
#include "RelayProcess.h"
#include "relay/store/Database.h"
#include "tools/metasim/MetaSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace recado;
using test::HttpClient;
using test::RelayProcess;

namespace {

const QByteArray kSecret = "drafts-scaleout-secret";
constexpr int kCustomers = 4;
constexpr int kMessagesEach = 10;

QByteArray webhook(const QString &from, const QString &wamid, const QString &text)
{
    return test::customerTextWebhookBody({from, wamid, text});
}

int post(const QUrl &relay, const QByteArray &body)
{
    return HttpClient(relay).postWebhook(body, kSecret).status;
}

} // namespace

class TestDraftsScaleOut : public QObject
{
    Q_OBJECT

    test::RelayPair relays;
    relay::Database db;

    qint64 count(const QString &sql)
    {
        QSqlQuery q(db.db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString base = qEnvironmentVariable("RECADO_TEST_DATABASE");
        if (!base.startsWith(QLatin1String("postgresql://")))
            QSKIP("multi-instance tests need PostgreSQL (scripts/test.sh runs them in its "
                  "PostgreSQL pass)");
        const QString failed = relays.start(base, kSecret);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QString error;
        QVERIFY2(db.open(relays.databaseUrl, &error), qPrintable(error));
    }

    void bothInstancesDraftTheSameConversations()
    {
        const qint64 firstSeq = count(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events"));
        const int total = kCustomers * kMessagesEach;
        for (int i = 0; i < total; ++i) {
            const QUrl target = i % 2 ? relays.b->url() : relays.a->url();
            const QString from = QStringLiteral("52155200000%1").arg(i % kCustomers);
            QCOMPARE(post(target, webhook(from, QStringLiteral("wamid.dso%1").arg(i),
                                          i % 3 ? QStringLiteral("¿Cuál es su horario?")
                                                : QStringLiteral("Hola"))),
                     200);
        }
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT COUNT(*) FROM drafts")),
                                  qint64(total), 20000);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT message_id) FROM drafts")),
                 qint64(total));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM drafts WHERE status = 'pending'")),
                 qint64(kCustomers));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM drafts WHERE status = 'superseded'")),
                 qint64(total - kCustomers));
        // The pending draft answers the conversation's newest message.
        QCOMPARE(
            count(QStringLiteral(
                "SELECT COUNT(*) FROM drafts d WHERE d.status = 'pending' AND d.message_id = "
                "(SELECT MAX(m.id) FROM messages m WHERE m.conversation_id = d.conversation_id)")),
            qint64(kCustomers));
        // Each supersession is recorded once.
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM draft_decisions WHERE action = 'supersede'")),
                 qint64(total - kCustomers));
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM (SELECT draft_id FROM draft_decisions GROUP BY draft_id "
                     "HAVING COUNT(*) > 1) x")),
                 qint64(0));
        // Both instances' events interleave without a gap.
        const qint64 lastSeq = count(QStringLiteral("SELECT MAX(seq) FROM events"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events WHERE seq > %1").arg(firstSeq)),
                 lastSeq - firstSeq);
        QCOMPARE(count(QStringLiteral(
                           "SELECT COUNT(*) FROM events WHERE type = 'draft.new' AND seq > %1")
                           .arg(firstSeq)),
                 qint64(total));
    }

    void approveThroughTheOtherInstance()
    {
        HttpClient onB(relays.b->url());
        onB.signIn(QStringLiteral("ana"), QStringLiteral("password-ana"));
        const qint64 id =
            count(QStringLiteral("SELECT MIN(id) FROM drafts WHERE status = 'pending'"));
        QVERIFY(id > 0);
        const auto r = onB.post(QStringLiteral("/api/drafts/%1/approve").arg(id),
                                {{QStringLiteral("client_id"), QStringLiteral("dso-approve")}});
        QCOMPARE(r.status, 202);
        const QString text = r.json()[QStringLiteral("draft")][QStringLiteral("text")].toString();
        auto sent = [&] {
            const auto messages = relays.sim->sentMessages();
            return std::any_of(messages.cbegin(), messages.cend(), [&](const auto &m) {
                return m.body.value(QStringLiteral("text"))
                           .toObject()
                           .value(QStringLiteral("body"))
                           .toString() == text;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(sent(), 10000);
    }
};

QTEST_MAIN(TestDraftsScaleOut)
#include "tst_drafts_scaleout.moc"
