// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/whatsapp/templates/TemplateComponents.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace recado::whatsapp {

//! The `value` of a `message_template_status_update` webhook change: Meta approved, rejected,
//! paused, disabled, archived... one translation of a template.
struct TemplateStatusUpdate
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStatusUpdate)

public:
    QString event; //!< as sent: APPROVED, REJECTED, PAUSED, FLAGGED, REINSTATED, UNARCHIVED...
    //! The state the template is in after the event. FLAGGED (will be disabled unless quality
    //! improves) and LOCKED/UNLOCKED leave an approved template approved; REINSTATED and
    //! UNARCHIVED make it approved again.
    TemplateStatus status = TemplateStatus::Unknown;
    QString templateId;
    QString name;
    QString language;
    TemplateCategory category = TemplateCategory::Unknown;
    QString reason;          //!< ABUSIVE_CONTENT, INCORRECT_CATEGORY, INVALID_FORMAT, NONE...
    QString rejectionReason; //!< rejection_info.reason: Meta's own words, when given
    QString rejectionRecommendation; //!< rejection_info.recommendation
    QDateTime disableDate;           //!< disable_info.disable_date (FLAGGED, DISABLED)
    QString otherTitle;              //!< other_info.title (LOCKED, UNLOCKED)
    QString otherDescription;        //!< other_info.description

    //! Parses the change's `value`. Returns false (and leaves `out` partly filled) when the name
    //! or the event is missing.
    static bool fromWebhookValue(const QJsonObject &value, TemplateStatusUpdate *out);

    //! An English (translatable) sentence for agents and administrators, e.g. "Meta rejected
    //! the template "x" (es): INVALID_FORMAT. Parameters are adjacent. Separate them."
    QString describe() const;
};

} // namespace recado::whatsapp
