// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/BuiltinDrafter.h"

#include "relay/drafts/EntityExtractor.h"
#include "relay/drafts/GroundingChecker.h"
#include "relay/drafts/IntentClassifier.h"
#include "relay/drafts/LanguageDetector.h"
#include "relay/drafts/ReplyPhrases.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

namespace recado::relay::drafts {

Q_LOGGING_CATEGORY(lcBuiltin, "recado.relay.drafts.builtin")

BuiltinDrafter::BuiltinDrafter(std::shared_ptr<const KnowledgeBase> kb, QObject *parent)
    : BuiltinDrafter(std::move(kb), Options{}, parent)
{}

BuiltinDrafter::BuiltinDrafter(std::shared_ptr<const KnowledgeBase> kb, Options options,
                               QObject *parent)
    : Drafter(parent)
    , m_kb(std::move(kb))
    , m_options(options)
    , m_composer(m_kb.get(), ReplyComposer::Options{options.faqMinScore})
{
    m_rules.lowConfidenceThreshold = options.lowConfidence;
}

void BuiltinDrafter::draft(const DraftContext &context, DraftCallback done)
{
    // Queued so that callers never see their callback run inside draft().
    QTimer::singleShot(0, this, [this, context, done = std::move(done)] {
        if (done)
            done(compose(context));
    });
}

QString BuiltinDrafter::replyLanguage(const DraftContext &context)
{
    QString hint = context.langHint;
    if (hint.isEmpty()) {
        // The conversation's language: the latest inbound message that says something.
        for (auto it = context.history.crbegin(); it != context.history.crend() && hint.isEmpty();
             ++it) {
            if (it->direction != domain::Direction::Inbound)
                continue;
            const LanguageDetector::Result r = LanguageDetector::detect(it->text);
            if (r.confidence > 0.0)
                hint = r.lang;
        }
    }
    if (hint.isEmpty())
        hint = LanguageDetector::fromPhone(context.customer.phone);
    return LanguageDetector::detect(context.text, hint).lang;
}

DraftResult BuiltinDrafter::compose(const DraftContext &input) const
{
    DraftContext context = input;
    context.text = input.text.normalized(QString::NormalizationForm_C);
    const QDate today = context.referenceTime().date();

    DraftResult r;
    r.drafter = name();
    r.lang = replyLanguage(context);
    r.entities = EntityExtractor::extract(context.text, today);
    const Classification c = IntentClassifier::instance().classify(context.text, context.kind,
                                                                   r.entities, context.history);
    r.intent = c.intent;
    r.confidence = c.confidence;
    m_rules.apply(r, context);

    ReplyComposer::Reply reply = m_composer.compose(r, context);
    if (!reply.answered) {
        r.addEscalation(QString::fromLatin1(reason::NoGrounding));
        r.confidence *= m_options.unansweredPenalty;
    }
    r.reply = reply.text;
    r.sources = reply.sources;

    // Safety net: a pattern must never state a fact its sources lack. If one does (a bug or
    // odd data), send the honest handoff instead.
    const GroundingReport report =
        GroundingChecker::check(r.reply, ReplyComposer::contextSources(context) + r.sources, today);
    r.grounded = report.grounded();
    if (!r.grounded) {
        qCWarning(lcBuiltin) << "builtin draft not grounded, using handoff:" << report.summary();
        r.reply = ReplyPhrases::get("honest", r.lang).replace(QLatin1String("{n}"), QString());
        r.sources.clear();
        r.grounded = true;
        r.addEscalation(QString::fromLatin1(reason::NoGrounding));
    }
    EscalationRules::sortReasons(r.escalationReasons);
    return r;
}

} // namespace recado::relay::drafts
