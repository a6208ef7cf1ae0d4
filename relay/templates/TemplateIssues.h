// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/whatsapp/templates/ValidationIssue.h"
#include "relay/http/HttpExchange.h"

#include <QJsonArray>

namespace recado::relay {

//! TemplateValidator findings on the wire.
class TemplateIssues
{
public:
    //! `[{"rule","severity":"error"|"warning","where","part","index","message"}]`; `where` reads
    //! "body {{2}}", "buttons[1]", "header", "template".
    static QJsonArray toJson(const whatsapp::ValidationIssues &issues, bool errorsOnly = false);
    static QJsonArray warnings(const whatsapp::ValidationIssues &issues);

    //! `422 {"error":{"code":"template_invalid","message","issues":[errors]}}`; the message
    //! names the first error.
    static void replyInvalid(const HttpExchangePtr &ex, const QString &what,
                             const whatsapp::ValidationIssues &issues);
};

} // namespace recado::relay
