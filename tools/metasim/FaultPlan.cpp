// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/FaultPlan.h"

#include "tools/metasim/GraphError.h"

using namespace Qt::StringLiterals;

namespace recado::metasim {

void FaultPlan::add(const Fault &fault)
{
    if (fault.count > 0)
        m_faults.append(fault);
}

int FaultPlan::remaining() const
{
    int n = 0;
    for (const Fault &f : m_faults)
        n += f.count;
    return n;
}

std::optional<Fault> FaultPlan::take(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        const bool pathMatches = f.path.isEmpty() || f.path == "*"_L1 || path.contains(f.path);
        const bool methodMatches =
            f.method.isEmpty() || f.method.compare(method, Qt::CaseInsensitive) == 0;
        if (!pathMatches || !methodMatches)
            continue;
        const Fault used = f;
        if (--f.count <= 0)
            m_faults.removeAt(i);
        return used;
    }
    return std::nullopt;
}

HttpResponse FaultPlan::responseFor(const Fault &fault)
{
    int code = fault.metaCode;
    int status = fault.httpStatus;
    if (code == 0) {
        if (status == 429)
            code = 130429;
        else if (status == 401)
            code = 190;
        else if (status == 403)
            code = 10;
        else if (status >= 500)
            code = status == 503 ? 2 : 131000;
        else
            code = 1;
    }
    if (status <= 0)
        status = GraphError::httpStatus(code);
    HttpResponse r = GraphError::response(code, fault.details, fault.subcode, status);
    if (status == 429 || code == 130429 || code == 4 || code == 80007)
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    return r;
}

Fault FaultPlan::fromJson(const QJsonObject &o)
{
    Fault f;
    f.path = o.value("path"_L1).toString();
    f.method = o.value("method"_L1).toString().toUpper().toLatin1();
    f.count = o.value("count"_L1).toInt(1);
    f.metaCode = o.value("code"_L1).toInt(0);
    f.httpStatus = o.value("http_status"_L1).toInt(f.metaCode ? 0 : 500);
    f.subcode = o.value("subcode"_L1).toInt(0);
    f.details = o.value("details"_L1).toString();
    f.delayMs = o.value("delay_ms"_L1).toInt(0);
    return f;
}

QJsonObject FaultPlan::toJson(const Fault &fault)
{
    return {{u"path"_s, fault.path},       {u"method"_s, QString::fromLatin1(fault.method)},
            {u"count"_s, fault.count},     {u"http_status"_s, fault.httpStatus},
            {u"code"_s, fault.metaCode},   {u"subcode"_s, fault.subcode},
            {u"details"_s, fault.details}, {u"delay_ms"_s, fault.delayMs}};
}

} // namespace recado::metasim
