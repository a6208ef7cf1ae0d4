// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Message.h"

#include <QCoreApplication>
#include <QString>

namespace recado::ui {

//! The words the thread shows for a message: its delivery status, why it failed, and a clear
//! placeholder for kinds that are not rendered yet (media rendering is a later issue).
class MessageText
{
    Q_DECLARE_TR_FUNCTIONS(recado::ui::MessageText)
public:
    static QString statusText(domain::DeliveryStatus status, bool offline = false);
    //! A sentence an agent understands, from Meta's error code (translated for codes we know)
    //! or the relay's explanation.
    static QString failureReason(const domain::Message &m);
    //! Empty for plain text; otherwise e.g. "Photo", "Location: Av. Reforma 222".
    static QString kindLabel(const domain::Message &m);
    //! What the bubble shows as its body.
    static QString bodyText(const domain::Message &m);
    //! One-line summary (list previews, notifications).
    static QString summary(const domain::Message &m);
    //! The locale's short time format without seconds ("14:05", "2:05 PM").
    static QString shortTime(const QDateTime &t);
};

} // namespace recado::ui
