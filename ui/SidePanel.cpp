// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SidePanel.h"

#include "core/sync/RelayApi.h"
#include "core/sync/SyncEngine.h"
#include "ui/consent/ConsentBox.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>

namespace recado::ui {

using namespace recado::domain;

static QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAutoDefault(false);
    return b;
}

static QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

SidePanel::SidePanel(sync::SyncEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("sidePanel"));
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(6, 6, 6, 6);

    auto *customer = new QGroupBox(tr("Customer"), this);
    auto *cf = new QFormLayout(customer);
    m_name = valueLabel(customer, "customerName");
    m_phone = valueLabel(customer, "customerPhone");
    m_waId = valueLabel(customer, "customerWaId");
    m_language = valueLabel(customer, "customerLanguage");
    cf->addRow(tr("Name:"), m_name);
    cf->addRow(tr("Phone:"), m_phone);
    cf->addRow(tr("WhatsApp ID:"), m_waId);
    cf->addRow(tr("Language:"), m_language);
    col->addWidget(customer);

    auto *assign = new QGroupBox(tr("Assignment"), this);
    auto *af = new QVBoxLayout(assign);
    m_assignee = valueLabel(assign, "assigneeLabel");
    m_agents = new QComboBox(assign);
    m_agents->setObjectName(QStringLiteral("agentCombo"));
    m_assignMe = button(tr("Assign to me"), "assignMeButton", assign);
    m_assign = button(tr("Assign"), "assignButton", assign);
    m_unassign = button(tr("Unassign"), "unassignButton", assign);
    auto *agentRow = new QHBoxLayout;
    agentRow->addWidget(m_agents, 1);
    agentRow->addWidget(m_assign);
    auto *assignRow = new QHBoxLayout;
    assignRow->addWidget(m_assignMe);
    assignRow->addWidget(m_unassign);
    af->addWidget(m_assignee);
    af->addLayout(agentRow);
    af->addLayout(assignRow);
    col->addWidget(assign);
    m_consent = new ConsentBox(engine->api(), this);
    m_consent->watch(engine->stream());
    col->addWidget(m_consent);

    auto *request = new QGroupBox(tr("Service request"), this);
    auto *rf = new QVBoxLayout(request);
    m_request = valueLabel(request, "requestLabel");
    m_open = button(tr("Open"), "openRequestButton", request);
    m_unlink = button(tr("Unlink"), "unlinkButton", request);
    m_requestTemplate = button(tr("Send template…"), "requestTemplateButton", request);
    m_requestTemplate->setToolTip(
        tr("Send a template with this request's details (id, service, date...) filled in."));
    auto *linkedRow = new QHBoxLayout;
    linkedRow->addWidget(m_open);
    linkedRow->addWidget(m_unlink);
    m_search = new QLineEdit(request);
    m_search->setObjectName(QStringLiteral("requestSearch"));
    m_search->setPlaceholderText(tr("Request id, customer or phone"));
    m_search->setClearButtonEnabled(true);
    m_searchButton = button(tr("Search"), "requestSearchButton", request);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchButton);
    m_results = new QListWidget(request); // at most 20 results: a widget list is fine here
    m_results->setObjectName(QStringLiteral("requestResults"));
    m_results->setMaximumHeight(120);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setTextElideMode(Qt::ElideRight);
    m_searchState = valueLabel(request, "requestSearchState");
    m_link = button(tr("Link to this conversation"), "linkButton", request);
    rf->addWidget(m_request);
    rf->addLayout(linkedRow);
    rf->addWidget(m_requestTemplate);
    rf->addLayout(searchRow);
    rf->addWidget(m_searchState);
    rf->addWidget(m_results);
    rf->addWidget(m_link);
    col->addWidget(request);

    auto *status = new QGroupBox(tr("Status"), this);
    auto *sf = new QVBoxLayout(status);
    m_status = valueLabel(status, "statusLabel");
    m_archive = button(tr("Archive"), "archiveButton", status);
    m_close = button(tr("Close"), "closeButton", status);
    m_reopen = button(tr("Reopen"), "reopenButton", status);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_archive);
    statusRow->addWidget(m_close);
    statusRow->addWidget(m_reopen);
    sf->addWidget(m_status);
    sf->addLayout(statusRow);
    col->addWidget(status);
    col->addStretch();

    auto current = [this] { return m_conversation ? m_conversation->id : 0; };
    connect(m_assignMe, &QPushButton::clicked, this,
            [this, current] { m_engine->assign(current(), m_engine->me().username); });
    connect(m_assign, &QPushButton::clicked, this,
            [this, current] { m_engine->assign(current(), m_agents->currentData().toString()); });
    connect(m_unassign, &QPushButton::clicked, this,
            [this, current] { m_engine->assign(current(), {}); });
    connect(m_unlink, &QPushButton::clicked, this,
            [this, current] { m_engine->link(current(), {}); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_linked)
            Q_EMIT openRequest(*m_linked);
    });
    connect(m_requestTemplate, &QPushButton::clicked, this, [this] {
        if (m_linked)
            Q_EMIT templateRequested(*m_linked);
    });
    connect(m_search, &QLineEdit::returnPressed, this, &SidePanel::searchRequests);
    connect(m_searchButton, &QPushButton::clicked, this, &SidePanel::searchRequests);
    connect(m_results, &QListWidget::currentRowChanged, this, &SidePanel::selectedResultChanged);
    connect(m_results, &QListWidget::itemDoubleClicked, m_link, &QPushButton::click);
    connect(m_link, &QPushButton::clicked, this, [this, current] {
        const int row = m_results->currentRow();
        if (row >= 0 && row < m_found.size())
            m_engine->link(current(), m_found.at(row).id);
    });
    connect(m_archive, &QPushButton::clicked, this,
            [this, current] { m_engine->setStatus(current(), ConversationStatus::Archived); });
    connect(m_close, &QPushButton::clicked, this,
            [this, current] { m_engine->setStatus(current(), ConversationStatus::Closed); });
    connect(m_reopen, &QPushButton::clicked, this,
            [this, current] { m_engine->setStatus(current(), ConversationStatus::Active); });
    connect(engine, &sync::SyncEngine::agentsChanged, this, &SidePanel::refreshAgents);

    refreshAgents();
    setConversation(std::nullopt);
}

