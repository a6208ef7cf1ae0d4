// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace recado::domain {

//! Active: needs attention. Archived: resolved, reopens by itself when the customer writes.
//! Closed: finished for good; the customer's next message starts a new conversation.
enum class ConversationStatus { Active, Archived, Closed };

QString toString(ConversationStatus s);
//! Returns false in `ok` for an unknown word.
ConversationStatus conversationStatusFromString(const QString &s, bool *ok = nullptr);

struct Conversation
{
    qint64 id = 0;
    qint64 contactId = 0;
    QString customerName;
    QString phone; //!< E.164, may be empty when Meta withholds it (BSUID-only users)
    QString waId;
    QString userId; //!< business-scoped user id (BSUID), when Meta sends one
    ConversationStatus status = ConversationStatus::Active;
    QString assignee; //!< agent user name; empty when unassigned
    QString serviceRequestId;
    int unreadCount = 0;
    QString lastPreview;
    QDateTime lastMessageAt;
    QDateTime lastInboundAt; //!< opens the 24-hour customer-service window
    QString language;        //!< customer's language guess (es, pt_BR, en)
    qint64 seq = 0;          //!< event sequence number of the last change
};

} // namespace recado::domain
