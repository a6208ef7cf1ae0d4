// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by tst_media*.cpp and tst_kinds*.cpp: a relay + simulator with a signed-in agent, and
// helpers to find what the relay stored and served for a customer's message.

#include "HttpClient.h"
#include "RelayFixture.h"
#include "relay/Relay.h"
#include "relay/store/Database.h"
#include "tools/metasim/MetaSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

namespace recado::test {

struct MediaKit
{
    RelayFixture fx;
    std::unique_ptr<HttpClient> api;  //!< signed in as agent "ana"
    std::unique_ptr<HttpClient> anon; //!< no token

    bool start()
    {
        if (!fx.start() || !fx.createUser(QStringLiteral("ana"), domain::Role::Agent,
                                          QStringLiteral("password-ana")))
            return false;
        api = std::make_unique<HttpClient>(fx.relayUrl());
        anon = std::make_unique<HttpClient>(fx.relayUrl());
        api->setToken(fx.login(QStringLiteral("ana"), QStringLiteral("password-ana")));
        return true;
    }

    metasim::MetaSimulator &sim() { return *fx.simulator(); }

    //! The customer message object of the newest webhook the simulator posted.
    QJsonObject lastWebhookMessage()
    {
        const auto hooks = sim().webhooks();
        if (hooks.isEmpty())
            return {};
        const QJsonObject env = QJsonDocument::fromJson(hooks.last().body).object();
        return env[QStringLiteral("entry")][0][QStringLiteral("changes")][0]
                  [QStringLiteral("value")][QStringLiteral("messages")][0]
                      .toObject();
    }

    //! Waits until the message with this wamid is stored; returns its relay id (0 on timeout).
    qint64 messageId(const QString &wamid, int timeoutMs = 5000)
    {
        qint64 id = 0;
        (void)QTest::qWaitFor(
            [&] {
                QSqlQuery q(fx.relay()->database().db());
                q.prepare(QStringLiteral("SELECT id FROM messages WHERE wamid = ?"));
                q.addBindValue(wamid);
                id = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
                return id != 0;
            },
            timeoutMs);
        return id;
    }

    qint64 conversationOf(qint64 messageId)
    {
        QSqlQuery q(fx.relay()->database().db());
        q.prepare(QStringLiteral("SELECT conversation_id FROM messages WHERE id = ?"));
        q.addBindValue(messageId);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    //! The message as the API serves it in its conversation's thread.
    QJsonObject served(qint64 messageId)
    {
        const qint64 conversation = conversationOf(messageId);
        const QJsonArray list =
            api->get(QStringLiteral("/api/whatsapp/conversations/%1/messages?limit=500")
                         .arg(conversation))
                .json()
                .value(QStringLiteral("messages"))
                .toArray();
        for (const QJsonValue &v : list) {
            if (v[QStringLiteral("id")].toInteger() == messageId)
                return v.toObject();
        }
        return {};
    }

    //! Waits until the served message's media status is `status`.
    QJsonObject waitMedia(qint64 messageId, const QString &status, int timeoutMs = 8000)
    {
        QJsonObject m;
        (void)QTest::qWaitFor(
            [&] {
                m = served(messageId);
                return m[QStringLiteral("media")][QStringLiteral("status")].toString() == status;
            },
            timeoutMs);
        return m;
    }

    //! The customer `waId` sends `spec` (simulator format); returns the relay's message id.
    qint64 customerSends(const QString &waId, const QJsonObject &spec,
                         const QString &name = QStringLiteral("Cliente"))
    {
        const QString wamid = sim().sendCustomerMessage(waId, spec, name);
        return wamid.isEmpty() ? 0 : messageId(wamid);
    }

    //! Events of `type` after `afterSeq` about the message with relay id `messageId`.
    QList<QJsonObject> eventsFor(qint64 afterSeq, const QString &type, qint64 messageId)
    {
        QList<QJsonObject> out;
        const QJsonArray events =
            api->get(QStringLiteral("/api/events?after=%1&limit=500").arg(afterSeq))
                .json()
                .value(QStringLiteral("events"))
                .toArray();
        for (const QJsonValue &v : events) {
            const QJsonObject e = v.toObject();
            if (e[QStringLiteral("type")].toString() == type &&
                e[QStringLiteral("payload")][QStringLiteral("message")][QStringLiteral("id")]
                        .toInteger() == messageId)
                out.append(e);
        }
        return out;
    }

    qint64 lastSeq()
    {
        return api->get(QStringLiteral("/api/events?after=0&limit=1"))
            .json()
            .value(QStringLiteral("last_seq"))
            .toInteger();
    }
};

} // namespace recado::test
