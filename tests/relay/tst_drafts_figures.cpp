// SPDX-License-Identifier: GPL-3.0-or-later
// GET /api/drafts/figures on a constructed scenario: real conversations and messages through
// the simulator, drafts and decisions stored with chosen days, intents and outcomes, human and
// automatic replies at chosen times. Checks the counts per day, per intent and per day+intent,
// the mean edit distance, AI containment, time to first human response (median/p90), date
// ranges and time zones.
#include "DraftsTestKit.h"
#include "relay/RelayConfig.h"
#include "relay/drafts/review/DraftFigures.h"
#include "relay/drafts/review/DraftStore.h"
#include "relay/store/MessageStore.h"

#include <QJsonArray>
#include <QTest>

using namespace recado;
using namespace recado::test::drafts;
using relay::drafts::Intent;
using relay::review::DraftRecord;
using relay::review::DraftStatus;
using test::HttpClient;
using test::RelayFixture;

namespace {

const QString D1 = QStringLiteral("2026-03-02");
const QString D2 = QStringLiteral("2026-03-03");
const QString D3 = QStringLiteral("2026-03-05");

qint64 at(const QString &day, const QString &time)
{
    return QDateTime::fromString(day + QLatin1Char('T') + time + QLatin1Char('Z'), Qt::ISODate)
        .toMSecsSinceEpoch();
}

QJsonObject find(const QJsonArray &rows, const QString &key, const QString &value,
                 const QString &key2 = {}, const QString &value2 = {})
{
    for (const QJsonValue &v : rows) {
        if (v[key].toString() == value && (key2.isEmpty() || v[key2].toString() == value2))
            return v.toObject();
    }
    return {};
}

} // namespace

class TestDraftsFigures : public QObject
{
    Q_OBJECT

    RelayFixture fx;
    std::unique_ptr<HttpClient> supervisor;

    //! A customer message, stored by the relay, then dated `ms`.
    Inbound message(const QString &waId, const QString &text, qint64 ms)
    {
        const Inbound in = customerWrites(fx, waId, text);
        QSqlQuery q(fx.relay()->database().db());
        q.prepare(QStringLiteral("UPDATE messages SET ts = ? WHERE id = ?"));
        q.addBindValue(ms);
        q.addBindValue(in.messageId);
        if (in.messageId == 0 || !q.exec())
            qWarning("could not store or date the message");
        return in;
    }

    struct Outcome
    {
        Outcome(DraftStatus s = DraftStatus::Pending, const QString &decidedBy = {},
                int distance = -1, const QString &reason = {}, bool wrong = false)
            : status(s)
            , by(decidedBy)
            , editDistance(distance)
            , rejectReason(reason)
            , markedWrong(wrong)
        {}
        DraftStatus status;
        QString by;
        int editDistance;
        QString rejectReason;
        bool markedWrong;
    };

    qint64 draft(const Inbound &in, Intent intent, bool escalate, qint64 createdMs,
                 const Outcome &o)
    {
        DraftRecord d;
        d.conversationId = in.conversationId;
        d.messageId = in.messageId;
        d.status = o.status;
        d.result.intent = intent;
        d.result.confidence = 0.8;
        d.result.lang = QStringLiteral("es");
        d.result.reply = QStringLiteral("Respuesta sugerida");
        if (escalate)
            d.result.addEscalation(QStringLiteral("human_requested"));
        d.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
        if (o.status != DraftStatus::Pending) {
            d.decidedAt = d.createdAt.addSecs(30);
            d.decidedBy = o.by;
        }
        d.editDistance = o.editDistance;
        relay::review::DraftStore store(fx.relay()->database());
        const qint64 id = store.insert(d);
        if (id && !o.rejectReason.isEmpty()) {
            QSqlQuery q(fx.relay()->database().db());
            q.prepare(QStringLiteral("UPDATE drafts SET reject_reason = ? WHERE id = ?"));
            q.addBindValue(o.rejectReason);
            q.addBindValue(id);
            q.exec();
        }
        if (id && o.markedWrong)
            store.markWrong(id, QStringLiteral("sofia"), createdMs + 60000,
                            QStringLiteral("wrong"));
        return id;
    }

