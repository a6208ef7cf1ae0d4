// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace recado::whatsapp {

//! Language codes Meta accepts for message templates (the "Supported Languages" page of the
//! Cloud API docs). Codes are case-sensitive and use an underscore: "pt_BR", never "pt-BR".
const QStringList &templateLanguageCodes();

//! True when `code` is one of templateLanguageCodes().
bool isKnownTemplateLanguage(const QString &code);

//! The base language of a code: "pt_BR" -> "pt", "es" -> "es", "fil" -> "fil".
QString baseLanguage(const QString &code);

} // namespace recado::whatsapp
