// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Message.h"

namespace recado::sync {

//! A message as the cache holds it: the domain message plus the cache's own row id, which also
//! identifies outbox messages that the relay has not numbered yet.
struct CachedMessage
{
    qint64 localId = 0;
    domain::Message message;
    QString quotedText; //!< text of the message this one replies to, when cached
    bool quotedOutbound = false;
    QString quotedKind; //!< kind of the quoted message ("image", ...), when cached
};

//! Position in a thread: by time, ties by local id.
struct MessageKey
{
    qint64 tsMs = 0;
    qint64 localId = 0;
};

} // namespace recado::sync
