// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Message.h"

#include <QJsonObject>

namespace recado::whatsapp {

//! The body of `POST /{phone-number-id}/messages` for an outbound message. Text uses
//! `Message::text`; every other kind sends `content[kind]` as stored (media by id or link,
//! location, contacts, interactive, reaction, template). A quoted message adds `context`.
QJsonObject buildSendPayload(const QString &toWaId, const domain::Message &m);

//! The body that marks an inbound message (and those before it) as read.
QJsonObject buildReadReceipt(const QString &wamid);

} // namespace recado::whatsapp
