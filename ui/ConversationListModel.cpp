// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConversationListModel.h"

#include "core/sync/SyncEngine.h"
#include "core/whatsapp/ServiceWindow.h"
#include "ui/MessageText.h"

#include <QLocale>

namespace recado::ui {

using namespace recado::domain;
using recado::sync::ConversationKey;

ConversationListModel::ConversationListModel(sync::SyncEngine *engine, QObject *parent)
    : QAbstractListModel(parent)
    , m_engine(engine)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_filter.me = engine->me().username;
    connect(engine, &sync::SyncEngine::conversationChanged, this,
            &ConversationListModel::onConversationChanged);
    connect(engine, &sync::SyncEngine::conversationsReset, this, &ConversationListModel::reload);
    // Window markers and relative times age by themselves.
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                               {WindowStateRole, WindowSecondsLeftRole, TimeTextRole});
    });
    m_tick.start();
    reload();
}

void ConversationListModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

void ConversationListModel::setFilter(const sync::ConversationFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ConversationListModel::reload()
{
    // Listeners may call fetchMore() from inside endResetModel()/endInsertRows(); inserting
    // rows before the current change has been fully announced would confuse views, so such
    // nested calls are no-ops (the view asks again once it has laid out the new rows).
    m_changing = true;
    beginResetModel();
    m_rows = m_engine->conversations(m_filter, std::nullopt, kPageSize);
    m_atEnd = m_rows.size() < kPageSize;
    endResetModel();
    m_changing = false;
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    const std::optional<ConversationKey> after =
        m_rows.isEmpty() ? std::nullopt : std::optional(ConversationKey::of(m_rows.last()));
    const QList<Conversation> more = m_engine->conversations(m_filter, after, kPageSize);
    m_atEnd = more.size() < kPageSize;
    if (more.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
    m_changing = false;
}

int ConversationListModel::rowOf(qint64 conversationId) const
{
    // Linear, but only over the loaded rows (a few hundred unless the user scrolled far), and
    // it avoids keeping an id->row index in step with every insert and move.
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == conversationId)
            return i;
    }
    return -1;
}

qint64 ConversationListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

const Conversation *ConversationListModel::conversationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ConversationListModel::totalCount() const
{
    return m_engine->conversationCount(m_filter);
}

int ConversationListModel::insertPosition(const ConversationKey &key) const
{
    // Rows are sorted newest first; find the first row that `key` sorts before.
    int lo = 0, hi = int(m_rows.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (ConversationKey::of(m_rows.at(mid)).before(key))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void ConversationListModel::onConversationChanged(const Conversation &c)
{
    const int row = rowOf(c.id);
    if (!m_filter.matches(c)) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    const ConversationKey key = ConversationKey::of(c);
    if (row < 0) {
        const int pos = insertPosition(key);
        if (pos == m_rows.size() && !m_atEnd)
            return; // beyond the loaded rows: fetchMore brings it in its turn
        beginInsertRows({}, pos, pos);
        m_rows.insert(pos, c);
        endInsertRows();
        return;
    }
    // Already shown: update in place, or move if its activity time changed its place.
    m_rows[row] = c;
    const bool fitsAbove = row == 0 || ConversationKey::of(m_rows.at(row - 1)).before(key);
    const bool fitsBelow =
        row == m_rows.size() - 1 || key.before(ConversationKey::of(m_rows.at(row + 1)));
    if (fitsAbove && fitsBelow) {
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    // Where it belongs among the other rows (computed without it, then put back before the
    // views hear about anything).
    const Conversation moving = m_rows.takeAt(row);
    const int pos = insertPosition(key);
    const bool sinksPastLoaded = pos == m_rows.size() && !m_atEnd;
    m_rows.insert(row, moving);
    if (sinksPastLoaded) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    beginMoveRows({}, row, row, {}, pos > row ? pos + 1 : pos); // destination counts the row
    m_rows.move(row, pos);
    endMoveRows();
    Q_EMIT dataChanged(index(pos), index(pos));
}

ConversationListModel::WindowState ConversationListModel::windowState(const Conversation &c,
                                                                      const QDateTime &now)
{
    if (!c.lastInboundAt.isValid())
        return WindowState::Unknown;
    const whatsapp::ServiceWindow w{c.lastInboundAt};
    if (!w.isOpen(now))
        return WindowState::Closed;
    return w.secondsLeft(now) <= kClosingSoonSecs ? WindowState::ClosingSoon : WindowState::Open;
}

QString ConversationListModel::timeText(const QDateTime &t, const QDateTime &now)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QLocale loc;
    if (local.date() == today)
        return MessageText::shortTime(t);
    if (local.date().daysTo(today) < 7)
        return loc.dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    return loc.toString(local.date(), QLocale::ShortFormat);
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conversation &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return c.customerName.isEmpty() ? (c.phone.isEmpty() ? c.waId : c.phone) : c.customerName;
    case Qt::ToolTipRole: {
        QStringList lines{c.customerName, c.phone};
        if (!c.assignee.isEmpty())
            lines << tr("Assigned to %1").arg(c.assignee);
        if (!c.serviceRequestId.isEmpty())
            lines << tr("Linked to %1").arg(c.serviceRequestId);
        lines.removeAll(QString());
        return lines.join(QLatin1Char('\n'));
    }
    case IdRole:
        return c.id;
    case PhoneRole:
        return c.phone;
    case PreviewRole:
        return c.lastPreview;
    case LastMessageAtRole:
        return c.lastMessageAt;
    case UnreadRole:
        return c.unreadCount;
    case AssigneeRole:
        return c.assignee;
    case ServiceRequestRole:
        return c.serviceRequestId;
    case StatusRole:
        return toString(c.status);
    case WindowStateRole:
        return int(windowState(c, m_now()));
    case WindowSecondsLeftRole:
        return whatsapp::ServiceWindow{c.lastInboundAt}.secondsLeft(m_now());
    case TimeTextRole:
        return timeText(c.lastMessageAt, m_now());
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "conversationId");
    names.insert(NameRole, "name");
    names.insert(PhoneRole, "phone");
    names.insert(PreviewRole, "preview");
    names.insert(LastMessageAtRole, "lastMessageAt");
    names.insert(UnreadRole, "unread");
    names.insert(AssigneeRole, "assignee");
    names.insert(ServiceRequestRole, "serviceRequest");
    names.insert(StatusRole, "status");
    names.insert(WindowStateRole, "windowState");
    names.insert(WindowSecondsLeftRole, "windowSecondsLeft");
    names.insert(TimeTextRole, "timeText");
    return names;
}

} // namespace recado::ui
