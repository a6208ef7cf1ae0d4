// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QPixmap>

namespace recado::ui {

//! Recado's icon, drawn in code (a speech bubble on a green tile) so it needs no image plugin,
//! plus a variant with an unread badge for the tray.
class AppIcon
{
public:
    static QIcon icon();
    static QPixmap pixmap(int size);
    //! The icon with `unread` in a red badge (no badge for 0).
    static QPixmap withBadge(int size, int unread);
};

} // namespace recado::ui
