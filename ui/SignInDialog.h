// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace recado::ui {

//! First start (and after sign-out): asks for the relay URL, user name and password. When the
//! system keychain cannot be reached after a successful sign-in, it says so plainly and offers
//! to stay signed in for this run only. The dialog only collects answers; ClientController
//! drives the session.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);

    void setRelayUrl(const QString &url);
    void setUsername(const QString &name);
    QString relayUrl() const;
    QString username() const;
    QString password() const;

    void setBusy(bool busy);
    void showError(const QString &message);
    //! Switches to the keychain question.
    void askKeychainChoice(const QString &reason);
    void showNotice(const QString &message);

Q_SIGNALS:
    void signInRequested(const QString &relayUrl, const QString &username, const QString &password);
    void keepForThisRunChosen();
    void keychainChoiceCancelled();

private:
    void submit();

    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_notice;
    QLabel *m_error;
    QPushButton *m_signIn;
    QFrame *m_keychain;
    QLabel *m_keychainText;
    QPushButton *m_keep;
    QPushButton *m_cancelKeep;
};

} // namespace recado::ui
