// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/whatsapp/templates/TemplateComponents.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace recado::whatsapp {

//! A WhatsApp message template in one language, as Meta's message_templates API returns it,
//! plus our per-parameter metadata for the template picker.
//!
//! JSON: `fromJson()` reads an item of `GET /<WABA_ID>/message_templates` (`data[]`), a create
//! body, or one of our shipped files (the same object with an extra `recado_parameters` array).
//! `toMetaJson()` writes the list-item form, `toCreateBody()` the body of
//! `POST /<WABA_ID>/message_templates`.
struct Template
{
    QString id; //!< Meta's template id; empty for a template not submitted yet
    QString name;
    QString language; //!< Meta's code, e.g. "es", "pt_BR", "en_US"
    TemplateCategory category = TemplateCategory::Unknown;
    TemplateStatus status = TemplateStatus::Unknown;
    QString rejectedReason; //!< e.g. "INVALID_FORMAT"; "NONE" or empty when not rejected
    QString quality;        //!< quality_score.score: GREEN, YELLOW, RED or UNKNOWN
    ParameterFormat parameterFormat = ParameterFormat::Positional;

    TemplateHeader header; //!< format None when the template has no header
    TemplateBody body;
    TemplateFooter footer;
    QList<TemplateButton> buttons;
    //! Components we do not model (CAROUSEL, LIMITED_TIME_OFFER...), kept verbatim.
    QJsonArray otherComponents;

    QList<ParameterMeta> parameters; //!< our metadata; empty for templates synced from Meta

    //! Parses Meta's JSON (see above). Unknown fields are ignored, unknown components kept.
    static Template fromJson(const QJsonObject &o);
    //! Meta's list-item form; with `withParameterMeta` also our `recado_parameters` array.
    QJsonObject toMetaJson(bool withParameterMeta = false) const;
    //! The body for creating this template at Meta (no id, status or quality).
    QJsonObject toCreateBody() const;

    //! Variable keys of the body (and header), in fill order. See TemplateVariables.
    QStringList bodyVariableKeys() const;
    QStringList headerVariableKeys() const;
    //! True when the button at `buttonIndex` takes a value at send time: a URL ending in a
    //! variable, a COPY_CODE coupon or an OTP code.
    bool buttonNeedsParameter(int buttonIndex) const;

    //! Our metadata for a parameter, or nullptr.
    const ParameterMeta *parameter(TemplatePart part, int index) const;

    //! `name` + `language`: how Meta identifies one translation of a template.
    QString key() const { return name + QLatin1Char('/') + language; }
};

} // namespace recado::whatsapp
