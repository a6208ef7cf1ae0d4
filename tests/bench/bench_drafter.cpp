// SPDX-License-Identifier: GPL-3.0-or-later
// Figures of the builtin drafter on the labelled sets: intent accuracy (overall, per language),
// escalation recall/precision, a confusion summary and drafts per second.
//   bench_drafter            figures
//   bench_drafter --dump     also every draft (intent, reasons, reply) for tuning
#include "relay/drafts/BuiltinDrafter.h"
#include "relay/drafts/IntentClassifier.h"
#include "relay/drafts/LanguageDetector.h"
#include "tests/relay/DrafterTestData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QTextStream>

#include <cstdio>

using namespace recado;
using namespace recado::relay::drafts;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

void evaluate(const QString &title, const QList<test::LabelledMessage> &set,
              const BuiltinDrafter &drafter, bool dump)
{
    if (set.isEmpty()) {
        out() << title << ": (no data)\n";
        return;
    }
    int correct = 0, langCorrect = 0, tp = 0, fp = 0, fn = 0;
    QMap<QString, QPair<int, int>> perLang;       // lang -> correct, total
    QMap<QString, QPair<int, int>> perIntent;     // intent -> correct, total
    QMap<QString, QMap<QString, int>> confusions; // truth -> predicted -> n
    QMap<QString, int> reasons;
    QStringList missedEscalations;
    for (const auto &m : set) {
        const DraftResult r = drafter.compose(test::contextFor(m));
        const QString predicted = intentName(r.intent);
        const bool ok = predicted == m.intent;
        correct += ok;
        perLang[m.lang].first += ok;
        ++perLang[m.lang].second;
        perIntent[m.intent].first += ok;
        ++perIntent[m.intent].second;
        if (!ok)
            ++confusions[m.intent][predicted];
        langCorrect += LanguageDetector::detect(m.text).lang == m.lang;
        if (m.escalate && r.escalate)
            ++tp;
        else if (!m.escalate && r.escalate)
            ++fp;
        else if (m.escalate && !r.escalate) {
            ++fn;
            missedEscalations << m.text;
        }
        for (const QString &reason : r.escalationReasons)
            ++reasons[reason];
        if (dump) {
            out() << (ok ? "  " : "XX") << ' ' << m.intent << " -> " << predicted
                  << QStringLiteral(" %1").arg(r.confidence, 0, 'f', 2)
                  << (r.escalate ? QStringLiteral(" ESC[") +
                                       r.escalationReasons.join(QLatin1Char(',')) + QLatin1Char(']')
                                 : QString())
                  << " | " << m.text << "\n      => " << r.reply << '\n';
        }
    }
    const double n = double(set.size());
    out() << "== " << title << " (" << set.size() << " messages)\n";
    out() << QStringLiteral("intent accuracy      %1 (%2/%3)\n")
                 .arg(correct / n, 0, 'f', 3)
                 .arg(correct)
                 .arg(set.size());
    for (auto it = perLang.cbegin(); it != perLang.cend(); ++it)
        out() << QStringLiteral("  %1                 %2 (%3/%4)\n")
                     .arg(it.key())
                     .arg(double(it->first) / it->second, 0, 'f', 3)
                     .arg(it->first)
                     .arg(it->second);
    out() << QStringLiteral("escalation recall    %1 (%2/%3)\n")
                 .arg(tp + fn ? double(tp) / (tp + fn) : 1.0, 0, 'f', 3)
                 .arg(tp)
                 .arg(tp + fn);
    out() << QStringLiteral("escalation precision %1 (%2/%3)\n")
                 .arg(tp + fp ? double(tp) / (tp + fp) : 1.0, 0, 'f', 3)
                 .arg(tp)
                 .arg(tp + fp);
    out() << QStringLiteral("language accuracy    %1\n").arg(langCorrect / n, 0, 'f', 3);
    for (const QString &t : missedEscalations)
        out() << "  missed escalation: " << t << '\n';
    out() << "confusions (truth -> predicted x n):\n";
    bool any = false;
    for (auto it = confusions.cbegin(); it != confusions.cend(); ++it) {
        QStringList parts;
        for (auto p = it->cbegin(); p != it->cend(); ++p)
            parts << QStringLiteral("%1 x%2").arg(p.key()).arg(p.value());
        out() << "  " << it.key()
              << QStringLiteral(" (%1/%2 right) -> ")
                     .arg(perIntent[it.key()].first)
                     .arg(perIntent[it.key()].second)
              << parts.join(QStringLiteral(", ")) << '\n';
        any = true;
    }
    if (!any)
        out() << "  none\n";
    QStringList rs;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        rs << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    out() << "escalation reasons   " << rs.join(QStringLiteral(" ")) << "\n\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool dump = app.arguments().contains(QStringLiteral("--dump"));
    const auto kb = test::sourceTreeKb();
    BuiltinDrafter drafter(kb);
    out() << "knowledge base: " << kb->size() << " articles, " << (kb->usesFts5() ? "FTS5" : "LIKE")
          << "\n\n";

    const QList<test::LabelledMessage> labelled = test::loadLabelled();
    // The blind set was written after the lexicon was tuned and is never used for tuning: its
    // figures are the honest estimate for new messages.
    const QList<test::LabelledMessage> blind =
        test::loadLabelled(QStringLiteral("drafter_blind.jsonl"));
    evaluate(QStringLiteral("labelled set (the lexicon was tuned on it)"), labelled, drafter, dump);
    evaluate(QStringLiteral("blind set (never tuned on)"), blind, drafter, dump);

    // Throughput: whole drafts (classify, extract, retrieve, compose, ground, escalate).
    QList<DraftContext> contexts;
    for (const auto &m : labelled + blind)
        contexts.append(test::contextFor(m));
    QElapsedTimer t;
    t.start();
    qint64 drafts = 0;
    while (t.elapsed() < 2000 || drafts < contexts.size()) {
        for (const DraftContext &c : contexts) {
            const DraftResult r = drafter.compose(c);
            drafts += r.reply.isEmpty() ? 0 : 1;
        }
    }
    const double seconds = t.nsecsElapsed() / 1e9;
    out() << QStringLiteral("builtin drafts/s     %1 (%2 drafts in %3 s, %4 ms/draft)\n")
                 .arg(drafts / seconds, 0, 'f', 0)
                 .arg(drafts)
                 .arg(seconds, 0, 'f', 2)
                 .arg(1000.0 * seconds / drafts, 0, 'f', 3);
    t.restart();
    qint64 classified = 0;
    while (t.elapsed() < 1000) {
        for (const DraftContext &c : contexts) {
            classified += IntentClassifier::instance().classify(c.text).confidence >= 0 ? 1 : 0;
        }
    }
    out() << QStringLiteral("classifications/s    %1\n")
                 .arg(classified / (t.nsecsElapsed() / 1e9), 0, 'f', 0);
    out().flush();
    return 0;
}
