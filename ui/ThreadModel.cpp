// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ThreadModel.h"

#include "core/sync/MessageTable.h"
#include "core/sync/SyncEngine.h"
#include "ui/MessageCards.h"
#include "ui/MessageText.h"
#include "ui/media/MediaContext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace recado::ui {

using namespace recado::domain;
using recado::sync::CachedMessage;
using recado::sync::MessageKey;
using recado::sync::MessageTable;

static QList<CachedMessage> shownRows(QList<CachedMessage> rows)
{
    rows.removeIf([](const CachedMessage &m) { return !ThreadModel::isShownAsRow(m); });
    return rows;
}

static bool keyLess(const MessageKey &a, const MessageKey &b)
{
    return a.tsMs != b.tsMs ? a.tsMs < b.tsMs : a.localId < b.localId;
}

ThreadModel::ThreadModel(sync::SyncEngine *engine, QObject *parent)
    : QAbstractListModel(parent)
    , m_engine(engine)
{
    connect(engine, &sync::SyncEngine::messageChanged, this, &ThreadModel::onMessageChanged);
    connect(engine, &sync::SyncEngine::historyLoaded, this, &ThreadModel::onHistoryLoaded);
    connect(engine, &sync::SyncEngine::historyFailed, this, [this](qint64 id) {
        if (id == m_conversationId && m_waitingForRelay) {
            m_waitingForRelay = false;
            Q_EMIT loadingOlderChanged(false);
        }
    });
    connect(engine, &sync::SyncEngine::conversationsReset, this, &ThreadModel::reload);
}

void ThreadModel::setConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        return;
    m_conversationId = conversationId;
    reload();
}

void ThreadModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_waitingForRelay = false;
    if (m_conversationId != 0)
        m_rows = m_engine->messages(m_conversationId, std::nullopt, kFirstPage);
    m_cacheExhausted = m_rows.size() < kFirstPage;
    m_rows = shownRows(m_rows);
    endResetModel();
}

bool ThreadModel::canFetchOlder() const
{
    return m_conversationId != 0 && !m_waitingForRelay &&
           (!m_cacheExhausted || !m_engine->historyComplete(m_conversationId));
}

bool ThreadModel::loadingOlder() const
{
    return m_waitingForRelay;
}

int ThreadModel::fetchOlder()
{
    if (!canFetchOlder())
        return 0;
    if (m_cacheExhausted) {
        m_waitingForRelay = true;
        Q_EMIT loadingOlderChanged(true);
        m_engine->fetchOlder(m_conversationId);
        return 0;
    }
    const std::optional<MessageKey> before =
        m_rows.isEmpty() ? std::nullopt : std::optional(MessageTable::keyOf(m_rows.first()));
    const QList<CachedMessage> page = m_engine->messages(m_conversationId, before, kPageSize);
    m_cacheExhausted = page.size() < kPageSize;
    const QList<CachedMessage> older = shownRows(page);
    if (older.isEmpty() && !page.isEmpty() && !m_cacheExhausted)
        return fetchOlder(); // a page of reactions only: keep going
    if (older.isEmpty())
        return 0;
    beginInsertRows({}, 0, int(older.size()) - 1);
    m_rows = older + m_rows;
    endInsertRows();
    // The former first row may no longer start its day.
    touchRow(int(older.size()));
    Q_EMIT olderRowsInserted(int(older.size()));
    return int(older.size());
}

void ThreadModel::onHistoryLoaded(qint64 conversationId, int, bool)
{
    if (conversationId != m_conversationId)
        return;
    const bool wasWaiting = m_waitingForRelay;
    m_waitingForRelay = false;
    m_cacheExhausted = false;
    if (wasWaiting)
        Q_EMIT loadingOlderChanged(false);
    if (m_rows.isEmpty()) {
        reload(); // first page of a thread we had nothing of
        return;
    }
    fetchOlder();
}

void ThreadModel::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).message.status == DeliveryStatus::Pending)
            touchRow(i);
    }
}

