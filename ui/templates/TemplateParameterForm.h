// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/TemplateTypes.h"
#include "core/whatsapp/templates/Template.h"
#include "core/whatsapp/templates/TemplateArguments.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace recado::ui {

//! One field per value a template needs when it is sent: the header's variable or its media
//! link, each body variable and each button that takes a value (URL suffix, coupon). Each field
//! is labelled with what it means (the template's recado_parameters label, e.g. "Request ID",
//! with its `{{n}}`), shows the template's sample value as placeholder, and shows the
//! validator's finding for it in words right below.
class TemplateParameterForm : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateParameterForm(QWidget *parent = nullptr);

    //! Builds the fields of `t`, filled with `initial` (values resolved from the conversation
    //! and its service request).
    void setTemplate(const whatsapp::Template &t, const whatsapp::TemplateArguments &initial);
    void clear();

    whatsapp::TemplateArguments arguments() const;
    //! `parameters` of a send (docs/api.md, "Sending a template"), exactly what the form holds.
    QJsonObject parametersJson() const;

    //! Shows each issue under its field; returns those that belong to no field.
    QList<sync::TemplateIssue> showIssues(const QList<sync::TemplateIssue> &issues);

    //! The field of a body/header variable (1-based) or of a button (0-based); the media link
    //! field is (Header, 0). nullptr when the template has no such field.
    QLineEdit *field(whatsapp::TemplatePart part, int index) const;
    int fieldCount() const { return int(m_fields.size()); }

Q_SIGNALS:
    void changed();

private:
    struct Field
    {
        whatsapp::TemplatePart part;
        int index; //!< variable number, button index, 0 for the media link
        QLineEdit *edit;
        QLabel *problem; //!< the validator's words, hidden when fine
    };
    void addField(whatsapp::TemplatePart part, int index, const QString &label, const QString &hint,
                  const QString &value, const QString &example);

    whatsapp::Template m_template;
    QMap<int, QString> m_fixedButtons; //!< quick-reply payloads from the template's metadata
    QList<Field> m_fields;
    QLineEdit *m_filename = nullptr; //!< document headers: the name the customer sees
    //! Location headers: the latitude is field (Header, 0) (it shows the header's findings).
    QLineEdit *m_longitude = nullptr;
    QLineEdit *m_placeName = nullptr;
    QLineEdit *m_placeAddress = nullptr;
    QFormLayout *m_layout;
    QLabel *m_empty;
};

} // namespace recado::ui
