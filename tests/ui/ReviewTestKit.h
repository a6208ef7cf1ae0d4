// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the AI-draft review GUI tests: a signed-in client (SyncEngine + MainWindow) against
// the in-process relay, the simulator's /_sim/sent over HTTP, screenshots.

#include "core/sync/SyncEngine.h"
#include "ui/MainWindow.h"

#include "tests/relay/DraftsTestKit.h"
#include "tests/support/GuiTestKit.h"
#include "tests/support/HttpClient.h"
#include "tests/support/RelayFixture.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace recado::test::review {

constexpr int kWait = 15000;

inline bool screenshot(QWidget *w, const QString &name)
{
    return test::saveScreenshot(w, name);
}

//! One signed-in desktop client: its engine (cache in `dir`) and main window, live on the stream.
struct Client
{
    std::unique_ptr<sync::SyncEngine> engine;
    std::unique_ptr<ui::MainWindow> window;

    // The window reads the engine: it goes first.
    ~Client() { window.reset(); }

    static std::unique_ptr<Client> signIn(RelayFixture &fx, const QString &cachePath,
                                          const QString &user, const QString &password,
                                          domain::Role role)
    {
        auto c = std::make_unique<Client>();
        c->engine = std::make_unique<sync::SyncEngine>();
        if (!c->engine->openCache(cachePath))
            return nullptr;
        const QString token = fx.login(user, password);
        if (token.isEmpty())
            return nullptr;
        c->engine->setAccount(fx.relayUrl(), token, domain::Agent{user, user, role});
        c->window = std::make_unique<ui::MainWindow>(c->engine.get());
        c->window->show();
        c->engine->start();
        if (!QTest::qWaitFor(
                [&] { return c->engine->connection() == sync::SyncEngine::Connection::Live; },
                kWait))
            return nullptr;
        return c;
    }
};

//! Text bodies the simulator (as Meta) received for `waId`, read from GET /_sim/sent.
inline QStringList simSentTexts(RelayFixture &fx, const QString &waId)
{
    HttpClient sim(fx.simulatorUrl());
    const QJsonObject json = sim.get(QStringLiteral("/_sim/sent")).json();
    QStringList out;
    for (const QJsonValue &v : json.value(QStringLiteral("data")).toArray()) {
        const QJsonObject m = v.toObject();
        if (m.value(QStringLiteral("wa_id")).toString() == waId &&
            m.value(QStringLiteral("type")).toString() == QLatin1String("text"))
            out << m.value(QStringLiteral("body"))
                       .toObject()
                       .value(QStringLiteral("text"))
                       .toObject()
                       .value(QStringLiteral("body"))
                       .toString();
    }
    return out;
}

} // namespace recado::test::review
