// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/DraftTableModel.h"

#include "core/domain/Event.h"
#include "core/protocol/DraftJson.h"
#include "ui/review/DraftLabels.h"

#include <QLocale>

namespace recado::ui {

using recado::domain::Draft;

DraftTableModel::DraftTableModel(sync::DraftApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{}

void DraftTableModel::setQuery(const sync::DraftQuery &query)
{
    m_query = query;
    m_query.cursor.clear();
    beginResetModel();
    m_rows.clear();
    m_nextCursor.clear();
    endResetModel();
    load(QString());
}

void DraftTableModel::load(const QString &cursor)
{
    const int generation = ++m_generation; // a newer query makes older answers moot
    m_loading = true;
    Q_EMIT loadingChanged(true);
    sync::DraftQuery q = m_query;
    q.cursor = cursor;
    m_api->list(q, this, [this, generation](const sync::ApiResult &r, const sync::DraftPage &p) {
        if (generation != m_generation)
            return;
        m_loading = false;
        Q_EMIT loadingChanged(false);
        if (!r.ok()) {
            Q_EMIT failed(r);
            return;
        }
        if (!p.drafts.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + p.drafts.size()) - 1);
            m_rows.append(p.drafts);
            endInsertRows();
        }
        m_nextCursor = p.nextCursor;
        Q_EMIT pageLoaded();
    });
}

const Draft *DraftTableModel::draftAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DraftTableModel::rowOfDraft(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void DraftTableModel::updateDraft(const Draft &draft)
{
    const int row = rowOfDraft(draft.id);
    if (row < 0)
        return;
    Draft d = draft;
    if (d.customerName.isEmpty()) // events do not carry the joined customer name
        d.customerName = m_rows.at(row).customerName;
    m_rows[row] = d;
    Q_EMIT dataChanged(index(row, 0), index(row, Count - 1));
}

void DraftTableModel::applyEvent(const domain::Event &event)
{
    if (event.type == QLatin1String("draft.updated"))
        updateDraft(
            protocol::draftFromJson(event.payload.value(QStringLiteral("draft")).toObject()));
}

int DraftTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DraftTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant DraftTableModel::data(const QModelIndex &index, int role) const
{
    const Draft *d = draftAt(index.row());
    if (!d)
        return {};
    if (role == DraftIdRole)
        return d->id;
    if (role == Qt::ToolTipRole && index.column() == Outcome && d->escalate)
        return DraftLabels::escalationReason(d->escalationReason);
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Confidence || index.column() == EditDistance))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Created)
        return QLocale().toString(d->createdAt.toLocalTime(), QLocale::LongFormat);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Created: {
        // Today's drafts by time only: the column stays narrow.
        const QDateTime t = d->createdAt.toLocalTime();
        return t.date() == QDate::currentDate() ? QLocale().toString(t.time(), QLocale::ShortFormat)
                                                : QLocale().toString(t, QLocale::ShortFormat);
    }
    case Customer:
        return d->customerName.isEmpty() ? tr("Conversation %1").arg(d->conversationId)
                                         : d->customerName;
    case Intent:
        return DraftLabels::intent(d->intent);
    case Confidence:
        return DraftLabels::percent(d->confidence);
    case Outcome: {
        QString s = DraftLabels::outcome(d->status);
        if (d->escalate)
            s += QStringLiteral(" · ") + tr("escalated");
        if (d->markedWrong)
            s += QStringLiteral(" · ") + tr("marked wrong");
        return s;
    }
    case DecidedBy:
        return d->decidedBy.isEmpty() ? QString() : DraftLabels::actor(d->decidedBy);
    case EditDistance:
        return d->editDistance >= 0 && d->status == QLatin1String("edited")
                   ? QVariant(d->editDistance)
                   : QVariant();
    case Count:
        break;
    }
    return {};
}

QVariant DraftTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == Confidence)
            return tr("How sure the AI was of the customer's intent");
        if (section == EditDistance)
            return tr("Edit distance: characters the agent changed before sending");
        return {};
    }
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Created:
        return tr("Created");
    case Customer:
        return tr("Customer");
    case Intent:
        return tr("Intent");
    case Confidence:
        return tr("Conf.");
    case Outcome:
        return tr("Outcome");
    case DecidedBy:
        return tr("Decided by");
    case EditDistance:
        return tr("Edits");
    case Count:
        break;
    }
    return {};
}

bool DraftTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && !m_nextCursor.isEmpty();
}

void DraftTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(m_nextCursor);
}

} // namespace recado::ui
