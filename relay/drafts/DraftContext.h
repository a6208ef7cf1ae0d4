// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Message.h"
#include "core/domain/ServiceRequest.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace recado::relay::drafts {

//! What the relay knows about the customer behind a conversation.
struct CustomerRecord
{
    QString name;  //!< as the customer or an agent recorded it; may be empty
    QString phone; //!< E.164
};

//! Everything a drafter may use to draft a reply to one inbound message. Nothing else is a
//! source of facts: a draft states no price, date, name or status that is not in here or in the
//! knowledge base.
struct DraftContext
{
    QString text;                          //!< message body, or a media caption
    QString kind = QStringLiteral("text"); //!< Meta's message type (text, image, audio, ...)
    QString langHint;                      //!< "es", "pt" or "en" if the conversation has one
    QList<domain::Message> history;        //!< recent messages, oldest first, without this one
    std::optional<domain::ServiceRequest> serviceRequest; //!< the linked request, if any
    CustomerRecord customer;
    QDateTime now; //!< reference time for "mañana"/"amanhã"; invalid = current time
    qint64 conversationId = 0;

    QDateTime referenceTime() const { return now.isValid() ? now : QDateTime::currentDateTime(); }
};

} // namespace recado::relay::drafts
