// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recado::domain {

enum class Role { Agent = 0, Supervisor = 1, Admin = 2 };

QString toString(Role r);
Role roleFromString(const QString &s, bool *ok = nullptr);
//! Roles are ordered: an admin may do what a supervisor may, a supervisor what an agent may.
inline bool roleAtLeast(Role have, Role need)
{
    return static_cast<int>(have) >= static_cast<int>(need);
}

struct Agent
{
    QString username;
    QString displayName;
    Role role = Role::Agent;
};

} // namespace recado::domain
