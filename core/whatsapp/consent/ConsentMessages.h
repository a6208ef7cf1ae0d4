// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/whatsapp/consent/ConsentRecord.h"

#include <QString>

namespace recado::whatsapp {

//! The texts we send a customer right after they opt out or opt in again. They are written in
//! the customer's language (es, pt, en; anything else gets English), not the agent's UI
//! language, so they are plain per-language strings rather than tr() translations. They are
//! sent as free-form text: the customer has just written, so the service window is open.
class ConsentMessages
{
public:
    static QString confirmation(ConsentAction action, const QString &language);
};

} // namespace recado::whatsapp
