// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/DraftQueueTab.h"

#include "ui/review/DraftDetailView.h"
#include "ui/review/DraftLabels.h"
#include "ui/review/DraftTableModel.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>

namespace recado::ui {

namespace {
// Outcome filter entries beyond the draft statuses: flags the relay filters separately.
const QString kEscalated = QStringLiteral("#escalated");
const QString kMarkedWrong = QStringLiteral("#marked_wrong");
} // namespace

DraftQueueTab::DraftQueueTab(sync::DraftApi *api, const QStringList &agents, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new DraftTableModel(api, this))
    , m_intent(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_agent(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_state(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new DraftDetailView(api, this))
{
    setObjectName(QStringLiteral("draftQueue"));
    m_intent->setObjectName(QStringLiteral("intentFilter"));
    m_intent->addItem(tr("All intents"), QString());
    for (const QString &i : sync::DraftApi::intents())
        m_intent->addItem(DraftLabels::intent(i), i);
    m_outcome->setObjectName(QStringLiteral("outcomeFilter"));
    m_outcome->addItem(tr("All outcomes"), QString());
    for (const QString &o :
         {QStringLiteral("approved"), QStringLiteral("edited"), QStringLiteral("rejected"),
          QStringLiteral("auto_sent"), QStringLiteral("pending"), QStringLiteral("superseded")})
        m_outcome->addItem(DraftLabels::outcome(o), o);
    m_outcome->addItem(tr("Escalated"), kEscalated);
    m_outcome->addItem(tr("Marked wrong"), kMarkedWrong);
    m_agent->setObjectName(QStringLiteral("agentFilter"));
    m_agent->addItem(tr("Anyone"), QString());
    m_agent->addItem(DraftLabels::actor(QStringLiteral("recado-ai")), QStringLiteral("recado-ai"));
    for (const QString &a : agents)
        m_agent->addItem(a, a);
    const QDate today = QDate::currentDate();
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_from->setDate(today.addDays(-6));
    m_to->setDate(today);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_state->setObjectName(QStringLiteral("queueState"));

    m_table->setObjectName(QStringLiteral("draftTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(DraftTableModel::Outcome,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(DraftTableModel::Created, 95);
    m_table->setColumnWidth(DraftTableModel::Customer, 115);
    m_table->setColumnWidth(DraftTableModel::Intent, 120);
    m_table->setColumnWidth(DraftTableModel::Confidence, 55);
    m_table->setColumnWidth(DraftTableModel::DecidedBy, 90);
    m_table->setColumnWidth(DraftTableModel::EditDistance, 50);
    m_table->setWordWrap(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_intent);
    filters->addWidget(m_outcome);
    filters->addWidget(m_agent);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_refresh);
    filters->addStretch();

    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(detailScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({700, 400});

    auto *col = new QVBoxLayout(this);
    col->addLayout(filters);
    col->addWidget(m_state);
    col->addWidget(split, 1);

    for (QComboBox *c : {m_intent, m_outcome, m_agent})
        connect(c, &QComboBox::currentIndexChanged, this, &DraftQueueTab::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &DraftQueueTab::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &DraftQueueTab::applyFilters);
    connect(m_refresh, &QPushButton::clicked, this, &DraftQueueTab::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DraftQueueTab::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DraftQueueTab::showSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl) {
        if (tl.row() == m_table->currentIndex().row())
            showSelected();
    });
    connect(m_model, &DraftTableModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_state->setText(tr("Loading…"));
    });
    connect(m_model, &DraftTableModel::pageLoaded, this, [this] {
        const int n = m_model->rowCount();
        m_state->setText(n == 0 ? tr("No drafts match these filters.")
                         : m_model->canFetchMore({})
                             ? tr("Drafts shown: %L1 (scroll for more).").arg(n)
                             : tr("Drafts: %L1.").arg(n));
    });
    connect(m_model, &DraftTableModel::failed, this, [this](const sync::ApiResult &r) {
        m_state->setText(r.errorMessage);
        Q_EMIT failed(r);
    });
    connect(m_detail, &DraftDetailView::draftChanged, m_model, &DraftTableModel::updateDraft);
    connect(m_detail, &DraftDetailView::failed, m_state, &QLabel::setText);
}

sync::DraftQuery DraftQueueTab::currentQuery() const
{
    sync::DraftQuery q;
    q.intent = m_intent->currentData().toString();
    const QString outcome = m_outcome->currentData().toString();
    if (outcome == kEscalated)
        q.escalated = true;
    else if (outcome == kMarkedWrong)
        q.markedWrongOnly = true;
    else
        q.outcome = outcome;
    q.agent = m_agent->currentData().toString();
    q.from = m_from->date();
    q.to = m_to->date();
    q.tz = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    return q;
}

void DraftQueueTab::applyFilters()
{
    m_model->setQuery(currentQuery());
}

void DraftQueueTab::showSelected()
{
    const domain::Draft *d = m_model->draftAt(m_table->currentIndex().row());
    m_detail->setDraft(d ? std::optional<domain::Draft>(*d) : std::nullopt);
}

} // namespace recado::ui
