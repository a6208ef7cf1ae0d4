// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Conversation.h"
#include "core/sync/ConsentApi.h"

#include <QGroupBox>
#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;

namespace recado::sync {
class EventStream;
}

namespace recado::ui {

class ConsentHistoryDialog;

//! The side panel's "Consent" box: the customer's current consent (opted in, opted out, or
//! nothing recorded) and whether a template may be sent, with "Consent history…" to see every
//! record, export it and record a verbal opt-in or an opt-out.
class ConsentBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit ConsentBox(sync::RelayApi *api, QWidget *parent = nullptr);

    void setConversation(const std::optional<domain::Conversation> &conversation);
    //! Reloads when the relay announces a consent change of this customer (`consent.updated`:
    //! a keyword, another agent's action), so the box never shows a stale state.
    void watch(sync::EventStream *stream);
    void reload();
    //! Opens (or raises) the history dialog.
    ConsentHistoryDialog *openHistory();

    QLabel *stateLabel() const { return m_state; }
    QPushButton *historyButton() const { return m_history; }

Q_SIGNALS:
    void loaded();

private:
    sync::RelayApi *m_api;
    std::optional<domain::Conversation> m_conversation;
    QLabel *m_state;
    QPushButton *m_history;
    QPointer<ConsentHistoryDialog> m_dialog;
};

} // namespace recado::ui