    void reply(qint64 conversationId, const QString &author, qint64 ms)
    {
        domain::Message m;
        m.conversationId = conversationId;
        m.direction = domain::Direction::Outbound;
        m.clientId = QStringLiteral("fig-%1-%2").arg(conversationId).arg(ms);
        m.text = QStringLiteral("respuesta");
        m.status = domain::DeliveryStatus::Delivered;
        m.timestamp = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        m.author = author;
        QVERIFY(relay::MessageStore(fx.relay()->database()).insertOutbound(m) != 0);
    }

    void setStatus(qint64 conversationId, const QString &status)
    {
        QSqlQuery q(fx.relay()->database().db());
        q.prepare(QStringLiteral("UPDATE conversations SET status = ? WHERE id = ?"));
        q.addBindValue(status);
        q.addBindValue(conversationId);
        QVERIFY(q.exec());
    }

    QJsonObject figures(const QString &query)
    {
        const auto r = supervisor->get(QStringLiteral("/api/drafts/figures") + query);
        [&] { QCOMPARE(r.status, 200); }();
        return r.json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Drafts are constructed by hand here, so the relay must not draft by itself.
        fx.config().draftPolicy.mode = relay::drafts::DraftPolicy::Mode::Off;
        QVERIFY(fx.start());
        QVERIFY(fx.createUser(QStringLiteral("sofia"), domain::Role::Supervisor,
                              QStringLiteral("password-sofia")));
        supervisor = std::make_unique<HttpClient>(fx.relayUrl());
        supervisor->setToken(fx.login(QStringLiteral("sofia"), QStringLiteral("password-sofia")));

        using S = DraftStatus;
        // C1: approved and edited greetings, an edited ETA; a person replied; archived.
        const Inbound c1a = message(QStringLiteral("5215530000001"), QStringLiteral("Hola"),
                                    at(D1, QStringLiteral("10:00:00")));
        const Inbound c1b =
            message(QStringLiteral("5215530000001"), QStringLiteral("Hola otra vez"),
                    at(D1, QStringLiteral("10:05:00")));
        const Inbound c1c =
            message(QStringLiteral("5215530000001"), QStringLiteral("¿Cuándo llega?"),
                    at(D1, QStringLiteral("10:10:00")));
        QVERIFY(draft(c1a, Intent::Greeting, false, at(D1, QStringLiteral("10:00:05")),
                      {S::Approved, QStringLiteral("ana"), 0}));
        QVERIFY(draft(c1b, Intent::Greeting, false, at(D1, QStringLiteral("10:05:05")),
                      {S::Edited, QStringLiteral("ana"), 4}));
        QVERIFY(draft(c1c, Intent::Eta, false, at(D1, QStringLiteral("10:10:05")),
                      {S::Edited, QStringLiteral("bruno"), 10}));
        reply(c1a.conversationId, QStringLiteral("ana"), at(D1, QStringLiteral("10:06:00")));
        // C2: an auto-sent ETA (marked wrong) and a consent confirmation, nothing from a person;
        // closed.
        const Inbound c2 =
            message(QStringLiteral("5215530000002"), QStringLiteral("¿A qué hora llegan?"),
                    at(D1, QStringLiteral("11:00:00")));
        QVERIFY(draft(c2, Intent::Eta, false, at(D1, QStringLiteral("11:00:05")),
                      {S::AutoSent, QStringLiteral("recado-ai"), 0, {}, true}));
        reply(c2.conversationId, QStringLiteral("recado-ai"), at(D1, QStringLiteral("11:00:06")));
        reply(c2.conversationId, QStringLiteral("recado"), at(D1, QStringLiteral("11:01:00")));
        // C3: escalated late on D1 (D2 in Tokyo), rejected; a person answered 120 s later.
        const Inbound c3 =
            message(QStringLiteral("5215530000003"), QStringLiteral("Quiero un humano"),
                    at(D1, QStringLiteral("20:00:00")));
        QVERIFY(draft(c3, Intent::Human, true, at(D1, QStringLiteral("20:00:05")),
                      {S::Rejected, QStringLiteral("bruno"), -1, QStringLiteral("needs_human")}));
        reply(c3.conversationId, QStringLiteral("bruno"), at(D1, QStringLiteral("20:02:00")));
        // C4: auto-sent greeting, then an escalated complaint answered after 600 s; archived.
        const Inbound c4a = message(QStringLiteral("5215530000004"), QStringLiteral("Buenos días"),
                                    at(D2, QStringLiteral("09:00:00")));
        const Inbound c4b =
            message(QStringLiteral("5215530000004"), QStringLiteral("Esto es un desastre"),
                    at(D2, QStringLiteral("09:10:00")));
        QVERIFY(draft(c4a, Intent::Greeting, false, at(D2, QStringLiteral("09:00:05")),
                      {S::AutoSent, QStringLiteral("recado-ai"), 0}));
        reply(c4a.conversationId, QStringLiteral("recado-ai"), at(D2, QStringLiteral("09:00:06")));
        QVERIFY(draft(c4b, Intent::Complaint, true, at(D2, QStringLiteral("09:10:05")), {}));
        reply(c4a.conversationId, QStringLiteral("ana"), at(D2, QStringLiteral("09:20:00")));
        // C5: two escalations 30 s apart (the first superseded), one human reply 300 s after the
        // first.
        const Inbound c5a =
            message(QStringLiteral("5215530000005"), QStringLiteral("Páseme con alguien"),
                    at(D2, QStringLiteral("12:00:00")));
        const Inbound c5b =
            message(QStringLiteral("5215530000005"), QStringLiteral("¿Hay alguien?"),
                    at(D2, QStringLiteral("12:00:30")));
        QVERIFY(draft(c5a, Intent::Human, true, at(D2, QStringLiteral("12:00:05")),
                      {S::Superseded, QStringLiteral("recado")}));
        QVERIFY(draft(c5b, Intent::Human, true, at(D2, QStringLiteral("12:00:35")), {}));
        reply(c5a.conversationId, QStringLiteral("ana"), at(D2, QStringLiteral("12:05:00")));
        // C6: an escalation nobody answered yet; and a draft on D3, outside the range.
        const Inbound c6a =
            message(QStringLiteral("5215530000006"), QStringLiteral("Pésimo servicio"),
                    at(D2, QStringLiteral("14:00:00")));
        const Inbound c6b = message(QStringLiteral("5215530000006"), QStringLiteral("Hola"),
                                    at(D3, QStringLiteral("10:00:00")));
        QVERIFY(draft(c6a, Intent::Complaint, true, at(D2, QStringLiteral("14:00:05")), {}));
        QVERIFY(draft(c6b, Intent::Greeting, false, at(D3, QStringLiteral("10:00:05")),
                      {S::Rejected, QStringLiteral("ana"), -1, QStringLiteral("tone")}));

        setStatus(c1a.conversationId, QStringLiteral("archived"));
        setStatus(c2.conversationId, QStringLiteral("closed"));
        setStatus(c4a.conversationId, QStringLiteral("archived"));
    }

