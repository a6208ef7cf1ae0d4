// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Conversation.h"
#include "core/domain/ServiceRequest.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace recado::sync {
class SyncEngine;
}

namespace recado::ui {

class NewMessageDialog;
class TemplatePickerDialog;

//! The three ways an agent sends a template: from the composer of a conversation (its window
//! closed or not), from "New message" to a phone number, and from the linked service request
//! with its values filled in. A conversation's template goes through the engine's outbox (so
//! it survives a restart like text does); a new number's goes straight to the relay, which
//! creates the conversation, and the window then opens it.
class TemplateActions : public QObject
{
    Q_OBJECT
public:
    TemplateActions(sync::SyncEngine *engine, QWidget *window);

    //! Opens the picker for `conversation`; a service request (given, or the one linked to the
    //! conversation: the picker then opens once it is read, and nullptr is returned) prefills
    //! the form.
    TemplatePickerDialog *
    sendToConversation(const domain::Conversation &conversation,
                       const std::optional<domain::ServiceRequest> &request = {});
    //! Asks for a phone number, then opens the picker.
    NewMessageDialog *newMessage();
    //! The picker for a number already checked (E.164).
    TemplatePickerDialog *sendToNumber(const QString &e164);

    TemplatePickerDialog *picker() const;
    NewMessageDialog *numberDialog() const;
    //! The region a number without +code is read in ("MX" unless the settings say otherwise).
    static QString defaultRegion();

Q_SIGNALS:
    //! A template to a new number was accepted by the relay: show its conversation.
    void openConversationRequested(qint64 conversationId);
    void failed(const QString &message);
    //! The template was put in the outbox or handed to the relay.
    void sent(qint64 conversationId);

private:
    TemplatePickerDialog *openPicker(const domain::Conversation &conversation,
                                     const std::optional<domain::ServiceRequest> &request);

    sync::SyncEngine *m_engine;
    QWidget *m_window;
    QPointer<TemplatePickerDialog> m_picker;
    QPointer<NewMessageDialog> m_number;
};

} // namespace recado::ui
