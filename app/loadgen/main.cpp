// SPDX-License-Identifier: GPL-3.0-or-later
// recado-loadgen: signed webhooks (and stream clients) against one or several relays.
#include "core/threading/ServerEventLoop.h"
#include "tools/loadgen/CeilingServer.h"
#include "tools/loadgen/WebhookLoad.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace recado::loadgen;

int main(int argc, char *argv[])
{
    recado::threading::preferQtEventDispatcher();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recado-loadgen"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Drives signed WhatsApp webhooks at one or several relays and reports throughput, "
        "acknowledgement\n"
        "latency, webhook -> stream-event latency (p50/p99), errors and the relays' resident "
        "memory.\n"
        "With --ceiling it instead serves the minimal QHttpServer endpoint used as a ceiling."));
    p.addHelpOption();
    p.addOption({QStringLiteral("relay"), QStringLiteral("Relay base URL (repeat for several)."),
                 QStringLiteral("url")});
    p.addOption({QStringLiteral("stream-relay"),
                 QStringLiteral("Relay whose stream measures latency (default: every --relay)."),
                 QStringLiteral("url")});
    p.addOption({QStringLiteral("secret"), QStringLiteral("App secret that signs the webhooks."),
                 QStringLiteral("secret"), QStringLiteral("bench-secret")});
    p.addOption({QStringLiteral("token"),
                 QStringLiteral("Bearer token for stream clients (omit: no latency)."),
                 QStringLiteral("token")});
    p.addOption({QStringLiteral("total"), QStringLiteral("Webhooks to send."), QStringLiteral("n"),
                 QStringLiteral("20000")});
    p.addOption({QStringLiteral("rate"),
                 QStringLiteral("Webhooks per second (0: as fast as accepted)."),
                 QStringLiteral("r"), QStringLiteral("0")});
    p.addOption({QStringLiteral("connections"), QStringLiteral("Concurrent HTTP connections."),
                 QStringLiteral("n"), QStringLiteral("32")});
    p.addOption({QStringLiteral("clients"), QStringLiteral("Stream clients per stream relay."),
                 QStringLiteral("n"), QStringLiteral("1")});
    p.addOption({QStringLiteral("replies"),
                 QStringLiteral("Agent replies per second over REST while the webhooks run "
                                "(needs --token; the relays' Graph URL should be a simulator)."),
                 QStringLiteral("r"), QStringLiteral("0")});
    p.addOption({QStringLiteral("path"), QStringLiteral("Request path."), QStringLiteral("path"),
                 QStringLiteral("/webhook")});
    p.addOption({QStringLiteral("pid"),
                 QStringLiteral("A relay's process id, to report its resident memory (repeat)."),
                 QStringLiteral("pid")});
    p.addOption(
        {QStringLiteral("ceiling"),
         QStringLiteral("Serve the minimal QHttpServer ceiling on host:port and never return."),
         QStringLiteral("listen")});
    p.process(app);

    QTextStream out(stdout);
    if (p.isSet(QStringLiteral("ceiling"))) {
        const QString listen = p.value(QStringLiteral("ceiling"));
        CeilingServer server(p.value(QStringLiteral("secret")).toUtf8());
        const quint16 port = server.listen(QHostAddress(listen.section(QLatin1Char(':'), 0, 0)),
                                           quint16(listen.section(QLatin1Char(':'), 1).toUInt()));
        if (port == 0) {
            out << "cannot listen on " << listen << "\n";
            return 1;
        }
        out << "ceiling server on port " << port << "\n";
        out.flush();
        return app.exec();
    }
    LoadOptions o;
    for (const QString &r : p.values(QStringLiteral("relay")))
        o.relays << QUrl(r);
    for (const QString &r : p.values(QStringLiteral("stream-relay")))
        o.streamRelays << QUrl(r);
    if (o.relays.isEmpty()) {
        out << "give at least one --relay URL (see --help)\n";
        return 2;
    }
    o.appSecret = p.value(QStringLiteral("secret")).toUtf8();
    o.streamToken = p.value(QStringLiteral("token"));
    o.total = p.value(QStringLiteral("total")).toInt();
    o.rate = p.value(QStringLiteral("rate")).toDouble();
    o.connections = p.value(QStringLiteral("connections")).toInt();
    o.streamClients = p.value(QStringLiteral("clients")).toInt();
    o.path = p.value(QStringLiteral("path"));
    o.replyRate = p.value(QStringLiteral("replies")).toDouble();
    WebhookLoad load(o);
    const LoadReport r = load.run(600000);
    out << r.toText();
    for (const QString &pid : p.values(QStringLiteral("pid")))
        out << "resident memory of pid " << pid << ": " << residentKiB(pid.toLongLong()) / 1024
            << " MiB\n";
    return r.errors == 0 && r.replyErrors == 0 ? 0 : 1;
}
