// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/metasim/HttpExchange.h"

#include <QJsonObject>
#include <QString>

namespace recado::metasim {

//! Meta's error objects, as the Graph API answers them synchronously
//! (`{"error":{"message","type","code","error_data":{"messaging_product","details"},
//! "error_subcode","fbtrace_id"}}`) and as webhooks carry them (`errors[]` items with
//! code/title/message/error_data.details).
class GraphError
{
public:
    //! The title Meta documents for a code ("Re-engagement message", "Rate limit hit"...).
    static QString title(int code);
    //! The HTTP status Meta answers with for a code (401 for 190, 404 for 132001...).
    static int httpStatus(int code);

    //! A Graph error response. `message` defaults to "(#code) title"; `httpStatus` 0 uses the
    //! documented status for the code; empty `details` leaves error_data out.
    static HttpResponse response(int code, const QString &details = {}, int subcode = 0,
                                 int httpStatus = 0, const QString &message = {});
    //! The body alone (for tests and logs).
    static QJsonObject body(int code, const QString &details = {}, int subcode = 0,
                            const QString &message = {});

    //! 190 with no subcode: the token is unknown or missing.
    static HttpResponse invalidToken();
    //! 190 / 463: the token was valid but has expired.
    static HttpResponse expiredToken();
    //! 100 / 33: unknown object id (Meta's "Unsupported get request").
    static HttpResponse unsupportedRequest(const QByteArray &method, const QString &objectId);

    //! One `errors[]` item of a status or message webhook.
    static QJsonObject webhookError(int code, const QString &details);

    //! A fresh opaque trace id like Meta's `fbtrace_id`.
    static QString traceId();
};

} // namespace recado::metasim
