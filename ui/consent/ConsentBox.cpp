// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consent/ConsentBox.h"

#include "core/sync/EventStream.h"
#include "ui/Palette.h"
#include "ui/consent/ConsentHistoryDialog.h"
#include "ui/consent/ConsentText.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace recado::ui {

ConsentBox::ConsentBox(sync::RelayApi *api, QWidget *parent)
    : QGroupBox(tr("Consent"), parent)
    , m_api(api)
    , m_state(new QLabel(this))
    , m_history(new QPushButton(tr("Consent history…"), this))
{
    setObjectName(QStringLiteral("consentBox"));
    m_state->setObjectName(QStringLiteral("consentState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history->setObjectName(QStringLiteral("consentHistoryButton"));
    m_history->setAutoDefault(false);
    auto *col = new QVBoxLayout(this);
    col->addWidget(m_state);
    col->addWidget(m_history, 0, Qt::AlignLeft);
    connect(m_history, &QPushButton::clicked, this, [this] { openHistory(); });
    setConversation(std::nullopt);
}

void ConsentBox::setConversation(const std::optional<domain::Conversation> &conversation)
{
    const bool switched =
        !conversation || !m_conversation || conversation->id != m_conversation->id;
    // A new customer message may change consent (first message, keywords): reload then too.
    const bool wrote = !switched && conversation->lastInboundAt != m_conversation->lastInboundAt;
    m_conversation = conversation;
    m_history->setEnabled(conversation.has_value());
    if (!conversation) {
        m_state->setText(tr("—"));
        return;
    }
    if (switched || wrote)
        reload();
}

void ConsentBox::watch(sync::EventStream *stream)
{
    connect(stream, &sync::EventStream::eventReceived, this, [this](const domain::Event &e) {
        if (!m_conversation || e.type != QLatin1String("consent.updated"))
            return;
        const qint64 contact = e.payload.value(QStringLiteral("contact_id")).toInteger();
        if (e.conversationId == m_conversation->id ||
            (contact != 0 && contact == m_conversation->contactId))
            reload();
    });
}

void ConsentBox::reload()
{
    if (!m_conversation)
        return;
    const qint64 id = m_conversation->id;
    sync::ConsentApi(m_api).ledger(
        id, this, [this, id](const sync::ApiResult &r, const sync::ConsentInfo &info) {
            if (!m_conversation || m_conversation->id != id)
                return; // the user moved on
            QPalette p = m_state->palette();
            if (!r.ok()) {
                m_state->setText(tr("Consent unknown: %1").arg(r.errorMessage));
                p.setColor(QPalette::WindowText, Palette::secondaryText(p));
            } else {
                QString text = ConsentText::state(info);
                if (!info.templates.allowed)
                    text += QStringLiteral("\n") + tr("No template can be sent.");
                m_state->setText(text);
                m_state->setToolTip(info.templates.reason);
                p.setColor(QPalette::WindowText, info.templates.allowed
                                                     ? palette().color(QPalette::WindowText)
                                                     : Palette::error(p));
            }
            m_state->setPalette(p);
            Q_EMIT loaded();
        });
}

ConsentHistoryDialog *ConsentBox::openHistory()
{
    if (!m_conversation)
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    const QString who = m_conversation->customerName.isEmpty() ? m_conversation->phone
                                                               : m_conversation->customerName;
    m_dialog = new ConsentHistoryDialog(m_api, m_conversation->id, who, window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ConsentHistoryDialog::consentChanged, this, &ConsentBox::reload);
    m_dialog->open();
    return m_dialog;
}

} // namespace recado::ui
