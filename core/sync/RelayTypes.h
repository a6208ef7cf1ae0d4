// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Typed answers of the relay's REST routes (docs/api.md), as RelayApi hands them out.

#include "core/domain/Agent.h"
#include "core/domain/Conversation.h"
#include "core/domain/Event.h"
#include "core/domain/Message.h"
#include "core/domain/ServiceRequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace recado::sync {

struct SignInInfo
{
    QString token;
    QDateTime expiresAt;
    domain::Agent user;
};

struct ConversationPage
{
    QList<domain::Conversation> conversations;
    QString nextCursor; //!< empty on the last page
};

struct ConversationDetails
{
    domain::Conversation conversation;
    QJsonObject contact;
    std::optional<domain::ServiceRequest> serviceRequest;
    bool windowOpen = false;
    QDateTime windowClosesAt;
    qint64 windowSecondsLeft = 0;
};

struct MessagePage
{
    QList<domain::Message> messages; //!< oldest first
    bool hasMore = false;            //!< older messages exist before the first one
};

struct EventBatch
{
    QList<domain::Event> events;
    qint64 lastSeq = 0; //!< the relay's newest sequence number
    bool resync = false;
};

//! Filter of the relay's conversation listing.
struct ConversationQuery
{
    QString status = QStringLiteral("all");   //!< active | archived | closed | all
    QString assignee = QStringLiteral("all"); //!< me | unassigned | all | <username>
    QString text;
    int limit = 200;
    QString cursor;
};

} // namespace recado::sync
