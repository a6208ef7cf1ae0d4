// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Event.h"
#include "core/domain/Message.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace recado::relay {

class Database;

//! Checks what an agent asks to send, kind by kind, before anything is queued: Meta's limits
//! (caption 1024, reply buttons 1-3 with titles of 20, list rows 10 with titles of 24, ...), the
//! upload a media message names, and the message a reply or a reaction points at. A refusal
//! names the field and the limit, so the agent (or the client) can fix it.
class OutboundContent
{
    Q_DECLARE_TR_FUNCTIONS(OutboundContent)

public:
    struct Problem
    {
        int status = 400;
        QString code;
        QString message;
    };

    //! Checks `content[kind]` alone (no database). Text and templates are checked elsewhere.
    static std::optional<Problem> validate(const QString &kind, const QJsonObject &content,
                                           const QString &replyTo);

    //! Checks against the store, inside the caller's transaction: an `upload_id` names an upload
    //! of this conversation that fits the kind (its filename fills a document's `filename`);
    //! `reply_to` and a reaction's `message_id` name messages of this conversation. Sets
    //! `m->media` for uploads.
    static std::optional<Problem> resolve(Database &db, qint64 conversationId, domain::Message *m);

    //! Right after the message row is inserted (m->id set), before its message.new event:
    //! completes `m->media` (its URL needs the id) and shows a reaction on its target.
    static bool afterInsert(Database &db, domain::Message *m, QList<domain::Event> *events);
};

} // namespace recado::relay
