// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace recado::ui {

//! Asks why a draft is rejected: a reason from the relay's short list and an optional note
//! (required for "Other"). Supervisors read both in the review queue.
class RejectDraftDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RejectDraftDialog(QWidget *parent = nullptr);

    QString reason() const;
    QString note() const;
    QComboBox *reasonBox() const { return m_reason; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    QComboBox *m_reason;
    QPlainTextEdit *m_note;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace recado::ui
