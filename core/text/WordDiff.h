// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace recado::text {

//! A word-level difference between two texts (what the AI drafted and what was sent), for the
//! supervisor's review. Words are runs of letters and digits, or runs of punctuation; each keeps
//! the whitespace after it, so the Equal and Insert segments joined give back `to` exactly, and
//! the Equal and Delete segments give back `from` up to whitespace (an Equal segment carries
//! `to`'s whitespace).
class WordDiff
{
public:
    enum class Op { Equal, Insert, Delete };
    struct Segment
    {
        Op op;
        QString text;
        bool operator==(const Segment &o) const { return op == o.op && text == o.text; }
    };

    //! Longest common subsequence over words (after trimming the common prefix and suffix).
    //! Within a changed stretch deletions come before insertions. Consecutive segments of the
    //! same kind are merged.
    static QList<Segment> compute(const QString &from, const QString &to);

    //! Number of words inserted plus deleted.
    static int changedWords(const QList<Segment> &segments);

    //! The words of `text`, each with its trailing whitespace (leading whitespace of the text
    //! is its own token).
    static QStringList tokenize(const QString &text);
};

} // namespace recado::text
