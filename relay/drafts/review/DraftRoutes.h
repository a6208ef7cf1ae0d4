// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace recado::relay {

class Router;
struct ApiContext;
namespace review {
class DraftService;
}

//! AI draft routes (docs/api.md, "AI drafts"): a conversation's drafts, approve / send edited /
//! reject (agent+), the supervisor view, mark wrong, the decision audit and the figures
//! (supervisor+), the drafting settings, and the knowledge base articles drafts cite.
void registerDraftRoutes(Router &router, ApiContext &ctx, review::DraftService &service);

} // namespace recado::relay
