// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSystemTrayIcon;
class QMenu;

namespace recado::ui {

//! The tray icon (with the total unread count drawn on it and in its tooltip) and desktop
//! notifications. Where the desktop has no tray (or in tests), the state is still kept and
//! notifications are still announced through notified().
class TrayController : public QObject
{
    Q_OBJECT
public:
    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    void setUnread(int total);
    int unread() const { return m_unread; }
    void notify(const QString &title, const QString &body, qint64 conversationId);
    QString toolTip() const;
    bool isAvailable() const;
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void notified(const QString &title, const QString &body, qint64 conversationId);
    //! The user clicked the icon or a notification.
    void activated(qint64 conversationId);

private:
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    int m_unread = 0;
    qint64 m_lastNotified = 0;
};

} // namespace recado::ui
