// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recado::whatsapp {

//! Normalises a phone number to E.164 (`+5215512345678`) with libphonenumber. Meta's `wa_id` has
//! no plus sign; user input may have spaces, dashes or a national prefix (`defaultRegion`).
//! Returns an empty string when the number is not valid.
QString toE164(const QString &input, const QString &defaultRegion = QStringLiteral("MX"));

//! The `to` field Graph expects: E.164 digits without the plus.
QString toWaId(const QString &e164);

} // namespace recado::whatsapp
