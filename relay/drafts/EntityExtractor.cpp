// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/EntityExtractor.h"

#include "relay/drafts/DateTimeExtractor.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace recado::relay::drafts {

namespace {

using RE = QRegularExpression;
constexpr auto kOpts = RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption;

Entity make(const QString &type, const QString &text, qsizetype start, qsizetype end,
            const QString &value)
{
    Entity e;
    e.type = type;
    e.text = text.mid(start, end - start).trimmed();
    e.value = value;
    e.start = int(start);
    e.length = int(end - start);
    return e;
}

QString currencyCode(const QString &symbolOrWord)
{
    const QString s = symbolOrWord.trimmed().toLower();
    if (s == QLatin1String("r$") || s == QLatin1String("brl") || s.startsWith(QLatin1String("rea")))
        return QStringLiteral("BRL");
    if (s == QLatin1String("us$") || s == QLatin1String("usd") ||
        s.startsWith(QLatin1String("dol")) || s.startsWith(QLatin1String("dól")) ||
        s == QLatin1String("bucks"))
        return QStringLiteral("USD");
    if (s == QLatin1String("mxn") || s == QLatin1String("pesos"))
        return QStringLiteral("MXN");
    if (s == QLatin1String("cop") || s == QLatin1String("ars") || s == QLatin1String("eur"))
        return s.toUpper();
    if (s == QLatin1String("€"))
        return QStringLiteral("EUR");
    return QString();
}

} // namespace

double EntityExtractor::parseAmount(const QString &number)
{
    QString s = number.trimmed();
    if (s.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    const qsizetype lastDot = s.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = s.lastIndexOf(QLatin1Char(','));
    if (lastDot >= 0 && lastComma >= 0) {
        const QChar dec = lastDot > lastComma ? QLatin1Char('.') : QLatin1Char(',');
        const QChar thou = dec == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
        s.remove(thou);
        s.replace(dec, QLatin1Char('.'));
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar sep = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        const qsizetype last = std::max(lastDot, lastComma);
        const qsizetype decimals = s.size() - last - 1;
        if (s.count(sep) == 1 && decimals != 3)
            s.replace(sep, QLatin1Char('.')); // 120,00 / 450.5
        else
            s.remove(sep); // 1,200 / 1.200.000
    }
    bool ok = false;
    const double v = s.toDouble(&ok);
    return ok ? v : std::numeric_limits<double>::quiet_NaN();
}

QList<Entity> EntityExtractor::requestIds(const QString &text)
{
    QList<Entity> out;
    static const RE prefixed(QStringLiteral("\\b(?:SR|OS|OT|REQ|ORD)\\s?[#-]?\\s?(\\d{3,8})\\b"),
                             kOpts);
    static const RE hash(QStringLiteral("(?<![\\w&])#\\s?(\\d{3,8})\\b"), kOpts);
    static const RE worded(
        QStringLiteral(
            "\\b(?:solicitud|orden|folio|ticket|caso|pedido|chamado|protocolo|reporte|order|"
            "request|case)"
            "\\s*(?:n[°ºo]\\.?\\s*|#\\s*|n[uú]m(?:ero)?\\.?\\s*|number\\s*)?(\\d{3,8})\\b"),
        kOpts);
    QList<QPair<qsizetype, qsizetype>> used;
    for (const RE *re : {&prefixed, &hash, &worded}) {
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const qsizetype s = m.capturedStart(), e = m.capturedEnd();
            const bool overlap = std::any_of(used.cbegin(), used.cend(), [s, e](const auto &p) {
                return s < p.second && p.first < e;
            });
            if (overlap)
                continue;
            used.append({s, e});
            out.append(make(QStringLiteral("request_id"), text, s, e,
                            QStringLiteral("SR-") + m.captured(1)));
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Entity &a, const Entity &b) { return a.start < b.start; });
    return out;
}

