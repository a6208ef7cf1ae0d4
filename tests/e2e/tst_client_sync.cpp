// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop client's sync core against a real relay and Meta simulator on loopback:
// catch-up after being offline, resync when the relay pruned its log, reconnect after a relay
// restart, the outbox surviving a client restart, and no message ever sent twice.
#include "core/sync/EventStream.h"
#include "core/sync/LocalCache.h"
#include "core/sync/MemoryTokenStore.h"
#include "core/sync/Outbox.h"
#include "core/sync/RelayApi.h"
#include "core/sync/Session.h"
#include "core/sync/SyncEngine.h"

#include "relay/Relay.h"
#include "relay/store/EventLog.h"
#include "tests/support/RelayFixture.h"
#include "tools/metasim/MetaSimulator.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace recado;
using namespace recado::domain;
using recado::sync::ApiResult;
using recado::sync::SyncEngine;

namespace {
constexpr int kWait = 15000;

QJsonObject text(const QString &body)
{
    return {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("body"), body}};
}
} // namespace

class TestClientSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_fx = std::make_unique<test::RelayFixture>();
        QVERIFY(m_fx->start());
        QVERIFY(
            m_fx->createUser(QStringLiteral("ana"), Role::Agent, QStringLiteral("ana-password")));
        QVERIFY(
            m_fx->createUser(QStringLiteral("luis"), Role::Agent, QStringLiteral("luis-password")));
        m_token = m_fx->login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QVERIFY(!m_token.isEmpty());
        m_cachePath = m_dir.filePath(QStringLiteral("client-%1.sqlite").arg(++m_n));
    }

    void cleanup() { m_fx.reset(); }

    void catchesUpAfterBeingOffline()
    {
        auto engine = newEngine();
        engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(engine->connection(), SyncEngine::Connection::Live, kWait);

        auto *sim = m_fx->simulator();
        QVERIFY(!sim->sendCustomerMessage(QStringLiteral("5215511110001"),
                                          text(QStringLiteral("Hola, ¿me ayudan?")),
                                          QStringLiteral("María López"))
                     .isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(engine->conversationCount(all()), 1, kWait);

        // Offline: the relay keeps changing.
        engine->stop();
        for (int i = 0; i < 5; ++i)
            sim->sendCustomerMessage(QStringLiteral("5215511110001"),
                                     text(QStringLiteral("mensaje %1").arg(i)));
        sim->sendCustomerMessage(QStringLiteral("5511999990002"), text(QStringLiteral("Olá!")),
                                 QStringLiteral("João Silva"));
        QTRY_COMPARE_WITH_TIMEOUT(sim->pendingWebhooks(), 0, kWait);
        const auto relayConvs = relayConversations(m_token);
        QCOMPARE(relayConvs.size(), 2);
        // Another agent takes one of them.
        const QString luis = m_fx->login(QStringLiteral("luis"), QStringLiteral("luis-password"));
        QVERIFY(call(luis, [&](sync::RelayApi &api, auto done) {
            api.assign(relayConvs.first().id, QStringLiteral("luis"), &api,
                       [done](const ApiResult &r, const Conversation &) { done(r); });
        }));

        engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(engine->connection(), SyncEngine::Connection::Live, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(convergedWithRelay(*engine), kWait);
        QCOMPARE(engine->cache()->lastSeq(), relayHead());

        // Opening a thread fetches its history; it matches the relay's, oldest first.
        const qint64 maria = conversationOf(*engine, QStringLiteral("María López"));
        // The events since the snapshot are cached already; what is older comes page by page
        // as the thread view asks for it.
        engine->openConversation(maria);
        QVERIFY(engine->messages(maria, std::nullopt, 100).size() >= 5);
        engine->fetchOlder(maria);
        QTRY_VERIFY_WITH_TIMEOUT(engine->historyComplete(maria), kWait);
        const auto cached = engine->messages(maria, std::nullopt, 100);
        QCOMPARE(cached.size(), 6);
        QCOMPARE(cached.first().message.text, QStringLiteral("Hola, ¿me ayudan?"));
        QCOMPARE(cached.last().message.text, QStringLiteral("mensaje 4"));
        // Opening it also marked it read on the relay.
        QTRY_COMPARE_WITH_TIMEOUT(relayConversation(maria).unreadCount, 0, kWait);
        QCOMPARE(engine->conversation(maria)->unreadCount, 0);
    }

    void resyncsWhenTheRelayPrunedItsLog()
    {
        auto engine = newEngine();
        engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(engine->connection(), SyncEngine::Connection::Live, kWait);
        auto *sim = m_fx->simulator();
        sim->sendCustomerMessage(QStringLiteral("5215511110001"), text(QStringLiteral("uno")),
                                 QStringLiteral("Ana Ruiz"));
        sim->sendCustomerMessage(QStringLiteral("5215511110002"), text(QStringLiteral("dos")),
                                 QStringLiteral("Beto Paz"));
        QTRY_COMPARE_WITH_TIMEOUT(engine->conversationCount(all()), 2, kWait);
        engine->stop();

        // While offline: one conversation gets new messages, then the relay drops old events.
        for (int i = 0; i < 4; ++i)
            sim->sendCustomerMessage(QStringLiteral("5215511110003"),
                                     text(QStringLiteral("nuevo %1").arg(i)),
                                     QStringLiteral("Carla Gil"));
        QTRY_COMPARE_WITH_TIMEOUT(sim->pendingWebhooks(), 0, kWait);
        relay::EventLog log(m_fx->relay()->database());
        QVERIFY(log.prune(1) > 0);
        QVERIFY(log.firstSeq() > engine->cache()->lastSeq() + 1);

        QSignalSpy reset(engine.get(), &SyncEngine::conversationsReset);
        engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(engine->connection(), SyncEngine::Connection::Live, kWait);
        QVERIFY(reset.size() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(convergedWithRelay(*engine), kWait);
        QCOMPARE(engine->cache()->lastSeq(), relayHead());
    }

    void reconnectsAfterRelayRestart()
    {
        auto engine = newEngine();
        engine->stream()->backoff() = sync::Backoff(100, 1000);
        engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(engine->connection(), SyncEngine::Connection::Live, kWait);

        QSignalSpy states(engine.get(), &SyncEngine::connectionChanged);
        QVERIFY(m_fx->restartRelay());
        QTRY_VERIFY_WITH_TIMEOUT(states.size() >= 2, kWait); // went offline and back
        QTRY_COMPARE_WITH_TIMEOUT(engine->connection(), SyncEngine::Connection::Live, kWait);

        // Live events flow again after the restart.
        m_fx->simulator()->sendCustomerMessage(QStringLiteral("5215511110009"),
                                               text(QStringLiteral("¿siguen ahí?")),
                                               QStringLiteral("Diego"));
        QTRY_COMPARE_WITH_TIMEOUT(engine->conversationCount(all()), 1, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(convergedWithRelay(*engine), kWait);
    }

    void outboxSurvivesAClientRestartAndSendsOnce()
    {
        auto *sim = m_fx->simulator();
        qint64 conversationId = 0;
        QString clientId;
        {
            auto engine = newEngine();
            engine->start();
            QTRY_COMPARE_WITH_TIMEOUT(engine->connection(), SyncEngine::Connection::Live, kWait);
            sim->sendCustomerMessage(QStringLiteral("5215511110001"),
                                     text(QStringLiteral("¿A qué hora llegan?")),
                                     QStringLiteral("María"));
            QTRY_COMPARE_WITH_TIMEOUT(engine->conversationCount(all()), 1, kWait);
            conversationId = engine->conversations(all(), std::nullopt, 1).first().id;

            // The relay goes away; the agent types anyway.
            m_fx->stopRelay();
            QTRY_COMPARE_WITH_TIMEOUT(engine->connection(), SyncEngine::Connection::Offline, kWait);
            QSignalSpy failures(engine.get(), &SyncEngine::actionFailed);
            const auto pending =
                engine->sendText(conversationId, QStringLiteral("Llegamos a las 10"));
            if (!pending)
                qWarning() << failures;
            QVERIFY(pending);
            QVERIFY(pending->message.status == DeliveryStatus::Pending);
            clientId = pending->message.clientId;
            QCOMPARE(engine->cache()->outbox().count(), 1);
        } // the client quits with the message unsent

        QVERIFY(m_fx->restartRelay());
        auto engine = newEngine();
        // Shown as pending straight from the cache, before any network.
        auto cached = engine->cache()->messages().byClientId(clientId);
        QVERIFY(cached);
        QVERIFY(cached->message.status == DeliveryStatus::Pending);
        engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(engine->cache()->outbox().count(), 0, kWait);
        cached = engine->cache()->messages().byClientId(clientId);
        QVERIFY(cached->message.id != 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            sentTo(QStringLiteral("5215511110001"), QStringLiteral("Llegamos a las 10")) == 1,
            kWait);
        QTRY_VERIFY_WITH_TIMEOUT(engine->cache()->messages().byClientId(clientId)->message.status >=
                                     DeliveryStatus::Sent,
                                 kWait);

        // The answer to the POST was "lost" (crash before it was stored): the same entry goes
        // out again with the same client id. The relay answers with the same message.
        sync::OutboxEntry again;
        again.clientId = clientId;
        again.conversationId = conversationId;
        again.text = QStringLiteral("Llegamos a las 10");
        again.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(engine->cache()->outbox().add(again));
        engine->outbox()->setOnline(false);
        engine->outbox()->setOnline(true);
        QTRY_COMPARE_WITH_TIMEOUT(engine->cache()->outbox().count(), 0, kWait);
        QTest::qWait(500); // give a duplicate every chance to show up
        QCOMPARE(sentTo(QStringLiteral("5215511110001"), QStringLiteral("Llegamos a las 10")), 1);
        QCOMPARE(engine->cache()->messages().count(conversationId), 2);
        QTRY_VERIFY_WITH_TIMEOUT(convergedWithRelay(*engine), kWait);
    }

    void refusedSendIsFailedWithReason()
    {
        auto engine = newEngine();
        engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(engine->connection(), SyncEngine::Connection::Live, kWait);
        auto *sim = m_fx->simulator();
        sim->sendCustomerMessage(QStringLiteral("5215511110001"), text(QStringLiteral("hola")),
                                 QStringLiteral("Eva"));
        QTRY_COMPARE_WITH_TIMEOUT(engine->conversationCount(all()), 1, kWait);
        const qint64 id = engine->conversations(all(), std::nullopt, 1).first().id;
        // The customer's window closed long ago (as the relay sees it).
        sim->setLastInbound(QStringLiteral("5215511110001"),
                            QDateTime::currentDateTimeUtc().addDays(-2));
        QVERIFY(call(m_token, [&](sync::RelayApi &api, auto done) {
            api.setStatus(id, ConversationStatus::Active, &api,
                          [done](const ApiResult &r, const Conversation &) { done(r); });
        }));
        const auto pending = engine->sendText(id, QStringLiteral("¿Sigue interesado?"));
        QVERIFY(pending);
        // Whether the relay refuses (422 window_closed) or Meta does, the message ends failed
        // with a reason in words and never silently vanishes.
        QTRY_VERIFY_WITH_TIMEOUT(
            engine->cache()->messages().byClientId(pending->message.clientId)->message.status !=
                DeliveryStatus::Pending,
            kWait);
    }

    void sessionSignInRestoreAndSignOut()
    {
        sync::MemoryTokenStore store;
        sync::Session session(&store);
        QSignalSpy in(&session, &sync::Session::signedIn);
        QSignalSpy failed(&session, &sync::Session::signInFailed);
        session.signIn(m_fx->relayUrl(), QStringLiteral("ana"), QStringLiteral("wrong"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWait);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("not correct")));

        session.signIn(m_fx->relayUrl(), QStringLiteral("ana"), QStringLiteral("ana-password"));
        QTRY_COMPARE_WITH_TIMEOUT(in.size(), 1, kWait);
        const QString key = sync::Session::storeKey(m_fx->relayUrl(), QStringLiteral("ana"));
        QVERIFY(store.contains(key));
        QVERIFY(session.isPersisted());
        const QString token = session.token();

        // A later start signs in silently with the stored token, and the relay confirms it.
        sync::Session later(&store);
        QSignalSpy laterIn(&later, &sync::Session::signedIn);
        QSignalSpy verified(&later, &sync::Session::userVerified);
        later.restore(m_fx->relayUrl(), QStringLiteral("ana"));
        QTRY_COMPARE_WITH_TIMEOUT(laterIn.size(), 1, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, kWait);
        QCOMPARE(later.token(), token);

        // Sign-out revokes the token on the relay and forgets it locally.
        QSignalSpy out(&later, &sync::Session::signedOut);
        later.signOut();
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, kWait);
        QVERIFY(!store.contains(key));
        QTRY_VERIFY_WITH_TIMEOUT(
            !call(token,
                  [&](sync::RelayApi &api, auto done) {
                      api.me(&api, [done](const ApiResult &r, const Agent &) { done(r); });
                  }),
            kWait);

        // A stored token the relay refuses: asked to sign in again, and the token is dropped.
        store.write(key, QStringLiteral("not-a-token"), [](const auto &) {});
        sync::Session stale(&store);
        QSignalSpy rejected(&stale, &sync::Session::sessionRejected);
        stale.restore(m_fx->relayUrl(), QStringLiteral("ana"));
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, kWait);
        QTRY_VERIFY(!store.contains(key));
    }

    void noKeychainMeansThisRunOnly()
    {
        sync::MemoryTokenStore store;
        store.setAvailable(false);
        sync::Session session(&store);
        QSignalSpy ask(&session, &sync::Session::keychainUnavailable);
        QSignalSpy in(&session, &sync::Session::signedIn);
        session.signIn(m_fx->relayUrl(), QStringLiteral("ana"), QStringLiteral("ana-password"));
        QTRY_COMPARE_WITH_TIMEOUT(ask.size(), 1, kWait);
        QCOMPARE(in.size(), 0);
        QVERIFY(session.state() == sync::Session::State::KeychainChoice);
        session.keepForThisRun();
        QCOMPARE(in.size(), 1);
        QVERIFY(!session.isPersisted());

        // Declining instead revokes the fresh token.
        sync::Session declined(&store);
        QSignalSpy ask2(&declined, &sync::Session::keychainUnavailable);
        declined.signIn(m_fx->relayUrl(), QStringLiteral("ana"), QStringLiteral("ana-password"));
        QTRY_COMPARE_WITH_TIMEOUT(ask2.size(), 1, kWait);
        const QString token = declined.token();
        declined.abandon();
        QTRY_VERIFY_WITH_TIMEOUT(
            !call(token,
                  [&](sync::RelayApi &api, auto done) {
                      api.me(&api, [done](const ApiResult &r, const Agent &) { done(r); });
                  }),
            kWait);
    }

private:
    std::unique_ptr<SyncEngine> newEngine()
    {
        auto engine = std::make_unique<SyncEngine>();
        if (!engine->openCache(m_cachePath))
            qFatal("cache: %s", qPrintable(engine->cacheError()));
        engine->setAccount(m_fx->relayUrl(), m_token,
                           Agent{QStringLiteral("ana"), QStringLiteral("ana"), Role::Agent});
        return engine;
    }

    static sync::ConversationFilter all()
    {
        sync::ConversationFilter f;
        f.status.reset();
        return f;
    }

    //! Runs one API call with `token` and waits; true when it succeeded.
    template<typename F> bool call(const QString &token, F f)
    {
        sync::RelayApi api;
        api.setBaseUrl(m_fx->relayUrl());
        api.setToken(token);
        std::optional<ApiResult> result;
        f(api, [&result](const ApiResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kWait))
            qWarning("no answer within %d ms", kWait);
        return result && result->ok();
    }

    QList<Conversation> relayConversations(const QString &token)
    {
        QList<Conversation> out;
        call(token, [&](sync::RelayApi &api, auto done) {
            sync::ConversationQuery q;
            q.limit = 500;
            api.conversations(q, &api,
                              [&out, done](const ApiResult &r, const sync::ConversationPage &p) {
                                  out = p.conversations;
                                  done(r);
                              });
        });
        return out;
    }

    Conversation relayConversation(qint64 id)
    {
        Conversation c;
        call(m_token, [&](sync::RelayApi &api, auto done) {
            api.conversationDetails(
                id, &api, [&c, done](const ApiResult &r, const sync::ConversationDetails &d) {
                    c = d.conversation;
                    done(r);
                });
        });
        return c;
    }

    qint64 relayHead() { return relay::EventLog(m_fx->relay()->database()).lastSeq(); }

    int sentTo(const QString &waId, const QString &body)
    {
        int n = 0;
        for (const auto &s : m_fx->simulator()->sentMessages()) {
            if (s.waId == waId && s.body.value(QStringLiteral("text"))
                                          .toObject()
                                          .value(QStringLiteral("body"))
                                          .toString() == body)
                ++n;
        }
        return n;
    }

    static qint64 conversationOf(SyncEngine &engine, const QString &name)
    {
        for (const auto &c : engine.conversations(all(), std::nullopt, 100)) {
            if (c.customerName == name)
                return c.id;
        }
        return 0;
    }

    //! Every conversation field the client shows equals the relay's.
    bool convergedWithRelay(SyncEngine &engine)
    {
        const auto relay = relayConversations(m_token);
        const auto local = engine.conversations(all(), std::nullopt, 500);
        if (relay.size() != local.size())
            return false;
        for (int i = 0; i < relay.size(); ++i) {
            const Conversation &a = relay.at(i);
            const Conversation &b = local.at(i);
            if (a.id != b.id || a.assignee != b.assignee || a.unreadCount != b.unreadCount ||
                a.lastPreview != b.lastPreview || a.status != b.status || a.seq != b.seq ||
                a.lastMessageAt != b.lastMessageAt || a.customerName != b.customerName ||
                a.serviceRequestId != b.serviceRequestId || a.lastInboundAt != b.lastInboundAt) {
                qWarning() << "differs:" << a.id << b.id << a.assignee << b.assignee
                           << a.unreadCount << b.unreadCount << a.lastPreview << b.lastPreview
                           << a.seq << b.seq;
                return false;
            }
        }
        return true;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::RelayFixture> m_fx;
    QString m_token;
    QString m_cachePath;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestClientSync)
#include "tst_client_sync.moc"
