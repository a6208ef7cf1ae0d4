// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Agent.h"

namespace recado::domain {

QString toString(Role r)
{
    switch (r) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("agent");
}

Role roleFromString(const QString &s, bool *ok)
{
    if (ok)
        *ok = true;
    if (s == QLatin1String("agent"))
        return Role::Agent;
    if (s == QLatin1String("supervisor"))
        return Role::Supervisor;
    if (s == QLatin1String("admin"))
        return Role::Admin;
    if (ok)
        *ok = false;
    return Role::Agent;
}

} // namespace recado::domain
