// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/GraphErrors.h"

#include <QCoreApplication>

namespace recado::whatsapp {

namespace {
struct Entry
{
    int code;
    ErrorKind kind;
    const char *id;
    const char *text;
};

// Sources: Meta's Cloud API error-code reference. Texts are translated in the client through
// the "GraphErrors" context; the relay returns the English text.
constexpr Entry kErrors[] = {
    {0, ErrorKind::Auth, "auth_exception",
     QT_TRANSLATE_NOOP(
         "GraphErrors",
         "Meta could not authenticate the relay. An administrator must check the access token.")},
    {190, ErrorKind::Auth, "token_expired",
     QT_TRANSLATE_NOOP("GraphErrors",
                       "The WhatsApp access token has expired or was revoked. An administrator "
                       "must set a new token; messages wait in the outbox until then.")},
    {3, ErrorKind::Permanent, "capability",
     QT_TRANSLATE_NOOP("GraphErrors", "The WhatsApp app lacks a permission this action needs. An "
                                      "administrator must review the app's permissions.")},
    {10, ErrorKind::Auth, "permission_denied",
     QT_TRANSLATE_NOOP("GraphErrors",
                       "Permission denied by Meta: the token lacks whatsapp_business_messaging. An "
                       "administrator must fix the app's permissions.")},
    {100, ErrorKind::Permanent, "invalid_parameter",
     QT_TRANSLATE_NOOP("GraphErrors", "Meta rejected the message as malformed. Check the recipient "
                                      "number and attachments, then try again.")},
    {4, ErrorKind::Retry, "app_rate_limit",
     QT_TRANSLATE_NOOP("GraphErrors",
                       "Too many API calls for this app. The relay retries automatically.")},
    {80007, ErrorKind::Retry, "account_rate_limit",
     QT_TRANSLATE_NOOP(
         "GraphErrors",
         "The WhatsApp account hit its rate limit. The relay retries automatically.")},
    {130429, ErrorKind::Retry, "throughput_limit",
     QT_TRANSLATE_NOOP("GraphErrors", "The business number reached its messages-per-second limit. "
                                      "The relay retries automatically.")},
    {131000, ErrorKind::Retry, "meta_error",
     QT_TRANSLATE_NOOP("GraphErrors",
                       "Meta had an unknown error. The relay retries automatically.")},
    {131005, ErrorKind::Auth, "access_denied",
     QT_TRANSLATE_NOOP(
         "GraphErrors",
         "Meta denied access to this number. An administrator must check the app's permissions.")},
    {131008, ErrorKind::Permanent, "missing_parameter",
     QT_TRANSLATE_NOOP(
         "GraphErrors",
         "A required field was missing in the message. Edit the message and send it again.")},
    {131009, ErrorKind::Permanent, "invalid_parameter_value",
     QT_TRANSLATE_NOOP("GraphErrors", "A value in the message is not valid (for example a phone "
                                      "number or a button). Edit it and send again.")},
    {131016, ErrorKind::Retry, "service_unavailable",
     QT_TRANSLATE_NOOP("GraphErrors",
                       "WhatsApp is temporarily unavailable. The relay retries automatically.")},
    {131021, ErrorKind::Permanent, "same_sender_recipient",
     QT_TRANSLATE_NOOP("GraphErrors",
                       "The recipient is the business number itself. Use the customer's number.")},
    {131026, ErrorKind::Permanent, "undeliverable",
     QT_TRANSLATE_NOOP("GraphErrors",
                       "WhatsApp could not deliver the message: the number may not use WhatsApp, "
                       "may have blocked us, or runs an old app. Try another channel.")},
    {131031, ErrorKind::Auth, "account_locked",
     QT_TRANSLATE_NOOP("GraphErrors", "The WhatsApp business account is locked by Meta. An "
                                      "administrator must resolve it in Business Manager.")},
    {131042, ErrorKind::Permanent, "payment_issue",
     QT_TRANSLATE_NOOP("GraphErrors",
                       "Meta refused the message because of a billing problem on the business "
                       "account. An administrator must fix the payment method.")},
    {131045, ErrorKind::Permanent, "unregistered_number",
     QT_TRANSLATE_NOOP("GraphErrors", "The business phone number is not registered with WhatsApp. "
                                      "An administrator must register it.")},
    {131047, ErrorKind::Permanent, "window_closed",
     QT_TRANSLATE_NOOP("GraphErrors", "More than 24 hours have passed since the customer last "
                                      "wrote. Send an approved template instead.")},
    {131048, ErrorKind::Permanent, "spam_rate_limit",
     QT_TRANSLATE_NOOP("GraphErrors",
                       "Meta limited this number because many messages were reported or blocked. "
                       "Slow down and review message quality.")},
    {131049, ErrorKind::Permanent, "marketing_limit",
     QT_TRANSLATE_NOOP("GraphErrors",
                       "Meta did not deliver this marketing message to keep the customer's "
                       "experience healthy. Try later or use a utility template.")},
    {131050, ErrorKind::Permanent, "user_stopped_marketing",
     QT_TRANSLATE_NOOP("GraphErrors",
                       "The customer stopped marketing messages from this business.")},
    {131051, ErrorKind::Permanent, "unsupported_type",
     QT_TRANSLATE_NOOP("GraphErrors", "WhatsApp does not support this message type.")},
    {131052, ErrorKind::Retry, "media_download_error",
     QT_TRANSLATE_NOOP("GraphErrors",
                       "The customer's media could not be downloaded from WhatsApp. The relay "
                       "retries; ask the customer to resend if it persists.")},
    {131053, ErrorKind::Permanent, "media_upload_error",
     QT_TRANSLATE_NOOP("GraphErrors",
                       "The attachment could not be uploaded: its type or size is not accepted by "
                       "WhatsApp. Convert it or send a smaller file.")},
    {131056, ErrorKind::Retry, "pair_rate_limit",
     QT_TRANSLATE_NOOP(
         "GraphErrors",
         "Too many messages to this customer in a short time. The relay retries shortly.")},
    {131057, ErrorKind::Retry, "maintenance",
     QT_TRANSLATE_NOOP(
         "GraphErrors",
         "The business account is in maintenance mode. The relay retries automatically.")},
    {132000, ErrorKind::Permanent, "template_param_count",
     QT_TRANSLATE_NOOP("GraphErrors", "The number of template parameters does not match the "
                                      "template. Fill every parameter exactly once.")},
    {132001, ErrorKind::Permanent, "template_missing",
     QT_TRANSLATE_NOOP("GraphErrors",
                       "The template does not exist in this language or is not approved yet. Pick "
                       "an approved template in the customer's language.")},
    {132005, ErrorKind::Permanent, "template_too_long",
     QT_TRANSLATE_NOOP("GraphErrors", "The template text is too long once the parameters are "
                                      "filled in. Shorten the parameters.")},
    {132007, ErrorKind::Permanent, "template_policy",
     QT_TRANSLATE_NOOP("GraphErrors", "The template content violates a WhatsApp policy. Edit the "
                                      "template and submit it again.")},
    {132012, ErrorKind::Permanent, "template_param_format",
     QT_TRANSLATE_NOOP("GraphErrors", "A template parameter has the wrong format (for example text "
                                      "where an image is expected). Check each parameter.")},
    {132015, ErrorKind::Permanent, "template_paused",
     QT_TRANSLATE_NOOP(
         "GraphErrors",
         "The template is paused because of low quality. Use another template or edit this one.")},
    {132016, ErrorKind::Permanent, "template_disabled",
     QT_TRANSLATE_NOOP("GraphErrors", "The template was disabled by Meta. Use another template.")},
    {132069, ErrorKind::Permanent, "flow_throttled",
     QT_TRANSLATE_NOOP("GraphErrors", "Too many messages with this template's flow were sent in "
                                      "the last hour. Try again later or use another template.")},
    {130472, ErrorKind::Permanent, "marketing_experiment",
     QT_TRANSLATE_NOOP(
         "GraphErrors",
         "Meta held back this marketing message because the customer's number is part of a "
         "WhatsApp experiment. Use a utility template or another channel.")},
    {132068, ErrorKind::Permanent, "flow_blocked",
     QT_TRANSLATE_NOOP("GraphErrors",
                       "The flow in this template is blocked. Use another template.")},
    {133010, ErrorKind::Permanent, "number_not_registered",
     QT_TRANSLATE_NOOP("GraphErrors", "The business phone number is not registered on the Cloud "
                                      "API. An administrator must register it.")},
    {135000, ErrorKind::Permanent, "generic_user_error",
     QT_TRANSLATE_NOOP("GraphErrors",
                       "Meta could not send the message because of an unknown problem with its "
                       "parameters. Check the message and try again.")},
    {368, ErrorKind::Permanent, "policy_block",
     QT_TRANSLATE_NOOP("GraphErrors",
                       "The business account is temporarily blocked for policy violations. An "
                       "administrator must review it in Business Manager.")},
};
} // namespace

GraphErrorInfo explainGraphError(int metaCode, int httpStatus)
{
    for (const Entry &e : kErrors) {
        if (e.code == metaCode && metaCode != 0) {
            return {e.kind, QString::fromLatin1(e.id),
                    QCoreApplication::translate("GraphErrors", e.text)};
        }
    }
    if (httpStatus == 401)
        return {ErrorKind::Auth, QStringLiteral("auth_exception"),
                QCoreApplication::translate("GraphErrors", kErrors[0].text)};
    if (httpStatus == 429 || httpStatus >= 500 || httpStatus == 0)
        return {ErrorKind::Retry, QStringLiteral("temporary"),
                QCoreApplication::translate(
                    "GraphErrors",
                    "Meta is temporarily unreachable. The relay retries automatically.")};
    return {ErrorKind::Permanent, QStringLiteral("meta_%1").arg(metaCode),
            QCoreApplication::translate("GraphErrors",
                                        "Meta refused the message (error %1). Check the message "
                                        "and try again, or contact an administrator.")
                .arg(metaCode)};
}

GraphErrorInfo explainGraphError(int metaCode, int httpStatus, const QString &details)
{
    // Meta's wording: "Param text cannot have new-line/tab characters or more than 4
    // consecutive spaces". Our TemplateValidator catches it before sending; this covers
    // templates sent by other means and older clients.
    if (details.contains(QLatin1String("new-line"), Qt::CaseInsensitive) ||
        details.contains(QLatin1String("consecutive spaces"), Qt::CaseInsensitive)) {
        return {ErrorKind::Permanent, QStringLiteral("template_param_whitespace"),
                QCoreApplication::translate(
                    "GraphErrors", "A template value contains a line break, a tab or more than "
                                   "four spaces in a row, which WhatsApp refuses. Write each "
                                   "value on one line and send again.")};
    }
    return explainGraphError(metaCode, httpStatus);
}

bool isTemplateError(int metaCode)
{
    return (metaCode >= 132000 && metaCode <= 132999) || metaCode == 131049 || metaCode == 131050 ||
           metaCode == 130472;
}

} // namespace recado::whatsapp
