// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Event.h"
#include "core/sync/Backoff.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>

class QWebSocket;

namespace recado::sync {

//! The relay's live event stream (`/api/stream`) as a small reconnect state machine:
//!
//!   Idle --start()--> Connecting --hello--> Live
//!   Connecting/Live --socket lost--> Waiting --backoff with jitter--> Connecting
//!   any --stop()--> Idle
//!
//! Each (re)connect asks for events after `resumeFrom()`, so the caller decides where to resume
//! (normally the last sequence number it applied). A ping goes out every `pingIntervalMs`; when
//! nothing at all (pong, event, relay ping) arrived for `2 * pingIntervalMs + 5 s`, the socket is
//! treated as dead and reconnected, which catches half-open TCP connections after a network
//! change.
class EventStream : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Live, Waiting };
    Q_ENUM(State)

    explicit EventStream(QObject *parent = nullptr);
    ~EventStream() override;

    void setRelayUrl(const QUrl &httpUrl) { m_relayUrl = httpUrl; }
    void setToken(const QString &token) { m_token = token; }
    //! Called before each connect attempt: the last applied sequence number.
    void setResumeFrom(std::function<qint64()> resumeFrom) { m_resumeFrom = std::move(resumeFrom); }
    void setPingIntervalMs(int ms) { m_pingIntervalMs = ms; }
    Backoff &backoff() { return m_backoff; }

    void start();
    void stop();
    //! Skips the remaining backoff wait and connects now (e.g. the network came back).
    void reconnectNow();

    State state() const { return m_state; }
    //! Milliseconds until the next attempt while Waiting; -1 otherwise.
    int retryInMs() const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void stateChanged(recado::sync::EventStream::State state);
    //! The relay greeted us: `lastSeq` is its newest sequence number.
    void hello(qint64 lastSeq);
    void eventReceived(const recado::domain::Event &event);
    //! The relay no longer keeps the events we asked for: refetch and resume from `lastSeq`.
    //! The relay closes the socket after this; the stream reconnects by itself.
    void resyncRequired(qint64 lastSeq);
    //! The relay said our token is not valid; the stream stopped (no point retrying).
    void unauthorized();

private:
    void setState(State s);
    void openSocket();
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void scheduleRetry();
    void checkAlive();
    void resetSocket();

    QWebSocket *m_socket = nullptr;
    QUrl m_relayUrl;
    QString m_token;
    std::function<qint64()> m_resumeFrom;
    State m_state = State::Idle;
    Backoff m_backoff{500, 30000};
    QTimer m_retryTimer;
    QTimer m_pingTimer;
    QElapsedTimer m_lastTraffic;
    int m_pingIntervalMs = 15000;
    bool m_sawHello = false;
    QString m_lastError;
};

} // namespace recado::sync
