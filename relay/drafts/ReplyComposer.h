// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/drafts/DraftContext.h"
#include "relay/drafts/DraftResult.h"
#include "relay/drafts/KnowledgeBase.h"

#include <QList>
#include <QString>

namespace recado::relay::drafts {

//! Writes the builtin drafter's reply for an intent from the sources: the linked service
//! request, the customer record, the message itself and knowledge-base articles. When the
//! sources do not answer the question it says so honestly and reports `answered = false`, and
//! the drafter escalates.
class ReplyComposer
{
public:
    struct Reply
    {
        QString text;
        QList<DraftSource> sources; //!< the sources the text uses
        bool answered = true;
    };
    struct Options
    {
        double faqMinScore = 1.0; //!< bm25-derived score below which an article does not answer
    };

    explicit ReplyComposer(const KnowledgeBase *kb)
        : ReplyComposer(kb, Options())
    {}
    ReplyComposer(const KnowledgeBase *kb, Options options);

    //! `draft` carries intent, lang, entities and the escalation reasons found so far.
    Reply compose(const DraftResult &draft, const DraftContext &context) const;

    //! Every source a draft for `context` may draw on (for grounding checks and the model).
    static QList<DraftSource> contextSources(const DraftContext &context);
    static DraftSource serviceRequestSource(const domain::ServiceRequest &request);
    static DraftSource customerSource(const CustomerRecord &customer);
    static DraftSource messageSource(const QString &text);
    static DraftSource articleSource(const KbArticle &article);
    //! The knowledge-base articles relevant to a message for an intent, best first.
    QList<KnowledgeBase::Hit> relevantArticles(const DraftResult &draft,
                                               const DraftContext &context) const;

private:
    Reply handoff(const char *key, const DraftResult &draft, const DraftContext &context) const;
    Reply intentReply(const DraftResult &draft, const DraftContext &context) const;
    std::optional<KbArticle> policyArticle(const QString &tag, const QString &lang) const;

    const KnowledgeBase *m_kb = nullptr;
    Options m_options;
};

} // namespace recado::relay::drafts
