// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/TextFormatting.h"

#include <QRegularExpression>

#include <array>

namespace recado::whatsapp::TextFormatting {

namespace {

const QRegularExpression &monoRun()
{
    static const QRegularExpression re(QStringLiteral("```(.+?)```"),
                                       QRegularExpression::DotMatchesEverythingOption);
    return re;
}

//! One inline marker (`*`, `_` or `~`): not inside a word on the outside, no space inside.
QRegularExpression inlineRun(QChar marker)
{
    const QString m = QRegularExpression::escape(QString(marker));
    return QRegularExpression(
        QStringLiteral("(?<![\\w%1])%1(?=\\S)([^%1\\n]*?\\S)%1(?![\\w%1])").arg(m),
        QRegularExpression::UseUnicodePropertiesOption);
}

struct InlineRule
{
    QRegularExpression re;
    const char *open;
    const char *close;
};

const std::array<InlineRule, 3> &inlineRules()
{
    static const std::array<InlineRule, 3> rules{{
        {inlineRun(QLatin1Char('*')), "<b>", "</b>"},
        {inlineRun(QLatin1Char('_')), "<i>", "</i>"},
        {inlineRun(QLatin1Char('~')), "<s>", "</s>"},
    }};
    return rules;
}

//! Escapes `plain` and applies the inline rules (the markers survive HTML escaping as is).
QString inlineHtml(const QString &plain)
{
    QString html = plain.toHtmlEscaped();
    for (const InlineRule &rule : inlineRules()) {
        html.replace(rule.re,
                     QLatin1String(rule.open) + QStringLiteral("\\1") + QLatin1String(rule.close));
    }
    return html;
}

} // namespace

bool hasFormatting(const QString &text)
{
    if (!text.contains(QLatin1Char('*')) && !text.contains(QLatin1Char('_')) &&
        !text.contains(QLatin1Char('~')) && !text.contains(QLatin1Char('`')))
        return false; // the common case, without a regular expression
    if (monoRun().match(text).hasMatch())
        return true;
    for (const InlineRule &rule : inlineRules()) {
        if (rule.re.match(text).hasMatch())
            return true;
    }
    return false;
}

QString toHtml(const QString &text)
{
    QString html;
    qsizetype at = 0;
    auto it = monoRun().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        html += inlineHtml(text.mid(at, m.capturedStart() - at));
        html += QStringLiteral("<span style=\"font-family:monospace\">") +
                m.captured(1).toHtmlEscaped() + QStringLiteral("</span>");
        at = m.capturedEnd();
    }
    html += inlineHtml(text.mid(at));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

} // namespace recado::whatsapp::TextFormatting