void SidePanel::refreshAgents()
{
    const QString keep = m_agents->currentData().toString();
    m_agents->clear();
    for (const Agent &a : m_engine->agents()) {
        const QString label = a.displayName.isEmpty() || a.displayName == a.username
                                  ? a.username
                                  : QStringLiteral("%1 (%2)").arg(a.displayName, a.username);
        m_agents->addItem(label, a.username);
    }
    const int i = m_agents->findData(keep);
    if (i >= 0)
        m_agents->setCurrentIndex(i);
    m_assign->setEnabled(m_conversation && m_agents->count() > 0);
}

void SidePanel::setConversation(const std::optional<Conversation> &conversation)
{
    const bool switched =
        !conversation || !m_conversation || conversation->id != m_conversation->id;
    const bool linkChanged = switched || !conversation ||
                             conversation->serviceRequestId != m_conversation->serviceRequestId;
    m_conversation = conversation;
    setEnabled(conversation.has_value());
    m_consent->setConversation(conversation);
    const QString none = tr("—");
    if (!conversation) {
        for (QLabel *l : {m_name, m_phone, m_waId, m_language, m_assignee, m_request, m_status})
            l->setText(none);
        return;
    }
    const Conversation &c = *conversation;
    m_name->setText(c.customerName.isEmpty() ? none : c.customerName);
    m_phone->setText(c.phone.isEmpty() ? tr("hidden by WhatsApp") : c.phone);
    m_waId->setText(c.waId.isEmpty() ? (c.userId.isEmpty() ? none : c.userId) : c.waId);
    m_language->setText(c.language.isEmpty() ? none : c.language);

    const bool mine = !c.assignee.isEmpty() && c.assignee == m_engine->me().username;
    m_assignee->setText(c.assignee.isEmpty() ? tr("Unassigned")
                        : mine               ? tr("Assigned to you")
                                             : tr("Assigned to %1").arg(c.assignee));
    m_assignMe->setEnabled(!mine);
    m_unassign->setEnabled(!c.assignee.isEmpty());
    m_assign->setEnabled(m_agents->count() > 0);

    switch (c.status) {
    case ConversationStatus::Active:
        m_status->setText(tr("Active"));
        break;
    case ConversationStatus::Archived:
        m_status->setText(tr("Archived (reopens when the customer writes)"));
        break;
    case ConversationStatus::Closed:
        m_status->setText(tr("Closed"));
        break;
    }
    m_archive->setEnabled(c.status == ConversationStatus::Active);
    m_close->setEnabled(c.status != ConversationStatus::Closed);
    m_reopen->setEnabled(c.status != ConversationStatus::Active);

    if (switched) {
        m_search->clear();
        m_results->clear();
        m_found.clear();
        m_searchState->clear();
        m_searchState->hide();
        // Suggest the customer's phone: requests are usually found by it.
        m_search->setPlaceholderText(c.phone.isEmpty() ? tr("Request id, customer or phone")
                                                       : c.phone);
    }
    if (linkChanged)
        showLinkedRequest();
    selectedResultChanged();
}

