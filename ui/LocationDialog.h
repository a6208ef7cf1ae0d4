// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ContentDialog.h"

class QDoubleSpinBox;
class QLineEdit;

namespace recado::ui {

//! Sends a location: coordinates (typed, or pasted as "19.4326, -99.1332"), a name and an
//! address the customer sees on the pin.
class LocationDialog : public ContentDialog
{
    Q_OBJECT
public:
    explicit LocationDialog(QWidget *parent = nullptr);
    QString kind() const override { return QStringLiteral("location"); }
    QJsonObject content() const override;
    QString problem() const override;

private:
    QLineEdit *m_coordinates;
    QLineEdit *m_name;
    QLineEdit *m_address;
    bool parse(double *lat, double *lon) const;
};

} // namespace recado::ui
