// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/drafts/DraftContext.h"
#include "relay/drafts/DraftResult.h"

#include <QObject>

#include <functional>

namespace recado::relay::drafts {

using DraftCallback = std::function<void(const DraftResult &)>;

//! Drafts a reply to one inbound customer message. `draft()` returns at once; the callback runs
//! later on the drafter's thread, exactly once, unless the drafter is destroyed first.
class Drafter : public QObject
{
public:
    using QObject::QObject;
    ~Drafter() override = default;

    virtual void draft(const DraftContext &context, DraftCallback done) = 0;
    //! "builtin" or "model", for logs and the stored draft.
    virtual QString name() const = 0;
};

} // namespace recado::relay::drafts
