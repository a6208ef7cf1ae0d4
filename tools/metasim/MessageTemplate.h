// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace recado::metasim {

//! One message template in the simulator's catalogue, in Meta's shape. A template is identified
//! by name + language; each language is a separate object with its own id and status.
struct MessageTemplate
{
    QString id;                                   //!< numeric string, as Graph returns it
    QString name;                                 //!< lowercase letters, digits and underscores
    QString language;                             //!< es, pt_BR, en, en_US...
    QString status = QStringLiteral("APPROVED");  //!< APPROVED PENDING REJECTED PAUSED DISABLED
    QString category = QStringLiteral("UTILITY"); //!< UTILITY MARKETING AUTHENTICATION
    QJsonArray components; //!< HEADER / BODY / FOOTER / BUTTONS objects as Meta lists them
    QString rejectedReason = QStringLiteral("NONE");
    QString parameterFormat = QStringLiteral("POSITIONAL");

    //! The object GET message_templates lists for this template.
    QJsonObject toJson() const;
    //! Builds a template from the body of POST message_templates (or a catalogue entry).
    static MessageTemplate fromJson(const QJsonObject &o);

    //! Number of `{{n}}` placeholders in the component of this type (BODY, HEADER).
    int placeholderCount(const QString &componentType) const;
    //! HEADER format (TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION) or empty when there is no header.
    QString headerFormat() const;
    //! The BODY text with parameters substituted, for logs and the control API.
    QString renderBody(const QStringList &parameters) const;
};

} // namespace recado::metasim
