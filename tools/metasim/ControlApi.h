// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/metasim/HttpExchange.h"

#include <QStringList>

namespace recado::metasim {

class MetaSimulator;

//! The `/_sim/` HTTP API for demos and out-of-process tests: the same operations as
//! MetaSimulator's C++ methods (customers send messages, faults, token expiry, inspection).
//! It has no authentication: bind the simulator to loopback (the default).
class ControlApi
{
public:
    explicit ControlApi(MetaSimulator &sim);

    HttpResponse handle(const HttpRequest &req);

private:
    HttpResponse customers(const HttpRequest &req, const QStringList &segments);
    HttpResponse faults(const HttpRequest &req);
    HttpResponse media(const HttpRequest &req, const QStringList &segments);
    HttpResponse templates(const HttpRequest &req, const QStringList &segments);
    HttpResponse inspect(const HttpRequest &req, const QString &what);

    MetaSimulator &m_sim;
};

} // namespace recado::metasim
