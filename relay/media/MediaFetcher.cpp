// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/media/MediaFetcher.h"

#include "core/protocol/JsonCodec.h"
#include "relay/RelayConfig.h"
#include "relay/media/MediaStore.h"
#include "relay/outbox/GraphClient.h"
#include "relay/outbox/OutboxWorker.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"
#include "relay/store/MessageStore.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcMedia, "recado.relay.media")

namespace recado::relay {

namespace {
constexpr int kMaxInFlight = 4;
constexpr qint64 kLeaseMs = 10 * 60 * 1000;            // a 100 MB file on a slow link
constexpr qint64 kMaxMediaBytes = 100LL * 1024 * 1024; // Meta's largest media (documents)

QString toHex(const QString &digest)
{
    // Meta gives the digest as hex in the lookup and as base64 in the webhook.
    const QString trimmed = digest.trimmed();
    if (trimmed.size() == 64)
        return trimmed.toLower();
    const QByteArray raw = QByteArray::fromBase64(trimmed.toLatin1());
    return raw.size() == 32 ? QString::fromLatin1(raw.toHex()) : QString();
}
} // namespace

MediaFetcher::MediaFetcher(Database &db, const RelayConfig &config, GraphClient &graph,
                           MediaStore &files, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_config(config)
    , m_graph(graph)
    , m_files(files)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MediaFetcher::run);
}

void MediaFetcher::start()
{
    m_running = true;
    kick();
}

void MediaFetcher::stop()
{
    m_running = false;
    m_timer.stop();
    // Downloads are idempotent and content-addressed: releasing even the ones in flight is
    // harmless (at worst another instance fetches the same file again).
    Transaction tx(m_db);
    MediaQueue(m_db).release(m_config.instanceId);
    tx.commit();
}

void MediaFetcher::kick()
{
    if (m_running && (!m_timer.isActive() || m_timer.remainingTime() > 0))
        m_timer.start(0);
}

void MediaFetcher::scheduleNext()
{
    if (m_running)
        scheduleIn(MediaQueue(m_db).nextDueIn(QDateTime::currentMSecsSinceEpoch()));
}

void MediaFetcher::scheduleIn(qint64 due)
{
    if (!m_running)
        return;
    // Poll at least every minute: another instance may have queued work we were not told about.
    m_timer.start(int(qBound(qint64(5), due < 0 ? qint64(60000) : due + 5, qint64(60000))));
}

void MediaFetcher::run()
{
    if (!m_running)
        return;
    const int room = kMaxInFlight - int(m_inFlight.size());
    if (room <= 0)
        return; // a finishing download calls run() again
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Claiming takes the write lock, which the ingest writer holds most of the time under load,
    // and most batches of customer messages carry no file: look before claiming.
    const qint64 due = MediaQueue(m_db).nextDueIn(now);
    if (due != 0) {
        if (m_inFlight.isEmpty())
            scheduleIn(due);
        return;
    }
    QList<MediaDownload> claimed;
    {
        Transaction tx(m_db);
        claimed = MediaQueue(m_db).claimDue(m_config.instanceId, now, kLeaseMs, room);
        if (!tx.commit())
            claimed.clear();
    }
    for (const MediaDownload &item : claimed)
        fetch(item);
    if (m_inFlight.isEmpty())
        scheduleNext();
}

void MediaFetcher::fetch(const MediaDownload &item)
{
    m_inFlight.insert(item.messageId);
    Attempt attempt;
    attempt.item = item;
    if (item.mediaId.isEmpty()) {
        record(
            attempt, QStringLiteral("failed"),
            tr("WhatsApp sent this message without a file id, so there is nothing to download."));
        return;
    }
    QPointer<MediaFetcher> self(this); // the relay may stop while Meta is still answering
    m_graph.get(item.mediaId, [self, attempt](const GraphResult &r) {
        if (self)
            self->onLookup(attempt, r);
    });
}

