// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Draft.h"

#include <QInputDialog>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace recado::sync {
class DraftApi;
}

namespace recado::ui {

class DraftSourcesView;

//! One draft in the supervisor's queue: what the AI drafted, what was sent, a word-level diff
//! between the two, who decided and when (the decision log), the reject reason, the escalation.
//! An auto-sent reply can be marked as wrong here, with a note.
class DraftDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit DraftDetailView(sync::DraftApi *api, QWidget *parent = nullptr);

    void setDraft(const std::optional<domain::Draft> &draft);
    std::optional<domain::Draft> draft() const { return m_draft; }

    // For tests and screenshots.
    QTextBrowser *draftText() const { return m_draftText; }
    QTextBrowser *sentText() const { return m_sentText; }
    QTextBrowser *diffView() const { return m_diff; }
    QLabel *decisionLabel() const { return m_decision; }
    QLabel *historyLabel() const { return m_history; }
    QPushButton *markWrongButton() const { return m_markWrong; }
    QInputDialog *markWrongDialog() const { return m_markDialog; }

Q_SIGNALS:
    //! The draft changed here (marked wrong): the list updates its row.
    void draftChanged(const recado::domain::Draft &draft);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *e) override;

private:
    void render();
    void loadHistory();
    void askMarkWrong();

    sync::DraftApi *m_api;
    std::optional<domain::Draft> m_draft;
    QPointer<QInputDialog> m_markDialog;

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_escalation;
    QLabel *m_decision;
    QLabel *m_draftHeading;
    QTextBrowser *m_draftText;
    QLabel *m_sentHeading;
    QTextBrowser *m_sentText;
    QLabel *m_diffHeading;
    QTextBrowser *m_diff;
    DraftSourcesView *m_sources;
    QLabel *m_history;
    QPushButton *m_markWrong;
    QWidget *m_body;
    QLabel *m_empty;
};

} // namespace recado::ui
