// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/SupervisorWindow.h"

#include "core/sync/DraftApi.h"
#include "core/sync/EventStream.h"
#include "core/sync/SyncEngine.h"
#include "ui/review/DraftFiguresTab.h"
#include "ui/review/DraftQueueTab.h"
#include "ui/review/DraftTableModel.h"

#include <QBoxLayout>
#include <QLabel>
#include <QTabWidget>

namespace recado::ui {

namespace {
QStringList agentNames(sync::SyncEngine *engine)
{
    QStringList names;
    for (const domain::Agent &a : engine->agents())
        names << a.username;
    if (names.isEmpty())
        names << engine->me().username;
    return names;
}
} // namespace

SupervisorWindow::SupervisorWindow(sync::SyncEngine *engine, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_api(new sync::DraftApi(engine->api(), this))
    , m_tabs(new QTabWidget(this))
    , m_queue(new DraftQueueTab(m_api, agentNames(engine), this))
    , m_figures(new DraftFiguresTab(m_api, this))
    , m_forbiddenLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("supervisorWindow"));
    setWindowTitle(tr("AI drafts review — Recado"));
    m_tabs->setObjectName(QStringLiteral("supervisorTabs"));
    m_tabs->addTab(m_queue, tr("Drafts and auto-sent replies"));
    m_tabs->addTab(m_figures, tr("Figures"));
    m_forbiddenLabel->setObjectName(QStringLiteral("forbiddenLabel"));
    m_forbiddenLabel->setWordWrap(true);
    m_forbiddenLabel->setAlignment(Qt::AlignCenter);
    m_forbiddenLabel->hide();
    auto *col = new QVBoxLayout(this);
    col->addWidget(m_tabs, 1);
    col->addWidget(m_forbiddenLabel, 1);

    connect(m_queue, &DraftQueueTab::failed, this, &SupervisorWindow::onFailed);
    connect(m_figures, &DraftFiguresTab::failed, this, &SupervisorWindow::onFailed);
    // Rows on screen follow decisions made meanwhile (approvals, marks by another supervisor).
    connect(engine->stream(), &sync::EventStream::eventReceived, m_queue->model(),
            &DraftTableModel::applyEvent);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (m_tabs->widget(i) == m_figures && !m_figures->isLoaded())
            m_figures->reload();
    });
    resize(1120, 720);
}

void SupervisorWindow::reload()
{
    m_forbidden = false;
    m_tabs->show();
    m_forbiddenLabel->hide();
    m_queue->applyFilters();
    if (m_tabs->currentWidget() == m_figures)
        m_figures->reload();
}

void SupervisorWindow::onFailed(const sync::ApiResult &r)
{
    if (r.httpStatus != 403)
        return; // shown in the tab's own state line
    m_forbidden = true;
    m_tabs->hide();
    m_forbiddenLabel->setText(tr("Only supervisors and admins can review AI drafts and see "
                                 "their figures. Ask an admin if you need access.\n\n(%1)")
                                  .arg(r.errorMessage));
    m_forbiddenLabel->show();
}

} // namespace recado::ui
