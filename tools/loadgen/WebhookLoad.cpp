// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/loadgen/WebhookLoad.h"

#include "core/whatsapp/WebhookSignature.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

namespace recado::loadgen {

namespace {
constexpr qint64 kReplyWaitNs = 10'000'000'000; //!< after the last webhook ack
}

struct WebhookLoad::Connection
{
    QTcpSocket socket;
    QUrl target;
    QByteArray buffer;
    qint64 sentAtNs = 0;
    bool busy = false;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())));
    return values[index];
}

qint64 residentKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

QString LoadReport::toText() const
{
    return QStringLiteral("sent %1, accepted %2, errors %3 in %4 s\n"
                          "throughput: %5 webhooks/s, %6 messages/s\n"
                          "ack latency: p50 %7 ms, p99 %8 ms\n"
                          "webhook -> stream event: %9 events, p50 %10 ms, p99 %11 ms\n"
                          "%12%13")
        .arg(sent)
        .arg(accepted)
        .arg(errors)
        .arg(seconds, 0, 'f', 2)
        .arg(webhooksPerSecond, 0, 'f', 0)
        .arg(messagesPerSecond, 0, 'f', 0)
        .arg(ackP50Ms, 0, 'f', 2)
        .arg(ackP99Ms, 0, 'f', 2)
        .arg(eventsSeen)
        .arg(eventP50Ms, 0, 'f', 2)
        .arg(eventP99Ms, 0, 'f', 2)
        .arg(
            streamsLost || streamResyncs
                ? QStringLiteral("STREAM LOST: %1 resync frames, %2 disconnects (events missing)\n")
                      .arg(streamResyncs)
                      .arg(streamsLost)
                : QString())
        .arg(repliesSent == 0
                 ? QString()
                 : QStringLiteral(
                       "agent replies: sent %1, accepted %2, errors %3; POST -> 202 "
                       "p50 %4 ms, p99 %5 ms; %6 answered by Meta, POST -> Meta's answer p50 %7 "
                       "ms, p99 %8 ms\n")
                       .arg(repliesSent)
                       .arg(repliesAccepted)
                       .arg(replyErrors)
                       .arg(replyAckP50Ms, 0, 'f', 2)
                       .arg(replyAckP99Ms, 0, 'f', 2)
                       .arg(repliesDelivered)
                       .arg(replySentP50Ms, 0, 'f', 2)
                       .arg(replySentP99Ms, 0, 'f', 2));
}

WebhookLoad::WebhookLoad(LoadOptions options, QObject *parent)
    : QObject(parent)
    , m_opt(std::move(options))
{
    if (m_opt.streamRelays.isEmpty())
        m_opt.streamRelays = m_opt.relays;
}

WebhookLoad::~WebhookLoad() = default;

QByteArray webhookBody(int index, int customers, int messages, qint64 nonce, QString *firstWamid)
{
    // Meta's envelope, built by hand for speed; one or more text messages per webhook.
    const int customer = index % qMax(1, customers);
    const QByteArray waId = "5215" + QByteArray::number(500000000 + customer);
    const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    QByteArray texts;
    for (int i = 0; i < messages; ++i) {
        const QByteArray wamid = "wamid.load." + QByteArray::number(index) + "." +
                                 QByteArray::number(i) + "." + QByteArray::number(nonce);
        if (i == 0 && firstWamid)
            *firstWamid = QString::fromLatin1(wamid);
        if (i)
            texts += ',';
        texts += R"({"from":")" + waId + R"(","id":")" + wamid + R"(","timestamp":")" + ts +
                 R"(","type":"text","text":{"body":"Hola, ¿cuándo llega el técnico? mensaje )" +
                 QByteArray::number(index) + R"("}})";
    }
    return R"({"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Cliente )" +
           QByteArray::number(customer) + R"("},"wa_id":")" + waId + R"("}],"messages":[)" + texts +
           "]}}]}]}";
}

QByteArray WebhookLoad::buildBody(int index, QString *firstWamid)
{
    return webhookBody(index, m_opt.customers, m_opt.messagesPerWebhook,
                       m_clock.isValid() ? m_clock.nsecsElapsed() : 0, firstWamid);
}

