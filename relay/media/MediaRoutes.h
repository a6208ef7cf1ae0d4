// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace recado::relay {

class MediaStore;
class Router;
struct ApiContext;

//! `GET /api/media/:message_id` (a message's file, agent+) and
//! `POST /api/whatsapp/conversations/:id/media` (an agent's file for sending, agent+).
void registerMediaRoutes(Router &router, ApiContext &ctx, MediaStore &files);

} // namespace recado::relay
