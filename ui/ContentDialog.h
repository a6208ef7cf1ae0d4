// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace recado::ui {

//! Base of the small dialogs that write a non-text message (location, contact card, buttons,
//! list): a form, a line saying what WhatsApp would refuse, and Send enabled only when the
//! content passes Meta's limits.
class ContentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ContentDialog(const QString &title, QWidget *parent = nullptr);

    //! The message kind (`location`, `contacts`, `interactive`).
    virtual QString kind() const = 0;
    //! `{kind: ...}` for the relay.
    virtual QJsonObject content() const = 0;
    //! Empty when the content can be sent; else why not.
    virtual QString problem() const = 0;
    QLabel *errorLabel() const { return m_error; }

protected:
    QFormLayout *form() const { return m_form; }
    //! Call after building the form and whenever a field changes.
    void recheck();

private:
    QFormLayout *m_form;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace recado::ui
