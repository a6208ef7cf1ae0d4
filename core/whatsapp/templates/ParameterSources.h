// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ServiceRequest.h"
#include "core/whatsapp/templates/Template.h"
#include "core/whatsapp/templates/TemplateArguments.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace recado::whatsapp {

//! What the client knows when it fills a template: the linked service request, the customer and
//! any other value by source key (e.g. "form.url", "technician.eta", "appointment.window").
struct ParameterContext
{
    domain::ServiceRequest request;
    QString customerName; //!< contact name; falls back to request.customerName
    QString language;     //!< template language, used to format dates ("es", "pt_BR", "en_US")
    QHash<QString, QString> values; //!< explicit values; they win over everything else
};

//! Source keys of template parameters (`ParameterMeta::source`) and how to resolve them:
//! `request.id`, `request.service_type`, `request.customer_name`, `request.contact_phone`,
//! `request.contact_email`, `request.address`, `request.requested_date`, `request.status`,
//! `request.vendor`, `request.vendor_first_name`, `request.technician`,
//! `request.approved_date`, `customer.name`, `vendor.phone`, `form.url`, `appointment.date`,
//! `appointment.window`, `appointment.delay`, `technician.eta`, `agent.name`, `business.name`.
//! Keys without a field on ServiceRequest resolve only from ParameterContext::values.
//! `payload:<text>` is a constant, used for quick-reply payloads (e.g.
//! "payload:appointment_confirm").
class ParameterSources
{
    Q_DECLARE_TR_FUNCTIONS(ParameterSources)

public:
    //! Every key above, in a stable order.
    static const QStringList &keys();

    //! A short label for the key in the UI language, e.g. "Request ID".
    static QString label(const QString &key);

    //! The value for `key`, or an empty string when the context does not have it.
    static QString resolve(const QString &key, const ParameterContext &ctx);

    //! Fills every header and body variable of `t` whose ParameterMeta has a source. Values
    //! that cannot be resolved are left empty and their metadata is appended to `unresolved`
    //! (so the picker can ask the agent for them). Buttons are filled when their metadata
    //! names a source.
    static TemplateArguments fill(const Template &t, const ParameterContext &ctx,
                                  QList<ParameterMeta> *unresolved = nullptr);

    //! The label of a template parameter in the UI language: its metadata label translated
    //! through the "TemplateParameters" context, else "{{n}}".
    static QString parameterLabel(const Template &t, TemplatePart part, int index);
};

} // namespace recado::whatsapp
