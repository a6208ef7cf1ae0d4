// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/DateTimeExtractor.h"

#include "relay/drafts/TextNormalizer.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace recado::relay::drafts {

namespace {

using RE = QRegularExpression;

#define WD_ALT                                                                                     \
    "lunes|martes|miercoles|jueves|viernes|sabado|domingo|segunda|terca|quarta|quinta|sexta|"      \
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#define MONTH_ALT                                                                                  \
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"    \
    "diciembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|"       \
    "january|february|march|april|may|june|july|august|september|october|november|december|"       \
    "ene|jan|feb|fev|mar|abr|apr|jun|jul|ago|aug|sep|sept|set|oct|out|nov|dic|dez|dec"
// hour, optional :mm / 14h30 / 14hs, optional am/pm, optional "de la tarde"
#define HOUR "(\\d{1,2})(?::(\\d{2})|h(\\d{2})?|hs|hrs)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?"
#define DAYPART_SUFFIX                                                                             \
    "(?:\\s*(?:de|da|in)\\s+(?:la\\s+|the\\s+)?(manana|manha|tarde|noche|noite|morning|afternoon|" \
    "evening|night))?"

struct Used
{
    QList<QPair<int, int>> spans;
    bool overlaps(int s, int e) const
    {
        return std::any_of(spans.cbegin(), spans.cend(), [s, e](const QPair<int, int> &p) {
            return s < p.second && p.first < e;
        });
    }
    void add(int s, int e) { spans.append({s, e}); }
};

int monthFromWord(const QString &w)
{
    static const QStringList months = {
        QStringLiteral("ene|jan"), QStringLiteral("feb|fev"), QStringLiteral("mar"),
        QStringLiteral("abr|apr"), QStringLiteral("may|mai"), QStringLiteral("jun"),
        QStringLiteral("jul"),     QStringLiteral("ago|aug"), QStringLiteral("sep|set"),
        QStringLiteral("oct|out"), QStringLiteral("nov"),     QStringLiteral("dic|dez|dec")};
    const QString p = w.left(3);
    for (int i = 0; i < months.size(); ++i) {
        if (months.at(i).split(QLatin1Char('|')).contains(p))
            return i + 1;
    }
    return 0;
}

QDate inferYear(const QDate &today, int month, int day)
{
    QDate d(today.year(), month, day);
    if (d.isValid() && d < today.addDays(-60))
        d = QDate(today.year() + 1, month, day);
    return d;
}

int toYear(const QString &y)
{
    if (y.isEmpty())
        return 0;
    const int v = y.toInt();
    return y.size() == 2 ? 2000 + v : v;
}

Entity makeEntity(const QString &type, const QString &text, int start, int end,
                  const QString &value)
{
    Entity e;
    e.type = type;
    e.text = text.mid(start, end - start);
    e.value = value;
    e.start = start;
    e.length = end - start;
    return e;
}

QString rangeValue(const QDate &a, const QDate &b)
{
    return a.toString(Qt::ISODate) + QLatin1Char('/') + b.toString(Qt::ISODate);
}

bool isUnitWord(const QString &folded, int from)
{
    static const RE unit(QStringLiteral(
        "^\\s*(?:mes|meses|dia|dias|semana|semanas|hora|horas|hr|hrs|min|minuto|minutos|minutes|"
        "ano|anos|year|years|month|months|day|days|week|weeks|hour|hours|%|por ciento|porciento|"
        "percent|pesos|reais|x\\b|veces|vezes|times|parcelas|cuotas)\\b"));
    return unit.match(folded.mid(from, 24)).hasMatch();
}

//! Minutes since midnight from captured hour parts; -1 if not a time of day.
int toMinutes(const QString &h, const QString &m1, const QString &m2, const QString &ampm,
              const QString &dayPart, bool assumeAfternoon)
{
    if (h.isEmpty())
        return -1;
    int hour = h.toInt();
    const int minute = !m1.isEmpty() ? m1.toInt() : (!m2.isEmpty() ? m2.toInt() : 0);
    if (hour > 24 || minute > 59)
        return -1;
    const bool pm = ampm.startsWith(QLatin1Char('p')) || dayPart == QLatin1String("tarde") ||
                    dayPart == QLatin1String("noche") || dayPart == QLatin1String("noite") ||
                    dayPart == QLatin1String("afternoon") || dayPart == QLatin1String("evening") ||
                    dayPart == QLatin1String("night");
    const bool am = ampm.startsWith(QLatin1Char('a')) || dayPart == QLatin1String("manana") ||
                    dayPart == QLatin1String("manha") || dayPart == QLatin1String("morning");
    if (pm && hour < 12)
        hour += 12;
    else if (am && hour == 12)
        hour = 0;
    else if (!am && !pm && assumeAfternoon && hour >= 1 && hour <= 7 && m1.isEmpty() &&
             m2.isEmpty())
        hour += 12;
    if (hour == 24)
        hour = 0;
    return hour * 60 + minute;
}

QString hhmm(int minutes)
{
    return QTime(minutes / 60, minutes % 60).toString(QStringLiteral("HH:mm"));
}

QString dayPartValue(const QString &w)
{
    if (w.startsWith(QLatin1String("manan")) || w == QLatin1String("manha") ||
        w == QLatin1String("morning") || w == QLatin1String("temprano") ||
        w == QLatin1String("cedo"))
        return QStringLiteral("morning");
    if (w.startsWith(QLatin1String("tarde")) || w == QLatin1String("afternoon") ||
        w == QLatin1String("mediodia"))
        return QStringLiteral("afternoon");
    return QStringLiteral("evening");
}

} // namespace

