// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace recado::metasim {

//! Checks the body of `POST /{phone_number_id}/messages` the way the Cloud API does before it
//! accepts a message. Template lookups are TemplateCatalog's job; this checks the shape.
class MessageValidator
{
public:
    struct Result
    {
        int code = 0;    //!< 0 when valid; otherwise 100, 131008 or 131009
        QString details; //!< what is wrong, in Meta's words where we know them
        bool ok() const { return code == 0; }
    };

    static constexpr int kMaxTextLength = 4096;
    static constexpr int kMaxCaptionLength = 1024;
    static constexpr int kMaxButtons = 3;
    static constexpr int kMaxListRows = 10;
    static constexpr int kMaxListSections = 10;

    //! Validates a message send (not a read receipt). `type` defaults to text like Meta's.
    static Result validate(const QJsonObject &body);
    //! Digits of `to` (Meta accepts +, spaces, dashes and parentheses) or empty when invalid.
    static QString normaliseRecipient(const QString &to);

private:
    static Result media(const QString &kind, const QJsonObject &o);
    static Result interactive(const QJsonObject &o);
    static Result contacts(const QJsonValue &v);
};

} // namespace recado::metasim
