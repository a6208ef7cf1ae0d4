// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/hub/EventHub.h"

#include "core/protocol/JsonCodec.h"
#include "relay/auth/Authenticator.h"
#include "relay/store/EventLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QWebSocket>

namespace recado::relay {

namespace {
constexpr int kReplayPage = 500;
constexpr qint64 kPingIntervalMs = 20000;
constexpr qint64 kPongTimeoutMs = 65000;

QByteArray frame(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

//! `{"event":Event,"type":"event"}`, written straight to bytes with the payload JSON the log
//! already produced: one frame per event, on the relay's busiest thread.
QByteArray eventFrame(const domain::Event &e)
{
    protocol::JsonWriter w;
    w.beginObject().key("event");
    protocol::writeJson(w, e);
    w.key("type").value(QStringLiteral("event"));
    return w.endObject().take();
}
} // namespace

EventHub::EventHub(EventLog &log, Authenticator &auth, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_auth(auth)
{
    m_ping.setInterval(int(kPingIntervalMs));
    connect(&m_ping, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        std::vector<Client *> dead;
        for (Client &c : m_clients) {
            if (now - c.lastPong > kPongTimeoutMs)
                dead.push_back(&c);
            else
                c.socket->ping();
        }
        for (Client *c : dead)
            drop(c);
    });
    m_ping.start();
}

EventHub::~EventHub()
{
    closeAll();
}

void EventHub::closeAll()
{
    while (!m_clients.empty())
        drop(&m_clients.front());
}

EventHub::Client *EventHub::find(QWebSocket *socket)
{
    for (Client &c : m_clients) {
        if (c.socket == socket)
            return &c;
    }
    return nullptr;
}

void EventHub::accept(QWebSocket *socket)
{
    const QNetworkRequest req = socket->request();
    const QUrlQuery query(req.url());
    QByteArray token = Authenticator::bearer(req.rawHeader("Authorization"));
    if (token.isEmpty())
        token = query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded).toUtf8();
    QString code;
    const auto caller = m_auth.resolve(token, &code);
    if (!caller) {
        socket->sendTextMessage(
            QString::fromUtf8(frame(protocol::errorJson(code, QStringLiteral("sign in again")))));
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, code);
        socket->deleteLater();
        return;
    }
    m_clients.push_back(Client{socket, query.queryItemValue(QStringLiteral("after")).toLongLong(),
                               false, QDateTime::currentMSecsSinceEpoch(), caller->agent.username});
    socket->setParent(this);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (Client *c = find(socket))
            drop(c);
    });
    connect(socket, &QWebSocket::pong, this, [this, socket](quint64, const QByteArray &) {
        if (Client *c = find(socket))
            c->lastPong = QDateTime::currentMSecsSinceEpoch();
    });
    // Clients may ping us too; any text frame counts as liveness.
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &) {
        if (Client *c = find(socket))
            c->lastPong = QDateTime::currentMSecsSinceEpoch();
    });

    Client *client = &m_clients.back();
    const qint64 lastSeq = m_log.lastSeq();
    if (client->lastSent > lastSeq)
        client->lastSent = lastSeq; // a client ahead of us (restored database): replay nothing
    send(client,
         QString::fromUtf8(frame(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                             {QStringLiteral("last_seq"), lastSeq}})));
    const qint64 first = m_log.firstSeq();
    if (client->lastSent < lastSeq && first > 0 && client->lastSent + 1 < first) {
        drop(client, frame(QJsonObject{{QStringLiteral("type"), QStringLiteral("resync")},
                                       {QStringLiteral("last_seq"), lastSeq}}));
        return;
    }
    replayStep(client);
}

void EventHub::replayStep(Client *client)
{
    const QList<domain::Event> page = m_log.after(client->lastSent, kReplayPage);
    for (const domain::Event &e : page) {
        if (!send(client, QString::fromUtf8(eventFrame(e))))
            return;
        client->lastSent = e.seq;
    }
    client->socket->flush();
    if (page.size() < kReplayPage) {
        client->live = true;
        return;
    }
    // Yield to the event loop between pages so ingest keeps flowing during a long replay.
    QWebSocket *socket = client->socket;
    QTimer::singleShot(0, this, [this, socket] {
        if (Client *c = find(socket))
            replayStep(c);
    });
}

bool EventHub::send(Client *client, const QString &text)
{
    if (client->socket->bytesToWrite() > m_maxBuffered) {
        drop(client, frame(QJsonObject{{QStringLiteral("type"), QStringLiteral("resync")},
                                       {QStringLiteral("last_seq"), m_log.lastSeq()}}));
        return false;
    }
    client->socket->sendTextMessage(text);
    return true;
}

void EventHub::publish(const QList<domain::Event> &events)
{
    if (events.isEmpty() || m_clients.empty())
        return;
    // Serialise each event once, whatever the number of clients (as the QString QWebSocket
    // takes: converted per client it cost each client a UTF-8 decode per event).
    QList<QString> frames;
    frames.reserve(events.size());
    for (const domain::Event &e : events)
        frames.append(QString::fromUtf8(eventFrame(e)));
    std::vector<QWebSocket *> sockets;
    for (Client &c : m_clients)
        sockets.push_back(c.socket);
    for (QWebSocket *s : sockets) {
        Client *c = find(s);
        if (!c || !c->live)
            continue; // still replaying: it will read these from the log
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (events[i].seq <= c->lastSent)
                continue;
            if (!send(c, frames[i]))
                break;
            c->lastSent = events[i].seq;
        }
        // Hand the frames to the kernel now. Left to the event loop, a QTcpSocket writes one
        // 16 KiB buffer chunk per write notification, and when every loop turn also waits for a
        // commit's fsync the stream drains slower than events arrive (seen as seconds of lag and
        // then a resync under load).
        if (Client *still = find(s))
            still->socket->flush();
    }
}

void EventHub::drop(Client *client, const QByteArray &finalFrame)
{
    QWebSocket *socket = client->socket;
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (&*it == client) {
            m_clients.erase(it);
            break;
        }
    }
    socket->disconnect(this);
    if (!finalFrame.isEmpty())
        socket->sendTextMessage(QString::fromUtf8(finalFrame));
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->close(QWebSocketProtocol::CloseCodeNormal);
    socket->deleteLater();
}

} // namespace recado::relay
