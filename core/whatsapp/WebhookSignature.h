// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace recado::whatsapp {

//! `sha256=<hex>` for `body` keyed with the app secret, as Meta puts in X-Hub-Signature-256.
QByteArray signatureHeader(const QByteArray &body, const QByteArray &appSecret);

//! Checks an X-Hub-Signature-256 header against the raw body in constant time.
bool verifySignature(const QByteArray &body, const QByteArray &header, const QByteArray &appSecret);

//! Compares two byte strings in time that depends only on their lengths.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace recado::whatsapp
