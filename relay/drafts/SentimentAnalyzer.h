// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/drafts/FuzzyLexicon.h"

#include <QString>
#include <QStringList>

namespace recado::relay::drafts {

//! Detects anger: insults and profanity (es/pt/en, regional), negative words, shouting in
//! capitals, "!!!", angry emoji. Excitement is not anger: "MUCHAS GRACIAS!!!" has shouting but
//! only positive words, so it is not negative.
class SentimentAnalyzer
{
public:
    struct Result
    {
        int insults = 0;
        int negativeWords = 0;
        int angryEmoji = 0;
        int positiveWords = 0;
        bool shouting = false; //!< mostly capitals
        bool bangs = false;    //!< "!!!", "?!", "????"
        double score = 0.0;
        QStringList evidence;

        bool negative() const;
    };

    SentimentAnalyzer();
    Result analyze(const QString &text) const;
    static const SentimentAnalyzer &instance();

private:
    enum Label { Insult, Negative, Positive };
    FuzzyLexicon m_lexicon;
};

} // namespace recado::relay::drafts
