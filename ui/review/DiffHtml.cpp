// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/DiffHtml.h"

#include "core/text/WordDiff.h"
#include "ui/Palette.h"

#include <utility>

namespace recado::ui {

using recado::text::WordDiff;

namespace {
QString escaped(const QString &text)
{
    QString s = text.toHtmlEscaped();
    s.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return s;
}
} // namespace

QString DiffHtml::render(const QString &from, const QString &to, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor del = Palette::mix(base, Palette::error(palette), 0.30);
    const QColor ins = Palette::mix(base, Palette::badge(palette), 0.30);
    QString html;
    bool afterSpace = true; // the text so far ends with whitespace (or nothing)
    for (const WordDiff::Segment &s : WordDiff::compute(from, to)) {
        // Whitespace goes outside the mark so highlights hug the words.
        QString body = s.text;
        qsizetype end = body.size();
        while (end > 0 && body.at(end - 1).isSpace())
            --end;
        qsizetype start = 0;
        while (start < end && body.at(start).isSpace())
            ++start;
        QString lead = body.left(start);
        QString trail = body.mid(end);
        body = body.mid(start, end - start);
        // Words added after "tarjeta." carry their separating space at the end: show it before
        // the marked words, not glued to them.
        if (s.op != WordDiff::Op::Equal && !afterSpace && lead.isEmpty() && !trail.isEmpty())
            std::swap(lead, trail);
        if (s.op == WordDiff::Op::Equal)
            afterSpace = s.text.isEmpty() ? afterSpace : s.text.back().isSpace();
        else
            afterSpace = !trail.isEmpty() || (body.isEmpty() && (!lead.isEmpty() || afterSpace));
        switch (s.op) {
        case WordDiff::Op::Equal:
            html += escaped(s.text);
            break;
        case WordDiff::Op::Delete:
            html += escaped(lead) +
                    QStringLiteral("<span style=\"background-color:%1; text-decoration: "
                                   "line-through;\">%2</span>%3")
                        .arg(del.name(), escaped(body), escaped(trail));
            break;
        case WordDiff::Op::Insert:
            html += escaped(lead) +
                    QStringLiteral("<span style=\"background-color:%1; text-decoration: "
                                   "underline;\">%2</span>%3")
                        .arg(ins.name(), escaped(body), escaped(trail));
            break;
        }
    }
    return html;
}

} // namespace recado::ui
