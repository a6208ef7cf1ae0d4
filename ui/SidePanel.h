// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Conversation.h"
#include "core/domain/ServiceRequest.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace recado::sync {
class SyncEngine;
}

namespace recado::ui {

class ConsentBox;

//! Details of the open conversation and what can be done with it: the customer, who it is
//! assigned to (assign to me, to another agent, unassign), the linked service request (search
//! by id, customer or phone; link, unlink, open) and its status (archive, close, reopen).
//! Actions go to the SyncEngine; results come back as conversation changes.
class SidePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SidePanel(sync::SyncEngine *engine, QWidget *parent = nullptr);

    void setConversation(const std::optional<domain::Conversation> &conversation);
    void refreshAgents();
    //! Runs the request search (the search box's text).
    void searchRequests();

    QListWidget *requestResults() const { return m_results; }
    ConsentBox *consentBox() const { return m_consent; }
    QPushButton *requestTemplateButton() const { return m_requestTemplate; }

Q_SIGNALS:
    //! "Open" on the linked request: the window shows its details.
    void openRequest(const domain::ServiceRequest &request);
    //! "Send template…" on the linked request: the picker opens with its values filled in.
    void templateRequested(const domain::ServiceRequest &request);

private:
    void showLinkedRequest();
    void selectedResultChanged();

    sync::SyncEngine *m_engine;
    std::optional<domain::Conversation> m_conversation;
    std::optional<domain::ServiceRequest> m_linked;
    QList<domain::ServiceRequest> m_found;

    QLabel *m_name;
    QLabel *m_phone;
    QLabel *m_waId;
    QLabel *m_language;
    QLabel *m_assignee;
    QComboBox *m_agents;
    QPushButton *m_assignMe;
    QPushButton *m_assign;
    QPushButton *m_unassign;
    QLabel *m_request;
    QPushButton *m_open;
    QPushButton *m_unlink;
    QLineEdit *m_search;
    QPushButton *m_searchButton;
    QListWidget *m_results;
    QPushButton *m_link;
    QLabel *m_searchState;
    QLabel *m_status;
    QPushButton *m_archive;
    QPushButton *m_close;
    QPushButton *m_reopen;
    QPushButton *m_requestTemplate;
    ConsentBox *m_consent;
};

} // namespace recado::ui
