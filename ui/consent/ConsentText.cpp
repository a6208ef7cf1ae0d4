// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consent/ConsentText.h"

#include <QLocale>

namespace recado::ui {

QString ConsentText::state(const sync::ConsentInfo &info)
{
    const QString when = QLocale().toString(info.since.toLocalTime(), QLocale::ShortFormat);
    const QString how = source(info.source);
    if (info.state == QLatin1String("opted_in"))
        return tr("Opted in on %1 (%2)").arg(when, how);
    if (info.state == QLatin1String("opted_out"))
        return tr("Opted out on %1 (%2)").arg(when, how);
    return tr("No consent recorded yet");
}

QString ConsentText::action(const QString &action)
{
    if (action == QLatin1String("opt_in"))
        return tr("Opt-in");
    if (action == QLatin1String("opt_out"))
        return tr("Opt-out");
    return action;
}

QString ConsentText::source(const QString &source)
{
    if (source == QLatin1String("customer_message"))
        return tr("customer wrote to us");
    if (source == QLatin1String("keyword"))
        return tr("keyword in a message");
    if (source == QLatin1String("web_form"))
        return tr("web form");
    if (source == QLatin1String("import"))
        return tr("imported");
    if (source == QLatin1String("agent_verbal"))
        return tr("verbal, recorded by an agent");
    if (source == QLatin1String("agent_action"))
        return tr("recorded by an agent");
    return source;
}

} // namespace recado::ui
