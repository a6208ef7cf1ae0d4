// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace recado::ui {

//! "New message": asks for the customer's phone number and checks it with libphonenumber
//! (core/whatsapp/PhoneNumber) as it is typed. A number without a country code is read in the
//! chosen region (the team's default, e.g. Mexico). The next step is the template picker:
//! a business-initiated conversation starts with a template.
class NewMessageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewMessageDialog(const QString &defaultRegion, QWidget *parent = nullptr);

    //! The number in E.164 (`+5215512345678`), empty while it is not valid.
    QString e164() const { return m_e164; }
    QString region() const;
    //! The language customers with this number most likely read ("es", "pt_BR", "en").
    static QString languageFor(const QString &e164);

    QLineEdit *numberField() const { return m_number; }
    QPushButton *nextButton() const { return m_next; }
    QLabel *verdictLabel() const { return m_verdict; }

private:
    void check();

    QComboBox *m_region;
    QLineEdit *m_number;
    QLabel *m_verdict;
    QPushButton *m_next;
    QString m_e164;
};

} // namespace recado::ui
