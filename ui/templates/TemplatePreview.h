// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/whatsapp/templates/TemplateRenderer.h"

#include <QFrame>

class QLabel;

namespace recado::ui {

//! The message as the customer will read it, drawn like an outgoing bubble: the header in bold
//! (or a note saying which media it carries), the body with WhatsApp's *bold* and _italic_,
//! the footer in grey and the buttons below. Values still missing show as {{n}}.
class TemplatePreview : public QFrame
{
    Q_OBJECT
public:
    explicit TemplatePreview(QWidget *parent = nullptr);

    //! `headerNote`: what a media or location header carries (a file name, a place), shown
    //! after its kind.
    void setRendered(const whatsapp::RenderedTemplate &r, const QString &headerNote = {});
    void clear();
    //! The plain text shown (for tests and accessibility).
    QString plainText() const { return m_plain; }

protected:
    void changeEvent(QEvent *e) override;

private:
    void applyColours();

    QLabel *m_text;
    QString m_plain;
};

} // namespace recado::ui
