// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace recado::whatsapp {

enum class ConsentAction { OptIn, OptOut };

//! How a consent change reached us.
enum class ConsentSource {
    CustomerMessage, //!< the customer wrote to us (implicitly opts in again after an opt-out)
    WebForm,         //!< a checkbox on a web or service-request form
    Import,          //!< imported from another system (CRM, spreadsheet)
    AgentVerbal,     //!< the customer told an agent (by phone, in person); `agent` says who
    Keyword,         //!< the customer sent STOP, BAJA, SAIR, START... (see ConsentKeywords)
    AgentAction,     //!< an agent changed it in the client, e.g. at the customer's written request
};

QString toString(ConsentAction a); //!< "opt_in", "opt_out"
ConsentAction consentActionFromString(const QString &s, bool *ok = nullptr);
QString toString(ConsentSource s); //!< "customer_message", "web_form", "import", ...
ConsentSource consentSourceFromString(const QString &s, bool *ok = nullptr);

//! One entry of a contact's consent ledger. Records are never edited: a change of mind is a new
//! record, so the history shows who changed what, when and how.
struct ConsentRecord
{
    ConsentAction action = ConsentAction::OptIn;
    ConsentSource source = ConsentSource::AgentAction;
    QDateTime at;     //!< when the customer gave or withdrew consent (UTC)
    QString agent;    //!< user name of the agent, for AgentVerbal and AgentAction
    QString keyword;  //!< Keyword: what the customer sent, e.g. "BAJA"
    QString language; //!< the customer's language when known ("es", "pt", "en")
    QString note;     //!< free text, e.g. "called the office on 12 March"

    //! False when `at` is missing, or an agent-made record does not name the agent.
    bool isValid() const;

    //! `{"action","source","at","agent"?,"keyword"?,"language"?,"note"?}`; `at` in ISO-8601
    //! UTC with milliseconds, like the rest of the wire format.
    QJsonObject toJson() const;
    //! Parses toJson()'s format; returns false for unknown actions or sources or a bad time.
    static bool fromJson(const QJsonObject &o, ConsentRecord *out);
};

} // namespace recado::whatsapp
