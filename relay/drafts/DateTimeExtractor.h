// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/drafts/DraftResult.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace recado::relay::drafts {

//! Finds dates and times in es/pt/en text: "mañana", "amanhã", "tomorrow", weekdays ("el
//! martes", "na quinta", "segunda-feira"), "15 de mayo", "May 15", 15/05, "la otra semana";
//! time windows ("entre 2 y 4", "das 14h às 16h", "2-4pm", "después de las 5") and parts of
//! the day ("de manhã", "por la tarde"). Bare hours 1-7 without am/pm are read as afternoon
//! hours, as customers mean when booking a visit.
class DateTimeExtractor
{
public:
    //! type "date"; value yyyy-MM-dd, or "yyyy-MM-dd/yyyy-MM-dd" for a week or weekend.
    static QList<Entity> dates(const QString &text, const QDate &today);
    //! type "time" (value HH:mm) and "time_window" (value "HH:mm-HH:mm", "HH:mm-", "-HH:mm",
    //! or morning/afternoon/evening).
    static QList<Entity> times(const QString &text);

    //! 1 = Monday ... 7 = Sunday for a folded weekday word, or 0.
    static int weekdayFromWord(const QString &folded);
    //! The first date in [from, from + 6] that falls on `weekday`.
    static QDate nextWeekday(const QDate &from, int weekday);
    static QDate parseDateValue(const QString &value);
    //! Minutes since midnight of every hh:mm in a time/time_window value.
    static QList<int> minutesOf(const QString &value);
};

} // namespace recado::relay::drafts
