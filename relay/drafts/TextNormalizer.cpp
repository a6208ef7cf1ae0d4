// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/TextNormalizer.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace recado::relay::drafts {

namespace {

QChar baseLetter(QChar c)
{
    // Follow canonical decompositions to the base letter (ǖ -> ü -> u).
    for (int guard = 0; guard < 4 && c.decompositionTag() == QChar::Canonical; ++guard) {
        const QString d = c.decomposition();
        if (d.isEmpty())
            break;
        c = d.at(0);
    }
    return c;
}

// SMS/WhatsApp shorthand seen in es/pt/en support chats, expanded before matching. Only
// entries that do not collide with a real word of another of the three languages.
const QHash<QString, QStringList> &abbreviations()
{
    static const QHash<QString, QStringList> map = [] {
        QHash<QString, QStringList> m;
        auto add = [&m](const char *from, const char *to) {
            m.insert(QString::fromLatin1(from), QString::fromLatin1(to).split(QLatin1Char(' ')));
        };
        add("q", "que");
        add("xq", "porque");
        add("pq", "porque");
        add("porq", "porque");
        add("x", "por");
        add("d", "de");
        add("vc", "voce");
        add("vcs", "voces");
        add("hj", "hoje");
        add("agr", "agora");
        add("amn", "amanha");
        add("dps", "depois");
        add("msm", "mesmo");
        add("obg", "obrigado");
        add("vlw", "valeu");
        add("blz", "beleza");
        add("td", "tudo");
        add("oq", "o que");
        add("qdo", "quando");
        add("qnd", "quando");
        add("qto", "quanto");
        add("grax", "gracias");
        add("grx", "gracias");
        add("thx", "thanks");
        add("tks", "thanks");
        add("ty", "thanks");
        add("pls", "please");
        add("plz", "please");
        add("porfa", "por favor");
        add("porfis", "por favor");
        add("xfa", "por favor");
        add("pf", "por favor");
        add("u", "you");
        add("msj", "mensaje");
        add("msg", "mensagem");
        add("tel", "telefono");
        add("bnas", "buenas");
        add("bns", "buenas");
        add("tmrw", "tomorrow");
        add("tmr", "tomorrow");
        add("okey", "ok");
        add("oki", "ok");
        add("okay", "ok");
        add("sip", "si");
        add("info", "informacion");
        add("tecn", "tecnico");
        add("pfv", "por favor");
        return m;
    }();
    return map;
}

} // namespace

QString TextNormalizer::fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() < 128) {
            out.append(c.toLower());
            continue;
        }
        out.append(baseLetter(c).toLower());
    }
    return out;
}

QString TextNormalizer::phoneticKey(const QString &s)
{
    QString out;
    out.reserve(s.size());
    const int n = int(s.size());
    auto at = [&s, n](int i) { return i >= 0 && i < n ? s.at(i).unicode() : char16_t(0); };
    for (int i = 0; i < n; ++i) {
        const char16_t c = at(i);
        const char16_t next = at(i + 1);
        QChar mapped;
        switch (c) {
        case 'h': {
            const char16_t prev = at(i - 1);
            if (prev == 'c' || prev == 's' || prev == 'l' || prev == 'n')
                continue; // handled with the previous letter
            continue;     // silent
        }
        case 'c':
            if (next == 'h')
                mapped = QLatin1Char('x');
            else if (next == 'e' || next == 'i')
                mapped = QLatin1Char('s');
            else
                mapped = QLatin1Char('k');
            break;
        case 's':
            mapped = next == 'h' ? QLatin1Char('x') : QLatin1Char('s');
            break;
        case 'q':
            mapped = QLatin1Char('k');
            if (next == 'u' && (at(i + 2) == 'e' || at(i + 2) == 'i'))
                ++i;
            break;
        case 'l':
            if (next == 'l' || next == 'h') {
                mapped = QLatin1Char('y');
                ++i;
            } else {
                mapped = QLatin1Char('l');
            }
            break;
        case 'n':
            mapped = QLatin1Char('n');
            if (next == 'h')
                ++i;
            break;
        case 'z':
            mapped = QLatin1Char('s');
            break;
        case 'v':
            mapped = QLatin1Char('b');
            break;
        default:
            mapped = QChar(c);
        }
        if (!out.isEmpty() && out.back() == mapped)
            continue;
        out.append(mapped);
    }
    return out;
}

int TextNormalizer::editDistance(const QString &a, const QString &b, int max)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > max)
        return max + 1;
    std::vector<int> prev2(size_t(m) + 1), prev(size_t(m) + 1), cur(size_t(m) + 1);
    for (int j = 0; j <= m; ++j)
        prev[size_t(j)] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int rowMin = cur[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int v =
                std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                v = std::min(v, prev2[size_t(j - 2)] + 1);
            cur[size_t(j)] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > max)
            return max + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[size_t(m)], max + 1);
}

QList<Token> TextNormalizer::tokenize(const QString &text)
{
    const QString folded = fold(text);
    QList<Token> tokens;
    const int n = int(folded.size());
    int i = 0;
    while (i < n) {
        const QChar c = folded.at(i);
        if (!(c.isLetterOrNumber() || c.isMark())) {
            ++i;
            continue;
        }
        const int start = i;
        QString raw;
        while (i < n && (folded.at(i).isLetterOrNumber() || folded.at(i).isMark())) {
            if (!folded.at(i).isMark())
                raw.append(folded.at(i));
            ++i;
        }
        // Collapse letter runs of 3+ to one letter ("holaaaa", "siiii", "kkkkk"); doubles stay
        // (carro, acesso).
        QString word;
        word.reserve(raw.size());
        for (int k = 0; k < raw.size();) {
            int run = 1;
            while (k + run < raw.size() && raw.at(k + run) == raw.at(k))
                ++run;
            const bool letter = raw.at(k).isLetter();
            word.append(raw.mid(k, letter && run >= 3 ? 1 : run));
            k += run;
        }
        const bool numeric =
            std::all_of(word.cbegin(), word.cend(), [](QChar ch) { return ch.isDigit(); });
        const auto it = abbreviations().constFind(word);
        const QStringList parts = it != abbreviations().cend() ? *it : QStringList{word};
        for (const QString &p : parts) {
            Token t;
            t.text = p;
            t.key = phoneticKey(p);
            t.start = start;
            t.end = i;
            t.numeric = numeric;
            tokens.append(t);
        }
    }
    return tokens;
}

bool TextNormalizer::isEmoji(char32_t cp)
{
    return (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x1F000 && cp <= 0x1F2FF) ||
           (cp >= 0x2600 && cp <= 0x27BF) || cp == 0x2B50 || cp == 0x2B55 || cp == 0x203C ||
           cp == 0x2049;
}

QStringList TextNormalizer::emoji(const QString &text)
{
    QStringList out;
    const QList<uint> cps = text.toUcs4();
    for (uint cp : cps) {
        if (isEmoji(char32_t(cp))) {
            const char32_t c = char32_t(cp);
            out.append(QString::fromUcs4(&c, 1));
        }
    }
    return out;
}

} // namespace recado::relay::drafts
