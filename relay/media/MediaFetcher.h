// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Event.h"
#include "relay/media/MediaQueue.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace recado::relay {

class Database;
class GraphClient;
class MediaStore;
struct GraphBytes;
struct GraphResult;
struct RelayConfig;

//! Fetches customers' files from Meta right after ingest: media id -> short-lived URL (Graph
//! lookup) -> download with the access token -> check against Meta's SHA-256 and size -> keep
//! in the content-addressed MediaStore. Transient trouble (5xx, 429, network, timeout, a file
//! that does not match its digest, an expired URL) is retried with backoff until Meta forgets
//! the media (7 days); an unknown or expired media id fails at once. Every outcome is written on
//! the message (`media.status` pending/ready/failed with the reason in words) and announced with
//! message.updated.
class MediaFetcher : public QObject
{
    Q_OBJECT
public:
    MediaFetcher(Database &db, const RelayConfig &config, GraphClient &graph, MediaStore &files,
                 QObject *parent = nullptr);

    void start();
    //! Stops claiming and releases claims not in flight (in-flight ones expire by lease).
    void stop();
    //! New downloads were queued (or time passed): look at the queue soon.
    void kick();
    int inFlight() const { return int(m_inFlight.size()); }
    qint64 fetchedCount() const { return m_fetched; }
    qint64 failedCount() const { return m_failed; }
    qint64 retriedCount() const { return m_retried; }

Q_SIGNALS:
    void committed(const QList<recado::domain::Event> &events);

private:
    struct Attempt
    {
        MediaDownload item;
        QString mimeType;
        QString sha256; //!< hex, from Meta's lookup
        qint64 size = -1;
    };
    void run();
    void scheduleNext();
    void scheduleIn(qint64 due); //!< due: MediaQueue::nextDueIn's answer
    void fetch(const MediaDownload &item);
    void onLookup(Attempt attempt, const GraphResult &r);
    void onBytes(const Attempt &attempt, const GraphBytes &r);
    //! Records the outcome of an attempt: `state` ready (with digest), pending (retry) or
    //! failed, with a reason an agent understands.
    void record(const Attempt &attempt, const QString &state, const QString &reason,
                const QString &digest = {});
    void done(qint64 messageId);

    Database &m_db;
    const RelayConfig &m_config;
    GraphClient &m_graph;
    MediaStore &m_files;
    QTimer m_timer;
    QSet<qint64> m_inFlight;
    bool m_running = false;
    qint64 m_fetched = 0;
    qint64 m_failed = 0;
    qint64 m_retried = 0;
};

} // namespace recado::relay
