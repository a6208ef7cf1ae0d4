// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TrayController.h"

#include "ui/AppIcon.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace recado::ui {

TrayController::TrayController(QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_tray->setIcon(AppIcon::withBadge(64, 0));
    m_tray->setToolTip(toolTip());
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            Q_EMIT activated(0);
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this,
            [this] { Q_EMIT activated(m_lastNotified); });
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

TrayController::~TrayController()
{
    delete m_menu;
}

bool TrayController::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QString TrayController::toolTip() const
{
    return m_unread == 0 ? tr("Recado: no unread messages")
                         : tr("Recado: %L1 unread").arg(m_unread);
}

void TrayController::setUnread(int total)
{
    if (total == m_unread)
        return;
    m_unread = total;
    m_tray->setIcon(AppIcon::withBadge(64, total));
    m_tray->setToolTip(toolTip());
}

void TrayController::notify(const QString &title, const QString &body, qint64 conversationId)
{
    m_lastNotified = conversationId;
    if (m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, body, AppIcon::icon(), 8000);
    Q_EMIT notified(title, body, conversationId);
}

} // namespace recado::ui