void WebhookLoad::openStreams()
{
    if (m_opt.streamToken.isEmpty())
        return;
    for (const QUrl &relay : m_opt.streamRelays) {
        for (int i = 0; i < m_opt.streamClients; ++i) {
            auto ws = std::make_unique<QWebSocket>();
            QUrl url(relay);
            url.setScheme(QStringLiteral("ws"));
            url.setPath(QStringLiteral("/api/stream"));
            url.setQuery(QStringLiteral("after=999999999999"));
            QNetworkRequest req(url);
            req.setRawHeader("Authorization", "Bearer " + m_opt.streamToken.toUtf8());
            const bool measuring = m_streams.empty();
            QWebSocket *raw = ws.get();
            connect(raw, &QWebSocket::textMessageReceived, this,
                    [this, measuring](const QString &text) { onStreamFrame(text, measuring); });
            if (measuring) {
                connect(raw, &QWebSocket::disconnected, this, [this] {
                    ++m_report.streamsLost;
                    m_measuringStreamLost = true;
                    if (finished() && m_loop)
                        m_loop->quit();
                });
            }
            raw->open(req);
            m_streams.push_back(std::move(ws));
        }
    }
    QEventLoop wait;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &wait, [&] {
        if (m_streamsReady >= int(m_streams.size()))
            wait.quit();
    });
    poll.start(10);
    QTimer::singleShot(10000, &wait, &QEventLoop::quit);
    wait.exec();
}

void WebhookLoad::onStreamFrame(const QString &text, bool measuring)
{
    // {"last_seq":N,"type":"hello"}: short, and its keys come sorted (QJsonObject).
    if (text.size() < 80 && text.contains(QLatin1String("\"type\":\"hello\""))) {
        ++m_streamsReady;
        return;
    }
    if (!measuring || readMessageNew(text))
        return;
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    if (frame.value(QStringLiteral("type")) == QLatin1String("resync")) {
        ++m_report.streamResyncs;
        return;
    }
    const QJsonObject event = frame.value(QStringLiteral("event")).toObject();
    const QString type = event.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("message.updated") &&
        (!m_replySentAtNs.isEmpty() || m_repliesInFlight > 0)) {
        const QJsonObject m =
            event[QStringLiteral("payload")][QStringLiteral("message")].toObject();
        const QString status = m.value(QStringLiteral("status")).toString();
        // Meta's first answer about the message: accepted ("sent" and later), or refused later
        // ("failed", e.g. the customer's window closed in the simulator).
        if (status != QLatin1String("sent") && status != QLatin1String("delivered") &&
            status != QLatin1String("read") && status != QLatin1String("failed"))
            return;
        const qint64 id = m.value(QStringLiteral("id")).toInteger();
        const auto it = m_replySentAtNs.find(id);
        if (it == m_replySentAtNs.end()) {
            // The stream can beat the 202 to us: remember when, for the reply handler.
            if (m_repliesInFlight > 0 && !m_replyReachedMetaNs.contains(id))
                m_replyReachedMetaNs.insert(id, m_clock.nsecsElapsed());
            return;
        }
        replyReachedMeta(it.value(), m_clock.nsecsElapsed());
        m_replySentAtNs.erase(it);
        return;
    }
    if (type != QLatin1String("message.new"))
        return;
    messageArrived(
        event.value(QStringLiteral("conversation_id")).toInteger(),
        event[QStringLiteral("payload")][QStringLiteral("message")][QStringLiteral("wamid")]
            .toString());
}

bool WebhookLoad::readMessageNew(const QString &text)
{
    // The relay writes keys sorted: {"event":{"conversation_id":N,...,"payload":{"conversation":
    // {...},"message":{...,"wamid":"W"}},"seq":N,"type":"message.new"},"type":"event"}. Reading
    // the two fields off the text costs a fraction of parsing a kilobyte of JSON per event, CPU
    // this tool otherwise takes from the relay it measures on a shared machine.
    static const QLatin1String kTail("\"type\":\"message.new\"},\"type\":\"event\"}");
    static const QLatin1String kHead("{\"event\":{\"conversation_id\":");
    static const QLatin1String kWamid("\"wamid\":\"");
    if (!text.endsWith(kTail) || !text.startsWith(kHead))
        return false;
    const qsizetype idEnd = text.indexOf(QLatin1Char(','), kHead.size());
    const qsizetype wamidAt = text.lastIndexOf(kWamid);
    if (idEnd < 0 || wamidAt < 0)
        return false;
    const qsizetype wamidStart = wamidAt + kWamid.size();
    const qsizetype wamidEnd = text.indexOf(QLatin1Char('"'), wamidStart);
    bool ok = false;
    const qint64 conversation =
        QStringView(text).mid(kHead.size(), idEnd - kHead.size()).toLongLong(&ok);
    // The wamid must be the message's last key, and the message the payload's last (no escapes:
    // the load generator's wamids have none).
    if (!ok || wamidEnd < 0 ||
        !QStringView(text).mid(wamidEnd).startsWith(QLatin1String("\"}},\"seq\":")) ||
        QStringView(text).mid(wamidStart, wamidEnd - wamidStart).contains(QLatin1Char('\\')))
        return false;
    messageArrived(conversation, text.mid(wamidStart, wamidEnd - wamidStart));
    return true;
}

