// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Backoff.h"

#include <QRandomGenerator>

namespace recado::sync {

Backoff::Backoff(int initialMs, int maxMs)
    : m_initialMs(initialMs)
    , m_maxMs(maxMs)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{}

int Backoff::nextDelayMs()
{
    const int shift = qMin(m_attempt, 16);
    const qint64 base = qMin<qint64>(qint64(m_initialMs) << shift, m_maxMs);
    ++m_attempt;
    const double r = m_random();
    return int(base / 2 + qint64(r * double(base - base / 2)));
}

} // namespace recado::sync
