// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/IntentClassifier.h"

#include "relay/drafts/TextNormalizer.h"

#include <cmath>

namespace recado::relay::drafts {

namespace {

void bump(std::vector<double> &s, Intent i, double v)
{
    s[size_t(i)] += v;
}

bool isMediaKind(const QString &kind)
{
    return kind == QLatin1String("image") || kind == QLatin1String("video") ||
           kind == QLatin1String("audio") || kind == QLatin1String("document") ||
           kind == QLatin1String("sticker");
}

bool isPhatic(Intent i)
{
    return i == Intent::Greeting || i == Intent::Thanks;
}

} // namespace

IntentClassifier::IntentClassifier()
{
    addIntentPatterns(m_lexicon);
}

const IntentClassifier &IntentClassifier::instance()
{
    static const IntentClassifier classifier;
    return classifier;
}

Classification IntentClassifier::classify(const QString &text, const QString &kind,
                                          const QList<Entity> &entities,
                                          const QList<domain::Message> &history) const
{
    Classification c;
    const QList<Token> tokens = TextNormalizer::tokenize(text);
    c.scores.assign(size_t(kIntentCount), 0.0);
    const QList<FuzzyLexicon::Match> matches = m_lexicon.match(tokens);
    for (const FuzzyLexicon::Match &m : matches) {
        c.scores[size_t(m.label)] += m.weight;
        c.matchedPatterns.append(intentName(Intent(m.label)) + QStringLiteral(": ") +
                                 m_lexicon.pattern(m.pattern));
    }

    // A photo or voice note without words is the customer sharing media; with a caption the
    // caption may still say more (a complaint with a photo is a complaint).
    if (isMediaKind(kind))
        bump(c.scores, Intent::MediaShare, text.trimmed().isEmpty() ? 5.0 : 2.5);

    int amounts = 0;
    for (const Entity &e : entities) {
        if (e.type == QLatin1String("request_id")) {
            bump(c.scores, Intent::RequestStatus, 1.0);
            bump(c.scores, Intent::Cancel, 0.3);
            bump(c.scores, Intent::Reschedule, 0.3);
            bump(c.scores, Intent::ConfirmAppointment, 0.3);
        } else if (e.type == QLatin1String("date") || e.type == QLatin1String("time") ||
                   e.type == QLatin1String("time_window")) {
            bump(c.scores, Intent::Reschedule, 0.8);
            bump(c.scores, Intent::ConfirmAppointment, 0.8);
            bump(c.scores, Intent::NewRequest, 0.4);
        } else if (e.type == QLatin1String("address")) {
            bump(c.scores, Intent::NewRequest, 0.8);
            bump(c.scores, Intent::ConfirmAppointment, 0.5);
        } else if (e.type == QLatin1String("amount")) {
            ++amounts;
        }
    }
    if (amounts >= 2)
        bump(c.scores, Intent::BillingDispute, 2.0);
    else if (amounts == 1)
        bump(c.scores, Intent::BillingQuestion, 0.5);
    if (text.contains(QLatin1Char('?')))
        bump(c.scores, Intent::Faq, 0.3);

    // "Sí" right after we asked the customer to confirm a visit is a confirmation.
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->direction == domain::Direction::Outbound) {
            const QString last = TextNormalizer::fold(it->text);
            if (last.contains(QLatin1String("confirm")))
                bump(c.scores, Intent::ConfirmAppointment, 1.5);
            break;
        }
    }

    // Pick the winner; the explicit "other" patterns (wrong number, laughter) compete too.
    // Greetings and thanks are phatic: "hola, quiero cancelar" is a cancellation, so they only
    // compete when the message says nothing else.
    double bestContent = 0.0;
    for (int i = 0; i < kIntentCount; ++i) {
        if (!isPhatic(Intent(i)))
            bestContent = std::max(bestContent, c.scores[size_t(i)]);
    }
    const bool skipPhatic = bestContent >= 2.0;
    int best = int(Intent::Other), second = -1;
    double s1 = 0.0, s2 = 0.0;
    for (int i = 0; i < kIntentCount; ++i) {
        if (skipPhatic && isPhatic(Intent(i)))
            continue;
        const double v = c.scores[size_t(i)];
        if (v > s1) {
            s2 = s1;
            second = best;
            s1 = v;
            best = i;
        } else if (v > s2) {
            s2 = v;
            second = i;
        }
    }
    if (s1 < kMinScore) {
        c.intent = Intent::Other;
        c.confidence = 0.2;
        c.runnerUp = Intent(best);
        return c;
    }
    c.intent = Intent(best);
    c.runnerUp = second >= 0 ? Intent(second) : Intent::Other;
    const double strength = 1.0 - std::exp(-s1 / 2.5);
    const double margin = (s1 - std::max(s2, 0.0)) / s1;
    c.confidence = std::clamp(strength * (0.55 + 0.45 * margin), 0.0, 1.0);
    return c;
}

} // namespace recado::relay::drafts
