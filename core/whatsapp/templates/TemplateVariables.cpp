// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/templates/TemplateVariables.h"

#include <QRegularExpression>

#include <algorithm>

namespace recado::whatsapp {

namespace {
bool isNamedKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return re.match(key).hasMatch();
}

bool isPositionalKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]+$"));
    return re.match(key).hasMatch();
}
} // namespace

TemplateVariables TemplateVariables::scan(const QString &text)
{
    TemplateVariables out;
    // Every `{{` starts a candidate; a candidate ends at the first `}}`. Whatever lies between
    // must be a valid key, otherwise the candidate is malformed (Meta rejects the template).
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
        const qsizetype strayClose = text.indexOf(QLatin1String("}}"), pos);
        if (open < 0) {
            if (strayClose >= 0)
                out.malformed.append(text.mid(strayClose, 2));
            break;
        }
        if (strayClose >= 0 && strayClose < open) {
            out.malformed.append(text.mid(strayClose, 2));
            pos = strayClose + 2;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            out.malformed.append(text.mid(open, 12));
            break;
        }
        const QString key = text.mid(open + 2, close - open - 2);
        const QString snippet = text.mid(open, close + 2 - open);
        if (key.contains(QLatin1String("{{"))) {
            // "{{{{1}}" and the like: report the first opening and rescan from the inner one.
            out.malformed.append(text.mid(open, 2));
            pos = open + 2;
            continue;
        }
        if (isPositionalKey(key)) {
            TemplateVariable v{key, open, close + 2 - open, key.toInt()};
            out.variables.append(v);
        } else if (isNamedKey(key)) {
            out.variables.append(TemplateVariable{key, open, close + 2 - open, 0});
        } else {
            out.malformed.append(snippet);
        }
        pos = close + 2;
    }
    return out;
}

QStringList TemplateVariables::orderedKeys() const
{
    QStringList keys;
    for (const TemplateVariable &v : variables) {
        if (!keys.contains(v.key))
            keys.append(v.key);
    }
    const bool allPositional = std::all_of(variables.cbegin(), variables.cend(),
                                           [](const TemplateVariable &v) { return v.number > 0; });
    if (allPositional) {
        std::sort(keys.begin(), keys.end(),
                  [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    }
    return keys;
}

QString TemplateVariables::substitute(const QString &text, const QStringList &values)
{
    const TemplateVariables found = scan(text);
    const QStringList keys = found.orderedKeys();
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    for (const TemplateVariable &v : found.variables) {
        out += QStringView(text).mid(pos, v.start - pos);
        const qsizetype i = keys.indexOf(v.key);
        if (i >= 0 && i < values.size())
            out += values.at(i);
        else
            out += QStringView(text).mid(v.start, v.length);
        pos = v.start + v.length;
    }
    out += QStringView(text).mid(pos);
    return out;
}

} // namespace recado::whatsapp
