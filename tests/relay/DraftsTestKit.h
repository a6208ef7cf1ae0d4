// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the tst_drafts* suites: a customer writing through the simulator, waiting
// for the relay's draft of that message, and reading rows the relay stored.

#include "HttpClient.h"
#include "RelayFixture.h"
#include "relay/Relay.h"
#include "relay/store/Database.h"
#include "tools/metasim/MetaSimulator.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

namespace recado::test::drafts {

//! One inbound customer message as the relay stored it.
struct Inbound
{
    QString wamid;
    qint64 messageId = 0;
    qint64 conversationId = 0;
};

//! A single-value query on the relay's database (0 / empty when there is no row).
inline QVariant scalar(RelayFixture &fx, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(fx.relay()->database().db());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

//! The customer `waId` writes `text`; returns once the relay stored it.
inline Inbound customerWrites(RelayFixture &fx, const QString &waId, const QString &text,
                              const QString &name = QStringLiteral("Cliente"))
{
    Inbound in;
    in.wamid = fx.simulator()->sendCustomerMessage(
        waId,
        QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}},
        name);
    (void)QTest::qWaitFor(
        [&] {
            QSqlQuery q(fx.relay()->database().db());
            q.prepare(QStringLiteral("SELECT id, conversation_id FROM messages WHERE wamid = ?"));
            q.addBindValue(in.wamid);
            if (q.exec() && q.next()) {
                in.messageId = q.value(0).toLongLong();
                in.conversationId = q.value(1).toLongLong();
            }
            return in.messageId != 0;
        },
        5000);
    return in;
}

//! The id of the relay's draft of inbound message `messageId`, once stored (0 on timeout).
inline qint64 waitForDraft(RelayFixture &fx, qint64 messageId, int timeoutMs = 5000)
{
    qint64 id = 0;
    (void)QTest::qWaitFor(
        [&] {
            id = scalar(fx, QStringLiteral("SELECT id FROM drafts WHERE message_id = ?"),
                        {messageId})
                     .toLongLong();
            return id != 0;
        },
        timeoutMs);
    return id;
}

//! GET /api/drafts/:id -> the draft object.
inline QJsonObject getDraft(HttpClient &client, qint64 id)
{
    return client.get(QStringLiteral("/api/drafts/%1").arg(id))
        .json()
        .value(QStringLiteral("draft"))
        .toObject();
}

//! Events of `type` about draft `draftId` in the relay's log.
inline QList<QJsonObject> draftEvents(HttpClient &client, const QString &type, qint64 draftId)
{
    QList<QJsonObject> out;
    const QJsonArray events = client.get(QStringLiteral("/api/events?after=0&limit=5000"))
                                  .json()
                                  .value(QStringLiteral("events"))
                                  .toArray();
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        const QJsonObject draft =
            e.value(QStringLiteral("payload")).toObject().value(QStringLiteral("draft")).toObject();
        if (e.value(QStringLiteral("type")).toString() == type &&
            draft.value(QStringLiteral("id")).toInteger() == draftId)
            out.append(draft);
    }
    return out;
}

//! Text bodies the simulator received for `waId`, in order.
inline QStringList textsSentTo(RelayFixture &fx, const QString &waId)
{
    QStringList out;
    for (const auto &m : fx.simulator()->sentMessages()) {
        if (m.waId == waId && m.type == QLatin1String("text"))
            out.append(m.body.value(QStringLiteral("text"))
                           .toObject()
                           .value(QStringLiteral("body"))
                           .toString());
    }
    return out;
}

} // namespace recado::test::drafts
