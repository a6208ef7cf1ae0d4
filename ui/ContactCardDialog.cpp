// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContactCardDialog.h"

#include "ui/OutgoingContent.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace recado::ui {

ContactCardDialog::ContactCardDialog(QWidget *parent)
    : ContentDialog(tr("Send a contact card"), parent)
    , m_name(new QLineEdit(this))
    , m_phones(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("contactDialog"));
    m_name->setPlaceholderText(tr("e.g. Luis Técnico"));
    m_phones->setPlaceholderText(tr("+52 55 1234 5678\n(one number per line)"));
    m_phones->setFixedHeight(80);
    form()->addRow(tr("Name"), m_name);
    form()->addRow(tr("Phones"), m_phones);
    connect(m_name, &QLineEdit::textChanged, this, &ContactCardDialog::recheck);
    connect(m_phones, &QPlainTextEdit::textChanged, this, &ContactCardDialog::recheck);
    recheck();
}

QStringList ContactCardDialog::phones() const
{
    return m_phones->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QJsonObject ContactCardDialog::content() const
{
    return OutgoingContent::contact(m_name->text(), phones());
}

QString ContactCardDialog::problem() const
{
    return OutgoingContent::checkContact(m_name->text(), phones());
}

} // namespace recado::ui
