// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace recado::whatsapp {

//! The media of an IMAGE, VIDEO or DOCUMENT header: an uploaded media id (preferred: no public
//! link needed) or an https link.
struct TemplateHeaderMedia
{
    QString id;
    QString link;
    QString filename; //!< documents only: the file name the customer sees

    bool isEmpty() const { return id.isEmpty() && link.isEmpty(); }
};

//! The location of a LOCATION header.
struct TemplateHeaderLocation
{
    bool valid = false;
    double latitude = 0;
    double longitude = 0;
    QString name;
    QString address;
};

//! The values an agent (or the client, from a service request) supplies to send a template.
//! Body and header values are in the template's fill order (TemplateVariables::orderedKeys()):
//! `body[0]` fills `{{1}}`, or the first named variable.
struct TemplateArguments
{
    QStringList header; //!< 0 or 1 value for a TEXT header with a variable
    QStringList body;
    TemplateHeaderMedia media;
    TemplateHeaderLocation location;
    //! Button index (0-based, as in the template) -> URL suffix, COPY_CODE coupon, OTP code or
    //! quick-reply payload. An OTP button without a value reuses the body's code.
    QMap<int, QString> buttons;
};

} // namespace recado::whatsapp