void MediaFetcher::onLookup(Attempt attempt, const GraphResult &r)
{
    if (!r.ok()) {
        if (r.httpStatus == 0) {
            record(attempt, QStringLiteral("pending"),
                   tr("Meta could not be reached (%1).").arg(r.networkError));
        } else if (r.httpStatus == 429 || r.httpStatus >= 500 || r.metaCode == 2 ||
                   r.metaCode == 4 || r.metaCode == 130429) {
            record(attempt, QStringLiteral("pending"),
                   tr("Meta is temporarily unavailable (HTTP %1).").arg(r.httpStatus));
        } else if (r.httpStatus == 401 || r.metaCode == 190) {
            record(attempt, QStringLiteral("pending"),
                   tr("Meta refused the relay's access token; the file is fetched once an "
                      "administrator renews it."));
        } else if (r.metaCode == 100 || r.httpStatus == 400 || r.httpStatus == 404) {
            record(attempt, QStringLiteral("failed"),
                   tr("WhatsApp no longer has this file (its media id is unknown or expired). Ask "
                      "the customer to send it again."));
        } else {
            record(attempt, QStringLiteral("failed"),
                   tr("Meta refused to give this file (%1). Ask the customer to send it again.")
                       .arg(r.metaMessage.isEmpty() ? QStringLiteral("HTTP %1").arg(r.httpStatus)
                                                    : r.metaMessage));
        }
        return;
    }
    const QUrl url(r.body.value(QStringLiteral("url")).toString());
    attempt.mimeType = r.body.value(QStringLiteral("mime_type")).toString();
    attempt.sha256 = toHex(r.body.value(QStringLiteral("sha256")).toString());
    attempt.size = r.body.contains(QStringLiteral("file_size"))
                       ? r.body.value(QStringLiteral("file_size")).toInteger(-1)
                       : -1;
    if (attempt.size > kMaxMediaBytes) {
        record(attempt, QStringLiteral("failed"),
               tr("The file is %1 MB, more than WhatsApp's 100 MB limit; it was not downloaded.")
                   .arg(attempt.size / (1024 * 1024)));
        return;
    }
    if (!url.isValid() || url.isEmpty()) {
        record(attempt, QStringLiteral("pending"), tr("Meta's answer had no download address."));
        return;
    }
    const qint64 limit = attempt.size >= 0 ? attempt.size : kMaxMediaBytes;
    QPointer<MediaFetcher> self(this);
    m_graph.getBytes(url, limit, [self, attempt](const GraphBytes &bytes) {
        if (self)
            self->onBytes(attempt, bytes);
    });
}

void MediaFetcher::onBytes(const Attempt &attempt, const GraphBytes &r)
{
    if (r.tooLarge) {
        record(attempt, QStringLiteral("pending"),
               tr("The download was larger than Meta announced."));
        return;
    }
    if (!r.ok()) {
        if (r.httpStatus == 0)
            record(attempt, QStringLiteral("pending"),
                   tr("The download did not complete (%1).").arg(r.networkError));
        else if (r.httpStatus == 404 || r.httpStatus == 410)
            record(attempt, QStringLiteral("pending"),
                   tr("The download address expired before it was used."));
        else
            record(attempt, QStringLiteral("pending"),
                   tr("Meta's media server answered HTTP %1.").arg(r.httpStatus));
        return;
    }
    QString expected = attempt.sha256;
    if (expected.isEmpty()) {
        // No digest in the lookup: fall back to the one in the webhook.
        if (const auto m = MessageStore(m_db).get(attempt.item.messageId))
            expected = toHex(
                m->content.value(m->kind).toObject().value(QStringLiteral("sha256")).toString());
    }
    if (attempt.size >= 0 && r.bytes.size() != attempt.size) {
        record(attempt, QStringLiteral("pending"),
               tr("The downloaded file has %1 bytes instead of the %2 Meta announced.")
                   .arg(r.bytes.size())
                   .arg(attempt.size));
        return;
    }
    if (!expected.isEmpty() && MediaStore::digestOf(r.bytes) != expected) {
        record(
            attempt, QStringLiteral("pending"),
            tr("The downloaded file does not match Meta's SHA-256 checksum (damaged in transit)."));
        return;
    }
    QString error;
    const QString digest = m_files.put(r.bytes, &error);
    if (digest.isEmpty()) {
        qCWarning(lcMedia).noquote() << "cannot store media:" << error;
        record(attempt, QStringLiteral("pending"),
               tr("The relay could not save the file to disk."));
        return;
    }
    Attempt stored = attempt;
    stored.size = r.bytes.size();
    if (stored.mimeType.isEmpty())
        stored.mimeType = QString::fromLatin1(r.contentType);
    record(stored, QStringLiteral("ready"), {}, digest);
}

