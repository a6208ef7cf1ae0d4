// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace recado::sync {

//! The outcome of one relay call: the HTTP status, the relay's error code and a message a user
//! can read, and the JSON body.
struct ApiResult
{
    int httpStatus = 0;   //!< 0 when no answer came (network error, timeout)
    QString errorCode;    //!< empty on success; the relay's code, or "network" / "bad_response"
    QString errorMessage; //!< in words, translated, ready to show
    QJsonObject body;

    bool ok() const { return errorCode.isEmpty(); }
    //! Worth trying again later with the same request: no answer, overload or a server fault.
    bool isTransient() const
    {
        return !ok() && (httpStatus == 0 || httpStatus == 429 || httpStatus >= 500);
    }
};

} // namespace recado::sync
