// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/DraftReviewController.h"

#include "core/sync/DraftTracker.h"
#include "core/sync/SyncEngine.h"
#include "ui/ComposerEdit.h"
#include "ui/ComposerWidget.h"
#include "ui/ThreadView.h"
#include "ui/review/DraftReviewPane.h"
#include "ui/review/SupervisorWindow.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>
#include <QTextCursor>

namespace recado::ui {

DraftReviewController::DraftReviewController(sync::SyncEngine *engine, ComposerWidget *composer,
                                             ThreadView *thread, QMainWindow *window)
    : QObject(window)
    , m_engine(engine)
    , m_composer(composer)
    , m_window(window)
    , m_tracker(new sync::DraftTracker(engine, this))
    , m_pane(new DraftReviewPane(m_tracker))
    , m_supervisorAction(new QAction(tr("AI drafts review…"), window))
{
    m_pane->setMinimumWidth(280);
    m_supervisorAction->setObjectName(QStringLiteral("supervisorAction"));
    m_supervisorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_supervisorAction->setShortcutContext(Qt::WindowShortcut);
    m_supervisorAction->setToolTip(
        tr("Review AI drafts and auto-sent replies, and see their figures (supervisors)"));
    window->addAction(m_supervisorAction);
    connect(m_supervisorAction, &QAction::triggered, this,
            &DraftReviewController::openSupervisorWindow);

    connect(m_pane, &DraftReviewPane::editRequested, this, [this](const QString &text) {
        ComposerEdit *edit = m_composer->editor();
        edit->setPlainText(text);
        edit->moveCursor(QTextCursor::End);
        edit->setFocus(Qt::OtherFocusReason);
    });
    connect(m_pane, &DraftReviewPane::notice, this,
            [this](const QString &message) { m_window->statusBar()->showMessage(message, 8000); });
    connect(m_tracker, &sync::DraftTracker::decided, thread, &ThreadView::scrollToNewest);
    // A silent sign-in learns the user's role from the relay a moment later.
    connect(engine, &sync::SyncEngine::connectionChanged, this, &DraftReviewController::updateRole);
    updateRole();
}

SupervisorWindow *DraftReviewController::supervisorWindow() const
{
    return m_supervisorWindow;
}

void DraftReviewController::setConversation(qint64 conversationId)
{
    if (m_pane->isEditing())
        m_pane->cancelEditing(); // the composer was cleared for the other conversation
    m_tracker->setConversation(conversationId);
}

bool DraftReviewController::takeSend(const QString &text)
{
    if (!m_pane->isEditing())
        return false;
    m_pane->submitEdited(text);
    return true;
}

void DraftReviewController::updateRole()
{
    m_supervisorAction->setVisible(
        domain::roleAtLeast(m_engine->me().role, domain::Role::Supervisor));
}

void DraftReviewController::openSupervisorWindow()
{
    updateRole();
    if (!m_supervisorAction->isVisible())
        return; // agents: the relay would refuse every route anyway
    if (!m_supervisorWindow) {
        m_supervisorWindow = new SupervisorWindow(m_engine, m_window);
        m_supervisorWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_supervisorWindow->reload();
    }
    m_supervisorWindow->show();
    m_supervisorWindow->raise();
    m_supervisorWindow->activateWindow();
}

} // namespace recado::ui