void MediaFetcher::record(const Attempt &attempt, const QString &state, const QString &reason,
                          const QString &digest)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 id = attempt.item.messageId;
    QString finalState = state;
    QString finalReason = reason;
    qint64 nextAt = 0;
    if (state == QLatin1String("pending")) {
        nextAt = now + OutboxWorker::backoffMs(attempt.item.attempts, m_config.outboxBackoffBaseMs);
        if (nextAt > attempt.item.expiresAt) {
            finalState = QStringLiteral("failed");
            finalReason = tr("The file could not be downloaded before WhatsApp deleted it (media "
                             "is kept 7 days). "
                             "Last problem: %1 Ask the customer to send it again.")
                              .arg(reason);
        }
    }

    QList<domain::Event> events;
    Transaction tx(m_db);
    MessageStore messages(m_db);
    MediaQueue queue(m_db);
    auto message = messages.get(id);
    if (!message) {
        queue.finish(id, QStringLiteral("failed"), QStringLiteral("message gone"), now);
        tx.commit();
        done(id);
        return;
    }
    QJsonObject media = message->media;
    media.insert(QStringLiteral("status"), finalState);
    media.insert(QStringLiteral("attempts"), attempt.item.attempts);
    media.remove(QStringLiteral("error"));
    if (finalState == QLatin1String("ready")) {
        media.insert(QStringLiteral("sha256"), digest);
        media.insert(QStringLiteral("size"), attempt.size);
        if (!attempt.mimeType.isEmpty())
            media.insert(QStringLiteral("mime_type"), attempt.mimeType);
        media.insert(QStringLiteral("url"), QStringLiteral("/api/media/%1").arg(id));
        queue.finish(id, finalState, {}, now);
        ++m_fetched;
    } else if (finalState == QLatin1String("failed")) {
        media.insert(QStringLiteral("error"), finalReason);
        queue.finish(id, finalState, finalReason, now);
        ++m_failed;
        qCWarning(lcMedia).noquote() << "media of message" << id << "failed:" << finalReason;
    } else {
        media.insert(QStringLiteral("error"), finalReason + QLatin1Char(' ') + tr("Retrying."));
        queue.reschedule(id, nextAt, finalReason, now);
        ++m_retried;
        qCInfo(lcMedia).noquote() << "media of message" << id << "attempt" << attempt.item.attempts
                                  << "failed, retrying:" << finalReason;
    }
    queue.setMessageMedia(id, media);
    message->media = media;
    // Clients hear about the outcome, and about the first hiccup (so "pending" has a reason);
    // later retries only update the stored state.
    if (finalState != QLatin1String("pending") || attempt.item.attempts == 1) {
        const domain::Event e = EventLog(m_db).append(
            QStringLiteral("message.updated"), message->conversationId,
            QJsonObject{{QStringLiteral("message"), protocol::toJson(*message)}});
        if (e.seq)
            events.append(e);
    }
    if (!tx.commit()) {
        qCWarning(lcMedia) << "could not record the media outcome of message" << id
                           << "; the lease will expire and it is retried";
        events.clear();
    }
    if (!events.isEmpty())
        Q_EMIT committed(events);
    done(id);
}

void MediaFetcher::done(qint64 messageId)
{
    m_inFlight.remove(messageId);
    run();
}

} // namespace recado::relay
