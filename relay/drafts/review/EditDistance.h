// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recado::relay::review {

//! Levenshtein distance between the draft an agent saw and the text they sent: single-character
//! insertions, deletions and substitutions, over Unicode code points (an accented letter or an
//! emoji counts once). The supervisor view and the figures use it to say how much agents change.
class EditDistance
{
public:
    static int between(const QString &from, const QString &to);
};

} // namespace recado::relay::review
