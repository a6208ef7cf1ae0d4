// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Message.h"

namespace recado::domain {

QString toString(Direction d)
{
    return d == Direction::Inbound ? QStringLiteral("in") : QStringLiteral("out");
}

Direction directionFromString(const QString &s)
{
    return s == QLatin1String("out") ? Direction::Outbound : Direction::Inbound;
}

QString toString(DeliveryStatus s)
{
    switch (s) {
    case DeliveryStatus::Pending:
        return QStringLiteral("pending");
    case DeliveryStatus::Queued:
        return QStringLiteral("queued");
    case DeliveryStatus::Sent:
        return QStringLiteral("sent");
    case DeliveryStatus::Delivered:
        return QStringLiteral("delivered");
    case DeliveryStatus::Read:
        return QStringLiteral("read");
    case DeliveryStatus::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

DeliveryStatus deliveryStatusFromString(const QString &s)
{
    if (s == QLatin1String("queued"))
        return DeliveryStatus::Queued;
    if (s == QLatin1String("sent"))
        return DeliveryStatus::Sent;
    if (s == QLatin1String("delivered"))
        return DeliveryStatus::Delivered;
    if (s == QLatin1String("read") || s == QLatin1String("played"))
        return DeliveryStatus::Read;
    if (s == QLatin1String("failed"))
        return DeliveryStatus::Failed;
    return DeliveryStatus::Pending;
}

bool isStatusAdvance(DeliveryStatus current, DeliveryStatus next)
{
    // `failed` may arrive after `sent` (Meta reports asynchronous failures) but never overrides a
    // message the customer already received or read.
    if (next == DeliveryStatus::Failed)
        return current < DeliveryStatus::Delivered;
    if (current == DeliveryStatus::Failed)
        return false;
    return static_cast<int>(next) > static_cast<int>(current);
}

} // namespace recado::domain
