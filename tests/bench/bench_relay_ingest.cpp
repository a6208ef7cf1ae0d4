// SPDX-License-Identifier: GPL-3.0-or-later
// Ingest benchmark: starts the real `recado-relay serve` on SQLite (durable: WAL +
// synchronous=FULL), posts signed webhooks over loopback with concurrent connections, and prints
// messages/s ingested and webhook -> stream event latency at full speed and at 1,000 msg/s.
#include "tools/loadgen/WebhookLoad.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace recado;

namespace {
QTextStream out(stdout);

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QString relayBinary()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/recado-relay");
}

QByteArray httpPost(const QUrl &url, const QJsonObject &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *r = nam.post(req, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray data = r->readAll();
    r->deleteLater();
    return data;
}
//! One `recado-relay serve` on a fresh SQLite database, with a signed-in stream token.
struct RelayUnderTest
{
    QTemporaryDir dir;
    QProcess process;
    QUrl base;
    QString token;

    bool start(const QString &aiPolicy)
    {
        const quint16 port = freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("META_APP_SECRET"), QStringLiteral("bench-secret"));
        env.insert(QStringLiteral("META_VERIFY_TOKEN"), QStringLiteral("v"));
        env.insert(QStringLiteral("META_ACCESS_TOKEN"), QStringLiteral("t"));
        env.insert(QStringLiteral("META_PHONE_NUMBER_ID"), QStringLiteral("106540352242922"));
        env.insert(QStringLiteral("META_GRAPH_URL"), QStringLiteral("http://127.0.0.1:9"));
        env.insert(QStringLiteral("RECADO_DATA_DIR"), dir.path());
        env.insert(QStringLiteral("RECADO_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(port));
        env.insert(QStringLiteral("RECADO_AI_POLICY"), aiPolicy);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));

        QProcess add;
        add.setProcessEnvironment(env);
        add.start(relayBinary(), {QStringLiteral("user"), QStringLiteral("add"),
                                  QStringLiteral("bench"), QStringLiteral("--role"),
                                  QStringLiteral("agent"), QStringLiteral("--password-stdin")});
        add.write("bench-password\n");
        add.closeWriteChannel();
        add.waitForFinished();

        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(relayBinary(), {QStringLiteral("serve")});
        if (!process.waitForStarted())
            return false;
        base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        for (int i = 0; i < 100 && token.isEmpty(); ++i) {
            QThread::msleep(50);
            token = QJsonDocument::fromJson(
                        httpPost(QUrl(base.toString() + QStringLiteral("/api/session")),
                                 {{QStringLiteral("username"), QStringLiteral("bench")},
                                  {QStringLiteral("password"), QStringLiteral("bench-password")}}))
                        .object()
                        .value(QStringLiteral("token"))
                        .toString();
        }
        return !token.isEmpty();
    }

    ~RelayUnderTest()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    out << "Recado relay ingest benchmark (SQLite WAL, synchronous=FULL: every 200 is durable)\n";
    out << "machine: " << QThread::idealThreadCount() << " cores\n\n";

    // Ingest alone (AI drafting off), then the default deployment (a draft for every customer
    // message, written on the drafter thread and stored on the ingest thread).
    for (const QString &policy : {QStringLiteral("off"), QStringLiteral("draft")}) {
        RelayUnderTest relay;
        if (!relay.start(policy)) {
            out << "cannot start " << relayBinary() << "\n";
            return 1;
        }
        out << "#### RECADO_AI_POLICY=" << policy << " (relay pid " << relay.process.processId()
            << ")\n\n";
        auto runPhase = [&](const char *title, int total, double rate, int connections) {
            loadgen::LoadOptions o;
            o.relays = {QUrl(relay.base.toString() + QStringLiteral("/"))};
            o.appSecret = "bench-secret";
            o.streamToken = relay.token;
            o.total = total;
            o.rate = rate;
            o.connections = connections;
            loadgen::WebhookLoad load(o);
            const loadgen::LoadReport r = load.run(180000);
            out << "== " << title << " (" << connections << " connections)\n"
                << r.toText() << "relay resident memory: "
                << loadgen::residentKiB(relay.process.processId()) / 1024 << " MiB\n\n";
            out.flush();
        };
        runPhase("warm-up", 2000, 0, 16);
        runPhase("full speed", 20000, 0, 128);
        runPhase("paced at 1,000 messages/s", 10000, 1000, 32);
    }
    return 0;
}