    void totals()
    {
        const QJsonObject f = figures(QStringLiteral("?from=%1&to=%2").arg(D1, D2));
        const QJsonObject t = f.value(QStringLiteral("totals")).toObject();
        QCOMPARE(t[QStringLiteral("produced")].toInt(), 10);
        QCOMPARE(t[QStringLiteral("approved")].toInt(), 1);
        QCOMPARE(t[QStringLiteral("edited")].toInt(), 2);
        QCOMPARE(t[QStringLiteral("mean_edit_distance")].toDouble(), 7.0);
        QCOMPARE(t[QStringLiteral("rejected")].toInt(), 1);
        QCOMPARE(t[QStringLiteral("reject_reasons")][QStringLiteral("needs_human")].toInt(), 1);
        QCOMPARE(t[QStringLiteral("auto_sent")].toInt(), 2);
        QCOMPARE(t[QStringLiteral("auto_sent_marked_wrong")].toInt(), 1);
        QCOMPARE(t[QStringLiteral("escalated")].toInt(), 5);
        QCOMPARE(t[QStringLiteral("superseded")].toInt(), 1);
        QCOMPARE(t[QStringLiteral("pending")].toInt(), 3);
        QCOMPARE(t[QStringLiteral("approval_rate")].toDouble(), 0.25);
        QCOMPARE(f.value(QStringLiteral("tz")).toString(), QStringLiteral("UTC"));
    }

