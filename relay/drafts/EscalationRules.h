// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/drafts/DraftContext.h"
#include "relay/drafts/DraftResult.h"
#include "relay/drafts/FuzzyLexicon.h"
#include "relay/drafts/SentimentAnalyzer.h"

#include <QString>
#include <QStringList>

namespace recado::relay::drafts {

//! Escalation reason codes, most important first. A draft with any of them is never auto-sent.
namespace reason {
inline constexpr char FormalComplaintThreat[] = "formal_complaint_threat";
inline constexpr char PersonalData[] = "personal_data";
inline constexpr char BillingDispute[] = "billing_dispute";
inline constexpr char Refund[] = "refund_request";
inline constexpr char Complaint[] = "complaint";
inline constexpr char HumanRequested[] = "human_requested";
inline constexpr char NegativeSentiment[] = "negative_sentiment";
inline constexpr char RepeatedRequest[] = "repeated_request";
inline constexpr char NoGrounding[] = "no_grounding";
inline constexpr char LowConfidence[] = "low_confidence";
inline constexpr char UnclearIntent[] = "unclear_intent";
inline constexpr char ModelFlagged[] = "model_flagged";
} // namespace reason

//! The rules that decide whether a human must take a draft. They look at the words (threats
//! of PROFECO/Procon/lawyers, data-rights requests, asking for a person, refunds), the mood
//! (SentimentAnalyzer), the conversation (the same request made again) and the classifier's
//! confidence. They apply on top of any drafter: a model can add reasons, never remove them.
class EscalationRules
{
public:
    struct Signals
    {
        bool threat = false;
        bool personalData = false;
        bool humanRequested = false;
        bool refund = false;
        bool repeatCue = false; //!< "ya les dije", "de novo", "I asked already"
        SentimentAnalyzer::Result sentiment;
    };

    EscalationRules();
    static const EscalationRules &instance();

    Signals scan(const QString &text) const;
    //! True if the customer already made the same request among the recent inbound messages
    //! (same intent, or mostly the same words), so this is at least the second time.
    bool repeatsEarlierRequest(const DraftContext &context, Intent current) const;
    //! Adds every reason that applies to `result` (whose intent and confidence are set).
    void apply(DraftResult &result, const DraftContext &context) const;
    //! Orders reason codes most important first (threats, personal data, money ... unclear).
    static void sortReasons(QStringList &reasons);

    double lowConfidenceThreshold = 0.45;
    int recentMessages = 12; //!< how far back to look for a repeated request
    int recentHours = 48;
    int repeatThreshold = 2; //!< occurrences (this one included) that count as repeating

private:
    enum Label { Threat, PersonalData, Human, Refund, RepeatCue, NotRefund };
    FuzzyLexicon m_lexicon;
};

} // namespace recado::relay::drafts
