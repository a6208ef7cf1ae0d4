// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/WordDiff.h"

#include <vector>

namespace recado::text {

namespace {

enum class CharClass { Space, Word, Punct };

CharClass classOf(QChar c)
{
    if (c.isSpace())
        return CharClass::Space;
    // Letters with their combining marks, and digits, make words; anything else is punctuation.
    if (c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_') || c.isSurrogate())
        return CharClass::Word;
    return CharClass::Punct;
}

//! The comparable part of a token: without its trailing whitespace.
QString core(const QString &token)
{
    qsizetype end = token.size();
    while (end > 0 && token.at(end - 1).isSpace())
        --end;
    return token.left(end);
}

void append(QList<WordDiff::Segment> &out, WordDiff::Op op, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().op == op)
        out.last().text += text;
    else
        out.append({op, text});
}

// Past this many cells the quadratic table costs too much for an interactive view; the changed
// middle is then shown as one deletion and one insertion (still correct, just coarser).
constexpr qsizetype kMaxCells = 4'000'000;

} // namespace

QStringList WordDiff::tokenize(const QString &text)
{
    QStringList tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && text.at(i).isSpace()) {
        while (i < n && text.at(i).isSpace())
            ++i;
        tokens.append(text.left(i));
    }
    while (i < n) {
        const qsizetype start = i;
        const CharClass cls = classOf(text.at(i));
        while (i < n && classOf(text.at(i)) == cls)
            ++i;
        while (i < n && text.at(i).isSpace())
            ++i;
        tokens.append(text.mid(start, i - start));
    }
    return tokens;
}

QList<WordDiff::Segment> WordDiff::compute(const QString &from, const QString &to)
{
    const QStringList a = tokenize(from), b = tokenize(to);
    QStringList ak, bk;
    ak.reserve(a.size());
    bk.reserve(b.size());
    for (const QString &t : a)
        ak.append(core(t));
    for (const QString &t : b)
        bk.append(core(t));

    // One entry per token, in order; Equal entries carry `to`'s token.
    struct Tok
    {
        Op op;
        QString text;
        QString key;
        QString fromText = {}; //!< Equal tokens: `from`'s version (its whitespace may differ)
    };
    std::vector<Tok> toks;
    toks.reserve(size_t(a.size() + b.size()));
    qsizetype pre = 0;
    while (pre < a.size() && pre < b.size() && ak.at(pre) == bk.at(pre))
        ++pre;
    qsizetype suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre &&
           ak.at(a.size() - 1 - suf) == bk.at(b.size() - 1 - suf))
        ++suf;
    for (qsizetype i = 0; i < pre; ++i)
        toks.push_back({Op::Equal, b.at(i), bk.at(i), a.at(i)});

    const qsizetype n = a.size() - pre - suf, m = b.size() - pre - suf;
    if (n > 0 && m > 0 && n * m <= kMaxCells) {
        // lcs[i][j]: length of the LCS of a[pre+i..] and b[pre+j..] (suffix table, so the walk
        // below goes forwards and emits tokens in order).
        const qsizetype w = m + 1;
        std::vector<quint16> lcs(size_t((n + 1) * w), 0);
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[size_t(i * w + j)] =
                    ak.at(pre + i) == bk.at(pre + j)
                        ? quint16(lcs[size_t((i + 1) * w + j + 1)] + 1)
                        : std::max(lcs[size_t((i + 1) * w + j)], lcs[size_t(i * w + j + 1)]);
            }
        }
        qsizetype i = 0, j = 0;
        while (i < n && j < m) {
            if (ak.at(pre + i) == bk.at(pre + j)) {
                toks.push_back({Op::Equal, b.at(pre + j), bk.at(pre + j), a.at(pre + i)});
                ++i;
                ++j;
            } else if (lcs[size_t((i + 1) * w + j)] >= lcs[size_t(i * w + j + 1)]) {
                toks.push_back({Op::Delete, a.at(pre + i), ak.at(pre + i)});
                ++i;
            } else {
                toks.push_back({Op::Insert, b.at(pre + j), bk.at(pre + j)});
                ++j;
            }
        }
        for (; i < n; ++i)
            toks.push_back({Op::Delete, a.at(pre + i), ak.at(pre + i)});
        for (; j < m; ++j)
            toks.push_back({Op::Insert, b.at(pre + j), bk.at(pre + j)});
    } else {
        for (qsizetype i = 0; i < n; ++i)
            toks.push_back({Op::Delete, a.at(pre + i), ak.at(pre + i)});
        for (qsizetype j = 0; j < m; ++j)
            toks.push_back({Op::Insert, b.at(pre + j), bk.at(pre + j)});
    }
    for (qsizetype k = b.size() - suf; k < b.size(); ++k)
        toks.push_back({Op::Equal, b.at(k), bk.at(k), a.at(k - b.size() + a.size())});

    // Equally short diffs can place a pure insertion or deletion at several spots when its
    // first word repeats right after it ("MXN[. Saludos cordiales]." vs "MXN.[ Saludos
    // cordiales.]"). Slide such a run forwards as far as it goes: added or removed words then
    // read as a whole, which is how people edit (trimming the common suffix first otherwise
    // pulls the run backwards).
    for (size_t k = 0; k < toks.size();) {
        if (toks[k].op == Op::Equal) {
            ++k;
            continue;
        }
        size_t end = k;
        while (end < toks.size() && toks[end].op == toks[k].op)
            ++end;
        const bool alone = k == 0 || toks[k - 1].op == Op::Equal; // not half of a replacement
        if (alone && end < toks.size() && toks[end].op == Op::Equal &&
            toks[end].key == toks[k].key) {
            // run[0] becomes the equal token, the equal token joins the run's end; the tokens
            // between stay where they are. Texts follow their side: `to`'s for Equal/Insert.
            const Tok first = toks[k], equal = toks[end];
            const bool insert = first.op == Op::Insert;
            toks[k] = {Op::Equal, insert ? first.text : equal.text, first.key,
                       insert ? equal.fromText : first.text};
            toks[end] = {first.op, insert ? equal.text : equal.fromText, equal.key};
            ++k;
            continue;
        }
        k = end;
    }

    // Within a changed stretch, deletions come before insertions.
    QList<Segment> out;
    QString del, ins;
    auto flush = [&] {
        append(out, Op::Delete, del);
        append(out, Op::Insert, ins);
        del.clear();
        ins.clear();
    };
    for (size_t k = 0; k < toks.size(); ++k) {
        const Tok &t = toks[k];
        if (t.op == Op::Equal) {
            flush();
            append(out, Op::Equal, t.text);
            continue;
        }
        QString &into = t.op == Op::Delete ? del : ins;
        // Removed words after "tarjeta." in `from` were separated from it by whitespace that
        // `to` no longer has: keep it with them, so they do not read glued to the word before.
        if (t.op == Op::Delete && del.isEmpty() && k > 0 && toks[k - 1].op == Op::Equal) {
            const Tok &e = toks[k - 1];
            if (!e.text.isEmpty() && !e.text.back().isSpace() && !e.fromText.isEmpty() &&
                e.fromText.back().isSpace())
                into += e.fromText.mid(core(e.fromText).size());
        }
        into += t.text;
    }
    flush();
    return out;
}

int WordDiff::changedWords(const QList<Segment> &segments)
{
    int n = 0;
    for (const Segment &s : segments) {
        if (s.op == Op::Equal)
            continue;
        for (const QString &t : tokenize(s.text)) {
            if (!core(t).isEmpty())
                ++n;
        }
    }
    return n;
}

} // namespace recado::text
