// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

namespace recado::ui {

//! A word diff (core/text/WordDiff) as HTML for a QTextBrowser: deleted words struck through on
//! a red tint, inserted words underlined on a green tint (colours follow the palette, and the
//! marks do not rely on colour alone).
class DiffHtml
{
public:
    static QString render(const QString &from, const QString &to, const QPalette &palette);
};

} // namespace recado::ui
