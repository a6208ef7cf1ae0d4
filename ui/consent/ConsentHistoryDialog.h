// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/ConsentApi.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace recado::ui {

//! Every opt-in and opt-out of a customer, oldest first, with how it was given, when and by
//! which agent; whether a template may be sent now; "Export…" writes the ledger as CSV (the
//! relay's own export); an agent records a verbal opt-in or an opt-out here (the relay confirms
//! an opt-out to the customer while the 24-hour window is open).
class ConsentHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    ConsentHistoryDialog(sync::RelayApi *api, qint64 conversationId, const QString &customer,
                         QWidget *parent = nullptr);

    void reload();
    //! Writes the ledger as CSV to `path`; the answer comes as exported().
    void exportTo(const QString &path);
    //! `action` "opt_in" (source agent_verbal) or "opt_out" (agent_action).
    void record(const QString &action);

    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *messageLabel() const { return m_message; }
    QLineEdit *noteField() const { return m_note; }
    const sync::ConsentInfo &info() const { return m_info; }

Q_SIGNALS:
    void loaded();
    //! The agent changed the customer's consent.
    void consentChanged();
    void exported(bool ok, const QString &message);

private:
    void showInfo(const sync::ConsentInfo &info);
    void setMessage(const QString &text, bool error);

    sync::ConsentApi m_api;
    qint64 m_conversationId;
    sync::ConsentInfo m_info;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLineEdit *m_note;
    QPushButton *m_optIn;
    QPushButton *m_optOut;
    QPushButton *m_export;
    QLabel *m_message;
};

} // namespace recado::ui
