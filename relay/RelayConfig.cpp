// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/RelayConfig.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

namespace recado::relay {

namespace {
QProcessEnvironment withConfigFile(const QProcessEnvironment &env, QStringList *errors)
{
    const QString path = env.value(QStringLiteral("RECADO_CONFIG"));
    if (path.isEmpty())
        return env;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        errors->append(QStringLiteral("RECADO_CONFIG: cannot read %1").arg(path));
        return env;
    }
    QProcessEnvironment merged;
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            errors->append(QStringLiteral("RECADO_CONFIG: line %1 is not KEY=VALUE").arg(lineNo));
            continue;
        }
        merged.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    merged.insert(env); // the environment overrides the file
    return merged;
}
void readAi(const QProcessEnvironment &env, RelayConfig *c, QStringList *errors);
} // namespace

std::optional<RelayConfig> RelayConfig::fromEnvironment(const QProcessEnvironment &input,
                                                        QStringList *errors)
{
    const QProcessEnvironment env = withConfigFile(input, errors);
    RelayConfig c;

    const QString listen =
        env.value(QStringLiteral("RECADO_LISTEN"), QStringLiteral("127.0.0.1:8080"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!portOk || port > 65535 || c.listenHost.setAddress(host) == false) {
        if (host == QLatin1String("localhost") && portOk && port <= 65535)
            c.listenHost = QHostAddress::LocalHost;
        else
            errors->append(
                QStringLiteral(
                    "RECADO_LISTEN: expected host:port such as 127.0.0.1:8080, got \"%1\"")
                    .arg(listen));
    }
    c.listenPort = static_cast<quint16>(port);

    c.dataDir = env.value(QStringLiteral("RECADO_DATA_DIR"));
    if (c.dataDir.isEmpty()) {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        c.dataDir = base + QStringLiteral("/recado-relay");
    }
    if (!QDir().mkpath(c.dataDir))
        errors->append(QStringLiteral("RECADO_DATA_DIR: cannot create %1").arg(c.dataDir));
    c.databaseUrl = env.value(QStringLiteral("RECADO_DATABASE"),
                              QStringLiteral("sqlite:") + c.dataDir + QStringLiteral("/relay.db"));
    if (!c.databaseUrl.startsWith(QLatin1String("sqlite:")) &&
        !c.databaseUrl.startsWith(QLatin1String("postgresql://")) &&
        !c.databaseUrl.startsWith(QLatin1String("postgres://")))
        errors->append(QStringLiteral("RECADO_DATABASE: must be sqlite:/path/file.db or "
                                      "postgresql://user:password@host:port/db"));

    auto required = [&](const char *name) {
        const QString v = env.value(QString::fromLatin1(name));
        if (v.isEmpty())
            errors->append(QStringLiteral("%1: missing (see recado-relay --help)")
                               .arg(QString::fromLatin1(name)));
        return v;
    };
    c.appSecret = required("META_APP_SECRET").toUtf8();
    c.verifyToken = required("META_VERIFY_TOKEN").toUtf8();
    c.accessToken = required("META_ACCESS_TOKEN").toUtf8();
    c.phoneNumberId = required("META_PHONE_NUMBER_ID");
    c.wabaId = env.value(QStringLiteral("META_WABA_ID"));
    if (!c.phoneNumberId.isEmpty() &&
        !QRegularExpression(QStringLiteral("^[0-9]+$")).match(c.phoneNumberId).hasMatch())
        errors->append(QStringLiteral("META_PHONE_NUMBER_ID: must be digits (the id of your "
                                      "business number in Meta's app dashboard)"));

    const QString graph = env.value(QStringLiteral("META_GRAPH_URL"));
    if (!graph.isEmpty()) {
        c.graphUrl = QUrl(graph);
        if (!c.graphUrl.isValid() || (c.graphUrl.scheme() != QLatin1String("http") &&
                                      c.graphUrl.scheme() != QLatin1String("https")))
            errors->append(
                QStringLiteral("META_GRAPH_URL: expected an http(s) URL, got \"%1\"").arg(graph));
    }
    c.graphVersion = env.value(QStringLiteral("META_GRAPH_VERSION"), c.graphVersion);
    const QString syncMinutes = env.value(QStringLiteral("RECADO_TEMPLATE_SYNC_MINUTES"));
    if (!syncMinutes.isEmpty()) {
        bool ok = false;
        const int minutes = syncMinutes.toInt(&ok);
        if (!ok || minutes < 0)
            errors->append(QStringLiteral("RECADO_TEMPLATE_SYNC_MINUTES: expected minutes (0 = "
                                          "only at start), got \"%1\"")
                               .arg(syncMinutes));
        else
            c.templateSyncIntervalMs = qint64(minutes) * 60 * 1000;
    }
    c.instanceId = env.value(QStringLiteral("RECADO_INSTANCE_ID"),
                             QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    auto duration = [&](const char *name, qint64 *target) {
        const QString v = env.value(QString::fromLatin1(name));
        if (v.isEmpty())
            return;
        bool ok = false;
        const qint64 ms = v.toLongLong(&ok);
        if (!ok || ms <= 0)
            errors->append(QStringLiteral("%1: expected a positive number of milliseconds")
                               .arg(QString::fromLatin1(name)));
        else
            *target = ms;
    };
    duration("RECADO_OUTBOX_LEASE_MS", &c.outboxLeaseMs);
    duration("RECADO_OUTBOX_BACKOFF_MS", &c.outboxBackoffBaseMs);
    duration("RECADO_AUTH_RETRY_MS", &c.authRetryMs);
    readAi(env, &c, errors);
    if (!errors->isEmpty())
        return std::nullopt;
    return c;
}

namespace {
void readAi(const QProcessEnvironment &env, RelayConfig *c, QStringList *errors)
{
    const QString policy = env.value(QStringLiteral("RECADO_AI_POLICY")).trimmed().toLower();
    if (policy == QLatin1String("off"))
        c->draftPolicy.mode = drafts::DraftPolicy::Mode::Off;
    else if (policy.isEmpty() || policy == QLatin1String("draft") ||
             policy == QLatin1String("draft_only"))
        c->draftPolicy.mode = drafts::DraftPolicy::Mode::DraftOnly;
    else if (policy == QLatin1String("auto") || policy == QLatin1String("auto_send"))
        c->draftPolicy.mode = drafts::DraftPolicy::Mode::AutoSend;
    else
        errors->append(QStringLiteral("RECADO_AI_POLICY: expected off, draft or auto, got \"%1\"")
                           .arg(policy));

    const QString intents = env.value(QStringLiteral("RECADO_AI_AUTO_INTENTS")).trimmed();
    if (!intents.isEmpty()) {
        c->draftPolicy.autoSendIntents.clear();
        for (const QString &raw : intents.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = raw.trimmed().toLower();
            const auto intent = drafts::intentFromName(name);
            if (!intent)
                errors->append(
                    QStringLiteral("RECADO_AI_AUTO_INTENTS: unknown intent \"%1\" (known: %2)")
                        .arg(name, drafts::intentNames().join(QStringLiteral(", "))));
            else if (drafts::DraftPolicy::neverAutoSend(*intent))
                errors->append(
                    QStringLiteral("RECADO_AI_AUTO_INTENTS: %1 is never sent without a human")
                        .arg(name));
            else
                c->draftPolicy.autoSendIntents.insert(*intent);
        }
    }

    const QString baseUrl = env.value(QStringLiteral("RECADO_AI_BASE_URL")).trimmed();
    if (!baseUrl.isEmpty()) {
        drafts::ModelConfig model;
        model.baseUrl = QUrl(baseUrl);
        model.model = env.value(QStringLiteral("RECADO_AI_MODEL")).trimmed();
        // The key is a secret: it goes into the config and the Authorization header, never into
        // an error message or a log line.
        model.apiKey = env.value(QStringLiteral("RECADO_AI_API_KEY"));
        const QString timeout = env.value(QStringLiteral("RECADO_AI_TIMEOUT_MS"));
        if (!timeout.isEmpty()) {
            bool ok = false;
            const int ms = timeout.toInt(&ok);
            if (!ok || ms <= 0)
                errors->append(QStringLiteral(
                    "RECADO_AI_TIMEOUT_MS: expected a positive number of milliseconds"));
            else
                model.timeoutMs = ms;
        }
        if (!model.baseUrl.isValid() || (model.baseUrl.scheme() != QLatin1String("http") &&
                                         model.baseUrl.scheme() != QLatin1String("https")))
            errors->append(QStringLiteral(
                "RECADO_AI_BASE_URL: expected an http(s) URL such as https://api.openai.com/v1"));
        else if (model.model.isEmpty())
            errors->append(QStringLiteral(
                "RECADO_AI_MODEL: required with RECADO_AI_BASE_URL (e.g. gpt-4o-mini)"));
        else
            c->draftModel = model;
    }
    c->knowledgeBaseDir = env.value(QStringLiteral("RECADO_KB_DIR"), c->knowledgeBaseDir);
    const QString backlog = env.value(QStringLiteral("RECADO_AI_BACKLOG"));
    if (!backlog.isEmpty()) {
        bool ok = false;
        const int n = backlog.toInt(&ok);
        if (!ok || n <= 0)
            errors->append(
                QStringLiteral(
                    "RECADO_AI_BACKLOG: expected a positive number of messages, got \"%1\"")
                    .arg(backlog));
        else
            c->draftBacklog = n;
    }
}
} // namespace

void RelayConfig::readAiSettings(const QProcessEnvironment &env, RelayConfig *config,
                                 QStringList *errors)
{
    readAi(withConfigFile(env, errors), config, errors);
}

QString RelayConfig::helpText()
{
    return QStringLiteral(
        "Environment (a KEY=VALUE file named by RECADO_CONFIG is read first; the environment "
        "wins):\n"
        "  RECADO_LISTEN         host:port to listen on (default 127.0.0.1:8080)\n"
        "  RECADO_DATA_DIR       data directory (default ~/.local/share/recado-relay)\n"
        "  RECADO_DATABASE       sqlite:/path/file.db (default <data dir>/relay.db) or\n"
        "                        postgresql://user:password@host:port/db\n"
        "  RECADO_INSTANCE_ID    name of this instance in logs and outbox claims (default random)\n"
        "  META_APP_SECRET       app secret; verifies X-Hub-Signature-256 on webhooks (required)\n"
        "  META_VERIFY_TOKEN     token Meta echoes in the webhook handshake (required)\n"
        "  META_ACCESS_TOKEN     Graph API access token used to send (required)\n"
        "  META_PHONE_NUMBER_ID  id of the business phone number (required)\n"
        "  META_WABA_ID          WhatsApp business account id (template sync)\n"
        "  META_GRAPH_URL        Graph API base URL (default https://graph.facebook.com;\n"
        "                        the simulator's URL in the demo and tests)\n"
        "  META_GRAPH_VERSION    Graph API version path (default v21.0)\n"
        "  RECADO_TEMPLATE_SYNC_MINUTES  re-read Meta's templates this often (default 30;\n"
        "                        0 = only at start and when a client asks)\n"
        "  RECADO_AI_POLICY      AI drafts on inbound messages: off, draft (default: drafts wait\n"
        "                        for a human) or auto (chosen low-risk intents are sent)\n"
        "  RECADO_AI_AUTO_INTENTS  intents sent without a human under auto (default\n"
        "                        greeting,thanks,faq,eta); escalated drafts never are\n"
        "  RECADO_AI_BASE_URL    OpenAI-compatible endpoint for model drafts (default: the\n"
        "                        builtin offline drafter), e.g. https://api.openai.com/v1\n"
        "  RECADO_AI_MODEL       model name (required with RECADO_AI_BASE_URL)\n"
        "  RECADO_AI_API_KEY     API key for that endpoint (never logged)\n"
        "  RECADO_AI_TIMEOUT_MS  model answer deadline before the builtin draft is used (8000)\n"
        "  RECADO_KB_DIR         knowledge-base folder of *.json articles (default: the sample)\n"
        "  RECADO_AI_BACKLOG     customer messages waiting for a draft at most; newer ones go\n"
        "                        undrafted while it is full (1000)\n");
}

} // namespace recado::relay
