// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace recado::whatsapp {

//! One `{{...}}` placeholder found in a template text.
struct TemplateVariable
{
    QString key;          //!< "1" for positional, "customer_name" for named
    qsizetype start = 0;  //!< offset of the opening braces in the text
    qsizetype length = 0; //!< length including the braces
    int number = 0;       //!< the key as a number for positional variables, else 0
};

//! The placeholders of one text, in the order they appear. Anything that looks like a
//! placeholder but is not one Meta accepts (`{{ 1 }}`, `{{1a}}`, a lone `{{`) is reported in
//! `malformed` as the offending snippet.
struct TemplateVariables
{
    QList<TemplateVariable> variables;
    QStringList malformed;

    //! Scans `text`. Keys are digits (positional) or lower-case letters, digits and underscores
    //! starting with a letter or underscore (named), as Meta accepts them.
    static TemplateVariables scan(const QString &text);

    //! Distinct keys in the order they should be filled: ascending numbers for positional keys
    //! (Meta fills {{1}} with the first parameter wherever it appears), first appearance for
    //! named ones.
    QStringList orderedKeys() const;

    //! Replaces every placeholder whose key is in `orderedKeys()` with the value at the same
    //! position in `values`; placeholders without a value are left as they are.
    static QString substitute(const QString &text, const QStringList &values);
};

} // namespace recado::whatsapp
