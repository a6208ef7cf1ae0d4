// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace recado::relay::drafts {

//! One word of a customer message, folded (lower case, no accents) for matching.
struct Token
{
    QString
        text; //!< folded, letter runs of 3+ collapsed ("holaaa" -> "hola"), abbreviations expanded
    QString key;   //!< phonetic key of `text` (see TextNormalizer::phoneticKey)
    int start = 0; //!< span in the folded text (same indexes as the NFC input)
    int end = 0;
    bool numeric = false;
};

//! Text folding and tokenising shared by the classifier, the entity extractor and the
//! grounding check. Customers write without accents, with repeated letters, SMS abbreviations
//! and phonetic spellings ("kiero kambiar la sita"); everything is compared on folded forms.
class TextNormalizer
{
public:
    //! Lower case without diacritics; same length as `text` (which should be NFC) so that spans
    //! found in the folded text point into the original.
    static QString fold(const QString &text);
    static QList<Token> tokenize(const QString &text);
    //! A rough Spanish/Portuguese sound key: silent h dropped, ll/lh -> y, qu/c/k -> k, c(e|i)/z
    //! -> s, v -> b, nh -> n, doubled letters once. "sita" and "cita", "yega" and "llega",
    //! "bisita" and "visita" get the same key.
    static QString phoneticKey(const QString &folded);
    //! Optimal-string-alignment distance, or `max + 1` as soon as it exceeds `max`.
    static int editDistance(const QString &a, const QString &b, int max);
    //! Emoji code points in `text`, each as its own string.
    static QStringList emoji(const QString &text);
    static bool isEmoji(char32_t cp);
};

} // namespace recado::relay::drafts
