// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The relay<->client wire format: one JSON shape per domain type, used by both ends so they
// can never drift apart. Field names are snake_case, times are ISO-8601 UTC with milliseconds.

#include "core/domain/Agent.h"
#include "core/domain/Conversation.h"
#include "core/domain/Event.h"
#include "core/domain/Message.h"
#include "core/domain/ServiceRequest.h"
#include "core/protocol/JsonWriter.h"

#include <QJsonObject>

namespace recado::protocol {

QString toIsoTime(const QDateTime &t);
QDateTime fromIsoTime(const QString &s);

//! The bytes are the canonical form (the relay stores and streams them); the object form is read
//! back from them.
void writeJson(JsonWriter &w, const domain::Message &m);
//! The same, with `m.content` already serialised (compact JSON) by the caller, who stores it
//! too: the relay's ingest serialises each message's content once for the row and the event.
void writeJson(JsonWriter &w, const domain::Message &m, const QByteArray &contentJson);
QJsonObject toJson(const domain::Message &m);
domain::Message messageFromJson(const QJsonObject &o);

void writeJson(JsonWriter &w, const domain::Conversation &c);
QJsonObject toJson(const domain::Conversation &c);
domain::Conversation conversationFromJson(const QJsonObject &o);

QJsonObject toJson(const domain::ServiceRequest &r);
domain::ServiceRequest serviceRequestFromJson(const QJsonObject &o);

QJsonObject toJson(const domain::Agent &a);
domain::Agent agentFromJson(const QJsonObject &o);

//! The payload is `payloadJson` when the event has it, else `payload`.
void writeJson(JsonWriter &w, const domain::Event &e);
QJsonObject toJson(const domain::Event &e);
domain::Event eventFromJson(const QJsonObject &o);

//! `{"error":{"code":..., "message":...}}`, the relay's one error shape.
QJsonObject errorJson(const QString &code, const QString &message);

} // namespace recado::protocol
