// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/DiffHtml.h"

#include "core/text/WordDiff.h"
#include "ui/Palette.h"

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
    for (const WordDiff::Segment &s : WordDiff::compute(from, to)) {
        // Trailing whitespace goes outside the mark so highlights hug the words.
        QString body = s.text;
        qsizetype end = body.size();
        while (end > 0 && body.at(end - 1).isSpace())
            --end;
        const QString trail = body.mid(end);
        body.truncate(end);
        switch (s.op) {
        case WordDiff::Op::Equal:
            html += escaped(s.text);
            break;
        case WordDiff::Op::Delete:
            html += QStringLiteral("<span style=\"background-color:%1; text-decoration: "
                                   "line-through;\">%2</span>%3")
                        .arg(del.name(), escaped(body), escaped(trail));
            break;
        case WordDiff::Op::Insert:
            html += QStringLiteral("<span style=\"background-color:%1; text-decoration: "
                                   "underline;\">%2</span>%3")
                        .arg(ins.name(), escaped(body), escaped(trail));
            break;
        }
    }
    return html;
}

} // namespace recado::ui
