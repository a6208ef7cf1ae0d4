// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recado::whatsapp {

//! WhatsApp's text formatting: *bold*, _italic_, ~strikethrough~ and ```monospace```.
//! A marker pair only counts where WhatsApp applies it: the opening marker at the start of a
//! word, the closing one at the end of a word, no space just inside either, on one line
//! (monospace may span lines), and nothing is formatted inside monospace.
namespace TextFormatting {

//! True when `text` contains at least one formatted run.
bool hasFormatting(const QString &text);

//! `text` as HTML: everything escaped (a customer's text is never markup), formatted runs as
//! <b>, <i>, <s> and a monospace <span>, line breaks as <br>.
QString toHtml(const QString &text);

} // namespace TextFormatting

} // namespace recado::whatsapp
