// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace recado::relay {

struct RelayConfig;

//! What the Graph API answered.
struct GraphResult
{
    int httpStatus = 0; //!< 0 on a network error or timeout
    QJsonObject body;
    QString wamid;    //!< messages[0].id on a successful send
    int metaCode = 0; //!< error.code
    int metaSubcode = 0;
    QString metaMessage; //!< error.message
    QString details;     //!< error.error_data.details
    QString networkError;
    bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
};

//! A file downloaded from Meta's media URL.
struct GraphBytes
{
    int httpStatus = 0; //!< 0 on a network error, a timeout or a refused URL
    QByteArray bytes;
    QByteArray contentType;
    QString networkError;
    bool tooLarge = false; //!< stopped after more than the allowed bytes
    bool ok() const { return httpStatus >= 200 && httpStatus < 300 && !tooLarge; }
};

//! The relay's only caller of Meta's Graph API (or the simulator: only the base URL differs).
//! The access token goes in the Authorization header and is never logged.
class GraphClient : public QObject
{
    Q_OBJECT
public:
    GraphClient(const RelayConfig &config, QObject *parent = nullptr);

    using Callback = std::function<void(const GraphResult &)>;
    void sendMessage(const QJsonObject &payload, Callback done);
    void post(const QString &path, const QJsonObject &payload, Callback done);
    void get(const QString &pathAndQuery, Callback done);
    QUrl url(const QString &path) const;
    //! Media (relay/media): downloads a media URL from a lookup with the access token, giving
    //! up after `maxBytes`. The token is only ever sent over HTTPS or to the Graph host itself;
    //! HTTPS redirects are followed (at most 3), the token only to the same host.
    using BytesCallback = std::function<void(const GraphBytes &)>;
    void getBytes(const QUrl &url, qint64 maxBytes, BytesCallback done);
    //! `POST /{phone-number-id}/media` (multipart: messaging_product, type, file); Meta's media
    //! id is `body["id"]`.
    void uploadMedia(const QByteArray &bytes, const QString &mimeType, const QString &filename,
                     Callback done);

private:
    void finish(class QNetworkReply *reply, const Callback &done);
    const RelayConfig &m_config;
    QNetworkAccessManager m_nam;
};

} // namespace recado::relay
