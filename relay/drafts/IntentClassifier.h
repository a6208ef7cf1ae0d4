// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Message.h"
#include "relay/drafts/DraftResult.h"
#include "relay/drafts/FuzzyLexicon.h"
#include "relay/drafts/Intent.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace recado::relay::drafts {

struct Classification
{
    Intent intent = Intent::Other;
    double confidence = 0.0;
    Intent runnerUp = Intent::Other;
    std::vector<double> scores;  //!< per Intent
    QStringList matchedPatterns; //!< for tuning ("intent: pattern")
};

//! Offline intent classifier: a weighted phrase lexicon per intent (IntentLexicon.cpp) matched
//! with accent/typo/phonetic tolerance, plus a few structural cues (media kind, extracted
//! entities, the agent's last question). Confidence grows with the winning score and with its
//! margin over the runner-up, so a message that fits two intents equally gets a low confidence.
class IntentClassifier
{
public:
    IntentClassifier();

    Classification classify(const QString &text, const QString &kind = QStringLiteral("text"),
                            const QList<Entity> &entities = {},
                            const QList<domain::Message> &history = {}) const;

    //! Shared, immutable instance (building the lexicon takes a few milliseconds).
    static const IntentClassifier &instance();

    //! Below this total score the message is `other`.
    static constexpr double kMinScore = 0.9;

private:
    FuzzyLexicon m_lexicon;
};

//! Fills `lexicon` with the intent patterns; labels are int(Intent). In IntentLexicon.cpp.
void addIntentPatterns(FuzzyLexicon &lexicon);

} // namespace recado::relay::drafts