void WebhookLoad::messageArrived(qint64 conversation, const QString &wamid)
{
    if (m_opt.replyRate > 0 && conversation > 0 && !m_knownConversations.contains(conversation)) {
        m_knownConversations.insert(conversation);
        m_conversations.append(conversation);
    }
    const auto it = m_sentAtNs.find(wamid);
    if (it == m_sentAtNs.end())
        return;
    m_eventMs.push_back(double(m_clock.nsecsElapsed() - it.value()) / 1e6);
    m_sentAtNs.erase(it);
    ++m_report.eventsSeen;
    if (finished() && m_loop)
        m_loop->quit();
}

bool WebhookLoad::finished() const
{
    const bool allAcked = m_done >= m_opt.total;
    const bool eventsDone =
        m_opt.streamToken.isEmpty() || m_sentAtNs.isEmpty() || m_measuringStreamLost;
    // A reply the relay could not get to Meta is reported as such, not waited for forever.
    const bool replyWaitOver =
        m_measuringStreamLost || (allAcked && m_clock.nsecsElapsed() - m_lastAckNs > kReplyWaitNs);
    const bool repliesDone = m_repliesInFlight == 0 && (m_replySentAtNs.isEmpty() || replyWaitOver);
    return allAcked && eventsDone && repliesDone;
}

void WebhookLoad::startConnection(Connection *c)
{
    connect(&c->socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
    connect(&c->socket, &QTcpSocket::errorOccurred, this, [this, c](QAbstractSocket::SocketError) {
        if (c->busy) {
            c->busy = false;
            ++m_report.errors;
            ++m_done;
        }
        if (finished() && m_loop)
            m_loop->quit();
    });
    c->socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    c->socket.connectToHost(c->target.host(), quint16(c->target.port(80)));
}

void WebhookLoad::sendNext(Connection *c)
{
    if (c->busy || m_next >= m_opt.total)
        return;
    if (m_opt.rate > 0) {
        const double due = double(m_next) / m_opt.rate * 1e9;
        if (double(m_clock.nsecsElapsed()) < due)
            return; // the pacer calls pump() again
    }
    const int index = m_next++;
    QString wamid;
    const QByteArray body = buildBody(index, &wamid);
    QByteArray request =
        "POST " + m_opt.path.toLatin1() + " HTTP/1.1\r\nHost: " + c->target.host().toLatin1() +
        "\r\nContent-Type: application/json\r\nX-Hub-Signature-256: " +
        whatsapp::signatureHeader(body, m_opt.appSecret) +
        "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    c->busy = true;
    c->sentAtNs = m_clock.nsecsElapsed();
    if (!m_opt.streamToken.isEmpty())
        m_sentAtNs.insert(wamid, c->sentAtNs);
    c->socket.write(request);
    ++m_report.sent;
}

void WebhookLoad::onReadyRead(Connection *c)
{
    c->buffer += c->socket.readAll();
    for (;;) {
        const qsizetype headerEnd = c->buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = c->buffer.left(headerEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (c->buffer.size() < headerEnd + 4 + length)
            return;
        const int status = head.mid(9, 3).toInt();
        c->buffer.remove(0, headerEnd + 4 + length);
        c->busy = false;
        ++m_done;
        m_lastAckNs = m_clock.nsecsElapsed();
        m_ackMs.push_back(double(m_lastAckNs - c->sentAtNs) / 1e6);
        if (status == 200)
            ++m_report.accepted;
        else
            ++m_report.errors;
        if (finished()) {
            if (m_loop)
                m_loop->quit();
            return;
        }
        sendNext(c);
    }
}

void WebhookLoad::replyReachedMeta(qint64 postedAtNs, qint64 reachedAtNs)
{
    m_replySentMs.push_back(double(reachedAtNs - postedAtNs) / 1e6);
    ++m_report.repliesDelivered;
    if (finished() && m_loop)
        m_loop->quit();
}

void WebhookLoad::sendReplies()
{
    // Paced like the webhooks, and only while they are being sent: the load is the mix.
    if (m_opt.replyRate <= 0 || m_conversations.isEmpty() || m_done >= m_opt.total)
        return;
    const int due = int(double(m_clock.nsecsElapsed()) / 1e9 * m_opt.replyRate);
    while (m_repliesDue < due) {
        const int n = m_repliesDue++;
        const qint64 conversation = m_conversations.at(n % m_conversations.size());
        QUrl url = m_opt.relays.at(n % m_opt.relays.size());
        url.setPath(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(conversation));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_opt.streamToken.toUtf8());
        const QByteArray body =
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("client_id"),
                     QStringLiteral("load-%1-%2").arg(m_clock.msecsSinceReference()).arg(n)},
                    {QStringLiteral("text"),
                     QStringLiteral("El técnico llega entre 2 y 4 pm (%1).").arg(n)}})
                .toJson(QJsonDocument::Compact);
        const qint64 postedAt = m_clock.nsecsElapsed();
        QNetworkReply *reply = m_rest->post(request, body);
        ++m_report.repliesSent;
        ++m_repliesInFlight;
        connect(reply, &QNetworkReply::finished, this, [this, reply, postedAt] {
            reply->deleteLater();
            --m_repliesInFlight;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 202) {
                ++m_report.replyErrors;
            } else {
                ++m_report.repliesAccepted;
                m_replyAckMs.push_back(double(m_clock.nsecsElapsed() - postedAt) / 1e6);
                const qint64 id = QJsonDocument::fromJson(reply->readAll())
                                      .object()[QStringLiteral("message")][QStringLiteral("id")]
                                      .toInteger();
                if (m_replyReachedMetaNs.contains(id))
                    replyReachedMeta(postedAt, m_replyReachedMetaNs.take(id));
                else if (id > 0)
                    m_replySentAtNs.insert(id, postedAt);
            }
            if (finished() && m_loop)
                m_loop->quit();
        });
    }
}

