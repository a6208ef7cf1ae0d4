// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/GraphError.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace recado::metasim {

namespace {
struct Known
{
    int code;
    int http;
    const char *type;
    const char *title;
};

// Titles and HTTP statuses from Meta's Cloud API error-code reference.
constexpr Known kKnown[] = {
    {0, 401, "OAuthException", "AuthException"},
    {1, 400, "OAuthException", "API Unknown"},
    {2, 503, "OAuthException", "API Service"},
    {3, 500, "OAuthException", "API Method"},
    {4, 400, "OAuthException", "Application request limit reached"},
    {10, 403, "OAuthException", "Permission Denied"},
    {33, 400, "GraphMethodException", "Parameter value is not valid"},
    {100, 400, "OAuthException", "Invalid parameter"},
    {190, 401, "OAuthException", "Access token has expired"},
    {368, 403, "OAuthException", "Temporarily blocked for policies violations"},
    {80007, 400, "OAuthException", "Rate limit issues"},
    {130429, 400, "OAuthException", "Rate limit hit"},
    {131000, 500, "OAuthException", "Something went wrong"},
    {131005, 403, "OAuthException", "Access denied"},
    {131008, 400, "OAuthException", "Required parameter is missing"},
    {131009, 400, "OAuthException", "Parameter value is not valid"},
    {131016, 503, "OAuthException", "Service unavailable"},
    {131021, 400, "OAuthException", "Recipient cannot be sender"},
    {131026, 400, "OAuthException", "Message undeliverable"},
    {131031, 403, "OAuthException", "Account has been locked"},
    {131042, 400, "OAuthException", "Business eligibility payment issue"},
    {131045, 400, "OAuthException", "Incorrect certificate"},
    {131047, 400, "OAuthException", "Re-engagement message"},
    {131048, 400, "OAuthException", "Spam rate limit hit"},
    {131051, 400, "OAuthException", "Unsupported message type"},
    {131052, 400, "OAuthException", "Media download error"},
    {131053, 400, "OAuthException", "Media upload error"},
    {131056, 400, "OAuthException", "(Business Account, Consumer Account) pair rate limit hit"},
    {131057, 503, "OAuthException", "Account in maintenance mode"},
    {132000, 400, "OAuthException",
     "Number of parameters does not match the expected number of params"},
    {132001, 404, "OAuthException", "Template does not exist"},
    {132005, 400, "OAuthException", "Translated text too long"},
    {132007, 400, "OAuthException", "Template format character policy violated"},
    {132012, 400, "OAuthException", "Template parameter format mismatch"},
    {132015, 400, "OAuthException", "Template is Paused"},
    {132016, 400, "OAuthException", "Template is Disabled"},
    {133010, 400, "OAuthException", "Account not registered"},
};

const Known *find(int code)
{
    for (const Known &k : kKnown) {
        if (k.code == code)
            return &k;
    }
    return nullptr;
}
} // namespace

QString GraphError::title(int code)
{
    const Known *k = find(code);
    return k ? QString::fromLatin1(k->title) : u"Error"_s;
}

int GraphError::httpStatus(int code)
{
    const Known *k = find(code);
    return k ? k->http : 400;
}

QJsonObject GraphError::body(int code, const QString &details, int subcode, const QString &message)
{
    const Known *k = find(code);
    QJsonObject error{
        {u"message"_s, message.isEmpty() ? u"(#%1) %2"_s.arg(code).arg(title(code)) : message},
        {u"type"_s, (code == 100 && subcode == 33) ? u"GraphMethodException"_s
                    : k                            ? QString::fromLatin1(k->type)
                                                   : u"OAuthException"_s},
        {u"code"_s, code},
    };
    if (!details.isEmpty()) {
        error.insert(u"error_data"_s,
                     QJsonObject{{u"messaging_product"_s, u"whatsapp"_s}, {u"details"_s, details}});
    }
    if (subcode != 0)
        error.insert(u"error_subcode"_s, subcode);
    if (code == 2 || code == 131000 || code == 131016 || code == 130429 || code == 4)
        error.insert(u"is_transient"_s, true);
    error.insert(u"fbtrace_id"_s, traceId());
    return QJsonObject{{u"error"_s, error}};
}

HttpResponse GraphError::response(int code, const QString &details, int subcode, int status,
                                  const QString &message)
{
    HttpResponse r = HttpResponse::json(body(code, details, subcode, message),
                                        status > 0 ? status : httpStatus(code));
    if (code == 190) {
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"),
                                   "OAuth \"Facebook Platform\" \"invalid_token\" \"" +
                                       (message.isEmpty() ? title(code) : message).toUtf8() +
                                       "\""));
    }
    return r;
}

HttpResponse GraphError::invalidToken()
{
    return response(190, {}, 0, 401, u"Invalid OAuth access token - Cannot parse access token"_s);
}

HttpResponse GraphError::expiredToken()
{
    // Meta's text names the expiry and the current time in Pacific time; UTC is close enough.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale c = QLocale::c();
    const QString message =
        u"Error validating access token: Session has expired on %1. The current time is %2."_s.arg(
            c.toString(now.addSecs(-3600), u"dddd, dd-MMM-yy HH:mm:ss 'UTC'"_s),
            c.toString(now, u"dddd, dd-MMM-yy HH:mm:ss 'UTC'"_s));
    return response(190, {}, 463, 401, message);
}

HttpResponse GraphError::unsupportedRequest(const QByteArray &method, const QString &objectId)
{
    const QString verb = method == "GET" ? u"get"_s : method == "DELETE" ? u"delete"_s : u"post"_s;
    return response(
        100, {}, 33, 400,
        u"Unsupported %1 request. Object with ID '%2' does not exist, cannot be loaded due to "
        "missing permissions, or does not support this operation. Please read the Graph API "
        "documentation at https://developers.facebook.com/docs/graph-api"_s.arg(verb, objectId));
}

QJsonObject GraphError::webhookError(int code, const QString &details)
{
    return QJsonObject{{u"code"_s, code},
                       {u"title"_s, title(code)},
                       {u"message"_s, title(code)},
                       {u"error_data"_s, QJsonObject{{u"details"_s, details}}}};
}

QString GraphError::traceId()
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    QString id;
    for (int i = 0; i < 23; ++i)
        id.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(64)]));
    return id;
}

} // namespace recado::metasim
