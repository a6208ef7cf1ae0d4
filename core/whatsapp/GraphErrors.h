// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recado::whatsapp {

//! How the outbox should react to a Graph API error.
enum class ErrorKind {
    Retry,     //!< transient: rate limit, 5xx, network; try again with backoff
    Permanent, //!< this message cannot be sent as is
    Auth,      //!< the access token is expired or invalid: the relay is in an alarm state
};

struct GraphErrorInfo
{
    ErrorKind kind = ErrorKind::Permanent;
    QString code;        //!< our stable code, e.g. "window_closed"
    QString explanation; //!< English sentence an agent understands, with what to do
};

//! Maps Meta's numeric error code (and the HTTP status when no code was given) to what it
//! means for an agent. Unknown codes are permanent with a generic explanation naming the code.
GraphErrorInfo explainGraphError(int metaCode, int httpStatus = 0);

//! Like the above, refined by Meta's `error_data.details` text where the code alone is too
//! vague: Meta reports a template value with a line break, a tab or more than four spaces as a
//! generic invalid parameter (100) with a telling details text.
GraphErrorInfo explainGraphError(int metaCode, int httpStatus, const QString &details);

//! True for errors about a template or its values (132xxx, per-user marketing limits, the
//! marketing experiment): the fix is in the template or its parameters, not in the network.
bool isTemplateError(int metaCode);

} // namespace recado::whatsapp
