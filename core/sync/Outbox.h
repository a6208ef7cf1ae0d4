// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/ApiResult.h"
#include "core/sync/Backoff.h"
#include "core/sync/CachedMessage.h"
#include "core/sync/OutboxEntry.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <optional>

namespace recado::sync {

class LocalCache;
class MediaApi;
class RelayApi;

//! A file the agent attaches: where it is now, its MIME type and the name the customer sees.
struct OutboxAttachment
{
    QString path;
    QString mimeType;
    QString filename;
};

//! Sends messages typed by the user through the cache's outbox table.
//!
//! enqueue() stores the message (with a fresh client id) and its pending thread row in one
//! transaction, so it survives a crash or a restart. While online the outbox sends entries one
//! at a time, oldest first (so a customer reads them in the order they were written). A
//! transient failure (no network, 429, 5xx) waits with backoff and tries the same entry again
//! with the same client id; the relay is idempotent on it, so a message whose answer was lost
//! is never delivered twice. A refusal (window closed, forbidden, ...) marks the message
//! failed with the reason in words; retry() puts it back in line.
class Outbox : public QObject
{
    Q_OBJECT
public:
    Outbox(LocalCache *cache, RelayApi *api, QObject *parent = nullptr);

    std::optional<CachedMessage> enqueue(qint64 conversationId, const QString &text,
                                         const QString &replyTo, const QString &author);
    //! Any kind (docs/api.md "What agents can send"): `content` is `{kind: {...}}`; `text` is
    //! what the thread shows until the relay answers (caption or summary). With an attachment,
    //! the file is copied next to the cache first (so a restart or a relay outage loses
    //! nothing), uploaded when the entry's turn comes, and its upload id put into
    //! `content[kind]` before the message is sent. Returns nothing if the file cannot be read.
    std::optional<CachedMessage> enqueueMessage(qint64 conversationId, const QString &kind,
                                                const QJsonObject &content, const QString &text,
                                                const QString &replyTo, const QString &author,
                                                const OutboxAttachment &attachment = {});
    void setMediaApi(MediaApi *media) { m_media = media; }
    //! Where attachment copies wait for their upload.
    QString attachmentDir() const;
    //! Puts a locally failed message back in line.
    bool retry(const QString &clientId);
    //! Online: the relay is reachable (the event stream is live). Going online sends at once.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    int pendingCount() const;
    Backoff &backoff() { return m_backoff; }

Q_SIGNALS:
    //! A thread row changed: queued (now with relay id), failed, or pending again.
    void messageChanged(const recado::sync::CachedMessage &message);
    //! The cache refused a write; the message may not have been stored.
    void storageError(const QString &message);

private:
    void sendNext();
    void onAnswer(const QString &clientId, const ApiResult &r, const domain::Message &stored);
    void sendEntry(const OutboxEntry &e);
    void uploadEntry(const OutboxEntry &e);

    LocalCache *m_cache;
    RelayApi *m_api;
    MediaApi *m_media = nullptr;
    Backoff m_backoff{1000, 60000};
    QTimer m_retryTimer;
    bool m_online = false;
    bool m_inFlight = false;
    QDateTime m_lastCreated;
};

} // namespace recado::sync