QList<Entity> EntityExtractor::addresses(const QString &text)
{
    QList<Entity> out;
    static const RE trigger(
        QStringLiteral(
            "\\b(?:mi direcci[oó]n es|mi domicilio es|la direcci[oó]n es|vivo en|direcci[oó]n:|"
            "domicilio:|meu endere[cç]o [eé]|o endere[cç]o [eé]|endere[cç]o:|moro n[ao]|"
            "my address is|the address is|address:|i live (?:at|on))\\s+"),
        kOpts);
    static const RE street(
        QStringLiteral(
            "\\b(?:calle|c/|av\\.?|avenida|avda\\.?|blvd\\.?|boulevard|bulevar|calzada|calz\\.|"
            "carrera|cra\\.?|cll\\.?|diagonal|transversal|privada|priv\\.|cerrada|andador|"
            "camino|carretera|rua|r\\.|travessa|tv\\.|alameda|estrada|rodovia|pra[cç]a|largo)"
            "\\s+(?=[\\p{L}\\d])"),
        kOpts);
    static const RE english(
        QStringLiteral("\\b\\d{1,5}\\s+(?:[A-Z][a-z]+\\s+){1,3}(?:St|Street|Ave|Avenue|Rd|"
                       "Road|Blvd|Lane|Ln|Dr|Drive|Way|Ct|Court)\\b\\.?"));
    static const QStringList abbreviations = {
        QStringLiteral("av"),   QStringLiteral("col"),  QStringLiteral("no"),
        QStringLiteral("num"),  QStringLiteral("r"),    QStringLiteral("st"),
        QStringLiteral("ave"),  QStringLiteral("dr"),   QStringLiteral("tv"),
        QStringLiteral("apto"), QStringLiteral("ap"),   QStringLiteral("int"),
        QStringLiteral("ext"),  QStringLiteral("cp"),   QStringLiteral("depto"),
        QStringLiteral("dpto"), QStringLiteral("blvd"), QStringLiteral("calz"),
        QStringLiteral("priv"), QStringLiteral("cra"),  QStringLiteral("cll"),
        QStringLiteral("avda"), QStringLiteral("n"),    QStringLiteral("c")};

    // The address runs to the end of its sentence: '.' ends it unless it closes an abbreviation
    // (Av., col., apto.) or sits between digits.
    auto spanEnd = [&text](qsizetype from) {
        qsizetype i = from;
        const qsizetype limit = std::min(text.size(), from + 140);
        for (; i < limit; ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\n') || c == QLatin1Char('?') || c == QLatin1Char('!') ||
                c == QLatin1Char(';'))
                break;
            if (c == QLatin1Char('.')) {
                qsizetype w = i;
                while (w > from && text.at(w - 1).isLetter())
                    --w;
                const QString word = text.mid(w, i - w).toLower();
                const bool digitNext = i + 1 < text.size() && text.at(i + 1).isDigit();
                if (!abbreviations.contains(word) && !digitNext)
                    break;
            }
        }
        while (i > from && (text.at(i - 1).isSpace() || text.at(i - 1) == QLatin1Char(',')))
            --i;
        return i;
    };
    QList<QPair<qsizetype, qsizetype>> used;
    auto add = [&](qsizetype s, qsizetype e, bool needDigit) {
        const QString span = text.mid(s, e - s);
        if (e - s < 4 || (needDigit && !std::any_of(span.cbegin(), span.cend(),
                                                    [](QChar c) { return c.isDigit(); })))
            return;
        for (const auto &p : used) {
            if (s < p.second && p.first < e)
                return;
        }
        used.append({s, e});
        out.append(make(QStringLiteral("address"), text, s, e, text.mid(s, e - s).simplified()));
    };
    for (auto it = trigger.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(m.capturedEnd(), spanEnd(m.capturedEnd()), false);
    }
    for (auto it = street.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(m.capturedStart(), spanEnd(m.capturedEnd()), true);
    }
    for (auto it = english.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(m.capturedStart(), spanEnd(m.capturedStart()), true);
    }
    return out;
}

QList<Entity> EntityExtractor::amounts(const QString &text)
{
    QList<Entity> out;
    static const QString num =
        QStringLiteral("(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)");
    static const RE symbolFirst(
        QStringLiteral("(R\\$|US\\$|\\$|€|\\bMXN|\\bBRL|\\bUSD|\\bCOP|\\bARS|\\bEUR)\\s?") + num +
            QStringLiteral(
                "(?:\\s?(MXN|BRL|USD|COP|ARS|pesos|reais|reales|d[oó]lares|dollars)\\b)?"),
        kOpts);
    static const RE wordAfter(
        num + QStringLiteral(
                  "\\s?(MXN|BRL|USD|COP|ARS|EUR|pesos|reais|reales|d[oó]lares|dollars|bucks)\\b"),
        kOpts);
    QList<QPair<qsizetype, qsizetype>> used;
    auto add = [&](const QRegularExpressionMatch &m, const QString &number, const QString &cur) {
        const qsizetype s = m.capturedStart(), e = m.capturedEnd();
        for (const auto &p : used) {
            if (s < p.second && p.first < e)
                return;
        }
        const double v = parseAmount(number);
        if (std::isnan(v))
            return;
        used.append({s, e});
        QString value = QString::number(v, 'f', 2);
        if (!cur.isEmpty())
            value += QLatin1Char(' ') + cur;
        out.append(make(QStringLiteral("amount"), text, s, e, value));
    };
    for (auto it = symbolFirst.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString cur = currencyCode(m.captured(3));
        if (cur.isEmpty())
            cur = currencyCode(m.captured(1));
        add(m, m.captured(2), cur);
    }
    for (auto it = wordAfter.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(m, m.captured(1), currencyCode(m.captured(2)));
    }
    std::sort(out.begin(), out.end(),
              [](const Entity &a, const Entity &b) { return a.start < b.start; });
    return out;
}

QList<Entity> EntityExtractor::extract(const QString &text, const QDate &today)
{
    QList<Entity> all = requestIds(text);
    all += amounts(text);
    all += addresses(text);
    // Dates and times must not re-read digits already taken by ids, amounts or addresses.
    auto taken = [&all](const Entity &e) {
        return std::any_of(all.cbegin(), all.cend(), [&e](const Entity &o) {
            return e.start < o.start + o.length && o.start < e.start + e.length;
        });
    };
    const QList<Entity> dates = DateTimeExtractor::dates(text, today);
    const QList<Entity> times = DateTimeExtractor::times(text);
    QList<Entity> more;
    for (const Entity &e : dates) {
        if (!taken(e))
            more.append(e);
    }
    for (const Entity &e : times) {
        if (!taken(e))
            more.append(e);
    }
    all += more;
    std::sort(all.begin(), all.end(),
              [](const Entity &a, const Entity &b) { return a.start < b.start; });
    return all;
}

} // namespace recado::relay::drafts
