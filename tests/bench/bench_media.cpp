// SPDX-License-Identifier: GPL-3.0-or-later
// Media benchmark: a relay and the simulator in-process (SQLite, or RECADO_TEST_DATABASE).
// Prints how fast customers' files are fetched after ingest (files/s and webhook -> ready
// latency), and the time to upload, serve and send agents' files of Meta's largest sizes.
#include "HttpClient.h"
#include "RelayFixture.h"
#include "relay/Relay.h"
#include "tools/metasim/MetaSimulator.h"
#include "tools/metasim/SampleMedia.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace recado;

namespace {
QTextStream out(stdout);

//! Runs the event loop until `predicate` holds (QTest::qWaitFor sleeps 10 ms between rounds,
//! which would throttle loopback transfers and make the figures meaningless).
bool waitUntil(const std::function<bool()> &predicate, int timeoutMs)
{
    if (predicate())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (predicate())
            loop.quit();
    });
    poll.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return predicate();
}

double percentile(QList<qint64> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return double(v[qMin(v.size() - 1, qsizetype(p * double(v.size())))]);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    test::RelayFixture fx;
    if (!fx.start() ||
        !fx.createUser(QStringLiteral("ana"), domain::Role::Agent, QStringLiteral("password-ana")))
        return 1;
    test::HttpClient api(fx.relayUrl());
    api.setToken(fx.login(QStringLiteral("ana"), QStringLiteral("password-ana")));
    metasim::MetaSimulator &sim = *fx.simulator();

    // 1. Customers' photos: webhook -> lookup -> download -> digest -> stored -> message.updated.
    const int files = 200;
    QHash<QString, qint64> sentAt; // wamid -> ms
    QList<qint64> latencies;
    QElapsedTimer clock;
    QObject::connect(
        fx.relay(), &relay::Relay::eventsCommitted, [&](const QList<domain::Event> &events) {
            for (const domain::Event &e : events) {
                const QJsonObject m = e.payload.value(QStringLiteral("message")).toObject();
                if (e.type == QLatin1String("message.updated") &&
                    m.value(QStringLiteral("media"))
                            .toObject()
                            .value(QStringLiteral("status"))
                            .toString() == QLatin1String("ready") &&
                    sentAt.contains(m.value(QStringLiteral("wamid")).toString()))
                    latencies.append(clock.elapsed() -
                                     sentAt.take(m.value(QStringLiteral("wamid")).toString()));
            }
        });
    clock.start();
    for (int i = 0; i < files; ++i) {
        const QString wamid = sim.sendCustomerMessage(
            QStringLiteral("5215510%1").arg(i, 6, 10, QLatin1Char('0')),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                        {QStringLiteral("mime_type"), QStringLiteral("image/png")}});
        sentAt.insert(wamid, clock.elapsed());
        if (i % 20 == 19)
            QCoreApplication::processEvents();
    }
    (void)waitUntil([&] { return latencies.size() == files; }, 120000);
    const qint64 total = clock.elapsed();
    out << "inbound media: " << latencies.size() << "/" << files << " PNG files fetched in "
        << total << " ms ("
        << QString::number(1000.0 * double(latencies.size()) / double(total), 'f', 1)
        << " files/s); webhook -> ready p50 " << percentile(latencies, 0.5) << " ms, p95 "
        << percentile(latencies, 0.95) << " ms\n";

    // 2. Agents' files at Meta's limits: upload to the relay, serve back, send through Graph.
    const QString waId = QStringLiteral("5215599990000");
    sim.sendCustomerMessage(waId, QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                              {QStringLiteral("body"), QStringLiteral("hola")}});
    qint64 conversation = 0;
    (void)waitUntil(
        [&] {
            const QJsonArray list = api.get(QStringLiteral("/api/whatsapp/conversations?q=") + waId)
                                        .json()[QStringLiteral("conversations")]
                                        .toArray();
            conversation = list.isEmpty() ? 0 : list.first()[QStringLiteral("id")].toInteger();
            return conversation != 0;
        },
        5000);
    struct Case
    {
        const char *kind;
        QByteArray mime;
        QByteArray bytes;
    };
    QByteArray jpeg = metasim::SampleMedia::jpeg();
    jpeg.append(QByteArray(5 * 1024 * 1024 - jpeg.size(), 'x'));
    QByteArray pdf = metasim::SampleMedia::pdf(QStringLiteral("Manual"), {});
    pdf.append(QByteArray(64 * 1024 * 1024 - pdf.size(), ' '));
    const Case cases[] = {{"image", "image/jpeg", jpeg},
                          {"video", "video/mp4", metasim::SampleMedia::mp4(16 * 1024 * 1024)},
                          {"document", "application/pdf", pdf}};
    int n = 0;
    for (const Case &c : cases) {
        const double mb = double(c.bytes.size()) / (1024.0 * 1024.0);
        QElapsedTimer t;
        t.start();
        const test::HttpResult up =
            api.postRaw(QStringLiteral("/api/whatsapp/conversations/%1/media").arg(conversation),
                        c.bytes, {{"Content-Type", c.mime}});
        const qint64 uploadMs = t.elapsed();
        const QString handle = up.json()[QStringLiteral("upload")][QStringLiteral("id")].toString();
        t.restart();
        const QString kind = QString::fromLatin1(c.kind);
        const test::HttpResult queued = api.post(
            QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(conversation),
            QJsonObject{{QStringLiteral("client_id"), QStringLiteral("bench-%1").arg(++n)},
                        {QStringLiteral("kind"), kind},
                        {QStringLiteral("content"),
                         QJsonObject{{kind, QJsonObject{{QStringLiteral("upload_id"), handle}}}}}});
        const qint64 id =
            queued.json()[QStringLiteral("message")][QStringLiteral("id")].toInteger();
        const int before = int(sim.sentMessages().size());
        (void)waitUntil([&] { return sim.sentMessages().size() > before; }, 60000);
        const qint64 sendMs = t.elapsed();
        t.restart();
        const test::HttpResult served = api.get(QStringLiteral("/api/media/%1").arg(id));
        const qint64 serveMs = t.elapsed();
        out << kind << " " << QString::number(mb, 'f', 1) << " MB: upload to relay " << up.status
            << " in " << uploadMs << " ms, queued -> accepted by Graph (upload to Meta + send) "
            << sendMs << " ms, served back " << served.status << " ("
            << (served.body == c.bytes ? "identical" : "DIFFERENT") << ") in " << serveMs
            << " ms\n";
    }
    out.flush();
    return latencies.size() == files ? 0 : 1;
}
