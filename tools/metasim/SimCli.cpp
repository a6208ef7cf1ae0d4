// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/SimCli.h"

#include "tools/metasim/MetaSimulator.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCli, "recado.metasim.cli")

namespace recado::metasim {

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

bool parseHostPort(const QString &text, QHostAddress *host, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    const QString h = colon >= 0 ? text.left(colon) : text;
    bool ok = true;
    if (colon >= 0) {
        const uint p = text.mid(colon + 1).toUInt(&ok);
        if (!ok || p > 65535)
            return false;
        *port = quint16(p);
    }
    if (!h.isEmpty()) {
        if (h == "localhost"_L1)
            *host = QHostAddress::LocalHost;
        else if (!host->setAddress(h))
            return false;
    }
    return true;
}
} // namespace

QString SimCli::helpText()
{
    return uR"(Usage: recado-metasim [options]

A stand-in for Meta's WhatsApp Cloud API. It serves the Graph endpoints the relay calls
(/vNN.N/<phone_number_id>/messages, /media, /<media_id>, /<waba_id>/message_templates),
posts signed webhooks to the relay like Meta does, and can play customers.

Options:
  --listen HOST:PORT        where to serve Graph and the control API (default 127.0.0.1:8081)
  --webhook-url URL         the relay's webhook (default http://127.0.0.1:8080/webhook)
  --public-url URL          base URL put in media URLs and paging links (default: --listen)
  --rate R                  customer messages per second, fractional allowed (default 0.5;
                            0 disables the traffic generator)
  --customers N             customers to play (default 20)
  --count N                 stop after N customer messages (default: run until Ctrl+C)
  --seed N                  reproducible customers and traffic (default: random)
  --reply-chance P          % of business messages customers answer or react to (default 70)
  --status-delay-ms N       spread of sent -> delivered -> read statuses (default 300)
  --status-batch-ms N       put statuses produced within N ms in one webhook (default 0: one
                            webhook per status; Meta batches under load)
  --template-review-ms N    PENDING -> APPROVED delay for new templates (default 500)
  --webhook-attempts N      delivery attempts per webhook before giving up (default 8)
  --no-verify               skip the hub.challenge handshake with the relay at start-up
  --app-secret S            overrides META_APP_SECRET (signs X-Hub-Signature-256)
  --verify-token S          overrides META_VERIFY_TOKEN
  --access-token S          overrides META_ACCESS_TOKEN (the Bearer token Graph accepts)
  --phone-number-id ID      overrides META_PHONE_NUMBER_ID
  --waba-id ID              overrides META_WABA_ID
  --display-phone-number N  the business number shown in webhooks (default 15550783881)
  --log-bodies              log message bodies (off by default: only kinds and ids)
  -h, --help                show this help

Environment (the same variables as recado-relay):
  META_APP_SECRET, META_VERIFY_TOKEN, META_ACCESS_TOKEN, META_PHONE_NUMBER_ID, META_WABA_ID,
  META_GRAPH_VERSION (only used in generated links; every /vNN.N prefix is served).
  Unset values fall back to built-in demo values that are printed at start-up.

Control API (no authentication: keep it on loopback):
  POST /_sim/customers/{wa_id}/messages   make a customer send {type, ...}
  POST /_sim/faults                        {path, count, http_status, code, subcode, delay_ms}
  POST /_sim/token/expire | /_sim/token/restore
  GET  /_sim/sent | /_sim/read-receipts | /_sim/media | /_sim/webhooks | /_sim/customers
  See tools/metasim/README.md for the full list.
)"_s;
}

