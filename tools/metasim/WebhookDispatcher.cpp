// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/WebhookDispatcher.h"

#include "core/whatsapp/WebhookSignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWebhook, "recado.metasim.webhook")

namespace recado::metasim {

namespace {
constexpr int kMaxRecords = 2000;
}

WebhookDispatcher::WebhookDispatcher(QObject *parent)
    : QObject(parent)
{}

void WebhookDispatcher::setTarget(const QUrl &url)
{
    m_target = url;
    // Webhooks produced while no receiver was configured go out now.
    for (int id : std::as_const(m_order)) {
        const WebhookRecord &r = m_records[id];
        if (!r.delivered && !r.abandoned && r.attempts == 0 && m_target.isValid())
            attempt(id);
    }
}

void WebhookDispatcher::setRetryPolicy(int maxAttempts, int baseDelayMs, int maxDelayMs,
                                       int timeoutMs)
{
    m_maxAttempts = qMax(1, maxAttempts);
    m_baseDelayMs = qMax(1, baseDelayMs);
    m_maxDelayMs = qMax(m_baseDelayMs, maxDelayMs);
    m_timeoutMs = qMax(100, timeoutMs);
}

QByteArray WebhookDispatcher::serialize(const QJsonObject &envelope)
{
    // Meta escapes every non-ASCII character as \uXXXX and every '/' as '\/'. Both can only
    // occur inside JSON strings, so rewriting the compact UTF-8 output is safe. Receivers that
    // re-serialise before checking the signature break on exactly this.
    const QString text = QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Compact));
    QByteArray out;
    out.reserve(text.size() + text.size() / 8);
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'/') {
            out.append("\\/");
        } else if (u < 0x80) {
            out.append(char(u));
        } else {
            out.append("\\u");
            out.append(QByteArray::number(u, 16).rightJustified(4, '0'));
        }
    }
    return out;
}

int WebhookDispatcher::post(const QJsonObject &envelope)
{
    WebhookRecord r;
    r.id = m_nextId++;
    r.body = serialize(envelope);
    r.createdAt = QDateTime::currentDateTimeUtc();
    const QJsonArray entries = envelope.value("entry"_L1).toArray();
    if (!entries.isEmpty()) {
        const QJsonArray changes = entries.first().toObject().value("changes"_L1).toArray();
        if (!changes.isEmpty())
            r.field = changes.first().toObject().value("field"_L1).toString();
    }
    m_records.insert(r.id, r);
    m_order.append(r.id);
    while (m_order.size() > kMaxRecords) {
        const int oldest = m_order.first();
        if (!m_records[oldest].delivered && !m_records[oldest].abandoned)
            break; // never drop one still being delivered
        m_records.remove(oldest);
        m_order.removeFirst();
    }
    if (m_target.isValid())
        attempt(r.id);
    return r.id;
}

int WebhookDispatcher::retryDelay(int attempts) const
{
    qint64 delay = m_baseDelayMs;
    for (int i = 1; i < attempts && delay < m_maxDelayMs; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, m_maxDelayMs));
}

void WebhookDispatcher::attempt(int id)
{
    auto it = m_records.find(id);
    if (it == m_records.end() || it->delivered || it->abandoned)
        return;
    ++it->attempts;
    QNetworkRequest request(m_target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("X-Hub-Signature-256", whatsapp::signatureHeader(it->body, m_secret));
    request.setRawHeader("User-Agent", "facebookexternalua");
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_nam.post(request, it->body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        auto rec = m_records.find(id);
        if (rec == m_records.end())
            return; // cleared meanwhile
        rec->lastHttpStatus = status;
        const int attempts = rec->attempts;
        // Only 200 counts: Meta retries any other answer.
        if (status == 200) {
            rec->delivered = true;
            qCDebug(lcWebhook) << "webhook" << id << rec->field << "delivered after" << attempts
                               << "attempt(s)";
            Q_EMIT attempted(id, status);
            Q_EMIT delivered(id);
            return;
        }
        if (attempts >= m_maxAttempts) {
            rec->abandoned = true;
            qCWarning(lcWebhook) << "webhook" << id << rec->field << "abandoned after" << attempts
                                 << "attempts; last status" << status << reply->errorString();
            Q_EMIT attempted(id, status);
            Q_EMIT abandoned(id);
            return;
        }
        const int delay = retryDelay(attempts);
        qCInfo(lcWebhook) << "webhook" << id << rec->field << "answered" << status << "- retry in"
                          << delay << "ms";
        QTimer::singleShot(delay, this, [this, id] { attempt(id); });
        Q_EMIT attempted(id, status);
    });
}

void WebhookDispatcher::verifyHandshake(const QString &verifyToken)
{
    const QString challenge = QString::number(QRandomGenerator::global()->bounded(1000000000));
    QUrl url = m_target;
    // Percent-encode the token ourselves: QUrlQuery would leave '+' and '&' ambiguous.
    url.setQuery(u"hub.mode=subscribe&hub.verify_token="_s +
                 QString::fromLatin1(QUrl::toPercentEncoding(verifyToken)) + u"&hub.challenge="_s +
                 challenge);
    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", "facebookplatform/1.0 (+http://developers.facebook.com)");
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_nam.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, challenge] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = status == 200 && reply->readAll().trimmed() == challenge.toLatin1();
        if (ok)
            qCInfo(lcWebhook) << "webhook verification handshake succeeded";
        else
            qCWarning(lcWebhook) << "webhook verification handshake failed: HTTP" << status
                                 << reply->errorString();
        Q_EMIT handshakeFinished(ok, status);
    });
}

QList<WebhookRecord> WebhookDispatcher::records() const
{
    QList<WebhookRecord> out;
    for (int id : m_order)
        out.append(m_records.value(id));
    return out;
}

int WebhookDispatcher::pending() const
{
    int n = 0;
    for (const WebhookRecord &r : m_records) {
        if (!r.delivered && !r.abandoned)
            ++n;
    }
    return n;
}

void WebhookDispatcher::clearRecords()
{
    // Keep the ones still in flight: their retries look them up by id.
    QList<int> keep;
    for (int id : std::as_const(m_order)) {
        const WebhookRecord &r = m_records[id];
        if (!r.delivered && !r.abandoned)
            keep.append(id);
        else
            m_records.remove(id);
    }
    m_order = keep;
}

} // namespace recado::metasim
