// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Event.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace recado::relay {

class Database;

//! Keeps the `reactions` summary on the message a reaction points at: the current emoji of
//! each side ("customer", "business"), so a client shows it under the bubble. A reaction with
//! an empty emoji removes that side's reaction; a reaction older than the one shown (Meta may
//! deliver them out of order) changes nothing.
class Reactions
{
public:
    struct Reaction
    {
        QString targetWamid;
        QString from;  //!< "customer" or "business"
        QString emoji; //!< empty: removed
        QDateTime at;
        QString wamid;  //!< the reaction message's own id, when known
        QString author; //!< agent user name for the business side
    };

    //! Applies inside the caller's transaction and appends message.updated for the target.
    //! Returns false on a storage error; an unknown target is not an error (nothing to show).
    static bool apply(Database &db, const Reaction &reaction, QList<domain::Event> *events);
};

} // namespace recado::relay
