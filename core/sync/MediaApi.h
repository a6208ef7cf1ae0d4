// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/ApiResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace recado::sync {

class RelayApi;

//! The relay's media routes (docs/api.md "Media files"): downloading a message's file and
//! uploading an agent's attachment. They carry raw bytes instead of JSON, so they live beside
//! RelayApi (whose address and token they share) rather than in it.
class MediaApi : public QObject
{
    Q_OBJECT
public:
    //! `bytes` and `contentType` are set on success; a failure says why in words
    //! (`media_pending`, `media_failed` with Meta's reason, `media_missing`, network...).
    using Fetched =
        std::function<void(const ApiResult &, const QByteArray &bytes, const QString &contentType)>;
    //! `upload` is the relay's `{"id":"up_…","kind","mime_type","size","sha256","filename"?}`.
    using Uploaded = std::function<void(const ApiResult &, const QJsonObject &upload)>;

    explicit MediaApi(RelayApi *api, QObject *parent = nullptr);

    //! GET /api/media/:messageId. `context` as in RelayApi: destroyed first, no callback.
    void fetch(qint64 messageId, QObject *context, Fetched done);
    //! POST /api/whatsapp/conversations/:id/media with the file as the body. `kind` may be empty
    //! (the relay picks it from the type).
    void upload(qint64 conversationId, const QByteArray &bytes, const QString &mimeType,
                const QString &filename, const QString &kind, QObject *context, Uploaded done);
    //! Requests in flight (downloads and uploads).
    int inFlight() const { return m_inFlight; }

private:
    QNetworkReply *send(const QByteArray &verb, const QString &pathAndQuery,
                        const QByteArray &contentType, const QByteArray &body,
                        const QByteArray &filename = {});
    ApiResult interpret(QNetworkReply *reply, QByteArray *data) const;

    RelayApi *m_api;
    QNetworkAccessManager *m_nam;
    int m_inFlight = 0;
};

} // namespace recado::sync
