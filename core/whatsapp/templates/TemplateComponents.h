// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts a WhatsApp message template is made of, as Meta's message_templates API describes
// them: one optional header, one body, one optional footer and up to ten buttons. Enum values
// convert to and from Meta's upper-case spellings; an unknown spelling maps to `Unknown` so a
// value Meta adds later never breaks parsing.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace recado::whatsapp {

enum class TemplateCategory { Unknown, Marketing, Utility, Authentication };

//! Review and lifecycle state. Only `Approved` templates can be sent.
enum class TemplateStatus {
    Unknown, //!< not reported (a local draft) or a value this build does not know
    Approved,
    Pending,
    Rejected,
    Paused,
    Disabled,
    InAppeal,
    Archived,
    PendingDeletion,
    Deleted,
    LimitExceeded,
};

enum class HeaderFormat { None, Text, Image, Video, Document, Location };

enum class ButtonType { Unknown, QuickReply, Url, PhoneNumber, CopyCode, Otp, Flow };

//! `{{1}}`-style positional variables (Meta's default) or `{{customer_name}}`-style named ones.
enum class ParameterFormat { Positional, Named };

//! Which part of a template a parameter (or a validation issue) belongs to.
enum class TemplatePart { Template, Header, Body, Footer, Buttons };

QString toString(TemplateCategory c); //!< "MARKETING", ... ; empty for Unknown
TemplateCategory templateCategoryFromString(const QString &s);
QString toString(TemplateStatus s); //!< "APPROVED", "IN_APPEAL", ... ; empty for Unknown
TemplateStatus templateStatusFromString(const QString &s);
QString toString(HeaderFormat f); //!< "TEXT", "IMAGE", ... ; empty for None
HeaderFormat headerFormatFromString(const QString &s);
QString toString(ButtonType t); //!< "QUICK_REPLY", "URL", ... ; empty for Unknown
ButtonType buttonTypeFromString(const QString &s);
QString toString(ParameterFormat f); //!< "POSITIONAL" or "NAMED"
ParameterFormat parameterFormatFromString(const QString &s);
QString toString(TemplatePart p); //!< "template", "header", "body", "footer", "buttons"
TemplatePart templatePartFromString(const QString &s);

//! True for the header formats that need a media object (image, video, document) at send time.
bool isMediaHeader(HeaderFormat f);

struct TemplateHeader
{
    HeaderFormat format = HeaderFormat::None;
    QString text;             //!< TEXT headers only
    QStringList textExamples; //!< example.header_text (or the named examples, in order)
    QStringList mediaHandles; //!< example.header_handle: uploaded sample media for review
};

struct TemplateBody
{
    QString text;
    //! One example per variable, in the order the variables are numbered (positional) or first
    //! appear (named). Meta's example.body_text is a list of such lists; we keep the first.
    QStringList examples;
    //! Authentication templates: Meta appends "For your security, do not share this code."
    bool addSecurityRecommendation = false;
};

struct TemplateFooter
{
    QString text;
    //! Authentication templates: "This code expires in N minutes." (1..90; 0 = not set).
    int codeExpirationMinutes = 0;

    bool isEmpty() const { return text.isEmpty() && codeExpirationMinutes == 0; }
};

struct TemplateButton
{
    ButtonType type = ButtonType::Unknown;
    QString text;        //!< the label the customer sees
    QString url;         //!< URL buttons; may end with one variable, e.g. ".../track/{{1}}"
    QString phoneNumber; //!< PHONE_NUMBER buttons, E.164
    QString example;     //!< URL example (full URL) or COPY_CODE example code
    QString otpType;     //!< OTP buttons: COPY_CODE, ONE_TAP or ZERO_TAP
    //! Fields we do not model (flow ids, autofill texts, package names...), kept so a template
    //! read from Meta serialises back without losing them.
    QJsonObject extra;
};

//! What one template parameter means, for the template picker: a label an agent understands
//! and where the client can take its value from (see ParameterSources.h).
struct ParameterMeta
{
    TemplatePart part = TemplatePart::Body; //!< Header, Body or Buttons
    int index = 0;  //!< variable number (1-based) or, for buttons, the button index (0-based)
    QString label;  //!< English, e.g. "Request ID"; translated through "TemplateParameters"
    QString source; //!< e.g. "request.id"; empty when an agent types the value
};

} // namespace recado::whatsapp
