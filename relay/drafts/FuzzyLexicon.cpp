// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/FuzzyLexicon.h"

#include <QStringList>

#include <algorithm>

namespace recado::relay::drafts {

int FuzzyLexicon::internAlt(const QString &alt)
{
    const auto it = m_altIndex.constFind(alt);
    if (it != m_altIndex.cend())
        return *it;
    Alt a;
    if (alt == QLatin1String("#num")) {
        a.anyNumber = true;
    } else if (alt == QLatin1String("#any")) {
        a.anyWord = true;
    } else {
        a.prefix = alt.endsWith(QLatin1Char('*'));
        a.text = a.prefix ? alt.chopped(1) : alt;
        a.key = TextNormalizer::phoneticKey(a.text);
    }
    m_alts.push_back(a);
    const int id = int(m_alts.size()) - 1;
    m_altIndex.insert(alt, id);
    if (a.anyNumber || a.anyWord) {
        m_wildcards.push_back(id);
    } else {
        m_byFirstLetter[a.text.at(0)].push_back(id);
        if (!a.key.isEmpty() && a.key.at(0) != a.text.at(0))
            m_byFirstKeyLetter[a.key.at(0)].push_back(id);
    }
    return id;
}

bool FuzzyLexicon::add(int label, const QString &pattern, double weight)
{
    Pattern p;
    p.source = pattern;
    p.label = label;
    p.weight = weight;
    int pendingGap = 0;
    const QStringList words =
        TextNormalizer::fold(pattern).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (w.startsWith(QLatin1Char('~'))) {
            bool ok = true;
            pendingGap = w.size() > 1 ? w.mid(1).toInt(&ok) : 3;
            if (!ok || p.terms.empty())
                return false;
            continue;
        }
        Term t;
        t.maxGapBefore = pendingGap;
        pendingGap = 0;
        const QStringList alts = w.split(QLatin1Char('|'), Qt::SkipEmptyParts);
        for (const QString &a : alts) {
            std::vector<int> seq;
            const QStringList parts = a.split(QLatin1Char('_'), Qt::SkipEmptyParts);
            for (const QString &part : parts)
                seq.push_back(internAlt(part));
            if (seq.empty())
                return false;
            t.alts.push_back(seq);
        }
        if (t.alts.empty())
            return false;
        p.terms.push_back(t);
    }
    if (p.terms.empty() || pendingGap != 0)
        return false;
    m_patterns.push_back(std::move(p));
    return true;
}

bool FuzzyLexicon::altMatches(const Alt &alt, const Token &token) const
{
    if (alt.anyWord)
        return true;
    if (alt.anyNumber)
        return token.numeric;
    if (token.numeric)
        return token.text == alt.text;
    const int len = int(alt.text.size()); // folded letters
    if (!alt.prefix) {
        if (token.text == alt.text)
            return true;
        if (m_strict)
            return len >= 7 && token.text.at(0) == alt.text.at(0) &&
                   TextNormalizer::editDistance(token.text, alt.text, 1) <= 1;
        if (len >= 3 && alt.key.size() >= 2 && token.key == alt.key)
            return true;
        // One typo away, but never in the first letter: "preparar"/"reparar" and
        // "humana"/"amanha" are different words, "kambiar"/"cambiar" are not.
        if (m_strict)
            return len >= 7 && token.text.at(0) == alt.text.at(0) &&
                   TextNormalizer::editDistance(token.text, alt.text, 1) <= 1;
        // Six-letter words only tolerate a missing or extra letter ("questa"/"cuesta"), since
        // one substituted letter often makes another real word ("perdon"/"person").
        const qsizetype diff = std::abs(token.key.size() - alt.key.size());
        if (diff <= 1 && (alt.key.size() >= 7 || (alt.key.size() == 6 && diff == 1)) &&
            !token.key.isEmpty() && token.key.at(0) == alt.key.at(0))
            return TextNormalizer::editDistance(token.key, alt.key, 1) <= 1;
        return false;
    }
    if (token.text.startsWith(alt.text))
        return true;
    if (m_strict)
        return false;
    if (alt.key.size() >= 4 && token.key.startsWith(alt.key))
        return true;
    if (alt.key.size() >= 7 && !token.key.isEmpty() && token.key.at(0) == alt.key.at(0)) {
        const int k = int(alt.key.size());
        for (int l = k - 1; l <= k + 1; ++l) {
            if (l <= token.key.size() && l > 0 &&
                TextNormalizer::editDistance(token.key.left(l), alt.key, 1) <= 1)
                return true;
        }
    }
    return false;
}

