// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/metasim/HttpExchange.h"
#include "tools/metasim/SimTypes.h"

#include <QList>

#include <optional>

namespace recado::metasim {

//! Faults queued by tests: the next N Graph calls that match answer an HTTP error, a Meta
//! error code, or late. Faults are used in the order they were added.
class FaultPlan
{
public:
    void add(const Fault &fault);
    void clear() { m_faults.clear(); }
    int remaining() const;

    //! Consumes one use of the first fault matching the request, if any.
    std::optional<Fault> take(const QByteArray &method, const QString &path);

    //! The response a fault produces (Meta's error object, with a code derived from the HTTP
    //! status when the fault names none).
    static HttpResponse responseFor(const Fault &fault);

    static Fault fromJson(const QJsonObject &o);
    static QJsonObject toJson(const Fault &fault);

private:
    QList<Fault> m_faults;
};

} // namespace recado::metasim
