// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/ApiResult.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace recado::sync {
class DraftApi;
class SyncEngine;
} // namespace recado::sync

namespace recado::ui {

class DraftFiguresTab;
class DraftQueueTab;

//! The supervisor's AI review: the queue of drafts and auto-sent replies (with diffs, decisions
//! and "mark as wrong") and the figures. Opened from the main window's menu, which offers it
//! to supervisors and admins only; if the relay still refuses (a role changed since sign-in),
//! the window says so instead of showing empty tables.
class SupervisorWindow : public QWidget
{
    Q_OBJECT
public:
    explicit SupervisorWindow(sync::SyncEngine *engine, QWidget *parent = nullptr);

    //! Loads the queue and the figures.
    void reload();
    bool isForbidden() const { return m_forbidden; }

    QTabWidget *tabs() const { return m_tabs; }
    DraftQueueTab *queue() const { return m_queue; }
    DraftFiguresTab *figures() const { return m_figures; }
    QLabel *forbiddenLabel() const { return m_forbiddenLabel; }

private:
    void onFailed(const sync::ApiResult &r);

    sync::DraftApi *m_api;
    QTabWidget *m_tabs;
    DraftQueueTab *m_queue;
    DraftFiguresTab *m_figures;
    QLabel *m_forbiddenLabel;
    bool m_forbidden = false;
};

} // namespace recado::ui
