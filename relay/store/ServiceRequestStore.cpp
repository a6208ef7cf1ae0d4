// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/store/ServiceRequestStore.h"

#include "relay/store/Database.h"

#include <QDateTime>
#include <QRegularExpression>

namespace recado::relay {

using domain::ServiceRequest;

namespace {
const QString kSelect = QStringLiteral("SELECT id, service_type, customer_name, contact_phone, "
                                       "contact_email, address, requested_date, status, "
                                       "vendor, technician, created_at FROM service_requests ");

ServiceRequest readRequest(Statement &q)
{
    ServiceRequest r;
    r.id = q.value(0).toString();
    r.serviceType = q.value(1).toString();
    r.customerName = q.value(2).toString();
    r.contactPhone = q.value(3).toString();
    r.contactEmail = q.value(4).toString();
    r.address = q.value(5).toString();
    r.requestedDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    r.status = q.value(7).toString();
    r.vendor = q.value(8).toString();
    r.technician = q.value(9).toString();
    r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    return r;
}
} // namespace

QString ServiceRequestStore::create(ServiceRequest r, QString *error)
{
    if (r.id.isEmpty()) {
        Statement &n = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM service_requests"));
        qint64 next = 1000;
        if (execOrError(n) && n.next())
            next += n.value(0).toLongLong() + 1;
        n.finish();
        r.id = QStringLiteral("SR-%1").arg(next);
    }
    Statement &q =
        m_db.prepared(QStringLiteral("INSERT INTO service_requests (id, service_type, "
                                     "customer_name, contact_phone, contact_email, address, "
                                     "requested_date, status, vendor, technician, created_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.id);
    q.addBindValue(notNull(r.serviceType));
    q.addBindValue(notNull(r.customerName));
    q.addBindValue(notNull(r.contactPhone));
    q.addBindValue(notNull(r.contactEmail));
    q.addBindValue(notNull(r.address));
    q.addBindValue(
        notNull(r.requestedDate.isValid() ? r.requestedDate.toString(Qt::ISODate) : QString()));
    q.addBindValue(r.status.isEmpty() ? QStringLiteral("open") : r.status);
    q.addBindValue(notNull(r.vendor));
    q.addBindValue(notNull(r.technician));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!execOrError(q, error))
        return {};
    return r.id;
}

std::optional<ServiceRequest> ServiceRequestStore::get(const QString &id)
{
    Statement &q = m_db.prepared(kSelect + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!execOrError(q) || !q.next())
        return std::nullopt;
    ServiceRequest r = readRequest(q);
    q.finish();
    return r;
}

QList<ServiceRequest> ServiceRequestStore::search(const QString &text, int limit)
{
    const QString t = text.trimmed().toLower();
    QString digits = t;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    Statement &q = m_db.prepared(
        kSelect + QStringLiteral("WHERE ? = '' OR LOWER(id) LIKE ? OR LOWER(customer_name) LIKE ? "
                                 "OR (? <> '' AND contact_phone LIKE ?) "
                                 "ORDER BY created_at DESC LIMIT ?"));
    const QString like = QLatin1Char('%') + t + QLatin1Char('%');
    q.addBindValue(notNull(t));
    q.addBindValue(like);
    q.addBindValue(like);
    q.addBindValue(notNull(digits));
    q.addBindValue(QLatin1Char('%') + digits + QLatin1Char('%'));
    q.addBindValue(limit);
    QList<ServiceRequest> out;
    if (!execOrError(q))
        return out;
    while (q.next())
        out.append(readRequest(q));
    q.finish();
    return out;
}

} // namespace recado::relay
