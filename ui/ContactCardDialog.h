// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ContentDialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace recado::ui {

//! Sends a contact card: a name and one phone number per line.
class ContactCardDialog : public ContentDialog
{
    Q_OBJECT
public:
    explicit ContactCardDialog(QWidget *parent = nullptr);
    QString kind() const override { return QStringLiteral("contacts"); }
    QJsonObject content() const override;
    QString problem() const override;

private:
    QStringList phones() const;
    QLineEdit *m_name;
    QPlainTextEdit *m_phones;
};

} // namespace recado::ui
