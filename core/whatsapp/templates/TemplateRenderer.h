// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/whatsapp/templates/Template.h"
#include "core/whatsapp/templates/TemplateArguments.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace recado::whatsapp {

//! A template with its values filled in, as the customer will see it.
struct RenderedTemplate
{
    HeaderFormat headerFormat = HeaderFormat::None;
    QString header; //!< text headers; empty for media and location headers
    QString body;
    QString footer;
    QStringList buttons; //!< button labels, in order

    //! Header, body and footer joined by blank lines: the text we store with the message.
    QString toPlainText() const;
};

//! Previews templates and builds the Graph API `template` object for a send.
class TemplateRenderer
{
public:
    //! Fills `t` with `args`. A variable without a value stays visible as `{{n}}`, so a preview
    //! shows what is still missing. Authentication templates read back without text get Meta's
    //! preset wording ("<code> is your verification code.") in es, pt or en.
    static RenderedTemplate render(const Template &t, const TemplateArguments &args);

    //! Fills `t` with its own sample values (what Meta's reviewers see).
    static RenderedTemplate renderExample(const Template &t);

    //! The `template` object of `POST /<PHONE_NUMBER_ID>/messages`:
    //! `{"name","language":{"code"},"components":[...]}` with header text/media/location
    //! parameters, body text parameters (with `parameter_name` for named templates) and button
    //! parameters (`sub_type` url/quick_reply/copy_code, `index` as a string). Components
    //! without parameters are left out, as Meta expects. Validate with
    //! TemplateValidator::validateForSend() first; this function does not check.
    static QJsonObject graphTemplateObject(const Template &t, const TemplateArguments &args);

    //! The whole send body: messaging_product, recipient_type, `to` (digits of the customer's
    //! number or their WhatsApp id), type "template" and the object above.
    static QJsonObject graphMessage(const QString &to, const Template &t,
                                    const TemplateArguments &args);
};

} // namespace recado::whatsapp
