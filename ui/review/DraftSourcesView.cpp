// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/DraftSourcesView.h"

#include "ui/review/DraftLabels.h"

#include <QEvent>

namespace recado::ui {

DraftSourcesView::DraftSourcesView(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("draftSources"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setWordWrap(true);
    setTextElideMode(Qt::ElideRight);
    setMouseTracking(true);
    setToolTip(tr("Click a source to read it."));
    // One click opens: these are links, not a selection.
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int i = row(item);
        if (i >= 0 && i < m_sources.size())
            Q_EMIT sourceActivated(m_sources.at(i));
    });
}

void DraftSourcesView::setSources(const QList<domain::DraftSource> &sources)
{
    m_sources = sources;
    clear();
    for (const domain::DraftSource &s : sources) {
        auto *item = new QListWidgetItem(DraftLabels::sourceLine(s), this);
        QFont f = font();
        f.setUnderline(true);
        item->setFont(f);
        item->setForeground(palette().color(QPalette::Link));
        item->setToolTip(s.text.left(400));
    }
    setFixedHeight(sizeHint().height());
}

void DraftSourcesView::changeEvent(QEvent *e)
{
    QListWidget::changeEvent(e);
    // Links take the palette's link colour: follow a light/dark switch.
    if (e->type() == QEvent::PaletteChange || e->type() == QEvent::ApplicationPaletteChange) {
        for (int i = 0; i < count(); ++i)
            item(i)->setForeground(palette().color(QPalette::Link));
    }
}

QSize DraftSourcesView::sizeHint() const
{
    // As tall as its lines (up to five), so the pane does not reserve empty space.
    const int rows = qBound(1, count(), 5);
    const int line = count() > 0 ? sizeHintForRow(0) : fontMetrics().height() + 4;
    return {QListWidget::sizeHint().width(), rows * line + 2 * frameWidth() + 2};
}

} // namespace recado::ui
