// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/whatsapp/consent/ConsentRecord.h"

#include <QString>

namespace recado::whatsapp {

//! What ConsentKeywords found in a customer message.
struct ConsentKeywordMatch
{
    enum class Kind { None, OptOut, OptIn };

    Kind kind = Kind::None;
    QString language; //!< "es", "pt" or "en": the list the keyword came from
    QString keyword;  //!< the keyword or phrase as matched (folded: lower case, no accents)
    //! True when the message was only the keyword (plus politeness: "BAJA por favor",
    //! "Stop!!"); false for a phrase inside a longer message ("... no me escriban más ...").
    bool wholeMessage = false;
    //! True for words that often mean something else in a service conversation: "cancelar"
    //! (cancel the visit?), "si"/"sim"/"yes" (answering a question?). The relay may still act on
    //! them but should show the conversation to an agent.
    bool ambiguous = false;

    bool isOptOut() const { return kind == Kind::OptOut; }
    bool isOptIn() const { return kind == Kind::OptIn; }

    //! A ledger entry for this match (source Keyword), or an invalid record when kind is None.
    ConsentRecord toRecord(const QDateTime &at, const QString &originalText) const;
};

//! Detects opt-out and opt-in requests in Spanish, Portuguese and English messages.
//!
//! Matching ignores case, accents and punctuation. Two kinds of match:
//! - keywords, only when they are the whole message apart from greetings and politeness
//!   ("STOP", "Baja.", "parar por favor", "SAIR", "START", "ALTA", "VOLVER", "SIM");
//! - phrases of clear intent anywhere in the message ("por favor no me escriban más",
//!   "não quero mais receber", "please unsubscribe me"), unless negated within the same clause
//!   ("no quiero darme de baja", "I don't want to unsubscribe") or asked as a question
//!   ("¿qué pasa si me doy de baja?" is left to an agent).
//! Single words never match inside a sentence, so "no puedo parar de reír" or "la baja presión"
//! do not fire.
class ConsentKeywords
{
public:
    //! `languageHint` is the contact's language when known (e.g. "pt_BR"). It decides between
    //! languages for words several share ("cancelar", "parar"; without a hint Spanish wins), and
    //! a lone keyword reports it as the match language: a Brazilian customer who sends "STOP"
    //! gets the Portuguese confirmation.
    static ConsentKeywordMatch detect(const QString &text, const QString &languageHint = {});
};

} // namespace recado::whatsapp
