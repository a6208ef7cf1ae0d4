// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/metasim/SimTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace recado::metasim {

//! Posts webhooks the way Meta does: compact JSON with non-ASCII characters and slashes
//! escaped, `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>`, and retries with
//! exponential backoff until the receiver answers 200 (bounded, so a test ends).
class WebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    explicit WebhookDispatcher(QObject *parent = nullptr);

    void setTarget(const QUrl &url);
    QUrl target() const { return m_target; }
    void setSecret(const QByteArray &appSecret) { m_secret = appSecret; }
    void setRetryPolicy(int maxAttempts, int baseDelayMs, int maxDelayMs, int timeoutMs);

    //! Queues one envelope and starts delivering it. Returns the record id.
    int post(const QJsonObject &envelope);
    //! The exact bytes Meta would send for `envelope`.
    static QByteArray serialize(const QJsonObject &envelope);

    //! Meta's subscription handshake: GET target?hub.mode=subscribe&hub.verify_token=...&
    //! hub.challenge=...; the receiver must answer 200 with the challenge as the body.
    void verifyHandshake(const QString &verifyToken);

    QList<WebhookRecord> records() const;
    //! Webhooks not yet answered 200 and not abandoned.
    int pending() const;
    void clearRecords();

Q_SIGNALS:
    //! After every delivery attempt; `httpStatus` 0 means no HTTP answer (refused, timeout).
    void attempted(int id, int httpStatus);
    void delivered(int id);
    void abandoned(int id);
    void handshakeFinished(bool ok, int httpStatus);

private:
    void attempt(int id);
    int retryDelay(int attempts) const;

    QNetworkAccessManager m_nam;
    QUrl m_target;
    QByteArray m_secret;
    int m_maxAttempts = 8;
    int m_baseDelayMs = 250;
    int m_maxDelayMs = 30000;
    int m_timeoutMs = 10000;
    int m_nextId = 1;
    QHash<int, WebhookRecord> m_records;
    QList<int> m_order;
};

} // namespace recado::metasim