int DateTimeExtractor::weekdayFromWord(const QString &w)
{
    static const QList<QStringList> days = {
        {QStringLiteral("lun"), QStringLiteral("mon"), QStringLiteral("seg")},
        {QStringLiteral("mar"), QStringLiteral("ter"), QStringLiteral("tue")},
        {QStringLiteral("mie"), QStringLiteral("qua"), QStringLiteral("wed")},
        {QStringLiteral("jue"), QStringLiteral("qui"), QStringLiteral("thu")},
        {QStringLiteral("vie"), QStringLiteral("sex"), QStringLiteral("fri")},
        {QStringLiteral("sab"), QStringLiteral("sat")},
        {QStringLiteral("dom"), QStringLiteral("sun")},
    };
    const QString p = w.left(3);
    for (int i = 0; i < days.size(); ++i) {
        if (days.at(i).contains(p))
            return i + 1;
    }
    return 0;
}

QDate DateTimeExtractor::nextWeekday(const QDate &from, int weekday)
{
    const int delta = (weekday - from.dayOfWeek() + 7) % 7;
    return from.addDays(delta);
}

QDate DateTimeExtractor::parseDateValue(const QString &value)
{
    return QDate::fromString(value.left(10), Qt::ISODate);
}

QList<int> DateTimeExtractor::minutesOf(const QString &value)
{
    QList<int> out;
    static const RE re(QStringLiteral("(\\d{2}):(\\d{2})"));
    auto it = re.globalMatch(value);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append(m.captured(1).toInt() * 60 + m.captured(2).toInt());
    }
    return out;
}

