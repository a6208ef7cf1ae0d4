// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/FuzzyLexicon.h"

#include <QStringList>

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

bool FuzzyLexicon::matchFrom(const Pattern &p, size_t term, int tokenIndex,
                             const std::vector<std::vector<char>> &hits, int *last) const
{
    const Term &t = p.terms[term];
    const int n = int(hits.empty() ? 0 : hits[0].size());
    for (const std::vector<int> &alt : t.alts) {
        const int len = int(alt.size());
        if (tokenIndex + len > n)
            continue;
        bool ok = true;
        for (int k = 0; k < len && ok; ++k)
            ok = hits[size_t(alt[size_t(k)])][size_t(tokenIndex + k)] != 0;
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
    std::vector<std::vector<char>> hits(m_alts.size(), std::vector<char>(size_t(n), 0));
    for (size_t a = 0; a < m_alts.size(); ++a) {
        for (int i = 0; i < n; ++i)
            hits[a][size_t(i)] = altMatches(m_alts[a], tokens.at(i)) ? 1 : 0;
    }
    for (size_t pi = 0; pi < m_patterns.size(); ++pi) {
        const Pattern &p = m_patterns[pi];
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
