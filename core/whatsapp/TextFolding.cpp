// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/TextFolding.h"

#include <QList>

namespace recado::whatsapp {

QString foldForMatching(const QString &text)
{
    // NFKD splits "ã" into "a" + combining tilde (and folds compatibility forms such as
    // full-width letters); dropping the marks leaves the base letter.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += QLatin1Char(' ');
            pendingSpace = false;
            out += c.toLower();
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

bool containsEmoji(const QString &text)
{
    const QList<uint> ucs4 = text.toUcs4();
    for (const uint c : ucs4) {
        if ((c >= 0x1F000 && c <= 0x1FAFF)  // pictographs, emoticons, transport, symbols
            || (c >= 0x2600 && c <= 0x27BF) // misc symbols and dingbats
            || (c >= 0x2B00 && c <= 0x2BFF) // arrows and stars such as U+2B50
            || c == 0xFE0F || c == 0x200D)  // emoji presentation selector, zero-width joiner
            return true;
    }
    return false;
}

} // namespace recado::whatsapp