bool FuzzyLexicon::matchFrom(const Pattern &p, size_t term, int tokenIndex, const Hits &hits,
                             int *last) const
{
    const Term &t = p.terms[term];
    const int n = hits.tokens;
    for (const std::vector<int> &alt : t.alts) {
        const int len = int(alt.size());
        if (tokenIndex + len > n)
            continue;
        bool ok = true;
        for (int k = 0; k < len && ok; ++k)
            ok = hits.at(alt[size_t(k)], tokenIndex + k);
        if (!ok)
            continue;
        const int end = tokenIndex + len - 1;
        if (term + 1 == p.terms.size()) {
            *last = end;
            return true;
        }
        const int gap = p.terms[term + 1].maxGapBefore;
        for (int next = end + 1; next < n && next <= end + 1 + gap; ++next) {
            if (matchFrom(p, term + 1, next, hits, last))
                return true;
        }
    }
    return false;
}

QList<FuzzyLexicon::Match> FuzzyLexicon::match(const QList<Token> &tokens) const
{
    QList<Match> out;
    const int n = int(tokens.size());
    if (n == 0)
        return out;
    // Which alternative matches which token, computed once per message: alternatives are
    // shared by many patterns.
    // Every way an alternative can match needs the token's first letter or first key letter
    // to equal the alternative's, so only those buckets are tried.
    Hits hits{std::vector<char>(m_alts.size() * size_t(n), 0), n};
    std::vector<char> anywhere(m_alts.size(), 0);
    for (int i = 0; i < n; ++i) {
        const Token &t = tokens.at(i);
        auto tryBucket = [&](const QHash<QChar, std::vector<int>> &index, const QString &s) {
            if (s.isEmpty())
                return;
            const auto it = index.constFind(s.at(0));
            if (it == index.cend())
                return;
            for (int a : *it) {
                if (!hits.at(a, i) && altMatches(m_alts[size_t(a)], t)) {
                    hits.set(a, i);
                    anywhere[size_t(a)] = 1;
                }
            }
        };
        tryBucket(m_byFirstLetter, t.text);
        tryBucket(m_byFirstKeyLetter, t.key);
        for (int a : m_wildcards) {
            if (altMatches(m_alts[size_t(a)], t)) {
                hits.set(a, i);
                anywhere[size_t(a)] = 1;
            }
        }
    }
    for (size_t pi = 0; pi < m_patterns.size(); ++pi) {
        const Pattern &p = m_patterns[pi];
        // Most patterns have a word that occurs nowhere in the message: skip them early.
        const bool possible =
            std::all_of(p.terms.cbegin(), p.terms.cend(), [&anywhere](const Term &t) {
                return std::any_of(t.alts.cbegin(), t.alts.cend(),
                                   [&anywhere](const std::vector<int> &alt) {
                                       return anywhere[size_t(alt.front())] != 0;
                                   });
            });
        if (!possible)
            continue;
        for (int start = 0; start < n; ++start) {
            int last = start;
            if (matchFrom(p, 0, start, hits, &last)) {
                out.append(Match{int(pi), p.label, p.weight, start, last});
                break;
            }
        }
    }
    return out;
}

std::vector<double> FuzzyLexicon::scores(const QList<Token> &tokens, int labelCount) const
{
    std::vector<double> s(size_t(std::max(labelCount, 0)), 0.0);
    const QList<Match> matches = match(tokens);
    for (const Match &m : matches) {
        if (m.label >= 0 && m.label < labelCount)
            s[size_t(m.label)] += m.weight;
    }
    return s;
}

} // namespace recado::relay::drafts
