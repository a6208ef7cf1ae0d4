// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/GroundingChecker.h"

#include "relay/drafts/DateTimeExtractor.h"
#include "relay/drafts/EntityExtractor.h"
#include "relay/drafts/ServiceStatus.h"
#include "relay/drafts/TextNormalizer.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace recado::relay::drafts {

namespace {

// Capitalised words that are not names: English weekdays and months are dates (checked as
// such), the rest are words our replies may use mid-sentence.
const QSet<QString> &notNames()
{
    static const QSet<QString> s = [] {
        QSet<QString> set;
        const QStringList words =
            QStringLiteral("I OK Ok WhatsApp Monday Tuesday Wednesday Thursday Friday Saturday "
                           "Sunday January February March April "
                           "May June July August September October November December Pix SR")
                .split(QLatin1Char(' '));
        for (const QString &w : words)
            set.insert(w);
        return set;
    }();
    return s;
}

struct Span
{
    qsizetype start;
    qsizetype end;
};

bool overlapsAny(const QList<Span> &spans, qsizetype s, qsizetype e)
{
    for (const Span &p : spans) {
        if (s < p.end && p.start < e)
            return true;
    }
    return false;
}

bool isSentenceStart(const QString &text, qsizetype pos)
{
    for (qsizetype i = pos - 1; i >= 0; --i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('(') || c == QLatin1Char('*'))
            continue;
        return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
               c == QLatin1Char(':') || c == QChar(u'¡') || c == QChar(u'¿') ||
               c == QLatin1Char('\n') || c == QLatin1Char('-');
    }
    return true;
}

bool weekdayOnly(const Entity &e)
{
    const QString f = TextNormalizer::fold(e.text);
    if (std::any_of(f.cbegin(), f.cend(), [](QChar c) { return c.isDigit(); }))
        return false;
    static const QRegularExpression separators(QStringLiteral("[\\s-]+"));
    const QStringList words = f.split(separators, Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (DateTimeExtractor::weekdayFromWord(w) != 0 && w != QLatin1String("feira"))
            return !f.contains(QLatin1String("manana")) && !f.contains(QLatin1String("amanha")) &&
                   !f.contains(QLatin1String("tomorrow"));
    }
    return false;
}

QList<GroundingClaim> claimsOf(const QString &text, const QDate &today, QList<Span> *spansOut)
{
    QList<GroundingClaim> out;
    QList<Span> spans;
    auto take = [&](const QString &kind, const Entity &e) {
        out.append({kind, e.text, e.value, false});
        spans.append({e.start, e.start + e.length});
    };
    for (const Entity &e : EntityExtractor::requestIds(text))
        take(QStringLiteral("request_id"), e);
    for (const Entity &e : EntityExtractor::amounts(text)) {
        if (!overlapsAny(spans, e.start, e.start + e.length))
            take(QStringLiteral("amount"), e);
    }
    for (const Entity &e : EntityExtractor::addresses(text)) {
        if (!overlapsAny(spans, e.start, e.start + e.length))
            take(QStringLiteral("address"), e);
    }
    for (const Entity &e : DateTimeExtractor::dates(text, today)) {
        if (!overlapsAny(spans, e.start, e.start + e.length))
            take(weekdayOnly(e) ? QStringLiteral("weekday") : QStringLiteral("date"), e);
    }
    for (const Entity &e : DateTimeExtractor::times(text)) {
        if (overlapsAny(spans, e.start, e.start + e.length))
            continue;
        if (DateTimeExtractor::minutesOf(e.value).isEmpty()) {
            spans.append({e.start, e.start + e.length}); // "por la tarde": vague, not a claim
            continue;
        }
        take(QStringLiteral("time"), e);
    }
    for (const auto &st : ServiceStatus::mentioned(text))
        out.append({QStringLiteral("status"), st.second, st.first, false});

    // Proper names: capitalised words inside a sentence, runs of two or more capitalised words
    // anywhere, and acronyms.
    static const QRegularExpression word(QStringLiteral("\\b[\\p{Lu}][\\p{L}'’]*\\b"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QList<QRegularExpressionMatch> caps;
    for (auto it = word.globalMatch(text); it.hasNext();)
        caps.append(it.next());
    for (int i = 0; i < caps.size(); ++i) {
        const auto &m = caps.at(i);
        const QString w = m.captured(0);
        if (overlapsAny(spans, m.capturedStart(), m.capturedEnd()) || notNames().contains(w))
            continue;
        const bool acronym = w.size() >= 2 && w == w.toUpper();
        const bool startsSentence = isSentenceStart(text, m.capturedStart());
        const bool nextIsCap =
            i + 1 < caps.size() &&
            text.mid(m.capturedEnd(), caps.at(i + 1).capturedStart() - m.capturedEnd())
                .trimmed()
                .isEmpty();
        if (startsSentence && !acronym && !nextIsCap)
            continue;
        out.append({QStringLiteral("name"), w, TextNormalizer::fold(w), false});
        spans.append({m.capturedStart(), m.capturedEnd()});
    }
    // Any other number is a fact too ("90 días", "3 meses").
    static const QRegularExpression number(QStringLiteral("\\d+(?:[.,]\\d+)?"));
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (overlapsAny(spans, m.capturedStart(), m.capturedEnd()))
            continue;
        out.append({QStringLiteral("number"), m.captured(0), m.captured(0), false});
    }
    if (spansOut)
        *spansOut = spans;
    return out;
}

} // namespace

