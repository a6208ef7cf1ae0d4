// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SignInDialog.h"

#include "ui/AppIcon.h"
#include "ui/Palette.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace recado::ui {

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_notice(new QLabel(this))
    , m_error(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
    , m_keychain(new QFrame(this))
    , m_keychainText(new QLabel(m_keychain))
    , m_keep(new QPushButton(tr("Stay signed in for this run only"), m_keychain))
    , m_cancelKeep(new QPushButton(tr("Cancel sign-in"), m_keychain))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Recado"));
    setWindowIcon(AppIcon::icon());
    m_url->setObjectName(QStringLiteral("relayUrl"));
    m_user->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_error->setObjectName(QStringLiteral("signInError"));
    m_notice->setObjectName(QStringLiteral("signInNotice"));
    m_keep->setObjectName(QStringLiteral("keepForRunButton"));
    m_cancelKeep->setObjectName(QStringLiteral("cancelKeepButton"));
    m_keychainText->setObjectName(QStringLiteral("keychainText"));

    m_url->setPlaceholderText(QStringLiteral("https://relay.example.com"));
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn->setDefault(true);

    auto *heading = new QLabel(tr("Sign in to Recado"), this);
    QFont hf = heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.3);
    hf.setBold(true);
    heading->setFont(hf);
    auto *intro = new QLabel(tr("Recado connects to your team's relay. Ask your administrator for "
                                "its address and your account."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Relay &URL:"), m_url);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    for (QLabel *l : {m_notice, m_error, m_keychainText})
        l->setWordWrap(true);
    QPalette ep = m_error->palette();
    ep.setColor(QPalette::WindowText, Palette::error(ep));
    m_error->setPalette(ep);
    m_error->hide();
    m_notice->hide();

    m_keychain->setFrameShape(QFrame::StyledPanel);
    auto *kl = new QVBoxLayout(m_keychain);
    kl->addWidget(m_keychainText);
    auto *kb = new QHBoxLayout;
    kb->addStretch();
    kb->addWidget(m_cancelKeep);
    kb->addWidget(m_keep);
    kl->addLayout(kb);
    m_keychain->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_signIn);

    auto *col = new QVBoxLayout(this);
    col->addWidget(heading);
    col->addWidget(intro);
    col->addLayout(form);
    col->addWidget(m_notice);
    col->addWidget(m_error);
    col->addWidget(m_keychain);
    col->addLayout(buttons);
    setMinimumWidth(440);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInDialog::submit);
    connect(m_keep, &QPushButton::clicked, this, &SignInDialog::keepForThisRunChosen);
    connect(m_cancelKeep, &QPushButton::clicked, this, [this] {
        m_keychain->hide();
        setBusy(false);
        Q_EMIT keychainChoiceCancelled();
    });
}

void SignInDialog::setRelayUrl(const QString &url)
{
    m_url->setText(url);
}

void SignInDialog::setUsername(const QString &name)
{
    m_user->setText(name);
    if (!name.isEmpty())
        m_password->setFocus();
}

QString SignInDialog::relayUrl() const
{
    return m_url->text().trimmed();
}

QString SignInDialog::username() const
{
    return m_user->text().trimmed();
}

QString SignInDialog::password() const
{
    return m_password->text();
}

void SignInDialog::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_url, m_user, m_password, m_signIn})
        w->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
}

void SignInDialog::showError(const QString &message)
{
    setBusy(false);
    m_keychain->hide();
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SignInDialog::showNotice(const QString &message)
{
    m_notice->setText(message);
    m_notice->setVisible(!message.isEmpty());
}

void SignInDialog::askKeychainChoice(const QString &reason)
{
    m_error->hide();
    QString reasonText = reason.trimmed();
    while (reasonText.endsWith(QLatin1Char('.')))
        reasonText.chop(1); // it sits inside parentheses in a sentence
    m_keychainText->setText(
        tr("<b>Your sign-in cannot be saved.</b> No system keychain is reachable (%1).<br>"
           "You can stay signed in for this run only: Recado will ask for your password again "
           "the next time it starts. Or cancel, and the new session is revoked.")
            .arg(reasonText.toHtmlEscaped()));
    m_keychain->show();
    adjustSize();
    m_keep->setFocus();
}

void SignInDialog::submit()
{
    if (relayUrl().isEmpty() || username().isEmpty() || password().isEmpty()) {
        showError(tr("Please fill in the relay URL, your user name and your password."));
        return;
    }
    m_error->hide();
    setBusy(true);
    Q_EMIT signInRequested(relayUrl(), username(), password());
}

} // namespace recado::ui
