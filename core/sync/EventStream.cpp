// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/EventStream.h"

#include "core/protocol/JsonCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcStream, "recado.sync.stream", QtWarningMsg)

namespace recado::sync {

EventStream::EventStream(QObject *parent)
    : QObject(parent)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &EventStream::openSocket);
    connect(&m_pingTimer, &QTimer::timeout, this, &EventStream::checkAlive);
}

EventStream::~EventStream()
{
    // Destroying a connected QWebSocket emits disconnected(); we must not react to it any more.
    if (m_socket)
        m_socket->disconnect(this);
}

void EventStream::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    qCDebug(lcStream) << "state" << s;
    Q_EMIT stateChanged(s);
}

void EventStream::start()
{
    if (m_state != State::Idle)
        return;
    m_backoff.reset();
    openSocket();
}

void EventStream::stop()
{
    m_retryTimer.stop();
    m_pingTimer.stop();
    resetSocket();
    setState(State::Idle);
}

void EventStream::reconnectNow()
{
    if (m_state == State::Waiting) {
        m_retryTimer.stop();
        openSocket();
    }
}

int EventStream::retryInMs() const
{
    return m_state == State::Waiting ? m_retryTimer.remainingTime() : -1;
}

void EventStream::resetSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void EventStream::openSocket()
{
    resetSocket();
    m_sawHello = false;
    setState(State::Connecting);

    QUrl url = m_relayUrl;
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                         : QStringLiteral("ws"));
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QStringLiteral("/api/stream"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"),
                       QString::number(m_resumeFrom ? m_resumeFrom() : qint64(0)));
    url.setQuery(query);
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());

    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &EventStream::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &EventStream::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &EventStream::onText);
    connect(m_socket, &QWebSocket::pong, this, [this] { m_lastTraffic.restart(); });
    m_socket->open(req);
}

void EventStream::onConnected()
{
    // Backoff is reset only on hello: a relay that accepts the socket and closes it at once
    // (for example while shutting down) must not be hammered.
    m_lastTraffic.start();
    m_pingTimer.start(m_pingIntervalMs);
}

void EventStream::onDisconnected()
{
    m_lastError = m_socket ? m_socket->errorString() : QString();
    qCDebug(lcStream) << "disconnected" << m_lastError;
    m_pingTimer.stop();
    scheduleRetry();
}

void EventStream::scheduleRetry()
{
    resetSocket();
    m_retryTimer.start(m_backoff.nextDelayMs()); // before the signal: listeners show the wait
    setState(State::Waiting);
}

void EventStream::checkAlive()
{
    if (!m_socket)
        return;
    if (m_lastTraffic.isValid() && m_lastTraffic.elapsed() > 2 * m_pingIntervalMs + 5000) {
        qCDebug(lcStream) << "no traffic for" << m_lastTraffic.elapsed() << "ms; reconnecting";
        m_lastError = tr("The connection to the relay stopped answering.");
        m_pingTimer.stop();
        scheduleRetry();
        return;
    }
    m_socket->ping();
}

void EventStream::onText(const QString &text)
{
    m_lastTraffic.restart();
    const QJsonObject msg = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = msg.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("hello")) {
        m_sawHello = true;
        m_backoff.reset();
        setState(State::Live);
        Q_EMIT hello(msg.value(QStringLiteral("last_seq")).toInteger());
    } else if (type == QLatin1String("event")) {
        Q_EMIT eventReceived(
            protocol::eventFromJson(msg.value(QStringLiteral("event")).toObject()));
    } else if (type == QLatin1String("resync")) {
        // The relay closes the socket next; the handler refetches and updates resumeFrom()
        // before the reconnect fires.
        Q_EMIT resyncRequired(msg.value(QStringLiteral("last_seq")).toInteger());
    } else if (type == QLatin1String("error")) {
        const QString code = msg.value(QStringLiteral("code")).toString();
        if (code == QLatin1String("unauthorized") || code == QLatin1String("token_expired")) {
            stop();
            Q_EMIT unauthorized();
        }
    } else {
        qCDebug(lcStream) << "ignoring stream message" << type;
    }
}

} // namespace recado::sync
