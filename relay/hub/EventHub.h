// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Event.h"

#include <QObject>
#include <QTimer>

#include <list>

class QWebSocket;

namespace recado::relay {

class Authenticator;
class EventLog;

//! Live event stream to clients over WebSocket. A client connects with `after=N`, receives
//! `hello`, the events it missed (replayed from the log in pages, without blocking ingest), then
//! live events. A client whose socket backs up beyond `maxBufferedBytes` is told to resync and
//! dropped, so a slow client never slows ingest.
class EventHub : public QObject
{
    Q_OBJECT
public:
    EventHub(EventLog &log, Authenticator &auth, QObject *parent = nullptr);
    ~EventHub() override;

    //! Takes ownership of an upgraded socket (already authorised at the upgrade).
    void accept(QWebSocket *socket);
    //! Sends committed events to every live client.
    void publish(const QList<domain::Event> &events);
    int clientCount() const { return int(m_clients.size()); }
    void setMaxBufferedBytes(qint64 bytes) { m_maxBuffered = bytes; }
    void closeAll();

private:
    struct Client
    {
        QWebSocket *socket = nullptr;
        qint64 lastSent = 0;
        bool live = false;
        qint64 lastPong = 0;
        QString username;
    };
    void replayStep(Client *client);
    bool send(Client *client, const QString &frame);
    void drop(Client *client, const QByteArray &finalFrame = {});
    Client *find(QWebSocket *socket);

    EventLog &m_log;
    Authenticator &m_auth;
    std::list<Client> m_clients;
    QTimer m_ping;
    qint64 m_maxBuffered = 8 * 1024 * 1024;
};

} // namespace recado::relay
