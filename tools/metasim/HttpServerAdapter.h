// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/metasim/HttpExchange.h"

#include <QObject>

#include <functional>
#include <memory>

namespace recado::metasim {

//! The only place that touches QtHttpServer (a Technical Preview whose API changes in Qt 6.8).
//! Every request goes to one handler; the simulator routes by itself, so path quirks of the
//! 6.4 router (int overflow, no trailing slashes, no 405) never reach Meta's URL scheme.
class HttpServerAdapter : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServerAdapter(QObject *parent = nullptr);
    ~HttpServerAdapter() override;

    void setHandler(Handler handler);
    //! Starts listening; returns the bound port (useful with port 0) or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);
    //! Stops listening and drops open connections.
    void close();
    bool isListening() const;

private:
    class Server;
    void start();

    Handler m_handler;
    std::unique_ptr<Server> m_server;
};

} // namespace recado::metasim
