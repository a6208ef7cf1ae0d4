// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/outbox/OutboxWorker.h"

#include "core/protocol/JsonCodec.h"
#include "core/whatsapp/GraphErrors.h"
#include "core/whatsapp/GraphPayload.h"
#include "relay/RelayConfig.h"
#include "relay/ingest/WebhookApplier.h"
#include "relay/store/ConversationStore.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"
#include "relay/store/MessageStore.h"
#include "relay/store/OutboxStore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcOutbox, "recado.relay.outbox")

namespace recado::relay {

using domain::DeliveryStatus;

namespace {
constexpr int kMaxInFlight = 16;
} // namespace

OutboxWorker::OutboxWorker(Database &db, const RelayConfig &config, GraphClient &graph,
                           QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_config(config)
    , m_graph(graph)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxWorker::run);
}

qint64 OutboxWorker::backoffMs(int attempt, qint64 baseMs)
{
    const qint64 base = qMin<qint64>(baseMs << qMin(attempt - 1, 8), 300000);
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    return qint64(double(base) * jitter);
}

void OutboxWorker::start()
{
    m_running = true;
    kick();
}

void OutboxWorker::stop(int drainMs)
{
    m_running = false;
    m_timer.stop();
    if (!m_inFlight.isEmpty()) {
        QEventLoop loop;
        QTimer poll;
        connect(&poll, &QTimer::timeout, &loop, [&] {
            if (m_inFlight.isEmpty())
                loop.quit();
        });
        poll.start(10);
        QTimer::singleShot(drainMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Transaction tx(m_db, Database::Durability::Full, Database::Events::None);
    OutboxStore(m_db).releaseAllExcept(m_config.instanceId, m_inFlight);
    tx.commit();
}

void OutboxWorker::failAbandoned()
{
    // Runs before every claim; almost always there is nothing to take.
    if (!OutboxStore(m_db).hasAbandoned(QDateTime::currentMSecsSinceEpoch()))
        return;
    QList<domain::Event> events;
    Transaction tx(m_db);
    MessageStore messages(m_db);
    EventLog log(m_db);
    const QList<qint64> ids = OutboxStore(m_db).takeAbandoned(QDateTime::currentMSecsSinceEpoch());
    for (qint64 id : ids) {
        // Never send twice: Meta may already have this message, so an agent decides.
        const QString why = QStringLiteral("The relay stopped while sending this message, so "
                                           "WhatsApp may or may not have received it. "
                                           "Check with the customer before sending it again.");
        if (auto updated = messages.applyStatus(id, DeliveryStatus::Failed, 0,
                                                QStringLiteral("in_doubt"), why)) {
            const domain::Event e =
                log.append(QStringLiteral("message.updated"), updated->conversationId,
                           QJsonObject{{QStringLiteral("message"), protocol::toJson(*updated)}});
            if (e.seq)
                events.append(e);
        }
        ++m_failed;
        qCWarning(lcOutbox) << "message" << id
                            << "was in flight on an instance that stopped; marked in doubt";
    }
    if (ids.isEmpty() || !tx.commit())
        return;
    if (!events.isEmpty())
        Q_EMIT committed(events);
}

void OutboxWorker::kick()
{
    if (m_running && (!m_timer.isActive() || m_timer.remainingTime() > 0))
        m_timer.start(0);
}

void OutboxWorker::scheduleNext()
{
    if (!m_running)
        return;
    OutboxStore outbox(m_db);
    const qint64 due = outbox.nextDueIn(QDateTime::currentMSecsSinceEpoch());
    if (due >= 0)
        m_timer.start(int(qMin<qint64>(due + 5, 60000)));
}

void OutboxWorker::run()
{
    if (!m_running)
        return;
    failAbandoned();
    const int room = kMaxInFlight - int(m_inFlight.size());
    if (room <= 0)
        return; // a finishing send calls run() again
    QList<OutboxItem> claimed;
    {
        Transaction tx(m_db, Database::Durability::Full, Database::Events::None);
        OutboxStore outbox(m_db);
        claimed = outbox.claimDue(m_config.instanceId, QDateTime::currentMSecsSinceEpoch(),
                                  m_config.outboxLeaseMs, room);
        if (!tx.commit())
            claimed.clear();
    }
    for (const OutboxItem &item : claimed)
        sendOne(item.messageId, item.attempts);
    if (claimed.isEmpty() && m_inFlight.isEmpty())
        scheduleNext();
}

void OutboxWorker::sendOne(qint64 messageId, int attempt)
{
    MessageStore messages(m_db);
    ConversationStore conversations(m_db);
    const auto message = messages.get(messageId);
    const auto contact = message ? conversations.contactOf(message->conversationId) : std::nullopt;
    if (!message || !contact || contact->waId.isEmpty()) {
        Transaction tx(m_db, Database::Durability::Full, Database::Events::None);
        OutboxStore(m_db).remove(messageId);
        tx.commit();
        qCWarning(lcOutbox) << "dropping outbox row without a message or recipient:" << messageId;
        return;
    }
    m_inFlight.insert(messageId);
    auto send = [this, messageId, attempt, waId = contact->waId](const domain::Message *ready,
                                                                 const GraphResult &failure) {
        if (!ready) { // the prepare step failed (e.g. a media upload): judged like a send error
            m_inFlight.remove(messageId);
            onResult(messageId, attempt, failure);
            run();
            return;
        }
        const QJsonObject payload = whatsapp::buildSendPayload(waId, *ready);
        m_graph.sendMessage(payload, [this, messageId, attempt](const GraphResult &r) {
            m_inFlight.remove(messageId);
            onResult(messageId, attempt, r);
            run();
        });
    };
    if (m_prepare)
        m_prepare(*message, send);
    else
        send(&*message, {});
}

void OutboxWorker::setAlert(const QString &code, const QString &message,
                            QList<domain::Event> *events)
{
    if (m_alert == code)
        return;
    m_alert = code;
    m_alertMessage = message;
    const domain::Event e = EventLog(m_db).append(
        QStringLiteral("relay.alert"), 0,
        QJsonObject{{QStringLiteral("code"), code.isEmpty() ? QStringLiteral("ok") : code},
                    {QStringLiteral("message"), message}});
    if (e.seq)
        events->append(e);
    if (code.isEmpty())
        qCInfo(lcOutbox) << "Graph API reachable again; alert cleared";
    else
        qCCritical(lcOutbox).noquote() << "ALERT" << code << "-" << message;
}

void OutboxWorker::onResult(qint64 messageId, int attempt, const GraphResult &r)
{
    QList<domain::Event> events;
    Transaction tx(m_db);
    MessageStore messages(m_db);
    OutboxStore outbox(m_db);
    EventLog log(m_db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    if (r.ok() && !r.wamid.isEmpty()) {
        ++m_sent;
        setAlert(QString(), QString(), &events);
        messages.setWamid(messageId, r.wamid);
        outbox.remove(messageId);
        if (auto updated = messages.applyStatus(messageId, DeliveryStatus::Sent, 0, {}, {})) {
            const domain::Event e =
                log.append(QStringLiteral("message.updated"), updated->conversationId,
                           QJsonObject{{QStringLiteral("message"), protocol::toJson(*updated)}});
            if (e.seq)
                events.append(e);
        }
        // Statuses Meta delivered before we knew this wamid.
        WebhookApplier applier(m_db);
        for (const auto &orphan : messages.takeOrphanStatuses(r.wamid)) {
            whatsapp::StatusUpdate st;
            st.wamid = r.wamid;
            st.status = orphan.status;
            st.errorCode = orphan.errorCode;
            st.errorTitle = orphan.errorTitle;
            st.errorDetails = orphan.errorDetails;
            applier.applyStatus(st, &events);
        }
    } else {
        const whatsapp::GraphErrorInfo info =
            whatsapp::explainGraphError(r.metaCode, r.httpStatus, r.details);
        if (info.kind == whatsapp::ErrorKind::Auth) {
            setAlert(QStringLiteral("token_expired"), info.explanation, &events);
            outbox.reschedule(messageId, now + m_config.authRetryMs, info.code);
        } else if (info.kind == whatsapp::ErrorKind::Retry &&
                   attempt < m_config.outboxMaxAttempts) {
            ++m_retried;
            outbox.reschedule(messageId, now + backoffMs(attempt, m_config.outboxBackoffBaseMs),
                              r.networkError.isEmpty() ? info.code : r.networkError);
        } else {
            ++m_failed;
            outbox.remove(messageId);
            const QString title = r.metaMessage.isEmpty() ? info.code : r.metaMessage;
            QString explanation = info.explanation;
            if (info.kind == whatsapp::ErrorKind::Retry)
                explanation = QStringLiteral("Meta kept failing after %1 attempts. %2")
                                  .arg(attempt)
                                  .arg(info.explanation);
            if (auto updated = messages.applyStatus(messageId, DeliveryStatus::Failed, r.metaCode,
                                                    title, explanation)) {
                const domain::Event e = log.append(
                    QStringLiteral("message.updated"), updated->conversationId,
                    QJsonObject{{QStringLiteral("message"), protocol::toJson(*updated)}});
                if (e.seq)
                    events.append(e);
            }
            qCWarning(lcOutbox) << "message" << messageId << "failed permanently:" << info.code;
        }
    }
    if (!tx.commit()) {
        qCWarning(lcOutbox)
            << "could not record send result; the lease will expire and it is retried";
        return;
    }
    if (!events.isEmpty())
        Q_EMIT committed(events);
}

} // namespace recado::relay
