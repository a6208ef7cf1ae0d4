// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Conversation.h"

#include <QList>
#include <optional>

namespace recado::relay {

class Database;

struct ContactInfo
{
    QString waId;
    QString userId;
    QString phone; //!< E.164
    QString name;
};

struct ConversationFilter
{
    QString status;   //!< active|archived|closed|all (empty = all)
    QString assignee; //!< a username, "unassigned", or empty for all
    QString search;
    int limit = 50;
    qint64 cursorTime = 0; //!< exclusive keyset cursor: (last_message_at, id) below this
    qint64 cursorId = 0;
};

//! Contacts and conversations. Methods that write must run inside the caller's transaction.
class ConversationStore
{
public:
    explicit ConversationStore(Database &db)
        : m_db(db)
    {}

    //! Finds the contact by wa_id or business-scoped user id, creating or refreshing it;
    //! `stored`, when given, receives the contact as the row now holds it.
    qint64 upsertContact(const ContactInfo &info, qint64 now, ContactInfo *stored = nullptr);
    //! The conversation an inbound message belongs to: the open one (an archived one reopens),
    //! or a new active conversation when there is none or the last one was closed.
    //! `reopened`/`created` tell the caller what happened.
    qint64 conversationForInbound(qint64 contactId, qint64 now, bool *created, bool *reopened);
    //! The conversation a business-initiated message to this contact goes to (no reopening).
    qint64 conversationForOutbound(qint64 contactId, qint64 now);

    std::optional<domain::Conversation> get(qint64 id);
    QList<domain::Conversation> list(const ConversationFilter &filter);
    std::optional<ContactInfo> contactOf(qint64 conversationId);

    //! Counts an inbound message (unread, preview, window) and stamps the event `seq` it produced.
    //! Returns the conversation as updated; `contact` is its contact as stored (upsertContact).
    std::optional<domain::Conversation> recordInbound(qint64 id, const QString &preview,
                                                      qint64 messageTime, const QString &language,
                                                      qint64 seq, const ContactInfo &contact);
    bool recordOutbound(qint64 id, const QString &preview, qint64 messageTime);
    bool setAssignee(qint64 id, const QString &assignee);
    bool setServiceRequest(qint64 id, const QString &requestId);
    bool setStatus(qint64 id, domain::ConversationStatus status);
    bool markRead(qint64 id);
    bool setSeq(qint64 id, qint64 seq);
    qint64 totalCount();

private:
    Database &m_db;
};

} // namespace recado::relay
