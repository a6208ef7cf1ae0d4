// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/sync/LocalCache.h"
#include "core/sync/Outbox.h"
#include "ui/AppIcon.h"
#include "ui/ComposerEdit.h"
#include "ui/ComposerWidget.h"
#include "ui/ConversationListDelegate.h"
#include "ui/ConversationListModel.h"
#include "ui/MessageActions.h"
#include "ui/MessageDelegate.h"
#include "ui/MessageText.h"
#include "ui/Palette.h"
#include "ui/ShortcutsDialog.h"
#include "ui/SidePanel.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadView.h"
#include "ui/TrayController.h"
#include "ui/review/DraftReviewController.h"
#include "ui/review/DraftReviewPane.h"
#include "ui/templates/TemplateActions.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>

namespace recado::ui {

using namespace recado::domain;
using recado::sync::ConversationFilter;
using recado::sync::SyncEngine;

MainWindow::MainWindow(SyncEngine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_listModel(new ConversationListModel(engine, this))
    , m_threadModel(new ThreadModel(engine, this))
    , m_tray(new TrayController(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Recado"));
    setWindowIcon(AppIcon::icon());

    // Left: filters, search, list.
    auto *left = new QWidget(this);
    m_statusFilter = new QComboBox(left);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Active"), QStringLiteral("active"));
    m_statusFilter->addItem(tr("Archived"), QStringLiteral("archived"));
    m_statusFilter->addItem(tr("Closed"), QStringLiteral("closed"));
    m_statusFilter->addItem(tr("All statuses"), QStringLiteral("all"));
    m_assigneeFilter = new QComboBox(left);
    m_assigneeFilter->setObjectName(QStringLiteral("assigneeFilter"));
    m_assigneeFilter->addItem(tr("All agents"), int(ConversationFilter::Assignee::All));
    m_assigneeFilter->addItem(tr("Mine"), int(ConversationFilter::Assignee::Mine));
    m_assigneeFilter->addItem(tr("Unassigned"), int(ConversationFilter::Assignee::Unassigned));
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search name, phone or message"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(left);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_list = new QListView(left);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setModel(m_listModel);
    m_list->setItemDelegate(new ConversationListDelegate(m_list));
    m_list->setUniformItemSizes(true); // every row is as tall: 100,000 rows scroll smoothly
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter, 1);
    filters->addWidget(m_assigneeFilter, 1);
    auto *newMessage = new QToolButton(left);
    newMessage->setObjectName(QStringLiteral("newMessageButton"));
    newMessage->setText(tr("New"));
    newMessage->setToolTip(tr("New message to a phone number (Ctrl+N)"));
    connect(newMessage, &QToolButton::clicked, this, [this] { m_newMessage->trigger(); });
    filters->addWidget(newMessage);
    auto *leftCol = new QVBoxLayout(left);
    leftCol->setContentsMargins(6, 6, 0, 6);
    leftCol->addLayout(filters);
    leftCol->addWidget(m_search);
    leftCol->addWidget(m_count);
    leftCol->addWidget(m_list, 1);

    // Centre: header, banner, thread, composer.
    auto *centre = new QWidget(this);
    m_title = new QLabel(centre);
    m_title->setObjectName(QStringLiteral("threadTitle"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.2);
    tf.setBold(true);
    m_title->setFont(tf);
    m_subtitle = new QLabel(centre);
    m_subtitle->setObjectName(QStringLiteral("threadSubtitle"));
    m_banner = new QWidget(centre);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("bannerText"));
    m_bannerText->setWordWrap(true);
    auto *bannerClose = new QToolButton(m_banner);
    bannerClose->setText(QStringLiteral("✕"));
    bannerClose->setToolTip(tr("Dismiss"));
    auto *bannerRow = new QHBoxLayout(m_banner);
    bannerRow->addWidget(m_bannerText, 1);
    bannerRow->addWidget(bannerClose);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();
    connect(bannerClose, &QToolButton::clicked, m_banner, &QWidget::hide);
    m_loadingOlder = new QLabel(tr("Loading older messages…"), centre);
    m_loadingOlder->setAlignment(Qt::AlignCenter);
    m_loadingOlder->hide();
    m_thread = new ThreadView(centre);
    m_thread->setObjectName(QStringLiteral("threadView"));
    m_thread->setThreadModel(m_threadModel);
    m_composer = new ComposerWidget(centre);
    auto *centreCol = new QVBoxLayout(centre);
    centreCol->setContentsMargins(0, 6, 0, 0);
    auto *header = new QVBoxLayout;
    header->setContentsMargins(10, 0, 10, 4);
    header->addWidget(m_title);
    header->addWidget(m_subtitle);
    centreCol->addLayout(header);
    centreCol->addWidget(m_banner);
    centreCol->addWidget(m_loadingOlder);
    // The open conversation's AI draft sits beside the thread (hidden when there is none).
    m_review = new DraftReviewController(engine, m_composer, m_thread, this);
    auto *threadSplit = new QSplitter(Qt::Horizontal, centre);
    threadSplit->setObjectName(QStringLiteral("threadSplit"));
    threadSplit->addWidget(m_thread);
    threadSplit->addWidget(m_review->pane());
    threadSplit->setStretchFactor(0, 1);
    threadSplit->setChildrenCollapsible(false);
    centreCol->addWidget(threadSplit, 1);
    centreCol->addWidget(m_composer);

    // Right: side panel.
    m_side = new SidePanel(engine, this);
    m_sideScroll = new QScrollArea(this);
    m_sideScroll->setWidget(m_side);
    m_sideScroll->setWidgetResizable(true);
    m_sideScroll->setFrameShape(QFrame::NoFrame);
    m_sideScroll->setMinimumWidth(260);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_sideScroll);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({340, 620, 300});
    setCentralWidget(m_splitter);

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_outboxState = new QLabel(this);
    m_outboxState->setObjectName(QStringLiteral("outboxLabel"));
    statusBar()->addWidget(m_connection, 1);
    statusBar()->addPermanentWidget(m_outboxState);

    m_templates = new TemplateActions(engine, this);
    // Attachments, locations, contacts, buttons, lists, reactions, replies; media in the thread.
    m_messageActions = new MessageActions(
        engine, m_thread, m_composer, [this] { return m_currentId; }, this);
    connect(m_messageActions, &MessageActions::failed, this, &MainWindow::showBanner);
    connect(m_messageActions, &MessageActions::sent, this, [this](qint64 id) {
        if (id == m_currentId)
            m_thread->scrollToNewest();
    });
    buildActions();

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(250);
    connect(&m_searchDebounce, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDebounce.start(); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_assigneeFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    m_countDebounce.setSingleShot(true);
    m_countDebounce.setInterval(100);
    connect(&m_countDebounce, &QTimer::timeout, this, &MainWindow::updateCount);
    for (auto sig : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_listModel, sig, this, [this] { m_countDebounce.start(); });
    connect(m_listModel, &QAbstractItemModel::modelReset, this,
            [this] { m_countDebounce.start(); });

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_composer, &ComposerWidget::sendRequested, this, [this](const QString &text) {
        if (m_review->takeSend(text))
            return; // the agent's edit of the AI draft
        if (m_currentId != 0 &&
            m_engine->sendText(m_currentId, text, m_messageActions->takeReplyTo()))
            m_thread->scrollToNewest();
    });
    connect(m_composer, &ComposerWidget::templateRequested, this, [this] {
        if (m_current)
            m_templates->sendToConversation(*m_current);
    });
    connect(m_side, &SidePanel::templateRequested, this, [this](const ServiceRequest &sr) {
        if (m_current)
            m_templates->sendToConversation(*m_current, sr);
    });
    connect(m_templates, &TemplateActions::sent, this, [this](qint64 id) {
        if (id == m_currentId)
            m_thread->scrollToNewest();
    });
    connect(m_templates, &TemplateActions::failed, this, &MainWindow::showBanner);
    connect(m_templates, &TemplateActions::openConversationRequested, this,
            &MainWindow::openConversation);
    connect(m_thread->messageDelegate(), &MessageDelegate::retryRequested, this,
            [this](const QModelIndex &index) {
                if (const auto *m = m_threadModel->messageAt(index.row()))
                    m_engine->retry(*m);
            });
    connect(m_threadModel, &ThreadModel::loadingOlderChanged, m_loadingOlder, &QWidget::setVisible);
    connect(m_side, &SidePanel::openRequest, this, [this](const ServiceRequest &sr) {
        auto *box =
            new QMessageBox(QMessageBox::Information, tr("Service request %1").arg(sr.id),
                            tr("<b>%1</b> — %2<br>Customer: %3 (%4)<br>Address: %5<br>"
                               "Requested for: %6<br>Status: %7<br>Vendor: %8<br>Technician: %9")
                                .arg(sr.id.toHtmlEscaped(), sr.serviceType.toHtmlEscaped(),
                                     sr.customerName.toHtmlEscaped(),
                                     sr.contactPhone.toHtmlEscaped(), sr.address.toHtmlEscaped(),
                                     QLocale().toString(sr.requestedDate, QLocale::LongFormat),
                                     sr.status.toHtmlEscaped(), sr.vendor.toHtmlEscaped(),
                                     sr.technician.toHtmlEscaped()),
                            QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("requestDetails"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    connect(engine, &SyncEngine::conversationChanged, this, &MainWindow::onConversationChanged);
    connect(engine, &SyncEngine::conversationsReset, this, [this] {
        m_current = m_engine->conversation(m_currentId);
        updateHeader();
    });
    connect(engine, &SyncEngine::newInboundMessage, this, &MainWindow::onNewInbound);
    connect(engine, &SyncEngine::unreadTotalChanged, this, [this](int total) {
        m_tray->setUnread(total);
        setWindowTitle(total > 0 ? tr("Recado (%1)").arg(total) : tr("Recado"));
    });
    connect(engine, &SyncEngine::connectionChanged, this, &MainWindow::updateConnection);
    connect(engine, &SyncEngine::actionFailed, this, &MainWindow::showBanner);
    connect(engine, &SyncEngine::relayAlert, this,
            [this](const QString &code, const QString &message) {
                if (code != QLatin1String("ok"))
                    showBanner(tr("The relay reports a problem: %1").arg(message));
            });
    connect(engine, &SyncEngine::messageChanged, this, [this] { updateConnection(); });
    connect(m_tray, &TrayController::activated, this, [this](qint64 id) {
        showNormal();
        raise();
        activateWindow();
        if (id != 0)
            openConversation(id);
    });
    m_connectionTick.setInterval(1000);
    connect(&m_connectionTick, &QTimer::timeout, this, &MainWindow::updateConnection);
    m_connectionTick.start();

    applyFilter();
    updateHeader();
    updateConnection();
    m_tray->setUnread(engine->totalUnread());
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto make = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_shortcutActions << a;
        return a;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));

    go->addAction(
        make(tr("Next conversation"),
             {QKeySequence(Qt::CTRL | Qt::Key_Down), QKeySequence(Qt::ALT | Qt::Key_Down)},
             [this] { step(+1); }));
    go->addAction(make(tr("Previous conversation"),
                       {QKeySequence(Qt::CTRL | Qt::Key_Up), QKeySequence(Qt::ALT | Qt::Key_Up)},
                       [this] { step(-1); }));
    go->addSeparator();
    go->addAction(make(tr("Search conversations"), {QKeySequence::Find}, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    }));
    go->addAction(make(tr("Write a reply"), {QKeySequence(Qt::CTRL | Qt::Key_R)},
                       [this] { m_composer->editor()->setFocus(Qt::ShortcutFocusReason); }));
    go->addAction(make(tr("Go to the newest message"), {QKeySequence(Qt::CTRL | Qt::Key_End)},
                       [this] { m_thread->scrollToNewest(); }));
    view->addAction(make(tr("Show or hide the side panel"), {QKeySequence(Qt::CTRL | Qt::Key_I)},
                         [this] { m_sideScroll->setVisible(!m_sideScroll->isVisible()); }));
    view->addAction(m_review->supervisorAction());
    connect(view, &QMenu::aboutToShow, m_review, &DraftReviewController::updateRole);
    m_newMessage =
        make(tr("New message…"), {QKeySequence::New}, [this] { m_templates->newMessage(); });
    m_newMessage->setObjectName(QStringLiteral("newMessageAction"));
    m_newMessage->setToolTip(tr("Start a conversation with a phone number (with a template)"));
    file->addAction(m_newMessage);
    file->addAction(
        make(tr("Assign to me"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}, [this] {
            if (m_currentId != 0)
                m_engine->assign(m_currentId, m_engine->me().username);
        }));
    file->addSeparator();
    auto *signOut = new QAction(tr("Sign out"), this);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    file->addAction(signOut);
    file->addAction(
        make(tr("Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}, [] { QApplication::quit(); }));
    m_showShortcuts = make(tr("Keyboard shortcuts"),
                           {QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)},
                           [this] { showShortcuts(); });
    help->addAction(m_showShortcuts);
    auto *about = new QAction(tr("About Recado"), this);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Recado"),
                           tr("<b>Recado %1</b><br>A WhatsApp inbox for customer service and field "
                              "service teams.<br>Licensed under the GNU GPL, version 3 or later.")
                               .arg(QCoreApplication::applicationVersion()));
    });
    help->addAction(about);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(m_shortcutActions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::applyFilter()
{
    ConversationFilter f;
    const QString status = m_statusFilter->currentData().toString();
    if (status == QLatin1String("all"))
        f.status.reset();
    else
        f.status = conversationStatusFromString(status);
    f.assignee = ConversationFilter::Assignee(m_assigneeFilter->currentData().toInt());
    f.text = m_search->text();
    f.me = m_engine->me().username;
    const qint64 keep = m_currentId;
    m_listModel->setFilter(f);
    const int row = m_listModel->rowOf(keep);
    if (row >= 0) {
        QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_listModel->index(row));
    }
    m_countDebounce.start(); // a COUNT over the filter: not on the way to the first paint
}

void MainWindow::updateCount()
{
    const int n = m_listModel->totalCount();
    m_count->setText(tr("Conversations: %L1").arg(n));
}

void MainWindow::onCurrentRowChanged()
{
    const qint64 id = m_listModel->idAt(m_list->currentIndex().row());
    if (id != 0 && id != m_currentId)
        openConversation(id);
}

void MainWindow::openConversation(qint64 id)
{
    m_currentId = id;
    m_current = m_engine->conversation(id);
    const int row = m_listModel->rowOf(id);
    if (row >= 0 && m_list->currentIndex().row() != row) {
        QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_listModel->index(row));
    }
    m_threadModel->setConversation(id);
    m_composer->setConversation(m_current);
    m_review->setConversation(id);
    m_side->setConversation(m_current);
    updateHeader();
    m_engine->openConversation(id);
}

void MainWindow::onConversationChanged(const Conversation &c)
{
    if (c.id != m_currentId)
        return;
    m_current = c;
    m_composer->setConversation(c);
    m_side->setConversation(c);
    updateHeader();
    // New messages in the conversation the user is looking at are read.
    if (c.unreadCount > 0 && isActiveWindow() && !isMinimized())
        m_engine->markRead(c.id);
}

void MainWindow::onNewInbound(const Conversation &c, const sync::CachedMessage &m)
{
    const QString me = m_engine->me().username;
    if (!c.assignee.isEmpty() && c.assignee != me)
        return; // someone else's customer
    if (c.id == m_currentId && isActiveWindow())
        return; // the user is looking at it
    const QString who = c.customerName.isEmpty() ? c.phone : c.customerName;
    m_tray->notify(c.assignee.isEmpty() ? tr("%1 (unassigned)").arg(who) : who,
                   MessageText::summary(m.message), c.id);
}

void MainWindow::updateHeader()
{
    if (!m_current) {
        m_title->setText(tr("No conversation selected"));
        m_subtitle->setText(tr("Pick a conversation on the left."));
        return;
    }
    const Conversation &c = *m_current;
    m_title->setText(c.customerName.isEmpty() ? c.phone : c.customerName);
    QStringList parts;
    if (!c.phone.isEmpty())
        parts << c.phone;
    parts << (c.assignee.isEmpty() ? tr("Unassigned") : tr("Assigned to %1").arg(c.assignee));
    if (!c.serviceRequestId.isEmpty())
        parts << c.serviceRequestId;
    switch (c.status) {
    case ConversationStatus::Active:
        break;
    case ConversationStatus::Archived:
        parts << tr("Archived");
        break;
    case ConversationStatus::Closed:
        parts << tr("Closed");
        break;
    }
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::updateConnection()
{
    QString text;
    switch (m_engine->connection()) {
    case SyncEngine::Connection::Live:
        text = tr("Connected to %1").arg(m_engine->api()->baseUrl().host());
        break;
    case SyncEngine::Connection::Connecting:
        text = tr("Connecting…");
        break;
    case SyncEngine::Connection::Offline: {
        const int ms = m_engine->retryInMs();
        text = ms >= 0 ? tr("Offline: trying again in %1 s").arg(qMax(1, (ms + 999) / 1000))
                       : tr("Offline");
        if (!m_engine->connectionError().isEmpty())
            text += QStringLiteral(" — ") + m_engine->connectionError();
        break;
    }
    }
    m_connection->setText(text);
    m_threadModel->setOnline(m_engine->connection() == SyncEngine::Connection::Live);
    const int pending = m_engine->cache()->isOpen() ? m_engine->cache()->outbox().count() : 0;
    m_outboxState->setText(pending > 0 ? tr("Waiting to be sent: %L1").arg(pending) : QString());
}

void MainWindow::step(int delta)
{
    int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() + delta : 0;
    if (row >= m_listModel->rowCount() && m_listModel->canFetchMore({}))
        m_listModel->fetchMore({});
    row = qBound(0, row, m_listModel->rowCount() - 1);
    if (row >= 0)
        m_list->setCurrentIndex(m_listModel->index(row));
}

void MainWindow::showBanner(const QString &message)
{
    QPalette p = m_banner->palette();
    p.setColor(QPalette::Window, Palette::mix(p.color(QPalette::Window), Palette::error(p), 0.18));
    m_banner->setPalette(p);
    m_bannerText->setText(message);
    m_banner->show();
}

void MainWindow::changeEvent(QEvent *e)
{
    QMainWindow::changeEvent(e);
    if (e->type() == QEvent::ActivationChange && isActiveWindow() && m_current &&
        m_current->unreadCount > 0)
        m_engine->markRead(m_current->id);
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    QMainWindow::closeEvent(e);
}

} // namespace recado::ui
