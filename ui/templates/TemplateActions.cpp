// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/templates/TemplateActions.h"

#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/TemplateApi.h"
#include "ui/templates/NewMessageDialog.h"
#include "ui/templates/TemplatePickerDialog.h"

#include <QSettings>
#include <QUuid>
#include <QWidget>

namespace recado::ui {

TemplateActions::TemplateActions(sync::SyncEngine *engine, QWidget *window)
    : QObject(window)
    , m_engine(engine)
    , m_window(window)
{}

TemplatePickerDialog *TemplateActions::picker() const
{
    return m_picker;
}

NewMessageDialog *TemplateActions::numberDialog() const
{
    return m_number;
}

QString TemplateActions::defaultRegion()
{
    return QSettings()
        .value(QStringLiteral("templates/default_region"), QStringLiteral("MX"))
        .toString();
}

TemplatePickerDialog *
TemplateActions::sendToConversation(const domain::Conversation &c,
                                    const std::optional<domain::ServiceRequest> &request)
{
    if (m_picker)
        m_picker->close();
    if (!request && !c.serviceRequestId.isEmpty()) {
        // The linked request fills the values; the picker opens once it is read (or without it
        // when it cannot be).
        m_engine->api()->serviceRequest(
            c.serviceRequestId, this,
            [this, c](const sync::ApiResult &r, const domain::ServiceRequest &sr) {
                openPicker(c, r.ok() ? std::optional<domain::ServiceRequest>(sr) : std::nullopt);
            });
        return nullptr;
    }
    return openPicker(c, request);
}

TemplatePickerDialog *
TemplateActions::openPicker(const domain::Conversation &c,
                            const std::optional<domain::ServiceRequest> &request)
{
    TemplatePickerContext ctx;
    ctx.conversationId = c.id;
    const QString name = c.customerName.isEmpty() ? c.phone : c.customerName;
    ctx.recipient = c.phone.isEmpty() || c.customerName.isEmpty()
                        ? name
                        : QStringLiteral("%1 (%2)").arg(c.customerName, c.phone);
    // The customer's language: the conversation's, else what their country code suggests
    // (the picker falls back to the UI language).
    ctx.language = c.language.isEmpty() ? NewMessageDialog::languageFor(c.phone) : c.language;
    ctx.parameters.customerName = c.customerName;
    if (request)
        ctx.parameters.request = *request;
    const domain::Agent me = m_engine->me();
    ctx.parameters.values.insert(QStringLiteral("agent.name"),
                                 me.displayName.isEmpty() ? me.username : me.displayName);
    auto *picker = new TemplatePickerDialog(m_engine->api(), ctx, m_window);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    m_picker = picker;
    const qint64 id = c.id;
    connect(picker, &QDialog::accepted, this, [this, picker, id] {
        const auto stored =
            m_engine->sendMessage(id, QStringLiteral("template"),
                                  QJsonObject{{QStringLiteral("template"), picker->templateSpec()}},
                                  picker->renderedText(), {}, {});
        if (stored)
            Q_EMIT sent(id);
        else
            Q_EMIT failed(tr("The template could not be queued: the local cache refused it."));
    });
    picker->open();
    return picker;
}

NewMessageDialog *TemplateActions::newMessage()
{
    if (m_number)
        m_number->close();
    auto *dialog = new NewMessageDialog(defaultRegion(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_number = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QSettings().setValue(QStringLiteral("templates/default_region"), dialog->region());
        sendToNumber(dialog->e164());
    });
    dialog->open();
    return dialog;
}

TemplatePickerDialog *TemplateActions::sendToNumber(const QString &e164)
{
    if (m_picker)
        m_picker->close();
    TemplatePickerContext ctx;
    ctx.recipient = e164;
    ctx.language = NewMessageDialog::languageFor(e164);
    const domain::Agent me = m_engine->me();
    ctx.parameters.values.insert(QStringLiteral("agent.name"),
                                 me.displayName.isEmpty() ? me.username : me.displayName);
    auto *picker = new TemplatePickerDialog(m_engine->api(), ctx, m_window);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    m_picker = picker;
    connect(picker, &QDialog::accepted, this, [this, picker, e164] {
        // No conversation yet, so no outbox row to keep: the relay creates the conversation,
        // and a refusal is shown at once. The client id still makes a repeated click harmless.
        const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        sync::TemplateApi(m_engine->api())
            .sendToNumber(
                clientId, e164, picker->templateSpec(), this,
                [this, e164](const sync::ApiResult &r, const domain::Message &m) {
                    if (!r.ok()) {
                        Q_EMIT failed(
                            tr("The template to %1 was not sent: %2").arg(e164, r.errorMessage));
                        return;
                    }
                    Q_EMIT sent(m.conversationId);
                    Q_EMIT openConversationRequested(m.conversationId);
                });
    });
    picker->open();
    return picker;
}

} // namespace recado::ui
