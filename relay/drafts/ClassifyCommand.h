// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ServiceRequest.h"
#include "relay/drafts/DraftContext.h"
#include "relay/drafts/ModelConfig.h"

#include <QDateTime>
#include <QString>
#include <QTextStream>

#include <optional>

namespace recado::relay::drafts {

struct ClassifyOptions
{
    QString kbDir; //!< knowledge-base folder; empty = the compiled-in sample (:/kb)
    QDateTime now; //!< reference time for relative dates; invalid = current time
    std::optional<domain::ServiceRequest> serviceRequest; //!< pretend every message is linked to it
    CustomerRecord customer;
    std::optional<ModelConfig> model; //!< draft with a model (falls back to builtin on failure)
    bool includeSourceText = false;   //!< add each source's text to the output
};

//! `recado-relay classify`: reads JSON lines `{"text": "...", "lang"?: "es", "kind"?: "image",
//! "history"?: ["earlier customer message", ...]}` and writes one JSON line per input with the
//! draft: intent, escalate, escalation_reason, escalation_reasons, confidence, lang, reply,
//! sources, entities (plus fallback_reason when a model answer was rejected). A line that is not
//! valid JSON gets `{"error": "...", "line": n}`. Returns 0, or 2 if the knowledge base cannot be
//! loaded.
int runClassify(QTextStream &in, QTextStream &out, const ClassifyOptions &options = {});

} // namespace recado::relay::drafts
