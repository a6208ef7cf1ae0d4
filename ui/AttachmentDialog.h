// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/AttachmentPicker.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace recado::ui {

//! Shows an attachment before it goes: a preview (photos) or its type, name and size, a
//! caption, "Send as document" (a photo that is too big, or should keep its full quality),
//! and — when WhatsApp would refuse the file — the reason, with Send disabled.
class AttachmentDialog : public QDialog
{
    Q_OBJECT
public:
    AttachmentDialog(const QString &path, const QString &caption, QWidget *parent = nullptr);

    AttachmentPicker::Choice choice() const { return m_choice; }
    QString caption() const;
    QLineEdit *captionEdit() const { return m_caption; }
    QCheckBox *asDocument() const { return m_asDocument; }
    QLabel *errorLabel() const { return m_error; }

private:
    void recheck();

    QString m_path;
    AttachmentPicker::Choice m_choice;
    QLabel *m_preview;
    QLabel *m_info;
    QLineEdit *m_caption;
    QCheckBox *m_asDocument;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace recado::ui
