// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/drafts/Drafter.h"
#include "relay/drafts/EscalationRules.h"
#include "relay/drafts/KnowledgeBase.h"
#include "relay/drafts/ReplyComposer.h"

#include <memory>

namespace recado::relay::drafts {

//! The default drafter: offline, no model. Classifies the intent (IntentClassifier), extracts
//! entities, retrieves knowledge-base articles, writes a reply from per-intent patterns in the
//! customer's language, checks it against its sources (GroundingChecker) and applies the
//! escalation rules. Deterministic and fast (thousands of drafts per second).
class BuiltinDrafter : public Drafter
{
public:
    struct Options
    {
        double lowConfidence = 0.45;    //!< escalate below this intent confidence
        double faqMinScore = 1.0;       //!< knowledge-base score an answer needs
        double unansweredPenalty = 0.6; //!< confidence factor when the sources do not answer
    };

    explicit BuiltinDrafter(std::shared_ptr<const KnowledgeBase> kb, QObject *parent = nullptr);
    BuiltinDrafter(std::shared_ptr<const KnowledgeBase> kb, Options options,
                   QObject *parent = nullptr);

    //! Runs compose() from the event loop and calls `done` with the result.
    void draft(const DraftContext &context, DraftCallback done) override;
    QString name() const override { return QStringLiteral("builtin"); }

    //! The draft for `context`, synchronously.
    DraftResult compose(const DraftContext &context) const;
    //! The language a reply to `context` should use (message, then conversation, then phone).
    static QString replyLanguage(const DraftContext &context);

    const KnowledgeBase *knowledgeBase() const { return m_kb.get(); }

private:
    std::shared_ptr<const KnowledgeBase> m_kb;
    Options m_options;
    EscalationRules m_rules;
    ReplyComposer m_composer;
};

} // namespace recado::relay::drafts
