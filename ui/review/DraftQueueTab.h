// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/ApiResult.h"
#include "core/sync/DraftApi.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace recado::ui {

class DraftDetailView;
class DraftTableModel;

//! The supervisor's review queue: every draft and every auto-sent reply, filtered by intent,
//! outcome, agent and date range; the selected one in detail below.
class DraftQueueTab : public QWidget
{
    Q_OBJECT
public:
    DraftQueueTab(sync::DraftApi *api, const QStringList &agents, QWidget *parent = nullptr);

    //! Runs the query the filters describe.
    void applyFilters();
    sync::DraftQuery currentQuery() const;

    DraftTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    DraftDetailView *detail() const { return m_detail; }
    QComboBox *intentFilter() const { return m_intent; }
    QComboBox *outcomeFilter() const { return m_outcome; }
    QComboBox *agentFilter() const { return m_agent; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *stateLabel() const { return m_state; }

Q_SIGNALS:
    //! A page could not be loaded; `forbidden` when the relay said our role is too low.
    void failed(const recado::sync::ApiResult &result);

private:
    void showSelected();

    sync::DraftApi *m_api;
    DraftTableModel *m_model;
    QComboBox *m_intent;
    QComboBox *m_outcome;
    QComboBox *m_agent;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_refresh;
    QLabel *m_state;
    QTableView *m_table;
    DraftDetailView *m_detail;
};

} // namespace recado::ui
