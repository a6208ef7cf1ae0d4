// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder translation unit until the desktop client lands.
namespace recado::ui {
int uiLibraryVersion() { return 1; }
} // namespace recado::ui
