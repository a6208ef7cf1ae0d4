// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/RejectDraftDialog.h"

#include "core/sync/DraftApi.h"
#include "ui/review/DraftLabels.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace recado::ui {

namespace {
constexpr int kMaxNote = 1000; // the relay's limit
}

RejectDraftDialog::RejectDraftDialog(QWidget *parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rejectDraftDialog"));
    setWindowTitle(tr("Reject the AI draft"));
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_reason->addItem(tr("Choose a reason…"), QString());
    for (const QString &code : sync::DraftApi::rejectReasons())
        m_reason->addItem(DraftLabels::rejectReason(code), code);
    m_note->setObjectName(QStringLiteral("rejectNote"));
    m_note->setPlaceholderText(tr("What was wrong? (optional; required for “Other”)"));
    m_note->setTabChangesFocus(true);
    m_hint->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reject draft"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("rejectConfirm"));

    auto *form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Note:"), m_note);
    auto *col = new QVBoxLayout(this);
    col->addWidget(new QLabel(tr("Nothing is sent to the customer. Your reason helps improve "
                                 "the drafts."),
                              this));
    col->addLayout(form);
    col->addWidget(m_hint);
    col->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &RejectDraftDialog::validate);
    connect(m_note, &QPlainTextEdit::textChanged, this, &RejectDraftDialog::validate);
    validate();
    resize(420, 260);
}

QString RejectDraftDialog::reason() const
{
    return m_reason->currentData().toString();
}

QString RejectDraftDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void RejectDraftDialog::validate()
{
    QString hint;
    if (reason().isEmpty())
        hint = tr("Choose why the draft is rejected.");
    else if (reason() == QLatin1String("other") && note().isEmpty())
        hint = tr("Say in a few words what was wrong.");
    else if (note().size() > kMaxNote)
        hint = tr("The note is too long (%1 of at most %2 characters).")
                   .arg(note().size())
                   .arg(kMaxNote);
    m_hint->setText(hint);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hint.isEmpty());
}

} // namespace recado::ui