bool GroundingReport::grounded() const
{
    return std::all_of(claims.cbegin(), claims.cend(),
                       [](const GroundingClaim &c) { return c.grounded; });
}

QList<GroundingClaim> GroundingReport::unsupported() const
{
    QList<GroundingClaim> out;
    for (const GroundingClaim &c : claims) {
        if (!c.grounded)
            out.append(c);
    }
    return out;
}

QString GroundingReport::summary() const
{
    QStringList parts;
    for (const GroundingClaim &c : unsupported())
        parts.append(QStringLiteral("%1 %2 (%3)").arg(c.kind, c.value, c.text));
    return parts.join(QStringLiteral("; "));
}

QList<GroundingClaim> GroundingChecker::claims(const QString &text, const QDate &today)
{
    return claimsOf(text, today, nullptr);
}

GroundingReport GroundingChecker::check(const QString &reply, const QList<DraftSource> &sources,
                                        const QDate &today)
{
    GroundingReport report;
    report.claims = claims(reply, today);
    if (report.claims.isEmpty())
        return report;

    QString all;
    for (const DraftSource &s : sources)
        all += s.title + QLatin1Char('\n') + s.text + QStringLiteral("\n\n");
    const QString folded = TextNormalizer::fold(all);
    const QList<GroundingClaim> facts = claims(all, today);

    QSet<QString> dates, ids, statuses, words, numbers;
    QSet<int> weekdays, minutes;
    QList<double> amounts;
    for (const GroundingClaim &f : facts) {
        if (f.kind == QLatin1String("date")) {
            dates.insert(f.value);
            const QDate d = DateTimeExtractor::parseDateValue(f.value);
            if (d.isValid())
                weekdays.insert(d.dayOfWeek());
        } else if (f.kind == QLatin1String("weekday")) {
            dates.insert(f.value);
        } else if (f.kind == QLatin1String("request_id")) {
            ids.insert(f.value);
        } else if (f.kind == QLatin1String("status")) {
            statuses.insert(f.value);
        } else if (f.kind == QLatin1String("amount")) {
            amounts.append(EntityExtractor::parseAmount(f.value.section(QLatin1Char(' '), 0, 0)));
        } else if (f.kind == QLatin1String("time")) {
            for (int m : DateTimeExtractor::minutesOf(f.value))
                minutes.insert(m);
        }
    }
    // Times and numbers may also sit in source text the extractors read differently
    // ("de 8:00 a 20:00" is a window there, "14:00" a time here).
    for (const Entity &e : DateTimeExtractor::times(all)) {
        for (int m : DateTimeExtractor::minutesOf(e.value))
            minutes.insert(m);
    }
    static const QRegularExpression number(QStringLiteral("\\d+(?:[.,]\\d+)?"));
    for (auto it = number.globalMatch(all); it.hasNext();)
        numbers.insert(it.next().captured(0));
    const QList<Token> tokens = TextNormalizer::tokenize(all);
    for (const Token &t : tokens)
        words.insert(t.text);

    for (GroundingClaim &c : report.claims) {
        if (c.kind == QLatin1String("date")) {
            c.grounded = dates.contains(c.value);
        } else if (c.kind == QLatin1String("weekday")) {
            const QDate d = DateTimeExtractor::parseDateValue(c.value);
            static const QRegularExpression separators(QStringLiteral("[\\s-]+"));
            const QString w = TextNormalizer::fold(c.text).split(separators).constLast();
            c.grounded = dates.contains(c.value) ||
                         (d.isValid() && weekdays.contains(d.dayOfWeek())) || words.contains(w);
        } else if (c.kind == QLatin1String("request_id")) {
            c.grounded = ids.contains(c.value) || numbers.contains(c.value.mid(3));
        } else if (c.kind == QLatin1String("status")) {
            c.grounded = statuses.contains(c.value);
        } else if (c.kind == QLatin1String("amount")) {
            const double v = EntityExtractor::parseAmount(c.value.section(QLatin1Char(' '), 0, 0));
            c.grounded = std::any_of(amounts.cbegin(), amounts.cend(),
                                     [v](double a) { return std::abs(a - v) < 0.005; });
        } else if (c.kind == QLatin1String("time")) {
            const QList<int> ms = DateTimeExtractor::minutesOf(c.value);
            c.grounded = !ms.isEmpty() && std::all_of(ms.cbegin(), ms.cend(), [&minutes](int m) {
                return minutes.contains(m);
            });
        } else if (c.kind == QLatin1String("name")) {
            const QList<Token> parts = TextNormalizer::tokenize(c.text);
            c.grounded = !parts.isEmpty() &&
                         std::all_of(parts.cbegin(), parts.cend(),
                                     [&words](const Token &t) { return words.contains(t.text); });
        } else if (c.kind == QLatin1String("number")) {
            c.grounded = numbers.contains(c.value);
        } else if (c.kind == QLatin1String("address")) {
            const QList<Token> parts = TextNormalizer::tokenize(c.text);
            int found = 0;
            for (const Token &t : parts)
                found += words.contains(t.text) ? 1 : 0;
            c.grounded = folded.contains(TextNormalizer::fold(c.value)) ||
                         (!parts.isEmpty() && found * 5 >= parts.size() * 4);
        }
    }
    return report;
}

} // namespace recado::relay::drafts
