// SPDX-License-Identifier: GPL-3.0-or-later
// The client cache: schema, conversations (filters, keyset paging, seq guard), messages
// (thread paging, status only forward, outbox rows), outbox, events applied in order.
#include "core/sync/CacheSchema.h"
#include "core/sync/EventApplier.h"
#include "core/sync/LocalCache.h"
#include "core/sync/Outbox.h"
#include "core/sync/RelayApi.h"

#include "core/protocol/JsonCodec.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace recado::sync;
using namespace recado::domain;

namespace {
Conversation conv(qint64 id, const QString &name, qint64 minutesAgo, qint64 seq = 1)
{
    Conversation c;
    c.id = id;
    c.customerName = name;
    c.phone = QStringLiteral("+5215512345%1").arg(id, 3, 10, QLatin1Char('0'));
    c.lastPreview = QStringLiteral("preview %1").arg(id);
    c.lastMessageAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    c.seq = seq;
    return c;
}

Message msg(qint64 id, qint64 conversationId, qint64 secsAgo, const QString &text)
{
    Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.text = text;
    m.wamid = QStringLiteral("wamid.%1").arg(id);
    m.timestamp = QDateTime::currentDateTimeUtc().addSecs(-secsAgo);
    m.status = DeliveryStatus::Delivered;
    return m;
}

Event makeEvent(qint64 seq, const QString &type, const QJsonObject &payload)
{
    Event e;
    e.seq = seq;
    e.type = type;
    e.payload = payload;
    e.createdAt = QDateTime::currentDateTimeUtc();
    return e;
}
} // namespace

class TestLocalCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_n));
        QVERIFY2(m_cache.open(m_path), qPrintable(m_cache.lastError()));
    }
    void cleanup() { m_cache.close(); }

    void schemaVersionIsSet()
    {
        {
            QSqlDatabase db = m_cache.database();
            QCOMPARE(CacheSchema::version(db), CacheSchema::kVersion);
        }
        // Reopening an up-to-date cache is a no-op.
        m_cache.close();
        QVERIFY(m_cache.open(m_path));
    }

    void migratesVersion1Caches()
    {
        // A cache written by schema 1 (no unread index) with data in it.
        Conversation c = conv(1, QStringLiteral("Ana"), 1);
        c.unreadCount = 4;
        QVERIFY(m_cache.conversations().upsert(c));
        QSqlQuery q(m_cache.database());
        QVERIFY(q.exec(QStringLiteral("DROP INDEX conv_unread")));
        // Schema 3's columns (message media and reactions, outbox kinds and attachments).
        for (const char *drop :
             {"messages DROP COLUMN media", "messages DROP COLUMN reactions",
              "outbox DROP COLUMN kind", "outbox DROP COLUMN content",
              "outbox DROP COLUMN attachment", "outbox DROP COLUMN attachment_mime",
              "outbox DROP COLUMN attachment_name"})
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE ") + QLatin1String(drop)),
                     qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        q.finish();
        m_cache.close();

        QVERIFY2(m_cache.open(m_path), qPrintable(m_cache.lastError()));
        QSqlDatabase db = m_cache.database();
        QCOMPARE(CacheSchema::version(db), CacheSchema::kVersion);
        QSqlQuery plan(db);
        QVERIFY(plan.exec(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'conv_unread'")));
        QVERIFY(plan.next());
        QCOMPARE(plan.value(0).toInt(), 1);
        QCOMPARE(m_cache.conversations().totalUnread(), 4);
        QCOMPARE(m_cache.conversations().get(1)->customerName, QStringLiteral("Ana"));
    }

    void refusesNewerSchema()
    {
        QSqlQuery(m_cache.database()).exec(QStringLiteral("PRAGMA user_version = 99"));
        m_cache.close();
        QVERIFY(!m_cache.open(m_path));
        QVERIFY(m_cache.lastError().contains(QLatin1String("newer")));
    }

    void conversationFiltersAndPaging()
    {
        auto &t = m_cache.conversations();
        for (int i = 1; i <= 30; ++i) {
            Conversation c = conv(i, QStringLiteral("Cliente %1").arg(i), 100 - i);
            c.status = i % 3 == 0 ? ConversationStatus::Archived : ConversationStatus::Active;
            c.assignee = i % 2 == 0 ? QStringLiteral("ana") : QString();
            QVERIFY2(t.upsert(c), qPrintable(t.lastError()));
        }
        ConversationFilter all;
        all.status.reset();
        QCOMPARE(t.count(all), 30);
        // Newest first, keyset paging continues exactly after the last row.
        const auto first = t.page(all, std::nullopt, 10);
        QCOMPARE(first.size(), 10);
        QCOMPARE(first.first().id, 30);
        const auto second = t.page(all, ConversationKey::of(first.last()), 10);
        QCOMPARE(second.first().id, 20);

        ConversationFilter mineActive;
        mineActive.assignee = ConversationFilter::Assignee::Mine;
        mineActive.me = QStringLiteral("ana");
        const auto mine = t.page(mineActive, std::nullopt, 100);
        for (const auto &c : mine) {
            QCOMPARE(c.assignee, QStringLiteral("ana"));
            QVERIFY(c.status == ConversationStatus::Active);
            QVERIFY(mineActive.matches(c));
        }
        QCOMPARE(mine.size(), t.count(mineActive));
        QCOMPARE(mine.size(), 10); // even ids not divisible by 3

        ConversationFilter unassignedArchived;
        unassignedArchived.status = ConversationStatus::Archived;
        unassignedArchived.assignee = ConversationFilter::Assignee::Unassigned;
        QCOMPARE(t.count(unassignedArchived), 5); // 3, 9, 15, 21, 27
    }

    void searchIsCaseAndAccentConsistent()
    {
        auto &t = m_cache.conversations();
        QVERIFY(t.upsert(conv(1, QStringLiteral("JOSÉ Ñúñez"), 5)));
        QVERIFY(t.upsert(conv(2, QStringLiteral("María"), 4)));
        ConversationFilter f;
        f.text = QStringLiteral("josé ñ");
        const auto rows = t.page(f, std::nullopt, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, 1);
        QVERIFY(f.matches(rows.first()));
        f.text = QStringLiteral("5512345002"); // phone digits
        QCOMPARE(t.page(f, std::nullopt, 10).size(), 1);
        QVERIFY(!f.matches(*t.get(1)));
    }

    void olderSeqNeverRollsBack()
    {
        auto &t = m_cache.conversations();
        Conversation c = conv(7, QStringLiteral("Ana"), 1, 10);
        c.assignee = QStringLiteral("luis");
        QVERIFY(t.upsert(c));
        Conversation stale = c;
        stale.seq = 9;
        stale.assignee.clear();
        ConversationTable::Change change;
        QVERIFY(t.upsert(stale, &change));
        QCOMPARE(change, ConversationTable::Change::None);
        QCOMPARE(t.get(7)->assignee, QStringLiteral("luis"));
    }

    void keepsEveryKindAcrossRestart()
    {
        // Kind, Meta's content, the relay's media record and the reactions all survive a
        // restart, so a thread renders fully offline.
        Message m;
        m.id = 77;
        m.conversationId = 1;
        m.wamid = QStringLiteral("wamid.IMG");
        m.kind = QStringLiteral("image");
        m.text = QStringLiteral("[Photo]: la fuga");
        m.content =
            QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                        {QStringLiteral("image"),
                         QJsonObject{{QStringLiteral("caption"), QStringLiteral("la fuga")},
                                     {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")}}},
                        {QStringLiteral("referral"),
                         QJsonObject{{QStringLiteral("headline"), QStringLiteral("Promo")}}}};
        m.media = QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")},
                              {QStringLiteral("url"), QStringLiteral("/api/media/77")},
                              {QStringLiteral("size"), 1234}};
        m.reactions = QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("customer")},
                                             {QStringLiteral("emoji"), QStringLiteral("👍")}}};
        m.forwarded = true;
        m.timestamp = QDateTime::currentDateTimeUtc();
        QVERIFY(m_cache.messages().upsert(m));
        recado::sync::OutboxEntry e;
        e.clientId = QStringLiteral("c-1");
        e.conversationId = 1;
        e.createdAt = QDateTime::currentDateTimeUtc();
        e.kind = QStringLiteral("document");
        e.content =
            QJsonObject{{QStringLiteral("document"),
                         QJsonObject{{QStringLiteral("caption"), QStringLiteral("factura")}}}};
        e.attachmentPath = QStringLiteral("/tmp/x");
        e.attachmentMime = QStringLiteral("application/pdf");
        e.attachmentName = QStringLiteral("factura.pdf");
        QVERIFY(m_cache.outbox().add(e));
        m_cache.close();
        QVERIFY(m_cache.open(m_path));

        const auto page = m_cache.messages().pageBefore(1, std::nullopt, 10);
        QCOMPARE(page.size(), 1);
        const Message &got = page.first().message;
        QCOMPARE(got.kind, m.kind);
        QCOMPARE(got.content, m.content);
        QCOMPARE(got.media, m.media);
        QCOMPARE(got.reactions, m.reactions);
        QVERIFY(got.forwarded);
        const auto entry = m_cache.outbox().get(QStringLiteral("c-1"));
        QVERIFY(entry);
        QCOMPARE(entry->kind, e.kind);
        QCOMPARE(entry->content, e.content);
        QCOMPARE(entry->attachmentPath, e.attachmentPath);
        QCOMPARE(entry->attachmentMime, e.attachmentMime);
        QCOMPARE(entry->attachmentName, e.attachmentName);
    }

    void threadPagingBackwards()
    {
        auto &m = m_cache.messages();
        for (int i = 1; i <= 250; ++i)
            QVERIFY(m.upsert(msg(i, 1, 1000 - i, QStringLiteral("m%1").arg(i))));
        QVERIFY(m.upsert(msg(1000, 2, 5, QStringLiteral("other thread"))));
        const auto newest = m.pageBefore(1, std::nullopt, 100);
        QCOMPARE(newest.size(), 100);
        QCOMPARE(newest.first().message.text, QStringLiteral("m151")); // oldest first
        QCOMPARE(newest.last().message.text, QStringLiteral("m250"));
        const auto older = m.pageBefore(1, MessageTable::keyOf(newest.first()), 100);
        QCOMPARE(older.last().message.text, QStringLiteral("m150"));
        const auto oldest = m.pageBefore(1, MessageTable::keyOf(older.first()), 100);
        QCOMPARE(oldest.size(), 50);
        QCOMPARE(m.oldestRelayId(1), 1);
        QCOMPARE(m.count(1), 250);
    }

    void replyQuoteIsJoined()
    {
        auto &m = m_cache.messages();
        QVERIFY(m.upsert(msg(1, 1, 100, QStringLiteral("¿Tienen cita el lunes?"))));
        Message reply = msg(2, 1, 50, QStringLiteral("Sí, a las 10"));
        reply.direction = Direction::Outbound;
        reply.replyToWamid = QStringLiteral("wamid.1");
        CachedMessage stored;
        QVERIFY(m.upsert(reply, &stored));
        QCOMPARE(stored.quotedText, QStringLiteral("¿Tienen cita el lunes?"));
        QVERIFY(!stored.quotedOutbound);
    }

    void statusOnlyMovesForward()
    {
        auto &m = m_cache.messages();
        Message out = msg(5, 1, 10, QStringLiteral("hola"));
        out.direction = Direction::Outbound;
        out.status = DeliveryStatus::Read;
        QVERIFY(m.upsert(out));
        out.status = DeliveryStatus::Delivered; // late webhook
        CachedMessage stored;
        QVERIFY(m.upsert(out, &stored));
        QVERIFY(stored.message.status == DeliveryStatus::Read);

        Message failed = msg(6, 1, 5, QStringLiteral("x"));
        failed.status = DeliveryStatus::Failed;
        failed.errorCode = 131047;
        QVERIFY(m.upsert(failed));
        failed.status = DeliveryStatus::Queued; // retried on the relay
        failed.errorCode = 0;
        QVERIFY(m.upsert(failed, &stored));
        QVERIFY(stored.message.status == DeliveryStatus::Queued);
    }

    void outboxRowBecomesRelayMessage()
    {
        RelayApi api; // never called: the outbox stays offline
        Outbox outbox(&m_cache, &api);
        const auto pending =
            outbox.enqueue(3, QStringLiteral("Voy en camino"), {}, QStringLiteral("ana"));
        QVERIFY(pending);
        QVERIFY(pending->message.status == DeliveryStatus::Pending);
        QVERIFY(!pending->message.clientId.isEmpty());
        QCOMPARE(m_cache.outbox().pending().size(), 1);

        // Survives closing and reopening the cache (a client restart).
        m_cache.close();
        QVERIFY(m_cache.open(m_path));
        QCOMPARE(m_cache.outbox().pending().size(), 1);
        QCOMPARE(m_cache.outbox().pending().first().clientId, pending->message.clientId);

        // The relay's copy (from the stream or the POST answer) replaces the row, no duplicate.
        Message relayCopy = msg(77, 3, 0, QStringLiteral("Voy en camino"));
        relayCopy.clientId = pending->message.clientId;
        relayCopy.direction = Direction::Outbound;
        relayCopy.status = DeliveryStatus::Queued;
        CachedMessage stored;
        QVERIFY(m_cache.messages().upsert(relayCopy, &stored));
        QCOMPARE(stored.localId, pending->localId);
        QCOMPARE(stored.message.id, 77);
        QCOMPARE(m_cache.messages().count(3), 1);
    }

    void eventsApplyInOrderOnce()
    {
        EventApplier applier(&m_cache);
        QSignalSpy convSpy(&applier, &EventApplier::conversationChanged);
        QSignalSpy msgSpy(&applier, &EventApplier::messageChanged);
        QSignalSpy inbound(&applier, &EventApplier::newInboundMessage);

        Conversation c = conv(1, QStringLiteral("Ana"), 0, 1);
        const Message m = msg(10, 1, 0, QStringLiteral("Hola"));
        c.seq = 1;
        const Event e1 = makeEvent(1, QStringLiteral("message.new"),
                                   {{QStringLiteral("message"), recado::protocol::toJson(m)},
                                    {QStringLiteral("conversation"), recado::protocol::toJson(c)}});
        QCOMPARE(applier.apply(e1, true), EventApplier::Outcome::Applied);
        QCOMPARE(m_cache.lastSeq(), 1);
        QCOMPARE(convSpy.size(), 1);
        QCOMPARE(msgSpy.size(), 1);
        QCOMPARE(inbound.size(), 1);
        // A replay changes nothing.
        QCOMPARE(applier.apply(e1, true), EventApplier::Outcome::Skipped);
        QCOMPARE(msgSpy.size(), 1);

        Message delivered = m;
        delivered.status = DeliveryStatus::Read;
        QVERIFY(applier.applyAll(
            {makeEvent(2, QStringLiteral("message.updated"),
                       {{QStringLiteral("message"), recado::protocol::toJson(delivered)}}),
             // update of a message older than the cached tail: ignored
             makeEvent(3, QStringLiteral("message.updated"),
                       {{QStringLiteral("message"),
                         recado::protocol::toJson(msg(3, 1, 900, QStringLiteral("old")))}})},
            false));
        QCOMPARE(m_cache.lastSeq(), 3);
        QCOMPARE(m_cache.messages().count(1), 1);
        QVERIFY(m_cache.messages().pageBefore(1, std::nullopt, 5).first().message.status ==
                DeliveryStatus::Read);
        QCOMPARE(inbound.size(), 1); // catch-up never notifies
    }

    void resyncKeepsOutbox()
    {
        RelayApi api;
        Outbox outbox(&m_cache, &api);
        QVERIFY(m_cache.messages().upsert(msg(1, 1, 10, QStringLiteral("relay"))));
        QVERIFY(outbox.enqueue(1, QStringLiteral("mine"), {}, {}));
        QVERIFY(m_cache.clearForResync());
        const auto rows = m_cache.messages().pageBefore(1, std::nullopt, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().message.text, QStringLiteral("mine"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
    LocalCache m_cache;
};

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_localcache.moc"
