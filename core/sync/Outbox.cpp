// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Outbox.h"

#include "core/protocol/JsonCodec.h"
#include "core/sync/LocalCache.h"
#include "core/sync/MediaApi.h"
#include "core/sync/RelayApi.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace recado::sync {

using namespace recado::domain;

Outbox::Outbox(LocalCache *cache, RelayApi *api, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::sendNext);
}

std::optional<CachedMessage> Outbox::enqueue(qint64 conversationId, const QString &text,
                                             const QString &replyTo, const QString &author)
{
    return enqueueMessage(conversationId, QStringLiteral("text"), {}, text, replyTo, author);
}

QString Outbox::attachmentDir() const
{
    const QString cache = m_cache->path();
    const QString base = cache.isEmpty() || cache == QLatin1String(":memory:")
                             ? QStandardPaths::writableLocation(QStandardPaths::TempLocation)
                             : QFileInfo(cache).absolutePath();
    return base + QStringLiteral("/outbox-files");
}

std::optional<CachedMessage> Outbox::enqueueMessage(qint64 conversationId, const QString &kind,
                                                    const QJsonObject &content, const QString &text,
                                                    const QString &replyTo, const QString &author,
                                                    const OutboxAttachment &attachment)
{
    OutboxEntry e;
    e.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.conversationId = conversationId;
    e.text = text;
    e.replyTo = replyTo;
    // Entries are sent in creation order; two written in the same millisecond (a list right
    // after buttons) must not fall back to the random client id to decide.
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lastCreated.isValid() && now <= m_lastCreated)
        now = m_lastCreated.addMSecs(1);
    m_lastCreated = now;
    e.createdAt = now;
    e.kind = kind;
    e.content = content;

    Message m;
    m.conversationId = conversationId;
    m.clientId = e.clientId;
    m.direction = Direction::Outbound;
    m.kind = kind;
    m.text = text;
    m.content = content;
    m.replyToWamid = replyTo;
    m.author = author;
    m.timestamp = e.createdAt;

    if (!attachment.path.isEmpty()) {
        // Our own copy: the send must survive the user moving the file, a restart, an outage.
        const QString dir = attachmentDir();
        QDir().mkpath(dir);
        e.attachmentPath = dir + QLatin1Char('/') + e.clientId;
        e.attachmentMime = attachment.mimeType;
        e.attachmentName = attachment.filename;
        if (!QFile::copy(attachment.path, e.attachmentPath)) {
            Q_EMIT storageError(tr("The file %1 could not be read.").arg(attachment.path));
            return std::nullopt;
        }
        // Until the relay has it, the thread shows the local copy.
        m.media = QJsonObject{{QStringLiteral("status"), QStringLiteral("local")},
                              {QStringLiteral("path"), e.attachmentPath},
                              {QStringLiteral("mime_type"), attachment.mimeType},
                              {QStringLiteral("size"), QFileInfo(e.attachmentPath).size()},
                              {QStringLiteral("filename"), attachment.filename}};
    }

    CachedMessage stored;
    if (!m_cache->begin() || !m_cache->outbox().add(e) ||
        !m_cache->messages().insertPending(m, &stored)) {
        const QString why = m_cache->outbox().lastError() + m_cache->messages().lastError();
        m_cache->rollback();
        if (!e.attachmentPath.isEmpty())
            QFile::remove(e.attachmentPath);
        Q_EMIT storageError(why);
        return std::nullopt;
    }
    if (!m_cache->commit()) {
        Q_EMIT storageError(m_cache->lastError());
        return std::nullopt;
    }
    if (m_online && !m_inFlight && !m_retryTimer.isActive())
        QTimer::singleShot(0, this, &Outbox::sendNext);
    return stored;
}

bool Outbox::retry(const QString &clientId)
{
    CachedMessage stored;
    if (!m_cache->outbox().get(clientId))
        return false;
    if (!m_cache->begin() || !m_cache->outbox().markPending(clientId) ||
        !m_cache->messages().setPending(clientId, &stored)) {
        m_cache->rollback();
        return false;
    }
    if (!m_cache->commit())
        return false;
    Q_EMIT messageChanged(stored);
    m_backoff.reset();
    if (m_online && !m_inFlight) {
        m_retryTimer.stop();
        QTimer::singleShot(0, this, &Outbox::sendNext);
    }
    return true;
}

void Outbox::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    if (!online) {
        m_retryTimer.stop();
        return;
    }
    m_backoff.reset();
    if (!m_inFlight)
        QTimer::singleShot(0, this, &Outbox::sendNext);
}

