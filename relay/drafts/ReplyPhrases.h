// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace recado::relay::drafts {

//! The builtin drafter's reply patterns in es/pt/en. They are not tr() strings: the language is
//! the customer's, chosen per message, not the agent's UI language. They state no fact of their
//! own; placeholders are filled from the sources ({n} ", name", {id}, {date}, {tech}, {status},
//! {when}, {address}, {what}, {kind}, {who}).
class ReplyPhrases
{
public:
    //! The pattern for `key` in `lang` (es when unknown); empty if `key` is unknown.
    static QString get(const char *key, const QString &lang);
    //! "el martes 12 de mayo" / "terça-feira, 12 de maio" / "on Tuesday, May 12", with
    //! hoy/hoje/today or mañana/amanhã/tomorrow in front when it is.
    static QString date(const QDate &date, const QDate &today, const QString &lang);
    //! A time or time_window entity value in words: "entre las 14:00 y las 16:00", "de manhã".
    static QString window(const QString &value, const QString &lang);
    //! "a, b y c" / "a, b e c" / "a, b and c".
    static QString join(const QStringList &items, const QString &lang);
};

} // namespace recado::relay::drafts