void WebhookLoad::pump()
{
    sendReplies();
    if (m_done >= m_opt.total && finished() && m_loop)
        m_loop->quit();
    for (auto &c : m_connections) {
        if (c->socket.state() == QAbstractSocket::ConnectedState)
            sendNext(c.get());
    }
}

LoadReport WebhookLoad::run(int timeoutMs)
{
    openStreams();
    m_clock.start();
    for (int i = 0; i < m_opt.connections; ++i) {
        auto c = std::make_unique<Connection>();
        c->target = m_opt.relays.at(i % m_opt.relays.size());
        Connection *raw = c.get();
        connect(&raw->socket, &QTcpSocket::connected, this, [this, raw] { sendNext(raw); });
        m_connections.push_back(std::move(c));
        startConnection(raw);
    }
    QNetworkAccessManager rest;
    m_rest = &rest;
    QEventLoop loop;
    m_loop = &loop;
    QTimer pacer;
    m_pacer = &pacer;
    connect(&pacer, &QTimer::timeout, this, &WebhookLoad::pump);
    pacer.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!finished())
        loop.exec();
    m_loop = nullptr;
    m_report.seconds = double(m_clock.nsecsElapsed()) / 1e9;
    // Throughput counts acknowledged webhooks over the time until the last acknowledgement.
    m_report.webhooksPerSecond = m_report.accepted / qMax(1e-9, double(m_lastAckNs) / 1e9);
    m_report.messagesPerSecond = m_report.webhooksPerSecond * m_opt.messagesPerWebhook;
    m_report.ackP50Ms = percentile(m_ackMs, 50);
    m_report.ackP99Ms = percentile(m_ackMs, 99);
    m_report.eventP50Ms = percentile(m_eventMs, 50);
    m_report.eventP99Ms = percentile(m_eventMs, 99);
    m_report.replyAckP50Ms = percentile(m_replyAckMs, 50);
    m_report.replyAckP99Ms = percentile(m_replyAckMs, 99);
    m_report.replySentP50Ms = percentile(m_replySentMs, 50);
    m_report.replySentP99Ms = percentile(m_replySentMs, 99);
    m_rest = nullptr;
    for (auto &c : m_connections)
        c->socket.abort();
    for (auto &s : m_streams) {
        s->disconnect(this); // our own abort is not a lost stream
        s->abort();
    }
    return m_report;
}

} // namespace recado::loadgen
