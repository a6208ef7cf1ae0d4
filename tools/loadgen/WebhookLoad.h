// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <vector>

class QTcpSocket;
class QWebSocket;
class QEventLoop;
class QTimer;
class QNetworkAccessManager;

namespace recado::loadgen {

struct LoadOptions
{
    QList<QUrl> relays;       //!< webhook targets (round-robin per connection)
    QList<QUrl> streamRelays; //!< relays whose stream clients measure latency (default: relays)
    QByteArray appSecret;
    QString streamToken;   //!< bearer token for stream clients; empty: no latency measurement
    int connections = 16;  //!< concurrent keep-alive HTTP connections
    int streamClients = 1; //!< WebSocket clients per stream relay
    int total = 10000;     //!< webhooks to send
    double rate = 0;       //!< webhooks/s; 0 = as fast as the relays accept
    int messagesPerWebhook = 1;
    int customers = 500; //!< distinct senders (conversations)
    QString path = QStringLiteral("/webhook");
    //! Agent replies per second (REST, with streamToken), to the conversations the stream has
    //! shown, spread over the relays. 0: none.
    double replyRate = 0;
};

//! A signed-to-be webhook body as Meta sends it: `messages` text messages from customer
//! `index % customers`, with wamids `wamid.load.<index>.<i>.<nonce>` (the first one goes to
//! `firstWamid` when given).
QByteArray webhookBody(int index, int customers, int messages, qint64 nonce,
                       QString *firstWamid = nullptr);

struct LoadReport
{
    int sent = 0;
    int accepted = 0; //!< HTTP 200
    int errors = 0;   //!< non-200 or connection errors
    double seconds = 0;
    double webhooksPerSecond = 0;
    double messagesPerSecond = 0;
    double ackP50Ms = 0; //!< webhook POST -> 200
    double ackP99Ms = 0;
    int eventsSeen = 0;    //!< message.new events received by the first stream client
    double eventP50Ms = 0; //!< webhook POST -> message.new on the stream
    double eventP99Ms = 0;
    int streamResyncs = 0; //!< resync frames: the relay dropped the measuring stream as too slow
    int streamsLost = 0;   //!< measuring stream disconnected before the run ended
    int repliesSent = 0;
    int repliesAccepted = 0; //!< HTTP 202: queued durably in the relay's outbox
    int replyErrors = 0;
    double replyAckP50Ms = 0; //!< agent reply POST -> 202
    double replyAckP99Ms = 0;
    int repliesDelivered = 0;  //!< replies Meta answered (sent, or failed), seen on the stream
    double replySentP50Ms = 0; //!< agent reply POST -> that answer on the stream
    double replySentP99Ms = 0;
    QString toText() const;
};

//! Sends signed WhatsApp webhooks over raw keep-alive HTTP/1.1 connections (one request in flight
//! per connection, like Meta), optionally paced, and measures acknowledgement latency and the
//! time until each message appears as an event on relay streams. Runs on the calling thread's
//! event loop; `run()` blocks with a local loop until done or `timeoutMs`.
class WebhookLoad : public QObject
{
    Q_OBJECT
public:
    explicit WebhookLoad(LoadOptions options, QObject *parent = nullptr);
    ~WebhookLoad() override;
    LoadReport run(int timeoutMs = 120000);

private:
    struct Connection;
    void openStreams();
    void startConnection(Connection *c);
    void sendNext(Connection *c);
    void onReadyRead(Connection *c);
    void pump();
    QByteArray buildBody(int index, QString *firstWamid);
    bool finished() const;
    void onStreamFrame(const QString &text, bool measuring);
    //! The common frame, an inbound message's event, read without a JSON parse; false if the
    //! text is not one (it is then parsed).
    bool readMessageNew(const QString &text);
    void messageArrived(qint64 conversation, const QString &wamid);
    void sendReplies();
    void replyReachedMeta(qint64 postedAtNs, qint64 reachedAtNs);

    LoadOptions m_opt;
    std::vector<std::unique_ptr<Connection>> m_connections;
    std::vector<std::unique_ptr<QWebSocket>> m_streams;
    int m_streamsReady = 0;
    bool m_measuringStreamLost = false; //!< then stop waiting for events that cannot arrive
    QElapsedTimer m_clock;
    int m_next = 0;
    int m_done = 0;
    qint64 m_lastAckNs = 0;
    LoadReport m_report;
    std::vector<double> m_ackMs;
    std::vector<double> m_eventMs;
    QHash<QString, qint64> m_sentAtNs; //!< wamid -> send time, for stream latency
    QEventLoop *m_loop = nullptr;
    QTimer *m_pacer = nullptr;
    // Agent replies
    QNetworkAccessManager *m_rest = nullptr;
    QList<qint64> m_conversations; //!< seen on the stream, replied to in turn
    QSet<qint64> m_knownConversations;
    int m_repliesDue = 0;
    int m_repliesInFlight = 0;
    QHash<qint64, qint64> m_replySentAtNs;      //!< message id -> POST time, until "sent"
    QHash<qint64, qint64> m_replyReachedMetaNs; //!< "sent" seen before the POST's 202
    std::vector<double> m_replyAckMs;
    std::vector<double> m_replySentMs;
};

//! Resident set size of a process in KiB (Linux /proc), 0 when unknown.
qint64 residentKiB(qint64 pid);
double percentile(std::vector<double> values, double p);

} // namespace recado::loadgen
