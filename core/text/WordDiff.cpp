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

    QList<Segment> out;
    qsizetype pre = 0;
    while (pre < a.size() && pre < b.size() && ak.at(pre) == bk.at(pre))
        ++pre;
    qsizetype suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre &&
           ak.at(a.size() - 1 - suf) == bk.at(b.size() - 1 - suf))
        ++suf;
    for (qsizetype i = 0; i < pre; ++i)
        append(out, Op::Equal, b.at(i));

    const qsizetype n = a.size() - pre - suf, m = b.size() - pre - suf;
    if (n > 0 && m > 0 && n * m <= kMaxCells) {
        // lcs[i][j]: length of the LCS of a[pre+i..] and b[pre+j..] (suffix table, so the walk
        // below goes forwards and emits segments in order).
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
        QString del, ins;
        auto flush = [&] {
            append(out, Op::Delete, del);
            append(out, Op::Insert, ins);
            del.clear();
            ins.clear();
        };
        while (i < n && j < m) {
            if (ak.at(pre + i) == bk.at(pre + j)) {
                flush();
                append(out, Op::Equal, b.at(pre + j));
                ++i;
                ++j;
            } else if (lcs[size_t((i + 1) * w + j)] >= lcs[size_t(i * w + j + 1)]) {
                del += a.at(pre + i++);
            } else {
                ins += b.at(pre + j++);
            }
        }
        while (i < n)
            del += a.at(pre + i++);
        while (j < m)
            ins += b.at(pre + j++);
        flush();
    } else {
        QString del, ins;
        for (qsizetype i = 0; i < n; ++i)
            del += a.at(pre + i);
        for (qsizetype j = 0; j < m; ++j)
            ins += b.at(pre + j);
        append(out, Op::Delete, del);
        append(out, Op::Insert, ins);
    }
    for (qsizetype k = b.size() - suf; k < b.size(); ++k)
        append(out, Op::Equal, b.at(k));
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