int Outbox::pendingCount() const
{
    return m_cache->outbox().pending().size();
}

void Outbox::sendNext()
{
    if (!m_online || m_inFlight || !m_cache->isOpen())
        return;
    const QList<OutboxEntry> pending = m_cache->outbox().pending();
    if (pending.isEmpty())
        return;
    const OutboxEntry e = pending.first();
    m_cache->outbox().recordAttempt(e.clientId);
    m_inFlight = true;
    const bool needsUpload =
        !e.attachmentPath.isEmpty() &&
        e.content.value(e.kind).toObject().value(QStringLiteral("upload_id")).toString().isEmpty();
    if (needsUpload)
        uploadEntry(e);
    else
        sendEntry(e);
}

void Outbox::uploadEntry(const OutboxEntry &e)
{
    QFile file(e.attachmentPath);
    if (!m_media || !file.open(QIODevice::ReadOnly)) {
        m_inFlight = false;
        ApiResult lost;
        lost.httpStatus = 400;
        lost.errorCode = QStringLiteral("attachment_lost");
        lost.errorMessage = tr("The attached file is no longer available; attach it again.");
        onAnswer(e.clientId, lost, {});
        return;
    }
    const QByteArray bytes = file.readAll();
    m_media->upload(e.conversationId, bytes, e.attachmentMime, e.attachmentName, e.kind, this,
                    [this, e](const ApiResult &r, const QJsonObject &upload) {
                        const QString uploadId = upload.value(QStringLiteral("id")).toString();
                        if (!r.ok() || uploadId.isEmpty()) {
                            m_inFlight = false;
                            onAnswer(e.clientId, r, {});
                            return;
                        }
                        // Remember the handle: a retry after an outage sends it without uploading
                        // again.
                        OutboxEntry next = e;
                        QJsonObject object = next.content.value(next.kind).toObject();
                        object.insert(QStringLiteral("upload_id"), uploadId);
                        next.content.insert(next.kind, object);
                        if (m_cache->isOpen())
                            m_cache->outbox().setContent(next.clientId, next.content);
                        sendEntry(next);
                    });
}

void Outbox::sendEntry(const OutboxEntry &e)
{
    auto answer = [this, id = e.clientId](const ApiResult &r, const Message &stored) {
        m_inFlight = false;
        onAnswer(id, r, stored);
    };
    if (e.kind == QLatin1String("text")) {
        m_api->sendText(e.conversationId, e.clientId, e.text, e.replyTo, this, answer);
        return;
    }
    QJsonObject body{{QStringLiteral("client_id"), e.clientId},
                     {QStringLiteral("kind"), e.kind},
                     {QStringLiteral("content"), e.content}};
    if (!e.replyTo.isEmpty())
        body.insert(QStringLiteral("reply_to"), e.replyTo);
    m_api->post(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(e.conversationId),
                body, this, [answer](const ApiResult &r) {
                    answer(r, protocol::messageFromJson(
                                  r.body.value(QStringLiteral("message")).toObject()));
                });
}

void Outbox::onAnswer(const QString &clientId, const ApiResult &r, const Message &stored)
{
    if (!m_cache->isOpen())
        return;
    if (r.ok()) {
        m_backoff.reset();
        Message m = stored;
        if (m.clientId.isEmpty())
            m.clientId = clientId;
        const auto entry = m_cache->outbox().get(clientId);
        CachedMessage row;
        if (m_cache->begin() && m_cache->messages().upsert(m, &row) &&
            m_cache->outbox().remove(clientId) && m_cache->commit()) {
            if (entry && !entry->attachmentPath.isEmpty())
                QFile::remove(entry->attachmentPath); // the relay serves the file from now on
            Q_EMIT messageChanged(row);
        } else {
            m_cache->rollback();
            Q_EMIT storageError(m_cache->messages().lastError() + m_cache->outbox().lastError());
        }
        QTimer::singleShot(0, this, &Outbox::sendNext);
        return;
    }
    if (r.isTransient()) {
        // Same entry, same client id, later.
        m_retryTimer.start(m_backoff.nextDelayMs());
        return;
    }
    if (r.httpStatus == 401)
        return; // the session is over; the entry stays for the next sign-in
    CachedMessage row;
    if (m_cache->begin() && m_cache->outbox().markFailed(clientId, r.errorMessage) &&
        m_cache->messages().setLocalFailure(clientId, r.errorMessage, &row) && m_cache->commit()) {
        Q_EMIT messageChanged(row);
    } else {
        m_cache->rollback();
    }
    QTimer::singleShot(0, this, &Outbox::sendNext);
}

} // namespace recado::sync
