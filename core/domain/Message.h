// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace recado::domain {

enum class Direction { Inbound, Outbound };

//! Delivery states of a message, in the order they may advance. A status only ever moves
//! forward (a late `delivered` never overwrites `read`); `Failed` is terminal except that a
//! retried message starts again at `Queued`.
enum class DeliveryStatus {
    Pending = 0,
    Queued = 1,
    Sent = 2,
    Delivered = 3,
    Read = 4,
    Failed = 5
};

QString toString(Direction d);
Direction directionFromString(const QString &s);
QString toString(DeliveryStatus s);
DeliveryStatus deliveryStatusFromString(const QString &s);
//! True when moving from `current` to `next` is a forward step that should be applied.
bool isStatusAdvance(DeliveryStatus current, DeliveryStatus next);

//! One WhatsApp message, inbound or outbound. `kind` is Meta's message type (`text`, `image`,
//! `interactive`, `reaction`, ... or `unsupported`); `content` keeps the kind's own object as
//! Meta sent it (inbound) or as we will send it (outbound), so no field is ever lost.
struct Message
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString wamid;    //!< Meta's id; empty until Graph accepted an outbound message
    QString clientId; //!< client-generated idempotency key (outbound only)
    Direction direction = Direction::Inbound;
    QString kind = QStringLiteral("text");
    QString text; //!< body for text, caption for media, a readable summary otherwise
    QJsonObject content;
    DeliveryStatus status = DeliveryStatus::Pending;
    QDateTime timestamp;
    QString replyToWamid; //!< context.id: the message this one quotes
    bool forwarded = false;
    QString author; //!< agent user name for outbound messages; empty for the customer
    int errorCode = 0;
    QString errorTitle;
    QString errorDetails;
    //! Media kinds: the relay's copy of the file, `{"status":"pending|ready|failed", "mime_type",
    //! "size", "sha256", "filename", "url", "error", "attempts"}` (see docs/api.md).
    QJsonObject media;
    //! Current reactions to this message, one per side: `[{"from":"customer|business","emoji",
    //! "at", "wamid", "author"?}]`.
    QJsonArray reactions;
};

} // namespace recado::domain
