// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Meta's media rules moved to core/whatsapp so the desktop client checks files with the very same
// table before it uploads them; the relay keeps using them under its old name.
#include "core/whatsapp/MediaRules.h"

namespace recado::relay {
using whatsapp::MediaRules;
} // namespace recado::relay
