// SPDX-License-Identifier: GPL-3.0-or-later
// Send rules of TemplateValidator: may this template be sent, and with these values?
#include "core/whatsapp/templates/TemplateValidator.h"

#include "core/whatsapp/templates/ParameterSources.h"
#include "core/whatsapp/templates/TemplateVariables.h"

#include <QCoreApplication>
#include <QUrl>

namespace recado::whatsapp {

namespace {
using Severity = ValidationIssue::Severity;

void add(ValidationIssues &issues, const char *rule, TemplatePart part, int index,
         const QString &message)
{
    issues.append({QString::fromLatin1(rule), Severity::Error, part, index, message});
}

//! The parameter's number for messages: the positional number, or its 1-based position.
int displayIndex(const QStringList &keys, qsizetype i)
{
    const int n = keys.value(i).toInt();
    return n > 0 ? n : int(i + 1);
}

QString labelFor(const Template &t, TemplatePart part, const QStringList &keys, qsizetype i)
{
    return ParameterSources::parameterLabel(t, part, displayIndex(keys, i));
}

bool hasLongSpaceRun(const QString &s)
{
    int run = 0;
    for (const QChar c : s) {
        run = c == QLatin1Char(' ') ? run + 1 : 0;
        if (run > TemplateValidator::kMaxConsecutiveSpaces)
            return true;
    }
    return false;
}

void checkValues(ValidationIssues &issues, const Template &t, TemplatePart part,
                 const QStringList &keys, const QStringList &values)
{
    for (qsizetype i = 0; i < values.size() && i < keys.size(); ++i) {
        const QString &v = values.at(i);
        const int index = displayIndex(keys, i);
        if (v.trimmed().isEmpty()) {
            add(issues, "send.param_empty", part, index,
                TemplateValidator::tr("Fill in %1: WhatsApp does not accept empty values.")
                    .arg(labelFor(t, part, keys, i)));
        } else if (v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')) ||
                   v.contains(QLatin1Char('\t')) || hasLongSpaceRun(v)) {
            add(issues, "send.param_whitespace", part, index,
                TemplateValidator::tr(
                    "%1 contains a line break, a tab or more than %2 spaces in a row, which "
                    "WhatsApp refuses in template values. Write it on one line.")
                    .arg(labelFor(t, part, keys, i))
                    .arg(TemplateValidator::kMaxConsecutiveSpaces));
        }
    }
}

void checkHeaderMedia(ValidationIssues &issues, const Template &t, const TemplateArguments &args)
{
    const HeaderFormat f = t.header.format;
    if (isMediaHeader(f)) {
        if (args.media.isEmpty()) {
            add(issues, "send.header_media_missing", TemplatePart::Header, -1,
                TemplateValidator::tr("This template starts with a %1: attach one before sending.")
                    .arg(toString(f).toLower()));
        } else if (args.media.id.isEmpty()) {
            const QUrl url(args.media.link, QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty() ||
                (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
                add(issues, "send.header_media_link", TemplatePart::Header, -1,
                    TemplateValidator::tr(
                        "The header media link must be a web address starting with https://."));
        }
    } else if (f == HeaderFormat::Location && !args.location.valid) {
        add(issues, "send.header_location_missing", TemplatePart::Header, -1,
            TemplateValidator::tr(
                "This template starts with a map location: choose the place before sending."));
    }
}

void checkButtons(ValidationIssues &issues, const Template &t, const TemplateArguments &args)
{
    for (int i = 0; i < t.buttons.size(); ++i) {
        if (!t.buttonNeedsParameter(i))
            continue;
        const TemplateButton &b = t.buttons.at(i);
        QString value = args.buttons.value(i);
        if (b.type == ButtonType::Otp || t.category == TemplateCategory::Authentication)
            value = value.isEmpty() ? args.body.value(0) : value;
        if (value.trimmed().isEmpty()) {
            add(issues, "send.button_param_missing", TemplatePart::Buttons, i,
                b.type == ButtonType::CopyCode
                    ? TemplateValidator::tr("Enter the code the \"%1\" button copies.").arg(b.text)
                    : TemplateValidator::tr(
                          "Enter the end of the web address for the \"%1\" button.")
                          .arg(b.text));
        } else if (b.type == ButtonType::CopyCode &&
                   value.size() > TemplateValidator::kMaxCodeLength) {
            add(issues, "send.coupon_length", TemplatePart::Buttons, i,
                TemplateValidator::tr("The code is %1 characters long; WhatsApp allows at most %2.")
                    .arg(value.size())
                    .arg(TemplateValidator::kMaxCodeLength));
        }
    }
}
} // namespace

QString TemplateValidator::statusExplanation(const Template &t)
{
    const QString name = t.name;
    switch (t.status) {
    case TemplateStatus::Approved:
        return {};
    case TemplateStatus::Pending:
        return TemplateValidator::tr(
                   "The template \"%1\" is still being reviewed by Meta. Wait for the approval or "
                   "use another template.")
            .arg(name);
    case TemplateStatus::Rejected: {
        const QString reason =
            t.rejectedReason.isEmpty() || t.rejectedReason == QLatin1String("NONE")
                ? TemplateValidator::tr("no reason given")
                : t.rejectedReason;
        return TemplateValidator::tr(
                   "Meta rejected the template \"%1\" (%2). Edit it and submit it again, or use "
                   "another template.")
            .arg(name, reason);
    }
    case TemplateStatus::Paused:
        return TemplateValidator::tr(
                   "The template \"%1\" is paused because customers reported or blocked it. Meta "
                   "resumes it after a few hours; use another template meanwhile.")
            .arg(name);
    case TemplateStatus::Disabled:
        return TemplateValidator::tr(
                   "Meta disabled the template \"%1\" for low quality. Create a new template.")
            .arg(name);
    case TemplateStatus::InAppeal:
        return TemplateValidator::tr(
                   "The template \"%1\" was rejected and its appeal is under review. Use another "
                   "template meanwhile.")
            .arg(name);
    case TemplateStatus::Archived:
        return TemplateValidator::tr(
                   "The template \"%1\" is archived. Unarchive it in WhatsApp Manager to use it.")
            .arg(name);
    case TemplateStatus::PendingDeletion:
    case TemplateStatus::Deleted:
        return TemplateValidator::tr("The template \"%1\" was deleted.").arg(name);
    case TemplateStatus::LimitExceeded:
        return TemplateValidator::tr(
                   "The template \"%1\" cannot be used: the account reached its template limit.")
            .arg(name);
    case TemplateStatus::Unknown:
        break;
    }
    return TemplateValidator::tr(
               "The template \"%1\" has not been approved by Meta (it was never submitted or its "
               "state is unknown). Synchronise the templates or pick an approved one.")
        .arg(name);
}

ValidationIssues TemplateValidator::validateForSend(const Template &t,
                                                    const TemplateArguments &args)
{
    ValidationIssues issues;
    if (t.status != TemplateStatus::Approved)
        add(issues, "send.status", TemplatePart::Template, -1, statusExplanation(t));

    const QStringList headerKeys = t.headerVariableKeys();
    if (args.header.size() != headerKeys.size()) {
        add(issues, "send.header_count", TemplatePart::Header, -1,
            TemplateValidator::tr("The header of \"%1\" takes %n value(s), but %2 were given.",
                                  nullptr, int(headerKeys.size()))
                .arg(t.name)
                .arg(args.header.size()));
    }
    checkValues(issues, t, TemplatePart::Header, headerKeys, args.header);

    const QStringList bodyKeys = t.bodyVariableKeys();
    const bool auth = t.category == TemplateCategory::Authentication;
    // Authentication bodies from a create request have no text but always take the code.
    const qsizetype expected = auth && bodyKeys.isEmpty() ? 1 : bodyKeys.size();
    if (args.body.size() != expected) {
        add(issues, "send.param_count", TemplatePart::Body, -1,
            TemplateValidator::tr("The template \"%1\" takes %n value(s), but %2 were given.",
                                  nullptr, int(expected))
                .arg(t.name)
                .arg(args.body.size()));
    }
    checkValues(issues, t, TemplatePart::Body,
                auth && bodyKeys.isEmpty() ? QStringList{QStringLiteral("1")} : bodyKeys,
                args.body);
    if (auth && args.body.value(0).size() > kMaxCodeLength) {
        add(issues, "send.otp_length", TemplatePart::Body, 1,
            TemplateValidator::tr(
                "The one-time code is %1 characters long; WhatsApp allows at most %2.")
                .arg(args.body.value(0).size())
                .arg(kMaxCodeLength));
    }

    if (t.header.format == HeaderFormat::Text) {
        const QString header = TemplateVariables::substitute(t.header.text, args.header);
        if (header.size() > kMaxHeaderLength) {
            add(issues, "send.header_length", TemplatePart::Header, -1,
                TemplateValidator::tr(
                    "With these values the header is %1 characters long; the limit is %2. "
                    "Shorten the value.")
                    .arg(header.size())
                    .arg(kMaxHeaderLength));
        }
    }
    const QString body = TemplateVariables::substitute(t.body.text, args.body);
    if (body.size() > kMaxBodyLength) {
        add(issues, "send.body_length", TemplatePart::Body, -1,
            TemplateValidator::tr(
                "With these values the message is %1 characters long; the limit is %2. Shorten "
                "the values.")
                .arg(body.size())
                .arg(kMaxBodyLength));
    }
    checkHeaderMedia(issues, t, args);
    checkButtons(issues, t, args);
    return issues;
}

} // namespace recado::whatsapp