QList<Entity> DateTimeExtractor::dates(const QString &text, const QDate &today)
{
    const QString f = TextNormalizer::fold(text);
    QList<Entity> out;
    Used used;
    auto addDate = [&](int s, int e, const QDate &d) {
        if (!d.isValid() || used.overlaps(s, e))
            return;
        used.add(s, e);
        out.append(makeEntity(QStringLiteral("date"), text, s, e, d.toString(Qt::ISODate)));
    };

    static const RE iso(QStringLiteral("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b"));
    for (auto it = iso.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        addDate(int(m.capturedStart()), int(m.capturedEnd()),
                QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    }
    static const RE numeric(QStringLiteral("\\b(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?\\b"));
    for (auto it = numeric.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        int a = m.captured(1).toInt(), b = m.captured(2).toInt();
        if (b > 12 && a <= 12)
            std::swap(a, b); // 05/15 written month first
        const int y = toYear(m.captured(3));
        addDate(int(m.capturedStart()), int(m.capturedEnd()),
                y ? QDate(y, b, a) : inferYear(today, b, a));
    }
    static const RE dayMonth(QStringLiteral(
        "\\b(?:(" WD_ALT
        ")(?:-feira|\\s+feira)?,?\\s+)?(?:(?:el|o)\\s+)?(?:dia\\s+)?(\\d{1,2})(?:o|º)?"
        "\\s+(?:de\\s+)?(" MONTH_ALT ")\\.?(?:\\s+(?:de\\s+|del\\s+)?(\\d{4}))?\\b"));
    for (auto it = dayMonth.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        const int month = monthFromWord(m.captured(3));
        const int y = toYear(m.captured(4));
        const int day = m.captured(2).toInt();
        addDate(int(m.capturedStart()), int(m.capturedEnd()),
                y ? QDate(y, month, day) : inferYear(today, month, day));
    }
    static const RE monthDay(
        QStringLiteral("\\b(?:(" WD_ALT "),?\\s+)?(" MONTH_ALT
                       ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b"));
    for (auto it = monthDay.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        if (isUnitWord(f, int(m.capturedEnd())))
            continue;
        const int month = monthFromWord(m.captured(2));
        const int y = toYear(m.captured(4));
        const int day = m.captured(3).toInt();
        addDate(int(m.capturedStart()), int(m.capturedEnd()),
                y ? QDate(y, month, day) : inferYear(today, month, day));
    }
    static const RE dayOnly(
        QStringLiteral("\\b(?:(?:el|o)\\s+dia|the)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b"));
    for (auto it = dayOnly.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        const int day = m.captured(1).toInt();
        if (day < 1 || day > 31 || isUnitWord(f, int(m.capturedEnd())))
            continue;
        QDate d(today.year(), today.month(), std::min(day, today.daysInMonth()));
        if (d < today)
            d = QDate(today.addMonths(1).year(), today.addMonths(1).month(), day);
        addDate(int(m.capturedStart()), int(m.capturedEnd()), d);
    }

    // Week ranges.
    auto emitRange = [&](int s, int e, const QDate &a, const QDate &b) {
        if (used.overlaps(s, e))
            return;
        used.add(s, e);
        out.append(makeEntity(QStringLiteral("date"), text, s, e, rangeValue(a, b)));
    };
    static const RE nextWeek(
        QStringLiteral("\\b(?:la\\s+)?(?:proxima|otra)\\s+semana\\b|\\bsemana\\s+que\\s+"
                       "(?:vem|viene)\\b|\\bnext\\s+week\\b"));
    for (auto it = nextWeek.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        const QDate monday = today.addDays(8 - today.dayOfWeek());
        emitRange(int(m.capturedStart()), int(m.capturedEnd()), monday, monday.addDays(6));
    }
    static const RE thisWeek(
        QStringLiteral("\\b(?:esta|essa|nesta)\\s+semana\\b|\\bthis\\s+week\\b"));
    for (auto it = thisWeek.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        emitRange(int(m.capturedStart()), int(m.capturedEnd()), today,
                  today.addDays(7 - today.dayOfWeek()));
    }
    static const RE weekend(QStringLiteral("\\b(?:fin|fim)\\s+de\\s+semana\\b|\\bweekend\\b"));
    for (auto it = weekend.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        const QDate sat = today.dayOfWeek() == 7 ? today.addDays(-1) : nextWeekday(today, 6);
        emitRange(int(m.capturedStart()), int(m.capturedEnd()), sat, sat.addDays(1));
    }

    // Relative days.
    static const RE dayAfter(QStringLiteral("\\bpasado\\s+manana\\b|\\bdepois\\s+de\\s+amanha\\b|"
                                            "\\bday\\s+after\\s+tomorrow\\b"));
    for (auto it = dayAfter.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        addDate(int(m.capturedStart()), int(m.capturedEnd()), today.addDays(2));
    }
    static const RE todayRe(QStringLiteral("\\b(?:hoy|hoje|today|tonight)\\b"));
    for (auto it = todayRe.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        addDate(int(m.capturedStart()), int(m.capturedEnd()), today);
    }
    static const RE tomorrow(QStringLiteral("\\b(?:manana|amanha|tomorrow)\\b"));
    static const RE morningBefore(QStringLiteral("(?:\\b(?:la|las|de|esta|toda)\\s+)$"));
    for (auto it = tomorrow.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        // "por la mañana", "de mañana", "esta mañana" are the morning, not tomorrow.
        if (m.captured(0) == QLatin1String("manana") &&
            morningBefore
                .match(f.mid(std::max(0, int(m.capturedStart()) - 8),
                             std::min(8, int(m.capturedStart()))))
                .hasMatch())
            continue;
        addDate(int(m.capturedStart()), int(m.capturedEnd()), today.addDays(1));
    }

    // Weekdays.
    static const RE weekday(
        QStringLiteral("\\b(?:(este|esta|proximo|proxima|next|this|na|nesta|numa|ser|dia|"
                       "essa|ate|pra|para|el|on|no|o)\\s+)?(" WD_ALT ")(-feira|\\s+feira)?\\b"));
    static const QStringList ptOnly = {QStringLiteral("segunda"), QStringLiteral("terca"),
                                       QStringLiteral("quarta"), QStringLiteral("quinta"),
                                       QStringLiteral("sexta")};
    static const QStringList ptContext = {
        QStringLiteral("na"),      QStringLiteral("nesta"), QStringLiteral("numa"),
        QStringLiteral("proxima"), QStringLiteral("ate"),   QStringLiteral("pra"),
        QStringLiteral("para"),    QStringLiteral("essa"),  QStringLiteral("esta"),
        QStringLiteral("ser"),     QStringLiteral("dia")};
    for (auto it = weekday.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        const QString prefix = m.captured(1);
        const QString word = m.captured(2);
        static const QRegularExpression ptTimeAfter(QStringLiteral(
            "^\\s+(?:a|de|pela|na|as|depois|cedo)\\b(?:\\s+(?:tarde|manha|noite|\\d))?"));
        if (ptOnly.contains(word) && m.captured(3).isEmpty() && !ptContext.contains(prefix) &&
            !ptTimeAfter.match(f.mid(m.capturedEnd(), 16)).hasMatch())
            continue; // "segunda vez", "quinta parte"; but "quinta à tarde" is Thursday
        const int wd = weekdayFromWord(word);
        const bool thisOne = prefix == QLatin1String("este") || prefix == QLatin1String("esta") ||
                             prefix == QLatin1String("this") || prefix == QLatin1String("nesta") ||
                             prefix == QLatin1String("essa");
        QDate d = nextWeekday(today, wd);
        if (d == today && !thisOne)
            d = today.addDays(7);
        // "next Tuesday" said on Monday is not tomorrow (that would be "mañana").
        const bool next = prefix == QLatin1String("proximo") ||
                          prefix == QLatin1String("proxima") || prefix == QLatin1String("next");
        if (next && today.daysTo(d) <= 1)
            d = d.addDays(7);
        addDate(int(m.capturedStart(2)), int(m.capturedEnd()), d);
    }
    std::sort(out.begin(), out.end(),
              [](const Entity &a, const Entity &b) { return a.start < b.start; });
    return out;
}

QList<Entity> DateTimeExtractor::times(const QString &text)
{
    const QString f = TextNormalizer::fold(text);
    QList<Entity> out;
    Used used;
    auto addTime = [&](const QString &type, int s, int e, const QString &value) {
        if (used.overlaps(s, e))
            return;
        used.add(s, e);
        out.append(makeEntity(type, text, s, e, value));
    };

    static const RE window(QStringLiteral(
        "\\b(?:entre|between|from|de|desde|das|da)\\s+(?:las\\s+|la\\s+|as\\s+|a\\s+)?" HOUR
        "\\s*(?:y|e|and|a|to|ate|hasta|-|as)\\s*(?:las\\s+|la\\s+|as\\s+)?" HOUR DAYPART_SUFFIX));
    for (auto it = window.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        if (isUnitWord(f, int(m.capturedEnd())))
            continue;
        const QString part = m.captured(9);
        QString ampm1 = m.captured(4), ampm2 = m.captured(8);
        if (ampm1.isEmpty())
            ampm1 =
                ampm2.startsWith(QLatin1Char('p')) && m.captured(1).toInt() <= m.captured(5).toInt()
                    ? ampm2
                    : QString();
        const int a = toMinutes(m.captured(1), m.captured(2), m.captured(3), ampm1, part, true);
        const int b = toMinutes(m.captured(5), m.captured(6), m.captured(7), ampm2, part, true);
        if (a < 0 || b < 0)
            continue;
        addTime(QStringLiteral("time_window"), int(m.capturedStart()), int(m.capturedEnd()),
                hhmm(a) + QLatin1Char('-') + hhmm(b));
    }
    static const RE dashWindow(
        QStringLiteral("\\b(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?\\s*-\\s*(\\d{1,2})"
                       "(?::(\\d{2}))?\\s*(am|pm)\\b"));
    for (auto it = dashWindow.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        QString ampm1 = m.captured(3);
        if (ampm1.isEmpty() && m.captured(1).toInt() <= m.captured(4).toInt())
            ampm1 = m.captured(6);
        const int a = toMinutes(m.captured(1), m.captured(2), QString(), ampm1, QString(), true);
        const int b =
            toMinutes(m.captured(4), m.captured(5), QString(), m.captured(6), QString(), true);
        if (a < 0 || b < 0)
            continue;
        addTime(QStringLiteral("time_window"), int(m.capturedStart()), int(m.capturedEnd()),
                hhmm(a) + QLatin1Char('-') + hhmm(b));
    }
    static const RE after(
        QStringLiteral("\\b(?:despues\\s+de\\s+las?|a\\s+partir\\s+de\\s+las?|a\\s+partir\\s+das?|"
                       "depois\\s+das?|after|from)\\s+" HOUR DAYPART_SUFFIX));
    for (auto it = after.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        if (isUnitWord(f, int(m.capturedEnd())))
            continue;
        const int a = toMinutes(m.captured(1), m.captured(2), m.captured(3), m.captured(4),
                                m.captured(5), true);
        if (a >= 0)
            addTime(QStringLiteral("time_window"), int(m.capturedStart()), int(m.capturedEnd()),
                    hhmm(a) + QLatin1Char('-'));
    }
    static const RE before(
        QStringLiteral("\\b(?:antes\\s+de\\s+las?|antes\\s+das?|before|until|till|hasta\\s+las?|"
                       "ate\\s+as?)\\s+" HOUR DAYPART_SUFFIX));
    for (auto it = before.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        if (isUnitWord(f, int(m.capturedEnd())))
            continue;
        const int b = toMinutes(m.captured(1), m.captured(2), m.captured(3), m.captured(4),
                                m.captured(5), true);
        if (b >= 0)
            addTime(QStringLiteral("time_window"), int(m.capturedStart()), int(m.capturedEnd()),
                    QLatin1Char('-') + hhmm(b));
    }
    static const RE at(
        QStringLiteral("\\b(?:a\\s+las?|as|at|pelas|por\\s+las?|tipo|around|para\\s+las?)\\s+" HOUR
                           DAYPART_SUFFIX));
    for (auto it = at.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        if (isUnitWord(f, int(m.capturedEnd())))
            continue;
        const int a = toMinutes(m.captured(1), m.captured(2), m.captured(3), m.captured(4),
                                m.captured(5), true);
        if (a >= 0)
            addTime(QStringLiteral("time"), int(m.capturedStart()), int(m.capturedEnd()), hhmm(a));
    }
    static const RE bare(
        QStringLiteral("\\b(\\d{1,2})(?::(\\d{2})|h(\\d{2})?(?=\\b|\\s)|hs\\b|\\s*(?=am|pm))\\s*"
                       "(am|pm)?" DAYPART_SUFFIX));
    for (auto it = bare.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        const int a = toMinutes(m.captured(1), m.captured(2), m.captured(3), m.captured(4),
                                m.captured(5), false);
        if (a >= 0)
            addTime(QStringLiteral("time"), int(m.capturedStart()), int(m.capturedEnd()), hhmm(a));
    }
    static const RE dayPart(
        QStringLiteral("\\b(?:en|por|de|a|pela|na|durante|in|this|esta|toda|all)\\s+(?:la\\s+|"
                       "las\\s+|a\\s+|the\\s+)?"
                       "(mananas?|manha|tardes?|noches?|noite|morning|afternoon|evening)\\b|\\b(?:"
                       "la|las)\\s+(tardes?|noches?)\\b|"
                       "\\b(temprano|cedo|tonight|mediodia|morning|afternoon|evening)\\b"));
    for (auto it = dayPart.globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        QString w = m.captured(1);
        if (w.isEmpty())
            w = m.captured(2);
        if (w.isEmpty())
            w = m.captured(3);
        addTime(QStringLiteral("time_window"), int(m.capturedStart()), int(m.capturedEnd()),
                dayPartValue(w));
    }
    std::sort(out.begin(), out.end(),
              [](const Entity &a, const Entity &b) { return a.start < b.start; });
    return out;
}

} // namespace recado::relay::drafts
