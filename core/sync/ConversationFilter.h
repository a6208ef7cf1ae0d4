// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Conversation.h"

#include <QString>

#include <optional>

namespace recado::sync {

//! What the conversation list shows: a status, whose conversations, and a text search over
//! customer name, phone and last-message preview. Applied in SQL by ConversationTable, so the
//! list never loads rows it will not show.
struct ConversationFilter
{
    enum class Assignee { All, Mine, Unassigned };

    std::optional<domain::ConversationStatus> status = domain::ConversationStatus::Active;
    Assignee assignee = Assignee::All;
    QString text;
    QString me; //!< the signed-in user's name, for Assignee::Mine

    bool matches(const domain::Conversation &c) const;
    //! The case-folded text the search looks in; stored by ConversationTable so that SQL and
    //! matches() agree, including for non-ASCII names.
    static QString searchText(const domain::Conversation &c);
    QString foldedText() const { return text.trimmed().toCaseFolded(); }
    bool operator==(const ConversationFilter &) const = default;
};

//! Position of a conversation in the list: newest activity first, ties by id.
struct ConversationKey
{
    qint64 lastMessageAtMs = 0;
    qint64 id = 0;
    //! True when `*this` sorts before `other` (is newer).
    bool before(const ConversationKey &other) const
    {
        return lastMessageAtMs != other.lastMessageAtMs ? lastMessageAtMs > other.lastMessageAtMs
                                                        : id > other.id;
    }
    static ConversationKey of(const domain::Conversation &c)
    {
        return {c.lastMessageAt.isValid() ? c.lastMessageAt.toMSecsSinceEpoch() : 0, c.id};
    }
};

} // namespace recado::sync
