// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace recado::sync {
class DraftTracker;
class SyncEngine;
} // namespace recado::sync

namespace recado::ui {

class ComposerWidget;
class DraftReviewPane;
class SupervisorWindow;
class ThreadView;

//! Wires AI-draft review into the main window with a few calls from it: the draft pane beside
//! the thread (following the open conversation), the composer's "edit the draft" mode, and the
//! supervisor's review window behind a menu action only supervisors and admins see.
class DraftReviewController : public QObject
{
    Q_OBJECT
public:
    DraftReviewController(sync::SyncEngine *engine, ComposerWidget *composer, ThreadView *thread,
                          QMainWindow *window);

    DraftReviewPane *pane() const { return m_pane; }
    sync::DraftTracker *tracker() const { return m_tracker; }
    //! "AI drafts review…" for the View menu; visible for supervisors and admins only.
    QAction *supervisorAction() const { return m_supervisorAction; }
    SupervisorWindow *supervisorWindow() const;

    void setConversation(qint64 conversationId);
    //! The composer wants to send `text`: true when it was the agent's edit of the draft (sent
    //! as such); false when it is an ordinary reply for the caller to send.
    bool takeSend(const QString &text);
    //! Shows (or re-shows) the supervisor window; refused for agents.
    void openSupervisorWindow();
    //! Re-reads the signed-in user's role (it can be refreshed after a silent sign-in).
    void updateRole();

private:
    sync::SyncEngine *m_engine;
    ComposerWidget *m_composer;
    QMainWindow *m_window;
    sync::DraftTracker *m_tracker;
    DraftReviewPane *m_pane;
    QAction *m_supervisorAction;
    QPointer<SupervisorWindow> m_supervisorWindow;
};

} // namespace recado::ui
