// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace recado::relay::review {

//! Where a stored draft stands. Pending is the only state a human can act on; every other
//! state is final (a supervisor's "wrong" mark on an auto-sent draft is a flag, not a state).
enum class DraftStatus {
    Pending,    //!< waiting for an agent
    Approved,   //!< sent as drafted by an agent
    Edited,     //!< an agent changed the text, then sent it
    Rejected,   //!< an agent refused it, with a reason
    AutoSent,   //!< sent without a human under the auto-send policy
    Superseded, //!< a newer customer message replaced it before anyone acted
};

QString toString(DraftStatus status);
std::optional<DraftStatus> draftStatusFromString(const QString &name);
QStringList draftStatusNames();

//! The reasons an agent can give for rejecting a draft (the client shows them as a short list).
QStringList rejectReasons();

} // namespace recado::relay::review
