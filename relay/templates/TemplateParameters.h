// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/whatsapp/templates/ParameterSources.h"
#include "core/whatsapp/templates/Template.h"
#include "core/whatsapp/templates/TemplateArguments.h"

#include <QJsonObject>
#include <QString>

namespace recado::relay {

//! The `parameters` of a template send or preview, as clients write them:
//!
//!     {"header": "text" | ["text"] | {"id"|"link", "filename"?} |
//!     {"latitude","longitude","name"?,"address"?},
//!      "body": ["value for {{1}}", null, ...] | {"customer_name": "..."},
//!      "buttons": ["suffix for button 0", null, ...] | [{"index": 1, "value": "..."}] | {"1":
//!      "..."}}
//!
//! A value left out (or null) is taken from the conversation's context through
//! ParameterSources (linked service request, customer name, agent name, explicit `values` by
//! source key) when the template's parameter metadata names a source; what stays empty is
//! reported by TemplateValidator::validateForSend.
class TemplateParameters
{
public:
    //! Fills from `context`, then lays the explicit `parameters` over it. Returns false with
    //! `error` (naming the offending field) when `parameters` has the wrong shape.
    static bool resolve(const whatsapp::Template &t, const QJsonObject &parameters,
                        const whatsapp::ParameterContext &context,
                        whatsapp::TemplateArguments *args, QString *error);
};

} // namespace recado::relay
