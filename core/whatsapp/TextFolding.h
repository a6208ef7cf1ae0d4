// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recado::whatsapp {

//! Folds text for keyword matching: lower case, accents removed ("Não" -> "nao"), every run of
//! punctuation, symbols and whitespace turned into one space, trimmed. Letters and digits of
//! any script are kept.
QString foldForMatching(const QString &text);

//! True when `text` contains an emoji or pictograph (the ranges WhatsApp renders as emoji).
bool containsEmoji(const QString &text);

} // namespace recado::whatsapp
