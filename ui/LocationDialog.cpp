// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LocationDialog.h"

#include "ui/OutgoingContent.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>

namespace recado::ui {

LocationDialog::LocationDialog(QWidget *parent)
    : ContentDialog(tr("Send a location"), parent)
    , m_coordinates(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
{
    setObjectName(QStringLiteral("locationDialog"));
    m_coordinates->setPlaceholderText(tr("Latitude, longitude — e.g. 19.4326, -99.1332"));
    m_name->setPlaceholderText(tr("e.g. Recado service centre"));
    m_address->setPlaceholderText(tr("Street, number, city"));
    form()->addRow(tr("Coordinates"), m_coordinates);
    form()->addRow(tr("Name"), m_name);
    form()->addRow(tr("Address"), m_address);
    for (QLineEdit *e : {m_coordinates, m_name, m_address})
        connect(e, &QLineEdit::textChanged, this, &LocationDialog::recheck);
    recheck();
}

bool LocationDialog::parse(double *lat, double *lon) const
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(-?\\d+(?:\\.\\d+)?)\\s*[,; ]\\s*(-?\\d+(?:\\.\\d+)?)\\s*$"));
    const auto m = re.match(m_coordinates->text());
    if (!m.hasMatch())
        return false;
    *lat = m.captured(1).toDouble();
    *lon = m.captured(2).toDouble();
    return true;
}

QJsonObject LocationDialog::content() const
{
    double lat = 0, lon = 0;
    parse(&lat, &lon);
    return OutgoingContent::location(lat, lon, m_name->text(), m_address->text());
}

QString LocationDialog::problem() const
{
    double lat = 0, lon = 0;
    if (!parse(&lat, &lon))
        return tr("Type the coordinates as latitude, longitude (decimal degrees).");
    return OutgoingContent::checkLocation(lat, lon);
}

} // namespace recado::ui
