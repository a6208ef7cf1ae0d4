// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recado::relay::drafts {

//! Tells Spanish, Portuguese and English apart from words and letters that only one of them
//! uses (ñ/¿ vs ã/ç, "usted"/"você"/"you", "gracias"/"obrigado"/"thanks" ...). Short messages
//! with no evidence ("ok", "👍", "?") fall back to the conversation's language.
class LanguageDetector
{
public:
    struct Result
    {
        QString lang;            //!< es, pt or en
        double confidence = 0.0; //!< 0 when the hint/default was used
    };

    static Result detect(const QString &text, const QString &hint = QString());
    //! es/pt/en from an E.164 phone number's country code (+55 -> pt, +1/+44 -> en, else es).
    static QString fromPhone(const QString &e164);
};

} // namespace recado::relay::drafts
