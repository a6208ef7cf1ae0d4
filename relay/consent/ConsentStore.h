// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/whatsapp/consent/ConsentPolicy.h"
#include "core/whatsapp/consent/ConsentRecord.h"
#include "relay/store/ConversationStore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace recado::relay {

class Database;

//! One stored consent record with where it came from in the relay.
struct ConsentEntry
{
    qint64 id = 0;
    qint64 contactId = 0;
    qint64 conversationId = 0; //!< 0 when not tied to a conversation (imports)
    qint64 messageId = 0;      //!< the customer message that carried a keyword, if any
    whatsapp::ConsentRecord record;
    QDateTime createdAt; //!< when the relay stored it (`record.at` is when the customer acted)

    //! ConsentRecord::toJson() plus `id`, `contact_id`, `conversation_id`, `message_id`,
    //! `created_at` and `described` (e.g. "by sending "BAJA"").
    QJsonObject toJson() const;
};

//! A contact's consent ledger over `consent_events`. Append-only: nothing is updated or
//! deleted. Writes run inside the caller's transaction.
class ConsentStore
{
public:
    explicit ConsentStore(Database &db)
        : m_db(db)
    {}

    //! Appends a record; returns the stored entry (id 0 on failure or an invalid record).
    ConsentEntry append(qint64 contactId, qint64 conversationId, qint64 messageId,
                        const whatsapp::ConsentRecord &record, qint64 now);
    //! Oldest first (by the time the customer acted, then by insertion).
    QList<ConsentEntry> history(qint64 contactId);
    //! Every contact's records since `sinceMs` (inclusive), oldest first, for exports.
    QList<ConsentEntry> allSince(qint64 sinceMs, int limit);
    QList<whatsapp::ConsentRecord> records(qint64 contactId);
    //! The newest record's action and time (by the time the customer acted), or nullopt for an
    //! empty ledger.
    std::optional<whatsapp::ConsentRecord> latest(qint64 contactId);
    //! The customer's newest message time over all their conversations, under any contact with
    //! the same phone (invalid if never).
    QDateTime lastInboundAt(qint64 contactId);
    std::optional<ContactInfo> contact(qint64 contactId);
    bool contactExists(qint64 contactId);

    //! `{"state":"opted_in"|"opted_out"|"unknown","since","source","described",
    //! "templates":{"allowed","code","reason"},"marketing":{...}}`: the latest record and what
    //! ConsentPolicy decides for utility and marketing templates now.
    QJsonObject stateJson(qint64 contactId);

    //! What ConsentPolicy says about a business-initiated template of `category`.
    whatsapp::ConsentDecision decide(qint64 contactId, whatsapp::TemplateCategory category);

private:
    QList<ConsentEntry> entriesWhere(const QString &where, const QVariantList &binds);
    Database &m_db;
};

} // namespace recado::relay
