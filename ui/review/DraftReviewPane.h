// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Draft.h"
#include "ui/review/RejectDraftDialog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace recado::sync {
class DraftTracker;
}

namespace recado::ui {

class DraftSourcesView;

//! The pending AI draft of the open conversation, beside the thread: the reply, what the AI
//! understood (intent, confidence, entities), what it is based on (sources, clickable), and
//! whether it wants a person (escalation, prominently). Approve sends it as is; Edit puts it in
//! the composer, and what the agent then sends is recorded as an edited draft; Reject asks why.
//! A draft the relay would refuse to send (blocked_reason) says so and cannot be approved.
//! Hidden when the conversation has no pending draft.
class DraftReviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit DraftReviewPane(sync::DraftTracker *tracker, QWidget *parent = nullptr);

    //! The agent is editing this pane's draft in the composer: the composer's next send is the
    //! edited draft (submitEdited), not a new message.
    bool isEditing() const { return m_editingDraftId != 0; }
    void submitEdited(const QString &text);
    void cancelEditing();

    // For tests and screenshots.
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *rejectButton() const { return m_reject; }
    QLabel *blockedLabel() const { return m_blocked; }
    QLabel *escalationLabel() const { return m_escalation; }
    QLabel *answeredLabel() const { return m_answered; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QTextBrowser *replyView() const { return m_reply; }
    QProgressBar *confidenceBar() const { return m_confidence; }
    DraftSourcesView *sourcesView() const { return m_sources; }
    RejectDraftDialog *rejectDialog() const { return m_rejectDialog; }
    std::optional<domain::Draft> draft() const { return m_draft; }

Q_SIGNALS:
    //! Put `text` in the composer for the agent to change (Edit, or the text back after a
    //! failed send).
    void editRequested(const QString &text);
    //! Something to tell the agent in passing (status bar).
    void notice(const QString &message);

protected:
    void changeEvent(QEvent *e) override;

private:
    void refresh();
    void showDraft(const domain::Draft &d);
    void updateButtons();
    void startEditing();
    void askReject();
    void openSource(const domain::DraftSource &source);
    void setMessage(const QString &text, bool error);
    void styleBanner(QLabel *label, const QColor &accent);

    sync::DraftTracker *m_tracker;
    std::optional<domain::Draft> m_draft;
    qint64 m_editingDraftId = 0;
    QString m_lastEditedText;
    QPointer<RejectDraftDialog> m_rejectDialog;

    QLabel *m_heading;
    QLabel *m_escalation;
    QLabel *m_blocked;
    QLabel *m_answered;
    QPushButton *m_dismiss;
    QLabel *m_intent;
    QProgressBar *m_confidence;
    QTextBrowser *m_reply;
    QLabel *m_entities;
    QLabel *m_sourcesHeading;
    DraftSourcesView *m_sources;
    QLabel *m_editing;
    QPushButton *m_cancelEdit;
    QLabel *m_message;
    QPushButton *m_approve;
    QPushButton *m_edit;
    QPushButton *m_reject;
};

} // namespace recado::ui