void SidePanel::showLinkedRequest()
{
    m_linked.reset();
    const QString id = m_conversation ? m_conversation->serviceRequestId : QString();
    m_open->setEnabled(false);
    m_requestTemplate->setEnabled(false);
    m_unlink->setEnabled(!id.isEmpty());
    if (id.isEmpty()) {
        m_request->setText(tr("Not linked to a service request."));
        return;
    }
    m_request->setText(tr("Linked to %1 (loading details…)").arg(id));
    m_engine->api()->serviceRequest(
        id, this, [this, id](const sync::ApiResult &r, const ServiceRequest &sr) {
            if (!m_conversation || m_conversation->serviceRequestId != id)
                return; // the user moved on
            if (!r.ok()) {
                m_request->setText(
                    tr("Linked to %1 (details unavailable: %2)").arg(id, r.errorMessage));
                return;
            }
            m_linked = sr;
            m_open->setEnabled(true);
            m_requestTemplate->setEnabled(m_conversation->status != ConversationStatus::Closed);
            QStringList parts{QStringLiteral("<b>%1</b>").arg(sr.id.toHtmlEscaped())};
            if (!sr.serviceType.isEmpty())
                parts << sr.serviceType.toHtmlEscaped();
            parts << tr("status: %1").arg(sr.status.toHtmlEscaped());
            if (sr.requestedDate.isValid())
                parts << QLocale().toString(sr.requestedDate, QLocale::ShortFormat);
            if (!sr.technician.isEmpty())
                parts << tr("technician: %1").arg(sr.technician.toHtmlEscaped());
            m_request->setText(parts.join(QStringLiteral(" · ")));
        });
}

void SidePanel::searchRequests()
{
    QString q = m_search->text().trimmed();
    if (q.isEmpty() && m_conversation)
        q = m_conversation->phone;
    if (q.isEmpty())
        return;
    m_searchState->setText(tr("Searching…"));
    m_searchState->show();
    m_results->clear();
    m_found.clear();
    m_engine->api()->searchServiceRequests(
        q, 20, this, [this](const sync::ApiResult &r, const QList<ServiceRequest> &found) {
            if (!r.ok()) {
                m_searchState->setText(r.errorMessage);
                return;
            }
            m_found = found;
            m_results->clear();
            for (const ServiceRequest &sr : found) {
                const QString line = QStringLiteral("%1 · %2 · %3 · %4")
                                         .arg(sr.id, sr.customerName, sr.contactPhone, sr.status);
                auto *item = new QListWidgetItem(line, m_results);
                item->setToolTip(
                    QStringList{line, sr.serviceType, sr.address}.join(QLatin1Char('\n')));
            }
            m_searchState->setText(found.isEmpty() ? tr("No service request matches.")
                                                   : tr("Requests found: %L1").arg(found.size()));
            if (!found.isEmpty())
                m_results->setCurrentRow(0);
            selectedResultChanged();
        });
}

void SidePanel::selectedResultChanged()
{
    const int row = m_results->currentRow();
    m_link->setEnabled(m_conversation && row >= 0 && row < m_found.size() &&
                       m_found.at(row).id != m_conversation->serviceRequestId);
}

} // namespace recado::ui
