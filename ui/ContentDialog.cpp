// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContentDialog.h"

#include "ui/Palette.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace recado::ui {

ContentDialog::ContentDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_error->setObjectName(QStringLiteral("contentError"));
    m_error->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Send"));
    auto *col = new QVBoxLayout(this);
    col->addLayout(m_form);
    col->addWidget(m_error);
    col->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

void ContentDialog::recheck()
{
    const QString why = problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, Palette::error(palette()));
    m_error->setPalette(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace recado::ui
