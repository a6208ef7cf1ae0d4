// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace recado::sync {

//! Capped exponential backoff with jitter. Each failure doubles the base delay up to `maxMs`;
//! the delay actually used is drawn uniformly from [base/2, base] ("equal jitter") so that many
//! clients reconnecting after a relay restart do not arrive in lockstep.
class Backoff
{
public:
    Backoff(int initialMs = 500, int maxMs = 30000);

    //! The delay to wait before the next attempt; advances the attempt counter.
    int nextDelayMs();
    //! Back to the initial delay (call after a success).
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

    //! Replaces the random source (returns a value in [0, 1)); for tests.
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

private:
    int m_initialMs;
    int m_maxMs;
    int m_attempt = 0;
    std::function<double()> m_random;
};

} // namespace recado::sync
