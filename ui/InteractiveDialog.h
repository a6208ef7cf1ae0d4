// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ContentDialog.h"

#include <QList>

class QLineEdit;
class QPlainTextEdit;

namespace recado::ui {

//! Sends reply buttons (up to three) or a list (up to ten options, one per line as
//! "Title | description"), with an optional header and footer.
class InteractiveDialog : public ContentDialog
{
    Q_OBJECT
public:
    enum class Mode { Buttons, List };
    explicit InteractiveDialog(Mode mode, QWidget *parent = nullptr);
    QString kind() const override { return QStringLiteral("interactive"); }
    QJsonObject content() const override;
    QString problem() const override;

private:
    QStringList titles() const;
    Mode m_mode;
    QLineEdit *m_header;
    QPlainTextEdit *m_body;
    QLineEdit *m_footer;
    QList<QLineEdit *> m_buttons;
    QLineEdit *m_listButton = nullptr;
    QPlainTextEdit *m_rows = nullptr;
};

} // namespace recado::ui
