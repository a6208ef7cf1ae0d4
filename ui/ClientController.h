// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/SyncEngine.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QSettings;

namespace recado::sync {
class Session;
class TokenStore;
} // namespace recado::sync

namespace recado::ui {

//! Runs the desktop client: signs in (silently when a token is stored, otherwise through the
//! sign-in dialog), opens the account's cache and the main window, and handles sign-out and
//! expired sessions. main() only builds one of these with the real keychain; tests build one
//! with a MemoryTokenStore and temporary directories.
class ClientController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString settingsFile; //!< empty: the platform's default QSettings
        QString dataDir;      //!< where account caches go; empty: AppLocalDataLocation
    };

    ClientController(sync::TokenStore *store, Options options, QObject *parent = nullptr);
    ~ClientController() override;

    void start();

    sync::Session *session() const { return m_session; }
    sync::SyncEngine *engine() const { return m_engine; }
    MainWindow *window() const { return m_window; }
    SignInDialog *signInDialog() const { return m_dialog; }
    QString cachePathFor(const QString &storeKey) const;

Q_SIGNALS:
    //! The main window is up (after sign-in or a silent restore).
    void windowShown();

private:
    void showSignIn(const QString &notice);
    void onSignedIn();
    void tearDown();
    void signOut();

    sync::TokenStore *m_store;
    Options m_options;
    std::unique_ptr<QSettings> m_settings;
    sync::Session *m_session;
    QPointer<sync::SyncEngine> m_engine;
    QPointer<MainWindow> m_window;
    QPointer<SignInDialog> m_dialog;
    QList<QPointer<QObject>> m_retired; //!< windows and engines awaiting their deferred delete
};

} // namespace recado::ui
