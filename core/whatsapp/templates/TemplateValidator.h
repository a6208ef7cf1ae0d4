// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/whatsapp/templates/Template.h"
#include "core/whatsapp/templates/TemplateArguments.h"
#include "core/whatsapp/templates/ValidationIssue.h"

#include <QCoreApplication>

namespace recado::whatsapp {

//! Meta's template rules, checked before we bother Meta: `validateForSubmission()` before a
//! template is created or edited, `validateForSend()` before a template message is queued.
//! Every issue names its rule, the part and parameter it is about, and says in words what to
//! fix (translated through the "TemplateValidator" context).
//!
//! Submission rules (Errors unless marked):
//! - `name.format` lower-case letters, digits and underscores only, not empty; `name.length` <= 512
//! - `language.unknown` not one of Meta's language codes; `category.unknown` no category
//! - `variables.malformed` `{{ 1 }}`, `{{1a}}`, stray braces; `variables.mixed_format` positional
//!   and named variables mixed, or not matching parameter_format
//! - `variables.sequence` positional variables must be {{1}}..{{n}} without gaps (index = the
//!   first missing number); `variables.duplicate` a variable used twice in one part
//! - `variables.adjacent` two variables with nothing but spaces between them
//! - `body.missing`; `body.length` > 1024 characters; `body.leading_variable`,
//!   `body.trailing_variable` the body starts or ends with a variable
//! - `examples.body_missing`, `examples.header_missing` a variable without a sample value
//! - `header.text_missing`; `header.text_length` > 60; `header.variables` more than one;
//!   `header.formatting` a line break; `header.emoji` (Warning); `header.media_example_missing`
//!   an image/video/document header without a sample upload handle
//! - `footer.length` > 60; `footer.variables` footers take no variables
//! - `buttons.count` > 10; `buttons.quick_reply_count` > 10; `buttons.url_count` > 2;
//!   `buttons.phone_count` > 1; `buttons.copy_code_count` > 1; `buttons.grouping` quick replies
//!   must be contiguous, not interleaved with other buttons
//! - `button.type_unknown`; `button.text_missing`; `button.text_length` > 25;
//!   `button.url_invalid` not an http(s) URL or > 2000 characters; `button.url_variable` more
//!   than one variable, or not {{1}} at the very end; `button.url_example_missing`;
//!   `button.phone_invalid` not "+" and digits (<= 20 characters); `button.copy_code_example`
//!   missing or > 15 characters; `button.otp_category` OTP buttons only in authentication
//! - `auth.button` exactly one OTP button and nothing else; `auth.header` no header;
//!   `auth.content` no URL or emoji; `auth.code_expiration` 1..90 minutes
//! - `utility.copy_code` utility templates cannot carry a coupon; `utility.promotional_language`
//!   (Warning) words such as "descuento", "promoção", "discount", "% off" in a utility template:
//!   Meta re-categorises or rejects promotional utility templates
//!
//! Send rules:
//! - `send.status` the template is not approved (the message says why: rejected with Meta's
//!   reason, paused for low quality, disabled, pending review...)
//! - `send.header_count`, `send.param_count` number of values differs from the variables
//! - `send.param_empty` empty or whitespace-only value; `send.param_whitespace` a line break, a
//!   tab or more than 4 consecutive spaces (Meta refuses them in parameters)
//! - `send.header_length` rendered header > 60; `send.body_length` rendered body > 1024
//! - `send.header_media_missing` media header without media id or link; `send.header_media_link`
//!   the link is not an http(s) URL; `send.header_location_missing` location header without
//!   coordinates
//! - `send.button_param_missing` URL variable, coupon or OTP code not given;
//!   `send.coupon_length` coupon > 15 characters; `send.otp_length` code > 15 characters
class TemplateValidator
{
    Q_DECLARE_TR_FUNCTIONS(TemplateValidator)

public:
    static constexpr int kMaxNameLength = 512;
    static constexpr int kMaxBodyLength = 1024;
    static constexpr int kMaxHeaderLength = 60;
    static constexpr int kMaxFooterLength = 60;
    static constexpr int kMaxButtons = 10;
    static constexpr int kMaxQuickReplies = 10;
    static constexpr int kMaxUrlButtons = 2;
    static constexpr int kMaxPhoneButtons = 1;
    static constexpr int kMaxCopyCodeButtons = 1;
    static constexpr int kMaxButtonTextLength = 25;
    static constexpr int kMaxUrlLength = 2000;
    static constexpr int kMaxPhoneLength = 20;
    static constexpr int kMaxCodeLength = 15;
    static constexpr int kMaxConsecutiveSpaces = 4;

    //! Checks a template before it is submitted to Meta.
    static ValidationIssues validateForSubmission(const Template &t);

    //! Checks that `args` can be sent with `t` and that `t` may be sent at all.
    static ValidationIssues validateForSend(const Template &t, const TemplateArguments &args);

    //! Explains a non-approved status in words (empty for Approved); used by `send.status` and
    //! usable by the template picker.
    static QString statusExplanation(const Template &t);
};

} // namespace recado::whatsapp