    void perDayAndIntent()
    {
        const QJsonObject f = figures(QStringLiteral("?from=%1&to=%2").arg(D1, D2));
        const QJsonArray days = f.value(QStringLiteral("by_day")).toArray();
        QCOMPARE(days.size(), 2);
        const QJsonObject d1 = find(days, QStringLiteral("day"), D1);
        QCOMPARE(d1[QStringLiteral("produced")].toInt(), 5);
        QCOMPARE(d1[QStringLiteral("approved")].toInt(), 1);
        QCOMPARE(d1[QStringLiteral("edited")].toInt(), 2);
        QCOMPARE(d1[QStringLiteral("rejected")].toInt(), 1);
        QCOMPARE(d1[QStringLiteral("auto_sent")].toInt(), 1);
        QCOMPARE(d1[QStringLiteral("escalated")].toInt(), 1);
        const QJsonObject d2 = find(days, QStringLiteral("day"), D2);
        QCOMPARE(d2[QStringLiteral("produced")].toInt(), 5);
        QCOMPARE(d2[QStringLiteral("auto_sent")].toInt(), 1);
        QCOMPARE(d2[QStringLiteral("escalated")].toInt(), 4);
        QCOMPARE(d2[QStringLiteral("pending")].toInt(), 3);
        QVERIFY(d2[QStringLiteral("mean_edit_distance")].isNull());

        const QJsonArray intents = f.value(QStringLiteral("by_intent")).toArray();
        QCOMPARE(intents.size(), 4);
        QCOMPARE(find(intents, QStringLiteral("intent"),
                      QStringLiteral("greeting"))[QStringLiteral("produced")]
                     .toInt(),
                 3);
        QCOMPARE(find(intents, QStringLiteral("intent"),
                      QStringLiteral("eta"))[QStringLiteral("mean_edit_distance")]
                     .toDouble(),
                 10.0);
        QCOMPARE(find(intents, QStringLiteral("intent"),
                      QStringLiteral("human"))[QStringLiteral("escalated")]
                     .toInt(),
                 3);
        QCOMPARE(find(intents, QStringLiteral("intent"),
                      QStringLiteral("complaint"))[QStringLiteral("pending")]
                     .toInt(),
                 2);

        const QJsonArray cells = f.value(QStringLiteral("by_day_intent")).toArray();
        const QJsonObject greetingD1 = find(cells, QStringLiteral("day"), D1,
                                            QStringLiteral("intent"), QStringLiteral("greeting"));
        QCOMPARE(greetingD1[QStringLiteral("produced")].toInt(), 2);
        QCOMPARE(greetingD1[QStringLiteral("approved")].toInt(), 1);
        QCOMPARE(greetingD1[QStringLiteral("mean_edit_distance")].toDouble(), 4.0);
        QCOMPARE(find(cells, QStringLiteral("day"), D2, QStringLiteral("intent"),
                      QStringLiteral("greeting"))[QStringLiteral("auto_sent")]
                     .toInt(),
                 1);
    }

