// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/hub/EventFeed.h"

#include "relay/store/Database.h"
#include "relay/store/EventLog.h"

#include <QLoggingCategory>
#include <QSqlDriver>

Q_LOGGING_CATEGORY(lcFeed, "recado.relay.feed")

namespace recado::relay {

namespace {
const QString kChannel = QStringLiteral("recado_events"); // lowercase: QPSQL quotes the name
constexpr qint64 kLeaderLockKey = 7265636164001;
constexpr int kWatchdogMs = 1000;
constexpr int kCatchUpPage = 1000;
} // namespace

EventFeed::EventFeed(Database &db, EventLog &log, const QString &databaseUrl, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
    , m_url(databaseUrl)
{
    connect(&m_watchdog, &QTimer::timeout, this, &EventFeed::watchdog);
}

EventFeed::~EventFeed() = default;

bool EventFeed::start(QString *error)
{
    m_last = m_log.lastSeq();
    if (m_db.dialect() != Dialect::Postgres) {
        setLeader(true); // one SQLite file, one relay
        return true;
    }
    m_listener = std::make_unique<Database>();
    if (!m_listener->open(m_url, error))
        return false;
    // Connected once: the driver object survives reopening, and a second connect would
    // deliver every notification twice.
    connect(
        m_listener->db().driver(), &QSqlDriver::notification, this,
        [this](const QString &, QSqlDriver::NotificationSource, const QVariant &) { catchUp(); });
    if (!m_listener->db().driver()->subscribeToNotification(kChannel)) {
        *error = QStringLiteral("cannot LISTEN on PostgreSQL: ") + m_listener->lastError();
        return false;
    }
    m_watchdog.start(kWatchdogMs);
    watchdog();
    return true;
}

void EventFeed::localCommitted(const QList<domain::Event> &events)
{
    if (events.isEmpty())
        return;
    if (m_db.dialect() == Dialect::Postgres) {
        // Wake the other instances; their feeds read the log from their own position.
        Statement &q = m_db.prepared(QStringLiteral("SELECT pg_notify('recado_events', ?)"));
        q.addBindValue(QString::number(events.last().seq));
        if (execOrError(q))
            q.finish();
    }
    if (events.first().seq == m_last + 1) {
        m_last = events.last().seq;
        Q_EMIT publish(events);
        return;
    }
    if (events.last().seq > m_last)
        catchUp();
}

void EventFeed::catchUp()
{
    m_db.releaseSnapshots(); // see what the ingest writer committed a moment ago
    for (;;) {
        const QList<domain::Event> page = m_log.after(m_last, kCatchUpPage);
        if (page.isEmpty())
            return;
        m_last = page.last().seq;
        Q_EMIT publish(page);
        if (page.size() < kCatchUpPage)
            return;
    }
}

bool EventFeed::openListener()
{
    m_listener->close();
    QString error;
    if (!m_listener->open(m_url, &error)) {
        qCWarning(lcFeed) << "event listener cannot reconnect yet:" << error;
        return false;
    }
    connect(
        m_listener->db().driver(), &QSqlDriver::notification, this,
        [this](const QString &, QSqlDriver::NotificationSource, const QVariant &) { catchUp(); });
    if (!m_listener->db().driver()->subscribeToNotification(kChannel))
        return false;
    ++m_reconnects;
    qCInfo(lcFeed) << "event listener reconnected and subscribed again";
    return true;
}

void EventFeed::watchdog()
{
    m_db.ensureConnected();
    // QPSQL gives no signal when the server goes away; probe the connection.
    if (!m_listener->db().isOpen() || !m_listener->exec(QStringLiteral("SELECT 1"))) {
        setLeader(false);
        if (!openListener())
            return;
    }
    if (!m_leader) {
        QSqlQuery q(m_listener->db());
        if (q.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(kLeaderLockKey)) &&
            q.next() && q.value(0).toBool())
            setLeader(true);
    }
    // A notification lost while the listener was down is caught here.
    catchUp();
}

void EventFeed::setLeader(bool leader)
{
    if (m_leader == leader)
        return;
    m_leader = leader;
    qCInfo(lcFeed) << (leader ? "this instance now runs periodic jobs"
                              : "this instance stopped running periodic jobs");
    Q_EMIT leadershipChanged(leader);
}

} // namespace recado::relay
