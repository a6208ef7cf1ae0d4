// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/TextFolding.h"

#include <QList>

#include <array>

namespace recado::whatsapp {

namespace {

//! The definition: NFKD, non-spacing marks dropped, letters and digits lower-cased, every other
//! run turned into one space.
QString foldByDecomposition(const QString &text)
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

constexpr char16_t kSeparator = 0;
constexpr char16_t kNeedsDecomposition = 0xffff;

//! What each Latin-1 code unit folds to on its own: one letter or digit ("á" -> "a",
//! "ª" -> "a"), a separator ("¿", "´"), or kNeedsDecomposition ("¼" -> "1 4"). NFKD works
//! character by character, so a text made of these folds unit by unit to what
//! foldByDecomposition gives. Built from it, once.
const std::array<char16_t, 256> &latin1Folds()
{
    static const std::array<char16_t, 256> table = [] {
        std::array<char16_t, 256> t{};
        for (int u = 0; u < 256; ++u) {
            const QString folded = foldByDecomposition(QString(QChar(char16_t(u))));
            t[u] = folded.isEmpty()     ? kSeparator
                   : folded.size() == 1 ? folded.front().unicode()
                                        : kNeedsDecomposition;
        }
        return t;
    }();
    return table;
}

} // namespace

QString foldForMatching(const QString &text)
{
    // Customers write Spanish and Portuguese: nearly every message is Latin-1, which is folded
    // by table. Normalising every message was most of what consent keyword detection cost on
    // the ingest writer (docs/load.md).
    const std::array<char16_t, 256> &folds = latin1Folds();
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        const char16_t folded = c.unicode() < 256 ? folds[c.unicode()] : kNeedsDecomposition;
        if (folded == kNeedsDecomposition)
            return foldByDecomposition(text);
        if (folded == kSeparator) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty())
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += QChar(folded);
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
