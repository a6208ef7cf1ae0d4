// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Conversation.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace recado::ui {

class ComposerEdit;

//! Writes replies. Shows the 24-hour customer-service window (time left, a warning when it is
//! about to close) and, when it is closed, disables free text with the reason and points to
//! "Send template…" (templateRequested(); a template may be sent while the window is open too).
class ComposerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerWidget(QWidget *parent = nullptr);

    void setConversation(const std::optional<domain::Conversation> &conversation);
    void setClock(std::function<QDateTime()> now);

    ComposerEdit *editor() const { return m_edit; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *templateButton() const { return m_template; }
    QLabel *windowLabel() const { return m_window; }
    //! True when free text may be sent now.
    bool canSendText() const { return m_canSend; }
    static QString durationText(qint64 secs);

Q_SIGNALS:
    void sendRequested(const QString &text);
    //! "Send template…": the window opens the template picker for this conversation.
    void templateRequested();

protected:
    void changeEvent(QEvent *e) override;

private:
    void refresh();
    void submit();

    ComposerEdit *m_edit;
    QPushButton *m_send;
    QPushButton *m_template;
    QLabel *m_window;
    std::optional<domain::Conversation> m_conversation;
    std::function<QDateTime()> m_now;
    QTimer m_tick;
    bool m_canSend = false;
};

} // namespace recado::ui
