// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Message.h"

#include <QList>
#include <optional>

namespace recado::relay {

class Database;

//! Messages of all conversations. Writes run inside the caller's transaction.
class MessageStore
{
public:
    explicit MessageStore(Database &db)
        : m_db(db)
    {}

    //! Inserts an inbound message; returns its id, or 0 when this wamid is already stored
    //! (Meta redelivered it) or on error (`*failed` tells which).
    //! `contentJson` is `m.content` serialised (compact), as the caller also streams it.
    qint64 insertInbound(const domain::Message &m, const QByteArray &contentJson, bool *failed);
    //! Inserts an outbound message with its client id; returns the new id (0 on error).
    qint64 insertOutbound(const domain::Message &m);

    std::optional<domain::Message> get(qint64 id);
    std::optional<domain::Message> byClientId(const QString &clientId);
    std::optional<domain::Message> byWamid(const QString &wamid);
    //! Whether a message with this wamid is stored (a redelivery probe: reads no row).
    bool hasWamid(const QString &wamid);
    //! Newest inbound message's wamid in a conversation (for read receipts).
    QString newestInboundWamid(qint64 conversationId);
    //! Up to `limit` messages older than `beforeId` (0 = newest), returned oldest first.
    QList<domain::Message> page(qint64 conversationId, qint64 beforeId, int limit, bool *hasMore);

    //! Applies a delivery status if it moves the message forward. Returns the updated message
    //! or nullopt when nothing changed (stale or duplicate status, unknown wamid).
    std::optional<domain::Message> applyStatus(qint64 id, domain::DeliveryStatus status,
                                               int errorCode, const QString &errorTitle,
                                               const QString &errorDetails);
    bool setWamid(qint64 id, const QString &wamid);
    bool setStatusForced(qint64 id, domain::DeliveryStatus status);

    //! A status whose wamid is unknown yet, kept until the send response stores the wamid.
    bool keepOrphanStatus(const QString &wamid, domain::DeliveryStatus status, qint64 ts,
                          int errorCode, const QString &errorTitle, const QString &errorDetails);
    struct OrphanStatus
    {
        domain::DeliveryStatus status;
        int errorCode;
        QString errorTitle;
        QString errorDetails;
    };
    QList<OrphanStatus> takeOrphanStatuses(const QString &wamid);

private:
    Database &m_db;
};

} // namespace recado::relay