int ThreadModel::insertPosition(const MessageKey &key) const
{
    int lo = 0, hi = int(m_rows.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (keyLess(MessageTable::keyOf(m_rows.at(mid)), key))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void ThreadModel::touchRow(int row)
{
    if (row >= 0 && row < m_rows.size())
        Q_EMIT dataChanged(index(row), index(row));
}

int ThreadModel::rowOfLocalId(qint64 localId) const
{
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) { // recent rows change most
        if (m_rows.at(i).localId == localId)
            return i;
    }
    return -1;
}

void ThreadModel::onMessageChanged(const CachedMessage &m)
{
    if (m.message.conversationId != m_conversationId || !isShownAsRow(m))
        return;
    const int row = rowOfLocalId(m.localId);
    if (row >= 0) {
        // Updated in place even if the relay's timestamp differs a little from our local one:
        // a message must not jump around under the user's eyes while it is being sent.
        m_rows[row] = m;
        touchRow(row);
        return;
    }
    const MessageKey key = MessageTable::keyOf(m);
    const int pos = insertPosition(key);
    if (pos == 0 && !m_rows.isEmpty() &&
        (!m_cacheExhausted || !m_engine->historyComplete(m_conversationId)))
        return; // older than what is loaded: it comes with its page
    beginInsertRows({}, pos, pos);
    m_rows.insert(pos, m);
    endInsertRows();
    touchRow(pos + 1); // its day separator may move
}

const CachedMessage *ThreadModel::messageAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ThreadModel::dayLabel(const QDate &day, const QDate &today)
{
    if (day == today)
        return tr("Today");
    if (day.daysTo(today) == 1)
        return tr("Yesterday");
    const QLocale loc;
    if (day.year() == today.year())
        //: Day separator date format within the current year (QDate format codes)
        return loc.toString(day, tr("dddd, MMMM d"));
    return loc.toString(day, QLocale::LongFormat);
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CachedMessage &row = m_rows.at(index.row());
    const Message &m = row.message;
    switch (role) {
    case Qt::DisplayRole:
        return MessageText::summary(m);
    case LocalIdRole:
        return row.localId;
    case BodyRole:
        return MessageText::bodyText(m);
    case KindRole:
        return m.kind;
    case KindLabelRole:
        return MessageText::kindLabel(m);
    case OutboundRole:
        return m.direction == Direction::Outbound;
    case TimestampRole:
        return m.timestamp;
    case TimeTextRole:
        return MessageText::shortTime(m.timestamp);
    case StatusRole:
        return int(m.status);
    case StatusTextRole:
        return m.direction == Direction::Outbound ? MessageText::statusText(m.status, !m_online)
                                                  : QString();
    case FailureRole:
        return m.status == DeliveryStatus::Failed ? MessageText::failureReason(m) : QString();
    case QuoteRole:
        if (row.quotedText.isEmpty() && !row.quotedKind.isEmpty()) {
            Message quoted;
            quoted.kind = row.quotedKind;
            return MessageText::kindLabel(quoted);
        }
        if (row.quotedText.isEmpty() && !m.replyToWamid.isEmpty())
            return tr("Reply to an earlier message"); // the quoted one is not cached (yet)
        if (!row.quotedKind.isEmpty() && row.quotedKind != QLatin1String("text") &&
            row.quotedText.startsWith(QLatin1Char('['))) {
            // The relay's summary ("[Photo]: caption") in the reader's language.
            Message quoted;
            quoted.kind = row.quotedKind;
            QString rest = row.quotedText.section(QLatin1Char(']'), 1).trimmed();
            if (rest.startsWith(QLatin1Char(':')))
                rest = rest.mid(1).trimmed();
            const QString label = MessageText::kindLabel(quoted);
            return rest.isEmpty() ? label : label + QStringLiteral(" · ") + rest;
        }
        return row.quotedText;
    case QuoteOutboundRole:
        return row.quotedOutbound;
    case AuthorRole:
        return m.author;
    case ForwardedRole: {
        if (!m.forwarded)
            return QString();
        const bool often = m.content.value(QStringLiteral("context"))
                               .toObject()
                               .value(QStringLiteral("frequently_forwarded"))
                               .toBool();
        return often ? tr("Forwarded many times") : tr("Forwarded");
    }
    case ReactionsRole: {
        QStringList emoji;
        for (const QJsonValue &v : m.reactions) {
            const QString e = v.toObject().value(QStringLiteral("emoji")).toString();
            if (!e.isEmpty())
                emoji.append(e);
        }
        return emoji.join(QLatin1Char(' '));
    }
    case HasCardRole:
        return MessageCards::hasCard(m);
    case DaySeparatorRole: {
        const QDate day = m.timestamp.toLocalTime().date();
        if (index.row() > 0 &&
            m_rows.at(index.row() - 1).message.timestamp.toLocalTime().date() == day)
            return QString();
        return dayLabel(day, QDate::currentDate());
    }
    default:
        return {};
    }
}

bool ThreadModel::isShownAsRow(const CachedMessage &m)
{
    return m.message.kind != QLatin1String("reaction");
}

void ThreadModel::setMediaContext(MediaContext *media)
{
    if (m_media)
        m_media->disconnect(this);
    m_media = media;
    if (!media)
        return;
    connect(media, &MediaContext::changed, this, [this](qint64 messageId) {
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            const Message &m = m_rows.at(i).message;
            // id 0: an attachment still in the outbox (its file is local).
            if (m.id == messageId && (messageId != 0 || !m.media.isEmpty()))
                touchRow(i);
        }
    });
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LocalIdRole, "localId");
    names.insert(BodyRole, "body");
    names.insert(KindRole, "kind");
    names.insert(KindLabelRole, "kindLabel");
    names.insert(OutboundRole, "outbound");
    names.insert(TimestampRole, "timestamp");
    names.insert(TimeTextRole, "timeText");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    names.insert(FailureRole, "failure");
    names.insert(QuoteRole, "quote");
    names.insert(QuoteOutboundRole, "quoteOutbound");
    names.insert(DaySeparatorRole, "daySeparator");
    names.insert(AuthorRole, "author");
    names.insert(ForwardedRole, "forwarded");
    names.insert(ReactionsRole, "reactions");
    names.insert(HasCardRole, "hasCard");
    return names;
}

} // namespace recado::ui
