// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace recado::domain {

//! One entry of the relay's event log. `seq` increases by exactly one per event, so a client
//! that applied up to N asks for everything after N and misses nothing.
//! Types: conversation.updated, message.new, message.updated, template.updated,
//! account.updated, draft.new, draft.updated, request.updated, relay.alert.
struct Event
{
    qint64 seq = 0;
    QString type;
    qint64 conversationId = 0;
    QJsonObject payload;
    QDateTime createdAt;
    //! `payload` as compact JSON when the relay already has it (it wrote or read the log row),
    //! so the stream does not serialise every event a second time. Empty: not known. The ingest
    //! writes only this form for inbound `message.new` (its busiest event), so there `payload`
    //! is empty: code on the relay that reads `payload` of ingest events must not need those.
    QByteArray payloadJson;
};

} // namespace recado::domain