    void containment()
    {
        const QJsonObject c = figures(QStringLiteral("?from=%1&to=%2").arg(D1, D2))
                                  .value(QStringLiteral("containment"))
                                  .toObject();
        QCOMPARE(c[QStringLiteral("resolved")].toInt(), 3); // C1, C2, C4
        QCOMPARE(c[QStringLiteral("contained")].toInt(),
                 1); // C2: only the AI and a consent notice wrote
        QCOMPARE(c[QStringLiteral("contained_with_ai_reply")].toInt(), 1);
        QCOMPARE(c[QStringLiteral("rate")].toDouble(), 1.0 / 3.0);
    }

    void timeToFirstHumanResponse()
    {
        const QJsonObject r = figures(QStringLiteral("?from=%1&to=%2").arg(D1, D2))
                                  .value(QStringLiteral("time_to_first_human_response"))
                                  .toObject();
        QCOMPARE(r[QStringLiteral("escalations")].toInt(), 4); // C3, C4, C5 (one wait), C6
        QCOMPARE(r[QStringLiteral("answered")].toInt(), 3);
        QCOMPARE(r[QStringLiteral("unanswered")].toInt(), 1);
        QCOMPARE(r[QStringLiteral("median_seconds")].toDouble(), 300.0); // 120, 300, 600
        QCOMPARE(r[QStringLiteral("p90_seconds")].toDouble(), 540.0);
        QCOMPARE(relay::review::DraftFigures::percentile({10.0}, 0.9), 10.0);
        QCOMPARE(relay::review::DraftFigures::percentile({1.0, 2.0, 3.0, 4.0}, 0.5), 2.5);
    }

    void rangesAndTimeZones()
    {
        // D1 only.
        const QJsonObject one = figures(QStringLiteral("?from=%1&to=%1").arg(D1));
        QCOMPARE(one[QStringLiteral("totals")][QStringLiteral("produced")].toInt(), 5);
        // Everything, D3 included.
        QCOMPARE(figures(QStringLiteral("?from=%1&to=%2")
                             .arg(D1, D3))[QStringLiteral("totals")][QStringLiteral("produced")]
                     .toInt(),
                 11);
        // In Tokyo (UTC+9) C3's escalation, 20:00 UTC on D1, happened on D2.
        const QJsonObject tokyo =
            figures(QStringLiteral("?from=%1&to=%2&tz=Asia/Tokyo").arg(D1, D2));
        QCOMPARE(tokyo[QStringLiteral("tz")].toString(), QStringLiteral("Asia/Tokyo"));
        QCOMPARE(tokyo[QStringLiteral("totals")][QStringLiteral("produced")].toInt(), 10);
        const QJsonArray days = tokyo[QStringLiteral("by_day")].toArray();
        QCOMPARE(find(days, QStringLiteral("day"), D1)[QStringLiteral("produced")].toInt(), 4);
        QCOMPARE(find(days, QStringLiteral("day"), D2)[QStringLiteral("produced")].toInt(), 6);
        // Exact times work too.
        QCOMPARE(figures(QStringLiteral("?from=%1T10:00:00Z&to=%1T10:06:00Z")
                             .arg(D1))[QStringLiteral("totals")][QStringLiteral("produced")]
                     .toInt(),
                 2);
        QCOMPARE(
            supervisor->get(QStringLiteral("/api/drafts/figures?from=%1&to=%2").arg(D2, D1)).status,
            400);
        QCOMPARE(supervisor->get(QStringLiteral("/api/drafts/figures?tz=Mars/Olympus")).status,
                 400);
        QCOMPARE(
            supervisor->get(QStringLiteral("/api/drafts/figures?from=2020-01-01&to=2026-01-01"))
                .status,
            400);
        // Without a range: the last seven days, which hold none of these.
        QCOMPARE(figures(QString())[QStringLiteral("totals")][QStringLiteral("produced")].toInt(),
                 0);
    }
};

QTEST_MAIN(TestDraftsFigures)
#include "tst_drafts_figures.moc"
