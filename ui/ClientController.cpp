// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ClientController.h"

#include "core/sync/Session.h"
#include "core/sync/SyncEngine.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace recado::ui {

using recado::sync::Session;
using recado::sync::SyncEngine;

static const QString kRelayKey = QStringLiteral("account/relay_url");
static const QString kUserKey = QStringLiteral("account/username");
static const QString kDisplayNameKey = QStringLiteral("account/display_name");

ClientController::ClientController(sync::TokenStore *store, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
    , m_settings(m_options.settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(m_options.settingsFile, QSettings::IniFormat))
    , m_session(new Session(store, this))
{
    if (m_options.dataDir.isEmpty())
        m_options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);

    connect(m_session, &Session::signedIn, this, &ClientController::onSignedIn);
    connect(m_session, &Session::signInFailed, this, [this](const QString &message) {
        if (m_dialog)
            m_dialog->showError(message);
    });
    connect(m_session, &Session::keychainUnavailable, this, [this](const QString &reason) {
        if (m_dialog)
            m_dialog->askKeychainChoice(reason);
    });
    connect(m_session, &Session::restoreFailed, this, &ClientController::showSignIn);
    connect(m_session, &Session::sessionRejected, this, [this](const QString &message) {
        tearDown();
        showSignIn(message);
    });
    connect(m_session, &Session::userVerified, this, [this] {
        m_settings->setValue(kDisplayNameKey, m_session->user().displayName);
        if (m_engine)
            m_engine->setAccount(m_session->relayUrl(), m_session->token(), m_session->user());
    });
}

ClientController::~ClientController()
{
    tearDown();
    // Not deferred here: the window must go before the engine it reads from, and no event loop
    // may run between them.
    for (const QPointer<QObject> &o : std::as_const(m_retired))
        delete o.data();
    delete m_dialog;
}

QString ClientController::cachePathFor(const QString &storeKey) const
{
    const QByteArray hash =
        QCryptographicHash::hash(storeKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(m_options.dataDir)
        .filePath(QStringLiteral("accounts/%1.sqlite").arg(QString::fromLatin1(hash)));
}

void ClientController::start()
{
    const QUrl relay(m_settings->value(kRelayKey).toString());
    const QString user = m_settings->value(kUserKey).toString();
    if (relay.isEmpty() || user.isEmpty()) {
        showSignIn({});
        return;
    }
    m_session->restore(relay, user);
}

void ClientController::showSignIn(const QString &notice)
{
    if (!m_dialog) {
        m_dialog = new SignInDialog;
        connect(m_dialog, &SignInDialog::signInRequested, this,
                [this](const QString &url, const QString &user, const QString &password) {
                    const QUrl relay = Session::normalizeRelayUrl(url);
                    if (relay.isEmpty()) {
                        m_dialog->showError(tr("“%1” is not a relay address. It looks like "
                                               "https://relay.example.com or 192.168.1.10:8080.")
                                                .arg(url));
                        return;
                    }
                    m_session->signIn(relay, user, password);
                });
        connect(m_dialog, &SignInDialog::keepForThisRunChosen, m_session, &Session::keepForThisRun);
        connect(m_dialog, &SignInDialog::keychainChoiceCancelled, m_session, &Session::abandon);
        connect(m_dialog, &QDialog::rejected, this, [this] {
            if (!m_window)
                QCoreApplication::quit();
        });
    }
    m_dialog->setRelayUrl(m_settings->value(kRelayKey).toString());
    m_dialog->setUsername(m_settings->value(kUserKey).toString());
    m_dialog->showNotice(notice);
    m_dialog->setBusy(false);
    m_dialog->show();
    m_dialog->raise();
}

void ClientController::onSignedIn()
{
    const QUrl relay = m_session->relayUrl();
    sync::Session *s = m_session;
    domain::Agent user = s->user();
    if (s->isUnverified()) {
        const QString name = m_settings->value(kDisplayNameKey).toString();
        if (!name.isEmpty())
            user.displayName = name;
    }
    m_settings->setValue(kRelayKey, relay.toString());
    m_settings->setValue(kUserKey, user.username);
    m_settings->setValue(kDisplayNameKey, user.displayName);
    m_settings->sync();

    tearDown();
    m_engine = new SyncEngine; // no parent: deleted after its window, see tearDown()
    const QString path = cachePathFor(Session::storeKey(relay, user.username));
    if (!m_engine->openCache(path)) {
        const QString why = m_engine->cacheError();
        delete m_engine.data();
        showSignIn(tr("The local cache could not be opened: %1").arg(why));
        return;
    }
    m_engine->setAccount(relay, s->token(), user);
    connect(m_engine, &SyncEngine::sessionExpired, this, [this](const QString &message) {
        tearDown();
        m_session->signOut();
        showSignIn(message);
    });

    m_window = new MainWindow(m_engine);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_window, &MainWindow::signOutRequested, this, &ClientController::signOut);
    if (!s->isPersisted())
        m_window->showBanner(tr("You are signed in for this run only: no keychain was available "
                                "to remember your sign-in."));
    m_window->show();
    if (m_dialog)
        m_dialog->hide();
    m_engine->start();
    Q_EMIT windowShown();
}

void ClientController::tearDown()
{
    // Deferred deletes: this often runs inside a signal of the engine or the window.
    // Window first, then engine (deferred deletes run in the order they were posted).
    if (m_window) {
        m_window->hide();
        m_window->deleteLater();
        m_retired << m_window.data();
        m_window = nullptr;
    }
    if (m_engine) {
        m_engine->stop();
        m_engine->deleteLater();
        m_retired << m_engine.data();
        m_engine = nullptr;
    }
    m_retired.removeAll(nullptr);
}

void ClientController::signOut()
{
    tearDown();
    m_session->signOut();
    showSignIn(tr("You have signed out."));
}

} // namespace recado::ui
