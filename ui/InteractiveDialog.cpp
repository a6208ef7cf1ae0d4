// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InteractiveDialog.h"

#include "ui/OutgoingContent.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace recado::ui {

namespace {
QList<OutgoingContent::Row> rowsOf(const QString &text)
{
    QList<OutgoingContent::Row> rows;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        rows.append({line.section(QLatin1Char('|'), 0, 0).trimmed(),
                     line.section(QLatin1Char('|'), 1).trimmed()});
    }
    return rows;
}
} // namespace

InteractiveDialog::InteractiveDialog(Mode mode, QWidget *parent)
    : ContentDialog(mode == Mode::Buttons ? tr("Send reply buttons") : tr("Send a list"), parent)
    , m_mode(mode)
    , m_header(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_footer(new QLineEdit(this))
{
    setObjectName(mode == Mode::Buttons ? QStringLiteral("buttonsDialog")
                                        : QStringLiteral("listDialog"));
    m_header->setPlaceholderText(tr("Optional, up to 60 characters"));
    m_footer->setPlaceholderText(tr("Optional, up to 60 characters"));
    m_body->setPlaceholderText(tr("The question or message the customer answers"));
    m_body->setFixedHeight(70);
    form()->addRow(tr("Header"), m_header);
    form()->addRow(tr("Text"), m_body);
    form()->addRow(tr("Footer"), m_footer);
    if (mode == Mode::Buttons) {
        for (int i = 0; i < 3; ++i) {
            auto *b = new QLineEdit(this);
            b->setPlaceholderText(i == 0 ? tr("e.g. Yes, confirm") : tr("Optional"));
            m_buttons.append(b);
            form()->addRow(tr("Button %1").arg(i + 1), b);
            connect(b, &QLineEdit::textChanged, this, &InteractiveDialog::recheck);
        }
    } else {
        m_listButton = new QLineEdit(this);
        m_listButton->setPlaceholderText(tr("e.g. See times"));
        m_rows = new QPlainTextEdit(this);
        m_rows->setPlaceholderText(
            tr("One option per line, up to 10:\nMonday 9:00 | Technician Luis\nTuesday 14:00"));
        m_rows->setFixedHeight(120);
        form()->addRow(tr("List button"), m_listButton);
        form()->addRow(tr("Options"), m_rows);
        connect(m_listButton, &QLineEdit::textChanged, this, &InteractiveDialog::recheck);
        connect(m_rows, &QPlainTextEdit::textChanged, this, &InteractiveDialog::recheck);
    }
    connect(m_header, &QLineEdit::textChanged, this, &InteractiveDialog::recheck);
    connect(m_footer, &QLineEdit::textChanged, this, &InteractiveDialog::recheck);
    connect(m_body, &QPlainTextEdit::textChanged, this, &InteractiveDialog::recheck);
    recheck();
}

QStringList InteractiveDialog::titles() const
{
    QStringList out;
    for (QLineEdit *b : m_buttons) {
        if (!b->text().trimmed().isEmpty())
            out.append(b->text().trimmed());
    }
    return out;
}

QJsonObject InteractiveDialog::content() const
{
    if (m_mode == Mode::Buttons)
        return OutgoingContent::buttons(m_body->toPlainText(), titles(), m_header->text(),
                                        m_footer->text());
    return OutgoingContent::list(m_body->toPlainText(), m_listButton->text(),
                                 rowsOf(m_rows->toPlainText()), m_header->text(), m_footer->text());
}

QString InteractiveDialog::problem() const
{
    if (OutgoingContent::length(m_header->text().trimmed()) > 60)
        return tr("The header is longer than WhatsApp's 60 characters.");
    if (OutgoingContent::length(m_footer->text().trimmed()) > 60)
        return tr("The footer is longer than WhatsApp's 60 characters.");
    if (m_mode == Mode::Buttons)
        return OutgoingContent::checkButtons(m_body->toPlainText(), titles());
    return OutgoingContent::checkList(m_body->toPlainText(), m_listButton->text(),
                                      rowsOf(m_rows->toPlainText()));
}

} // namespace recado::ui
