// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/review/EditDistance.h"

#include <QList>

#include <algorithm>
#include <vector>

namespace recado::relay::review {

int EditDistance::between(const QString &from, const QString &to)
{
    const QList<uint> a = from.toUcs4();
    const QList<uint> b = to.toUcs4();
    // Common prefix and suffix cost nothing; trimming them keeps typical edits (a changed word)
    // far below the quadratic worst case.
    qsizetype start = 0;
    while (start < a.size() && start < b.size() && a[start] == b[start])
        ++start;
    qsizetype endA = a.size();
    qsizetype endB = b.size();
    while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
        --endA;
        --endB;
    }
    const qsizetype n = endA - start;
    const qsizetype m = endB - start;
    if (n == 0 || m == 0)
        return int(n + m);
    std::vector<int> row(size_t(m) + 1);
    for (qsizetype j = 0; j <= m; ++j)
        row[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int above = row[size_t(j)];
            const int cost = a[start + i - 1] == b[start + j - 1] ? 0 : 1;
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[size_t(m)];
}

} // namespace recado::relay::review
