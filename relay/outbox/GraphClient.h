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
    QString wamid;   //!< messages[0].id on a successful send
    int metaCode = 0; //!< error.code
    int metaSubcode = 0;
    QString metaMessage; //!< error.message
    QString details;     //!< error.error_data.details
    QString networkError;
    bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
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

private:
    void finish(class QNetworkReply *reply, const Callback &done);
    const RelayConfig &m_config;
    QNetworkAccessManager m_nam;
};

} // namespace recado::relay
