// SPDX-License-Identifier: GPL-3.0-or-later
// The list and thread models over a real cache, checked by QAbstractItemModelTester while live
// changes arrive.
#include "core/sync/LocalCache.h"
#include "core/sync/SyncEngine.h"
#include "ui/ConversationListModel.h"
#include "ui/ThreadModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace recado;
using namespace recado::domain;
using recado::sync::ConversationFilter;
using recado::sync::ConversationKey;
using recado::ui::ConversationListModel;
using recado::ui::ThreadModel;

namespace {
const QDateTime kBase = QDateTime(QDate(2025, 11, 3), QTime(12, 0), Qt::UTC);

Conversation conv(qint64 id, qint64 minute)
{
    Conversation c;
    c.id = id;
    c.customerName = QStringLiteral("Cliente %1").arg(id);
    c.phone = QStringLiteral("+52155%1").arg(id, 8, 10, QLatin1Char('0'));
    c.lastMessageAt = kBase.addSecs(60 * minute);
    c.lastInboundAt = c.lastMessageAt;
    c.assignee = id % 2 ? QStringLiteral("ana") : QString();
    c.seq = 1;
    return c;
}

Message msg(qint64 id, qint64 conversationId, qint64 minute)
{
    Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.text = QStringLiteral("m%1").arg(id);
    m.timestamp = kBase.addSecs(60 * minute);
    m.wamid = QStringLiteral("wamid.%1").arg(id);
    return m;
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_engine = std::make_unique<sync::SyncEngine>();
        QVERIFY(m_engine->openCache(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_n))));
        m_engine->setAccount(QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("t"),
                             Agent{QStringLiteral("ana"), QStringLiteral("Ana"), Role::Agent});
    }
    void cleanup() { m_engine.reset(); }

    void listPagesAndFollowsLiveChanges()
    {
        auto *cache = m_engine->cache();
        cache->begin();
        for (int i = 1; i <= 1000; ++i)
            QVERIFY(cache->conversations().upsert(conv(i, i)));
        QVERIFY(cache->commit());

        ConversationListModel model(m_engine.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ConversationFilter all;
        all.status.reset();
        all.me = QStringLiteral("ana");
        model.setFilter(all);
        QCOMPARE(model.rowCount(), ConversationListModel::kPageSize);
        QCOMPARE(model.idAt(0), 1000);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ConversationListModel::kPageSize);
        QCOMPARE(model.totalCount(), 1000);

        // A new message in an old conversation moves it to the top.
        Conversation c = conv(900, 2000);
        c.seq = 2;
        c.unreadCount = 3;
        apply(c);
        QCOMPARE(model.idAt(0), 900);
        QCOMPARE(model.data(model.index(0), ConversationListModel::UnreadRole).toInt(), 3);
        checkSortedPrefix(model);

        // A brand-new conversation appears at the top.
        apply(conv(5000, 3000));
        QCOMPARE(model.idAt(0), 5000);
        // The tester fetched every page by now, so the oldest change lands at the end.
        QVERIFY(!model.canFetchMore({}));
        apply(conv(6000, -5));
        QCOMPARE(model.rowOf(6000), model.rowCount() - 1);
        // Moving a row downwards inside the loaded range.
        Conversation down = conv(999, 700);
        apply(down);
        QCOMPARE(model.rowOf(999), model.rowOf(700) - 1); // same time, higher id first
        checkSortedPrefix(model);

        // Filter: mine and active. Archiving one of mine removes it.
        ConversationFilter mine;
        mine.assignee = ConversationFilter::Assignee::Mine;
        mine.me = QStringLiteral("ana");
        model.setFilter(mine);
        QVERIFY(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.data(model.index(r), ConversationListModel::AssigneeRole).toString(),
                     QStringLiteral("ana"));
        Conversation archived = *model.conversationAt(0);
        archived.status = ConversationStatus::Archived;
        archived.seq = 5;
        const qint64 gone = archived.id;
        apply(archived);
        QCOMPARE(model.rowOf(gone), -1);

        // Unassigned: a conversation assigned away leaves, one unassigned arrives.
        ConversationFilter unassigned;
        unassigned.assignee = ConversationFilter::Assignee::Unassigned;
        model.setFilter(unassigned);
        const qint64 first = model.idAt(0);
        Conversation taken = *model.conversationAt(0);
        taken.assignee = QStringLiteral("luis");
        apply(taken);
        QCOMPARE(model.rowOf(first), -1);

        // Text search happens in SQL.
        ConversationFilter search;
        search.status.reset();
        search.text = QStringLiteral("cliente 77");
        model.setFilter(search);
        QCOMPARE(model.rowCount(), 11); // 77, 770..779
    }

    void changesBelowLoadedRowsWaitForFetchMore()
    {
        auto *cache = m_engine->cache();
        cache->begin();
        for (int i = 1; i <= 1000; ++i)
            QVERIFY(cache->conversations().upsert(conv(i, i)));
        QVERIFY(cache->commit());
        ConversationListModel model(m_engine.get()); // no tester: it would fetch every page
        ConversationFilter all;
        all.status.reset();
        model.setFilter(all);
        QCOMPARE(model.rowCount(), ConversationListModel::kPageSize);
        apply(conv(6000, -5));
        QCOMPARE(model.rowOf(6000), -1);
        // A loaded row that sinks below the loaded range leaves; fetchMore brings it back.
        Conversation old = conv(1000, -10);
        apply(old);
        QCOMPARE(model.rowOf(1000), -1);
        QCOMPARE(model.rowCount(), ConversationListModel::kPageSize - 1);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1001);
        QCOMPARE(model.idAt(1000), 1000);
        QCOMPARE(model.idAt(999), 6000);
        checkSortedPrefix(model);
    }

    void windowMarkers()
    {
        const QDateTime now = kBase;
        Conversation c = conv(1, 0);
        c.lastInboundAt = now.addSecs(-23 * 3600);
        QCOMPARE(ConversationListModel::windowState(c, now),
                 ConversationListModel::WindowState::ClosingSoon);
        c.lastInboundAt = now.addSecs(-25 * 3600);
        QCOMPARE(ConversationListModel::windowState(c, now),
                 ConversationListModel::WindowState::Closed);
        c.lastInboundAt = now.addSecs(-3600);
        QCOMPARE(ConversationListModel::windowState(c, now),
                 ConversationListModel::WindowState::Open);
        c.lastInboundAt = {};
        QCOMPARE(ConversationListModel::windowState(c, now),
                 ConversationListModel::WindowState::Unknown);
    }

    void threadGrowsBackwardsAndFollowsLiveMessages()
    {
        auto *cache = m_engine->cache();
        QVERIFY(cache->conversations().upsert(conv(1, 0)));
        cache->begin();
        // 250 messages, 2 per day-ish so day separators vary.
        for (int i = 1; i <= 250; ++i)
            QVERIFY(cache->messages().upsert(msg(i, 1, i * 700)));
        QVERIFY(cache->commit());

        ThreadModel model(m_engine.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(1);
        QCOMPARE(model.rowCount(), ThreadModel::kFirstPage);
        QCOMPARE(model.data(model.index(model.rowCount() - 1), ThreadModel::BodyRole).toString(),
                 QStringLiteral("m250"));
        QSignalSpy older(&model, &ThreadModel::olderRowsInserted);
        QCOMPARE(model.fetchOlder(), ThreadModel::kPageSize);
        QCOMPARE(model.fetchOlder(), ThreadModel::kPageSize);
        QCOMPARE(model.fetchOlder(), 250 - ThreadModel::kFirstPage - 2 * ThreadModel::kPageSize);
        QCOMPARE(older.size(), 3);
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.data(model.index(0), ThreadModel::BodyRole).toString(),
                 QStringLiteral("m1"));
        for (int r = 1; r < model.rowCount(); ++r) {
            const auto a = model.data(model.index(r - 1), ThreadModel::TimestampRole).toDateTime();
            const auto b = model.data(model.index(r), ThreadModel::TimestampRole).toDateTime();
            QVERIFY(a <= b);
            const bool newDay = a.toLocalTime().date() != b.toLocalTime().date();
            QCOMPARE(
                !model.data(model.index(r), ThreadModel::DaySeparatorRole).toString().isEmpty(),
                newDay);
        }
        QVERIFY(!model.data(model.index(0), ThreadModel::DaySeparatorRole).toString().isEmpty());

        // The cache is exhausted but the relay may have more: the model asks the engine, which
        // fails here (no relay) and the model stops waiting.
        QVERIFY(model.canFetchOlder());
        QSignalSpy loading(&model, &ThreadModel::loadingOlderChanged);
        QCOMPARE(model.fetchOlder(), 0);
        QVERIFY(model.loadingOlder());
        QTRY_VERIFY(!model.loadingOlder());

        // A message typed now appears at the bottom as pending, then turns into the relay's.
        model.setOnline(false);
        const auto pending = m_engine->sendText(1, QStringLiteral("Voy en camino"));
        QVERIFY(pending);
        QCOMPARE(model.rowCount(), 251);
        const QModelIndex last = model.index(250);
        QCOMPARE(last.data(ThreadModel::BodyRole).toString(), QStringLiteral("Voy en camino"));
        QVERIFY(last.data(ThreadModel::OutboundRole).toBool());
        QCOMPARE(last.data(ThreadModel::StatusRole).toInt(), int(DeliveryStatus::Pending));
        QCOMPARE(last.data(ThreadModel::StatusTextRole).toString(),
                 QStringLiteral("Waiting for connection"));

        Message accepted = pending->message;
        accepted.id = 9999;
        accepted.status = DeliveryStatus::Failed;
        accepted.errorCode = 131026;
        sync::CachedMessage stored;
        QVERIFY(cache->messages().upsert(accepted, &stored));
        Q_EMIT m_engine->messageChanged(stored);
        QCOMPARE(model.rowCount(), 251);
        QVERIFY(model.index(250)
                    .data(ThreadModel::FailureRole)
                    .toString()
                    .contains(QLatin1String("could not deliver")));

        // An inbound message in another conversation does not touch this thread.
        sync::CachedMessage other;
        QVERIFY(cache->messages().upsert(msg(10000, 2, 999999), &other));
        Q_EMIT m_engine->messageChanged(other);
        QCOMPARE(model.rowCount(), 251);
    }

    void replyQuotes()
    {
        auto *cache = m_engine->cache();
        QVERIFY(cache->messages().upsert(msg(1, 1, 0)));
        Message reply = msg(2, 1, 1);
        reply.direction = Direction::Outbound;
        reply.replyToWamid = QStringLiteral("wamid.1");
        QVERIFY(cache->messages().upsert(reply));
        Message orphan = msg(3, 1, 2);
        orphan.replyToWamid = QStringLiteral("wamid.not-cached");
        QVERIFY(cache->messages().upsert(orphan));
        ThreadModel model(m_engine.get());
        model.setConversation(1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(ThreadModel::QuoteRole).toString(), QString());
        QCOMPARE(model.index(1).data(ThreadModel::QuoteRole).toString(), QStringLiteral("m1"));
        QCOMPARE(model.index(2).data(ThreadModel::QuoteRole).toString(),
                 QStringLiteral("Reply to an earlier message"));
    }

    void placeholdersForEveryKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("image") << "image"
                               << "Photo";
        QTest::newRow("video") << "video"
                               << "Video";
        QTest::newRow("audio") << "audio"
                               << "Audio";
        QTest::newRow("document") << "document"
                                  << "Document";
        QTest::newRow("sticker") << "sticker"
                                 << "Sticker";
        QTest::newRow("location") << "location"
                                  << "Location";
        QTest::newRow("contacts") << "contacts"
                                  << "Contact card";
        QTest::newRow("interactive") << "interactive"
                                     << "Interactive reply";
        QTest::newRow("template") << "template"
                                  << "Template message";
        QTest::newRow("unknown") << "unsupported"
                                 << "cannot show";
    }
    void placeholdersForEveryKind()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        auto *cache = m_engine->cache();
        Message m = msg(1, 1, 0);
        m.kind = kind;
        m.text.clear();
        QVERIFY(cache->messages().upsert(m));
        ThreadModel model(m_engine.get());
        model.setConversation(1);
        QVERIFY(model.index(0).data(ThreadModel::KindLabelRole).toString().contains(expected));
    }

private:
    void apply(Conversation c)
    {
        c.seq = ++m_seq;
        QVERIFY(m_engine->cache()->conversations().upsert(c));
        Q_EMIT m_engine->conversationChanged(c);
    }

    void checkSortedPrefix(const ConversationListModel &model)
    {
        for (int r = 1; r < model.rowCount(); ++r) {
            QVERIFY(ConversationKey::of(*model.conversationAt(r - 1))
                        .before(ConversationKey::of(*model.conversationAt(r))));
        }
        // The loaded rows are exactly the head of the SQL order.
        const auto head = m_engine->conversations(model.filter(), std::nullopt, model.rowCount());
        QCOMPARE(head.size(), model.rowCount());
        for (int r = 0; r < head.size(); ++r)
            QCOMPARE(head.at(r).id, model.idAt(r));
    }

    QTemporaryDir m_dir;
    int m_n = 0;
    qint64 m_seq = 10;
    std::unique_ptr<sync::SyncEngine> m_engine;
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
