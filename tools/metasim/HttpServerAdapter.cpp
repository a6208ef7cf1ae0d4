// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/HttpServerAdapter.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace recado::metasim {

namespace {
QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "UNKNOWN";
    }
}

void writeResponse(QHttpServerResponder &responder, const HttpResponse &r)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(r.status));
    responder.writeHeader("Content-Type", r.contentType);
    for (const auto &h : r.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeHeader("Content-Length", QByteArray::number(r.body.size()));
    responder.writeBody(r.body);
}
} // namespace

// Subclassing the abstract server (rather than QHttpServer's router) hands us the socket, so a
// late answer (delay faults) can check that the client is still there before writing.
class HttpServerAdapter::Server : public QAbstractHttpServer
{
public:
    explicit Server(const HttpServerAdapter::Handler &handler)
        : m_handler(handler)
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        HttpRequest req;
        req.method = methodName(request.method());
        req.path = request.url().path(QUrl::FullyDecoded);
        req.query = request.query();
        req.headers = request.headers();
        req.body = request.body();
        req.peer = request.remoteAddress();
        const HttpResponse resp =
            m_handler ? m_handler(req) : HttpResponse::bytes("no handler\n", "text/plain", 503);
        QHttpServerResponder responder = makeResponder(request, socket);
        if (resp.delayMs <= 0) {
            writeResponse(responder, resp);
            return true;
        }
        auto later = std::make_shared<QHttpServerResponder>(std::move(responder));
        QPointer<QTcpSocket> alive(socket);
        QTimer::singleShot(resp.delayMs, this, [later, alive, resp] {
            if (alive && alive->state() == QAbstractSocket::ConnectedState)
                writeResponse(*later, resp);
        });
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    const HttpServerAdapter::Handler &m_handler;
};

HttpServerAdapter::HttpServerAdapter(QObject *parent)
    : QObject(parent)
{}

HttpServerAdapter::~HttpServerAdapter() = default;

void HttpServerAdapter::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void HttpServerAdapter::start()
{
    m_server = std::make_unique<Server>(m_handler);
}

quint16 HttpServerAdapter::listen(const QHostAddress &address, quint16 port)
{
    start();
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0)
        m_server.reset();
    return bound;
}

void HttpServerAdapter::close()
{
    m_server.reset();
}

bool HttpServerAdapter::isListening() const
{
    return m_server != nullptr;
}

} // namespace recado::metasim
