// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain value types the simulator records and exposes to tests: what the relay sent, what it
// marked as read, what it uploaded, and the faults a test asked for.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace recado::metasim {

//! One accepted `POST /{ver}/{phone_number_id}/messages` call (read receipts are separate).
struct SentMessage
{
    QString wamid;
    QString to;       //!< `to` as the relay sent it
    QString waId;     //!< normalised recipient (digits only)
    QString type;     //!< text, image, template, reaction, ...
    QJsonObject body; //!< the full request body
    QDateTime receivedAt;
    //! "accepted" while statuses are pending, then the last status posted: sent, delivered,
    //! read or failed.
    QString lastStatus = QStringLiteral("accepted");
    int failureCode = 0; //!< Meta error code of a `failed` status (131047, 131026, 131053...)
};

//! `{"messaging_product":"whatsapp","status":"read","message_id":...}` calls.
struct ReadReceipt
{
    QString wamid;
    QDateTime receivedAt;
    bool typingIndicator = false; //!< the call also asked for a typing indicator
};

//! What a test can make the Graph side answer instead of the real handler.
struct Fault
{
    //! Matched against the request path: empty or "*" matches every path, otherwise the path
    //! must contain this text (e.g. "/messages", "/media", "/message_templates").
    QString path;
    QByteArray method; //!< "GET", "POST"... empty for any
    int count = 1;     //!< how many matching calls fail before the fault is used up
    int httpStatus = 500;
    int metaCode = 0; //!< 0: derived from httpStatus (5xx -> 2, 429 -> 130429, 401 -> 190)
    int subcode = 0;
    QString details; //!< error_data.details; a default text when empty
    int delayMs = 0; //!< answer this late (a slow Meta); with httpStatus 0 answer normally, late
};

//! Faults on one media object, for the relay's download path.
enum class MediaFault {
    None,
    CorruptBytes, //!< `/_media/` serves bytes that no longer match sha256/file_size
    WrongSha256,  //!< the metadata advertises a sha256 that the bytes do not have
    ServerError,  //!< the next `count` downloads answer 500, then the real bytes
    Expired,      //!< the media id is gone: lookup answers Meta's error 100 / subcode 33
};

//! A customer the simulator plays, with the state Meta keeps about them.
struct Customer
{
    QString waId;
    QString name;
    QString userId;            //!< business-scoped user id (BSUID) put in contacts[].user_id
    QDateTime lastInbound;     //!< opens the 24-hour window; invalid = never wrote
    bool reachable = true;     //!< false: sends fail with 131026 (not on WhatsApp / blocked)
    bool readsMessages = true; //!< false: statuses stop at delivered (read receipts off)
};

//! One signed webhook the simulator posted (or keeps trying to post).
struct WebhookRecord
{
    int id = 0;
    QByteArray body;
    QString field; //!< messages, message_template_status_update, ...
    int attempts = 0;
    int lastHttpStatus = 0; //!< 0: no answer yet or no connection
    bool delivered = false;
    bool abandoned = false;
    QDateTime createdAt;
};

} // namespace recado::metasim
