// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/RelayCli.h"

#include "relay/Relay.h"
#include "relay/auth/PasswordHasher.h"
#include "relay/drafts/ClassifyCommand.h"
#include "relay/store/Database.h"
#include "relay/store/UserStore.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace recado::relay {

namespace {

QString usage()
{
    return QStringLiteral("Usage:\n"
                          "  recado-relay serve                      run the relay\n"
                          "  recado-relay user add NAME --role agent|supervisor|admin "
                          "--password-stdin [--display-name TEXT]\n"
                          "                                          create a user; the password "
                          "is read from stdin\n"
                          "  recado-relay user passwd NAME --password-stdin\n"
                          "  recado-relay classify [--kb DIR] [--now ISO-TIME] "
                          "[--with-source-text] [--builtin]\n"
                          "                                          read JSON lines "
                          "{\"text\":...,\"lang\"?:...} on stdin and\n"
                          "                                          print the AI drafter's "
                          "verdict per line (the model\n"
                          "                                          drafter when "
                          "RECADO_AI_BASE_URL is set, unless --builtin)\n"
                          "  recado-relay --help | --version\n\n") +
           RelayConfig::helpText();
}

int fail(const QString &message)
{
    QTextStream(stderr) << "recado-relay: " << message << '\n';
    return 2;
}

std::optional<RelayConfig> loadConfig()
{
    QStringList errors;
    auto config = RelayConfig::fromEnvironment(QProcessEnvironment::systemEnvironment(), &errors);
    for (const QString &e : errors)
        QTextStream(stderr) << "recado-relay: configuration error: " << e << '\n';
    return config;
}

QString readPasswordFromStdin()
{
    QTextStream in(stdin);
    return in.readLine();
}

int userCommand(const QStringList &args)
{
    // args: user add|passwd NAME [options]
    if (args.size() < 3)
        return fail(QStringLiteral("user: expected `user add NAME ...` or `user passwd NAME`"));
    const QString action = args[1];
    const QString name = args[2];
    QString role = QStringLiteral("agent");
    QString displayName;
    bool passwordStdin = false;
    for (int i = 3; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--role") && i + 1 < args.size())
            role = args[++i];
        else if (args[i] == QLatin1String("--display-name") && i + 1 < args.size())
            displayName = args[++i];
        else if (args[i] == QLatin1String("--password-stdin"))
            passwordStdin = true;
        else
            return fail(QStringLiteral("user: unknown option %1").arg(args[i]));
    }
    if (!passwordStdin)
        return fail(
            QStringLiteral("user: pass the password on standard input with --password-stdin"));
    bool roleOk = false;
    const domain::Role parsedRole = domain::roleFromString(role, &roleOk);
    if (!roleOk)
        return fail(QStringLiteral("user: --role must be agent, supervisor or admin"));
    const QString password = readPasswordFromStdin();
    if (password.size() < 8)
        return fail(QStringLiteral("user: the password must have at least 8 characters"));
    const auto config = loadConfig();
    if (!config)
        return 2;
    QString error;
    auto db = openDatabase(*config, &error);
    if (!db)
        return fail(error);
    UserStore users(*db);
    const QString hash = PasswordHasher::hash(password);
    if (action == QLatin1String("add")) {
        if (users.findByUsername(name))
            return fail(QStringLiteral("user %1 already exists").arg(name));
        if (!users.addUser({name, displayName.isEmpty() ? name : displayName, parsedRole}, hash,
                           &error))
            return fail(error);
        QTextStream(stdout) << "created " << domain::toString(parsedRole) << ' ' << name << '\n';
        return 0;
    }
    if (action == QLatin1String("passwd")) {
        if (!users.setPassword(name, hash))
            return fail(QStringLiteral("no user %1").arg(name));
        QTextStream(stdout) << "password changed for " << name << '\n';
        return 0;
    }
    return fail(QStringLiteral("user: unknown action %1").arg(action));
}

int classifyCommand(const QStringList &args)
{
    // Needs no Meta settings and no database: only the AI settings of the environment.
    QStringList errors;
    RelayConfig ai;
    RelayConfig::readAiSettings(QProcessEnvironment::systemEnvironment(), &ai, &errors);
    for (const QString &e : errors)
        QTextStream(stderr) << "recado-relay: configuration error: " << e << '\n';
    if (!errors.isEmpty())
        return 2;
    drafts::ClassifyOptions options;
    options.kbDir = ai.knowledgeBaseDir;
    options.model = ai.draftModel;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--kb") && i + 1 < args.size()) {
            options.kbDir = args[++i];
        } else if (args[i] == QLatin1String("--now") && i + 1 < args.size()) {
            options.now = QDateTime::fromString(args[++i], Qt::ISODate);
            if (!options.now.isValid())
                return fail(QStringLiteral(
                    "classify: --now expects an ISO time such as 2026-05-11T10:00:00"));
        } else if (args[i] == QLatin1String("--with-source-text")) {
            options.includeSourceText = true;
        } else if (args[i] == QLatin1String("--builtin")) {
            options.model.reset();
        } else {
            return fail(QStringLiteral("classify: unknown option %1").arg(args[i]));
        }
    }
    QTextStream in(stdin);
    QTextStream out(stdout);
    return drafts::runClassify(in, out, options);
}

int serve(QCoreApplication &app)
{
    const auto config = loadConfig();
    if (!config)
        return 2;
    Relay relay(*config);
    QString error;
    if (!relay.start(&error))
        return fail(error);
    // Stop cleanly on SIGINT/SIGTERM so outbox claims are released for other instances.
    static int pipeFds[2];
    if (::pipe(pipeFds) == 0) {
        auto handler = [](int) {
            const char c = 1;
            [[maybe_unused]] auto n = ::write(pipeFds[1], &c, 1);
        };
        std::signal(SIGINT, handler);
        std::signal(SIGTERM, handler);
        auto *notifier = new QSocketNotifier(pipeFds[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app, &relay] {
            relay.stop();
            app.quit();
        });
    }
    return app.exec();
}

} // namespace

int runCli(QCoreApplication &app)
{
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h") ||
        args[0] == QLatin1String("help")) {
        QTextStream(stdout) << usage();
        return args.isEmpty() ? 2 : 0;
    }
    if (args[0] == QLatin1String("--version")) {
        QTextStream(stdout) << "recado-relay " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (args[0] == QLatin1String("serve"))
        return serve(app);
    if (args[0] == QLatin1String("user"))
        return userCommand(args);
    if (args[0] == QLatin1String("classify"))
        return classifyCommand(args);
    return fail(QStringLiteral("unknown command %1; see --help").arg(args[0]));
}

} // namespace recado::relay
