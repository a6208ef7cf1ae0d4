// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Conversation.h"
#include "core/sync/SyncEngine.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QScrollArea;

namespace recado::ui {

class ComposerWidget;
class ConversationListModel;
class DraftReviewController;
class MessageActions;
class SidePanel;
class TemplateActions;
class ThreadModel;
class ThreadView;
class TrayController;

//! The inbox window: conversation list with filters and search on the left, the open thread
//! and composer in the middle, the side panel on the right. It reads everything through the
//! SyncEngine and its models; it never talks to the network or the database itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(sync::SyncEngine *engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Opens a conversation as if the user clicked it (it is selected if it is in the list).
    void openConversation(qint64 id);
    qint64 currentConversationId() const { return m_currentId; }
    void showBanner(const QString &message);

    // For tests and the shortcuts dialog.
    ConversationListModel *listModel() const { return m_listModel; }
    QListView *listView() const { return m_list; }
    ThreadModel *threadModel() const { return m_threadModel; }
    ThreadView *threadView() const { return m_thread; }
    ComposerWidget *composer() const { return m_composer; }
    SidePanel *sidePanel() const { return m_side; }
    TrayController *tray() const { return m_tray; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *assigneeFilter() const { return m_assigneeFilter; }
    QLabel *connectionLabel() const { return m_connection; }
    QList<QAction *> shortcutActions() const { return m_shortcutActions; }
    QAction *shortcutsAction() const { return m_showShortcuts; }
    DraftReviewController *draftReview() const { return m_review; }
    MessageActions *messageActions() const { return m_messageActions; }
    TemplateActions *templateActions() const { return m_templates; }
    QAction *newMessageAction() const { return m_newMessage; }

Q_SIGNALS:
    void signOutRequested();

protected:
    void changeEvent(QEvent *e) override;
    void closeEvent(QCloseEvent *e) override;

private:
    void buildActions();
    void applyFilter();
    void onCurrentRowChanged();
    void onConversationChanged(const domain::Conversation &c);
    void onNewInbound(const domain::Conversation &c, const sync::CachedMessage &m);
    void updateHeader();
    void updateConnection();
    void updateCount();
    void step(int delta);
    void showShortcuts();

    sync::SyncEngine *m_engine;
    ConversationListModel *m_listModel;
    ThreadModel *m_threadModel;
    TrayController *m_tray;
    qint64 m_currentId = 0;
    std::optional<domain::Conversation> m_current;

    QComboBox *m_statusFilter;
    QComboBox *m_assigneeFilter;
    QLineEdit *m_search;
    QLabel *m_count;
    QListView *m_list;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_loadingOlder;
    QWidget *m_banner;
    QLabel *m_bannerText;
    ThreadView *m_thread;
    ComposerWidget *m_composer;
    SidePanel *m_side;
    QScrollArea *m_sideScroll;
    QSplitter *m_splitter;
    QLabel *m_connection;
    QLabel *m_outboxState;
    QTimer m_searchDebounce;
    QTimer m_countDebounce;
    QTimer m_connectionTick;
    QList<QAction *> m_shortcutActions;
    QAction *m_showShortcuts = nullptr;
    DraftReviewController *m_review = nullptr;
    MessageActions *m_messageActions = nullptr;
    TemplateActions *m_templates = nullptr;
    QAction *m_newMessage = nullptr;
};

} // namespace recado::ui
