// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/http/HttpExchange.h"

#include <functional>
#include <vector>

namespace recado::relay {

//! Method + path-pattern routing. Patterns are literal segments and `:name` placeholders
//! (`/api/whatsapp/conversations/:id/messages`). A path that matches with another method gets
//! 405, an unknown path 404, both as JSON errors.
class Router
{
public:
    using Handler = std::function<void(const HttpExchangePtr &)>;

    void add(const QString &method, const QString &pattern, Handler handler);
    //! Runs before every matched request (the relay gives each request a fresh read snapshot).
    void setBeforeEach(std::function<void()> hook) { m_beforeEach = std::move(hook); }
    void dispatch(const HttpExchangePtr &exchange) const;

private:
    struct Route
    {
        QString method;
        QStringList segments;
        Handler handler;
    };
    std::vector<Route> m_routes;
    std::function<void()> m_beforeEach;
};

} // namespace recado::relay
