// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/DraftFiguresTab.h"

#include "core/sync/DraftApi.h"
#include "ui/review/DraftLabels.h"

#include <QBoxLayout>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>

namespace recado::ui {

using recado::domain::DraftCounts;
using recado::domain::DraftFigures;

namespace {
QTableWidget *countsTable(const char *name, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(QLatin1String(name));
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    return t;
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

DraftFiguresTab::DraftFiguresTab(sync::DraftApi *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_state(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_containment(new QLabel(this))
    , m_response(new QLabel(this))
    , m_byDay(countsTable("figuresByDay", this))
    , m_byIntent(countsTable("figuresByIntent", this))
{
    setObjectName(QStringLiteral("draftFigures"));
    const QDate today = QDate::currentDate();
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("figuresFrom"));
    m_to->setObjectName(QStringLiteral("figuresTo"));
    m_from->setDate(today.addDays(-6));
    m_to->setDate(today);
    m_totals->setObjectName(QStringLiteral("figuresTotals"));
    m_containment->setObjectName(QStringLiteral("figuresContainment"));
    m_response->setObjectName(QStringLiteral("figuresResponse"));
    for (QLabel *l : {m_state, m_totals, m_containment, m_response}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *range = new QHBoxLayout;
    range->addWidget(new QLabel(tr("From"), this));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addWidget(m_refresh);
    range->addStretch();
    // One above the other: each table has nine columns and needs the window's width.
    auto *tables = new QVBoxLayout;
    tables->addWidget(new QLabel(tr("<b>Per day</b>"), this));
    tables->addWidget(m_byDay, 1);
    tables->addWidget(new QLabel(tr("<b>Per intent</b>"), this));
    tables->addWidget(m_byIntent, 1);
    auto *col = new QVBoxLayout(this);
    col->addLayout(range);
    col->addWidget(m_state);
    col->addWidget(m_totals);
    col->addWidget(m_containment);
    col->addWidget(m_response);
    col->addLayout(tables, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DraftFiguresTab::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &DraftFiguresTab::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &DraftFiguresTab::reload);
}

QString DraftFiguresTab::duration(double seconds)
{
    const qint64 s = qRound64(seconds);
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return s % 60 == 0 ? tr("%1 min").arg(s / 60) : tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    const qint64 m = (s + 30) / 60;
    return m % 60 == 0 ? tr("%1 h").arg(m / 60) : tr("%1 h %2 min").arg(m / 60).arg(m % 60);
}

void DraftFiguresTab::reload()
{
    m_state->setText(tr("Loading…"));
    m_api->figures(m_from->date(), m_to->date(), QString::fromUtf8(QTimeZone::systemTimeZoneId()),
                   this, [this](const sync::ApiResult &r, const DraftFigures &f) {
                       if (!r.ok()) {
                           m_state->setText(r.errorMessage);
                           Q_EMIT failed(r);
                           return;
                       }
                       showFigures(f);
                       m_loaded = true;
                       Q_EMIT loaded();
                   });
}

void DraftFiguresTab::showFigures(const DraftFigures &f)
{
    m_figures = f;
    const QLocale loc;
    m_state->setText(tr("Drafts created from %1 to %2 (%3).")
                         .arg(loc.toString(m_from->date(), QLocale::ShortFormat),
                              loc.toString(m_to->date(), QLocale::ShortFormat), f.tz));
    const DraftCounts &t = f.totals;
    QStringList reasons;
    for (auto it = t.rejectReasons.cbegin(); it != t.rejectReasons.cend(); ++it)
        reasons << tr("%1: %2").arg(DraftLabels::rejectReason(it.key())).arg(it.value());
    QString totals =
        tr("<b>%1</b> drafts: <b>%2</b> approved as is, <b>%3</b> edited%4, <b>%5</b> rejected, "
           "<b>%6</b> auto-sent (<b>%7</b> marked wrong), <b>%8</b> escalated, %9 pending, "
           "%10 superseded.")
            .arg(t.produced)
            .arg(t.approved)
            .arg(t.edited)
            .arg(t.meanEditDistance >= 0 ? tr(" (mean edit distance %1 characters)")
                                               .arg(loc.toString(t.meanEditDistance, 'f', 1))
                                         : QString())
            .arg(t.rejected)
            .arg(t.autoSent)
            .arg(t.autoSentMarkedWrong)
            .arg(t.escalated)
            .arg(t.pending)
            .arg(t.superseded);
    if (t.approvalRate >= 0)
        totals += QLatin1Char(' ') + tr("Approved without change: %1 of reviewed drafts.")
                                         .arg(DraftLabels::percent(t.approvalRate));
    if (!reasons.isEmpty())
        totals +=
            QLatin1Char(' ') + tr("Reject reasons: %1.").arg(reasons.join(QStringLiteral(", ")));
    m_totals->setText(totals);

    m_containment->setText(
        f.resolved == 0
            ? tr("<b>AI containment:</b> no conversation with a draft was resolved in this "
                 "period.")
            : tr("<b>AI containment: %1</b> — %2 of %3 resolved conversations needed no "
                 "person (%4 of them with an AI reply).")
                  .arg(DraftLabels::percent(f.containmentRate))
                  .arg(f.contained)
                  .arg(f.resolved)
                  .arg(f.containedWithAiReply));
    m_response->setText(
        f.answered == 0
            ? tr("<b>Time to first human response</b> on escalated conversations: none answered "
                 "yet (waiting: %1).")
                  .arg(f.unanswered)
            : tr("<b>Time to first human response</b> on escalated conversations: median "
                 "<b>%1</b>, 90th percentile %2 (%3 answered, %4 waiting).")
                  .arg(duration(f.medianSeconds), duration(f.p90Seconds))
                  .arg(f.answered)
                  .arg(f.unanswered));
    fill(m_byDay, f.byDay, true);
    fill(m_byIntent, f.byIntent, false);
}

void DraftFiguresTab::fill(QTableWidget *table, const QList<DraftCounts> &rows, bool byDay)
{
    const QStringList headers{byDay ? tr("Day") : tr("Intent"),
                              tr("Drafts"),
                              tr("Approved"),
                              tr("Edited"),
                              tr("Mean edit distance"),
                              tr("Rejected"),
                              tr("Auto-sent"),
                              tr("Escalated"),
                              tr("Marked wrong")};
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    const QLocale loc;
    for (int r = 0; r < rows.size(); ++r) {
        const DraftCounts &c = rows.at(r);
        table->setItem(r, 0,
                       new QTableWidgetItem(byDay ? loc.toString(c.day, QLocale::ShortFormat)
                                                  : DraftLabels::intent(c.intent)));
        table->setItem(r, 1, numberItem(loc.toString(c.produced)));
        table->setItem(r, 2, numberItem(loc.toString(c.approved)));
        table->setItem(r, 3, numberItem(loc.toString(c.edited)));
        table->setItem(r, 4,
                       numberItem(c.meanEditDistance >= 0 ? loc.toString(c.meanEditDistance, 'f', 1)
                                                          : QStringLiteral("—")));
        table->setItem(r, 5, numberItem(loc.toString(c.rejected)));
        table->setItem(r, 6, numberItem(loc.toString(c.autoSent)));
        table->setItem(r, 7, numberItem(loc.toString(c.escalated)));
        table->setItem(r, 8, numberItem(loc.toString(c.autoSentMarkedWrong)));
    }
    table->resizeColumnsToContents();
}

} // namespace recado::ui
