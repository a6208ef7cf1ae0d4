// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the relay's AI-draft JSON (docs/api.md, "AI drafts") into the client's value types.
// The relay writes these shapes in relay/drafts/review; the field names are the contract.

#include "core/domain/Draft.h"
#include "core/domain/DraftFigures.h"

#include <QJsonObject>

namespace recado::protocol {

domain::Draft draftFromJson(const QJsonObject &o);
domain::DraftDecision draftDecisionFromJson(const QJsonObject &o);
domain::DraftCounts draftCountsFromJson(const QJsonObject &o);
domain::DraftFigures draftFiguresFromJson(const QJsonObject &o);

} // namespace recado::protocol
