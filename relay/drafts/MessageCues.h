// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/drafts/DraftResult.h"

#include <QString>

namespace recado::relay::drafts {

//! Small readings of a customer message that decide how the builtin reply is worded.
class MessageCues
{
public:
    //! "¿ya quedó registrado mi pago?": about the customer's own account, no article answers it.
    static bool accountSpecific(const QString &text);
    //! The clause around `e` rules that day or time out ("el jueves no puedo", "tomorrow won't
    //! work", "em vez de manhã"), so it must not be echoed as the customer's choice.
    static bool ruledOut(const QString &text, const Entity &e);
    //! A question (a '?' or an opening question word), as opposed to a statement.
    static bool isQuestion(const QString &text);
    //! Names an appliance or the failing part ("lavadora", "fridge", "fuga").
    static bool mentionsAppliance(const QString &text);
};

} // namespace recado::relay::drafts
