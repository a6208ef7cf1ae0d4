// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ThreadView.h"

#include "ui/MessageDelegate.h"
#include "ui/ThreadModel.h"

#include <QEvent>
#include <QScrollBar>
#include <QTimer>

namespace recado::ui {

//! How close to the top (in pixels) the user gets before older messages load.
static constexpr int kPrefetchPx = 600;

ThreadView::ThreadView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new MessageDelegate(this))
{
    setItemDelegate(m_delegate);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::NoSelection);
    setResizeMode(QListView::Adjust); // re-wrap bubbles when the width changes
    setUniformItemSizes(false);
    setWordWrap(true);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    verticalScrollBar()->setSingleStep(24);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_settling)
            return;
        m_atBottom = value >= verticalScrollBar()->maximum() - 4;
        if (value < kPrefetchPx)
            QTimer::singleShot(0, this, &ThreadView::maybeFetchOlder);
    });
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &ThreadView::onRangeChanged);
}

void ThreadView::setThreadModel(ThreadModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    setModel(model);
    if (!model)
        return;
    connect(model, &ThreadModel::olderRowsInserted, this, [this] {
        // The rows are in, the layout is not yet: remember where the user was from the bottom.
        m_restoreFromBottom = verticalScrollBar()->maximum() - verticalScrollBar()->value();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_atBottom = true;
        m_settling = true;
        m_restoreFromBottom = -1;
        QTimer::singleShot(0, this, [this] {
            scrollToNewest();
            m_settling = false;
            // Older pages only after the newest messages had a chance to paint.
            QTimer::singleShot(50, this, &ThreadView::maybeFetchOlder);
        });
    });
    connect(model, &ThreadModel::loadingOlderChanged, this, [this](bool loading) {
        if (!loading)
            QTimer::singleShot(0, this, &ThreadView::maybeFetchOlder);
    });
}

void ThreadView::scrollToNewest()
{
    m_atBottom = true;
    scrollToBottom();
}

void ThreadView::onRangeChanged(int, int max)
{
    if (m_restoreFromBottom >= 0) {
        verticalScrollBar()->setValue(max - m_restoreFromBottom);
        m_restoreFromBottom = -1;
    } else if (m_atBottom) {
        verticalScrollBar()->setValue(max);
    }
    if (!m_settling)
        QTimer::singleShot(0, this, &ThreadView::maybeFetchOlder);
}

void ThreadView::maybeFetchOlder()
{
    if (!m_model || !m_model->canFetchOlder())
        return;
    // Short threads fill the screen; long ones load when the user nears the top.
    if (verticalScrollBar()->maximum() == 0 || verticalScrollBar()->value() < kPrefetchPx)
        m_model->fetchOlder();
}

void ThreadView::resizeEvent(QResizeEvent *e)
{
    const bool atBottom = m_atBottom;
    QListView::resizeEvent(e);
    if (atBottom)
        QTimer::singleShot(0, this, &ThreadView::scrollToNewest);
}

void ThreadView::changeEvent(QEvent *e)
{
    QListView::changeEvent(e);
    if (e->type() == QEvent::PaletteChange || e->type() == QEvent::FontChange) {
        m_delegate->clearSizeCache();
        scheduleDelayedItemsLayout();
    }
}

} // namespace recado::ui
