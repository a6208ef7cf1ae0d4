// SPDX-License-Identifier: GPL-3.0-or-later
// Simulator benchmark: how fast the in-process Meta simulator accepts Graph sends and how fast it
// delivers signed webhooks to a local receiver, so load tests know it is not the bottleneck.
#include "tools/metasim/HttpServerAdapter.h"
#include "tools/metasim/MetaSimulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QTimer>

using namespace recado::metasim;
using namespace Qt::StringLiterals;

namespace {
QTextStream out(stdout);

void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        u"recado.metasim*.info=false\nrecado.metasim*.debug=false\nrecado.metasim*.warning=false"_s);

    int received = 0;
    HttpServerAdapter receiver;
    receiver.setHandler([&](const HttpRequest &) {
        ++received;
        return HttpResponse::bytes("ok", "text/plain");
    });
    const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);

    Config c;
    c.statusDelayMs = 3600 * 1000; // statuses out of the way for the send figure
    c.webhookUrl = QUrl(u"http://127.0.0.1:%1/webhook"_s.arg(port));
    MetaSimulator sim(c);
    sim.listen();

    // 1. Webhooks: customers' messages, signed and posted over loopback.
    const int webhooks = 2000;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < webhooks; ++i) {
        sim.sendCustomerMessage(
            u"52155%1"_s.arg(10000000 + i % 50),
            {{u"type"_s, u"text"_s}, {u"body"_s, u"Hola, ¿dónde está el técnico?"_s}});
    }
    const qint64 queued = t.elapsed();
    waitUntil([&] { return received >= webhooks; }, 60000);
    const qint64 delivered = t.elapsed();
    out << "metasim webhooks: " << webhooks << " built+signed in " << queued << " ms, delivered in "
        << delivered << " ms = " << int(webhooks * 1000.0 / qMax<qint64>(1, delivered))
        << " webhooks/s (" << received << " received)\n";

    // 2. Graph sends: 2000 text messages, 6 connections (QNAM's per-host limit).
    QNetworkAccessManager nam;
    const QUrl url = sim.graphUrl(c.phoneNumberId + u"/messages"_s);
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"messaging_product"_s, u"whatsapp"_s},
                                  {u"to"_s, u"5215510000000"_s},
                                  {u"type"_s, u"text"_s},
                                  {u"text"_s, QJsonObject{{u"body"_s, u"Va en camino"_s}}}})
            .toJson(QJsonDocument::Compact);
    const int sends = 2000;
    int done = 0;
    int ok = 0;
    t.restart();
    for (int i = 0; i < sends; ++i) {
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        req.setRawHeader("Authorization", "Bearer " + c.accessToken.toUtf8());
        QNetworkReply *reply = nam.post(req, body);
        QObject::connect(reply, &QNetworkReply::finished, [&, reply] {
            ++done;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                ++ok;
            reply->deleteLater();
        });
    }
    waitUntil([&] { return done >= sends; }, 60000);
    const qint64 sendMs = t.elapsed();
    out << "metasim graph sends: " << sends << " in " << sendMs
        << " ms = " << int(sends * 1000.0 / qMax<qint64>(1, sendMs)) << " sends/s (" << ok
        << " accepted)\n";
    out.flush();
    return received >= webhooks && ok == sends ? 0 : 1;
}