bool SimCli::parse(const QStringList &args, const QProcessEnvironment &env, Options *out,
                   QString *error)
{
    Options o;
    o.config.webhookUrl = QUrl(u"http://127.0.0.1:8080/webhook"_s);
    auto fromEnv = [&](const char *name, QString *target) {
        const QString v = env.value(QString::fromLatin1(name));
        if (!v.isEmpty())
            *target = v;
    };
    QString secret = QString::fromUtf8(o.config.appSecret);
    fromEnv("META_APP_SECRET", &secret);
    fromEnv("META_VERIFY_TOKEN", &o.config.verifyToken);
    fromEnv("META_ACCESS_TOKEN", &o.config.accessToken);
    fromEnv("META_PHONE_NUMBER_ID", &o.config.phoneNumberId);
    fromEnv("META_WABA_ID", &o.config.wabaId);
    fromEnv("META_GRAPH_VERSION", &o.config.apiVersion);

    for (int i = 1; i < args.size(); ++i) {
        const QString arg = args.at(i);
        auto value = [&](QString *v) {
            if (i + 1 >= args.size()) {
                *error = u"%1 needs a value"_s.arg(arg);
                return false;
            }
            *v = args.at(++i);
            return true;
        };
        auto number = [&](int *target, int min, int max) {
            QString v;
            if (!value(&v))
                return false;
            bool ok = false;
            const int n = v.toInt(&ok);
            if (!ok || n < min || n > max) {
                *error = u"%1: expected a number from %2 to %3, got \"%4\""_s.arg(arg)
                             .arg(min)
                             .arg(max)
                             .arg(v);
                return false;
            }
            *target = n;
            return true;
        };
        QString v;
        if (arg == "-h"_L1 || arg == "--help"_L1) {
            o.help = true;
        } else if (arg == "--listen"_L1) {
            if (!value(&v))
                return false;
            if (!parseHostPort(v, &o.host, &o.port)) {
                *error = u"--listen: expected HOST:PORT, got \"%1\""_s.arg(v);
                return false;
            }
        } else if (arg == "--webhook-url"_L1 || arg == "--public-url"_L1) {
            if (!value(&v))
                return false;
            const QUrl url(v);
            if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
                *error = u"%1: expected an http(s) URL, got \"%2\""_s.arg(arg, v);
                return false;
            }
            (arg == "--webhook-url"_L1 ? o.config.webhookUrl : o.config.publicBaseUrl) = url;
        } else if (arg == "--rate"_L1) {
            if (!value(&v))
                return false;
            bool ok = false;
            o.traffic.rate = v.toDouble(&ok);
            if (!ok || o.traffic.rate < 0 || o.traffic.rate > 1000) {
                *error = u"--rate: expected messages per second (0 to 1000), got \"%1\""_s.arg(v);
                return false;
            }
        } else if (arg == "--customers"_L1) {
            if (!number(&o.traffic.customers, 1, 100000))
                return false;
        } else if (arg == "--count"_L1) {
            if (!number(&o.traffic.count, 0, INT_MAX))
                return false;
        } else if (arg == "--seed"_L1) {
            int seed = 0;
            if (!number(&seed, 0, INT_MAX))
                return false;
            o.traffic.seed = quint32(seed);
        } else if (arg == "--reply-chance"_L1) {
            if (!number(&o.traffic.replyChance, 0, 100))
                return false;
        } else if (arg == "--status-delay-ms"_L1) {
            if (!number(&o.config.statusDelayMs, 0, 3600000))
                return false;
        } else if (arg == "--status-batch-ms"_L1) {
            if (!number(&o.config.statusBatchWindowMs, 0, 60000))
                return false;
        } else if (arg == "--template-review-ms"_L1) {
            if (!number(&o.config.templateReviewDelayMs, 0, 3600000))
                return false;
        } else if (arg == "--webhook-attempts"_L1) {
            if (!number(&o.config.webhookMaxAttempts, 1, 100))
                return false;
        } else if (arg == "--no-verify"_L1) {
            o.verifyWebhook = false;
        } else if (arg == "--log-bodies"_L1) {
            o.config.logBodies = true;
        } else if (arg == "--app-secret"_L1) {
            if (!value(&secret))
                return false;
        } else if (arg == "--verify-token"_L1) {
            if (!value(&o.config.verifyToken))
                return false;
        } else if (arg == "--access-token"_L1) {
            if (!value(&o.config.accessToken))
                return false;
        } else if (arg == "--phone-number-id"_L1) {
            if (!value(&o.config.phoneNumberId))
                return false;
        } else if (arg == "--waba-id"_L1) {
            if (!value(&o.config.wabaId))
                return false;
        } else if (arg == "--display-phone-number"_L1) {
            if (!value(&o.config.displayPhoneNumber))
                return false;
        } else {
            *error = u"unknown option \"%1\" (see --help)"_s.arg(arg);
            return false;
        }
    }
    o.config.appSecret = secret.toUtf8();
    for (const QString *id : {&o.config.phoneNumberId, &o.config.wabaId}) {
        if (id->isEmpty() ||
            !std::all_of(id->cbegin(), id->cend(), [](QChar c) { return c.isDigit(); })) {
            *error = u"phone number and WABA ids must be digits, got \"%1\""_s.arg(*id);
            return false;
        }
    }
    *out = o;
    return true;
}

int SimCli::run(QCoreApplication &app)
{
    QTextStream err(stderr);
    Options o;
    QString error;
    if (!parse(app.arguments(), QProcessEnvironment::systemEnvironment(), &o, &error)) {
        err << "recado-metasim: " << error << "\n";
        return 2;
    }
    if (o.help) {
        QTextStream(stdout) << helpText();
        return 0;
    }
    MetaSimulator sim(o.config);
    if (!sim.listen(o.host, o.port)) {
        err << "recado-metasim: cannot listen on " << o.host.toString() << ":" << o.port << "\n";
        return 1;
    }
    // Ids are not secrets; tokens and the app secret are never printed.
    qCInfo(lcCli).noquote() << u"Graph base URL: %1 (API %2)"_s.arg(sim.baseUrl().toString(),
                                                                    o.config.apiVersion);
    qCInfo(lcCli).noquote() << "phone_number_id" << o.config.phoneNumberId << "waba_id"
                            << o.config.wabaId << "display number" << o.config.displayPhoneNumber;
    qCInfo(lcCli).noquote() << "webhooks go to" << o.config.webhookUrl.toString();
    if (o.verifyWebhook)
        sim.verifyWebhook();

    if (::pipe(g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
            char c;
            [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
            qCInfo(lcCli) << "stopping";
            app.quit();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }

    std::unique_ptr<TrafficGenerator> traffic;
    if (o.traffic.rate > 0) {
        traffic = std::make_unique<TrafficGenerator>(sim, o.traffic);
        QObject::connect(traffic.get(), &TrafficGenerator::finished, &app, [&sim, &app] {
            // Let the last webhooks (and their retries) settle before exiting.
            auto *poll = new QTimer(&app);
            QObject::connect(poll, &QTimer::timeout, &app, [&sim, &app] {
                if (sim.pendingWebhooks() == 0)
                    app.quit();
            });
            poll->start(200);
        });
        // Give the relay a moment after the handshake before customers start writing.
        QTimer::singleShot(300, traffic.get(), [&traffic] { traffic->start(); });
    }
    return app.exec();
}

} // namespace recado::metasim
