// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/drafts/TextNormalizer.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace recado::relay::drafts {

//! A weighted phrase lexicon matched against tokens with accent, spelling and typo tolerance.
//!
//! Pattern syntax (folded words, see TextNormalizer::fold):
//! - words separated by spaces must follow each other: `hablar con`
//! - `a|b|c` alternatives for one word; `cancel*` a prefix; `how_much` an alternative made of
//!   consecutive words
//! - `~` lets up to 3 other words sit between its neighbours, `~6` up to 6
//! - `#num` any number, `#any` any word
//!
//! A word matches a token exactly, by phonetic key (for words of 3+ letters) or within one edit
//! of the phonetic key (for words of 6+ letters). Prefixes match the same way on the token's
//! beginning.
class FuzzyLexicon
{
public:
    struct Match
    {
        int pattern = -1;
        int label = -1;
        double weight = 0.0;
        int firstToken = 0;
        int lastToken = 0;
    };

    //! Strict lexicons match exact words and prefixes only, plus one typo in words of 7+ letters
    //! (no phonetic keys): for word lists where a near miss is a different word (insults).
    explicit FuzzyLexicon(bool strict = false)
        : m_strict(strict)
    {}

    //! Adds a pattern for `label` (an int the caller owns, e.g. an Intent). Returns false (and
    //! adds nothing) if the pattern does not parse.
    bool add(int label, const QString &pattern, double weight);
    //! Each pattern that matches, once (its leftmost match).
    QList<Match> match(const QList<Token> &tokens) const;
    //! Sum of matched weights per label; labels outside [0, labelCount) are ignored.
    std::vector<double> scores(const QList<Token> &tokens, int labelCount) const;
    int size() const { return int(m_patterns.size()); }
    QString pattern(int index) const { return m_patterns.at(size_t(index)).source; }

private:
    struct Alt
    {
        QString text;
        QString key;
        bool prefix = false;
        bool anyNumber = false;
        bool anyWord = false;
    };
    struct Term
    {
        std::vector<std::vector<int>> alts; //!< each alternative: consecutive words
        int maxGapBefore = 0;
    };
    struct Pattern
    {
        QString source;
        int label = -1;
        double weight = 0.0;
        std::vector<Term> terms;
    };

    //! Which alternative matches which token: one flat alternatives x tokens table.
    struct Hits
    {
        std::vector<char> cells;
        int tokens = 0;
        bool at(int alt, int token) const
        {
            return cells[size_t(alt) * size_t(tokens) + size_t(token)] != 0;
        }
        void set(int alt, int token) { cells[size_t(alt) * size_t(tokens) + size_t(token)] = 1; }
    };

    int internAlt(const QString &alt);
    bool altMatches(const Alt &alt, const Token &token) const;
    bool matchFrom(const Pattern &p, size_t term, int tokenIndex, const Hits &hits,
                   int *last) const;

    bool m_strict = false;
    std::vector<Alt> m_alts;
    QHash<QString, int> m_altIndex;
    QHash<QChar, std::vector<int>> m_byFirstLetter;    //!< alternatives by first letter
    QHash<QChar, std::vector<int>> m_byFirstKeyLetter; //!< ... by first key letter, if different
    std::vector<int> m_wildcards;                      //!< #num, #any
    std::vector<Pattern> m_patterns;
};

} // namespace recado::relay::drafts
