// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ComposerEdit.h"

#include <QKeyEvent>

namespace recado::ui {

static constexpr int kMaxLines = 6;

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(this, &QPlainTextEdit::textChanged, this, &QWidget::updateGeometry);
}

QSize ComposerEdit::sizeHint() const
{
    const int lines = qBound(2, int(document()->size().height()), kMaxLines);
    const int h = lines * fontMetrics().lineSpacing() + 2 * int(document()->documentMargin()) +
                  2 * frameWidth();
    return {QPlainTextEdit::sizeHint().width(), h};
}

QSize ComposerEdit::minimumSizeHint() const
{
    return {100, 2 * fontMetrics().lineSpacing() + 2 * int(document()->documentMargin()) +
                     2 * frameWidth()};
}

void ComposerEdit::keyPressEvent(QKeyEvent *e)
{
    const bool enter = e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter;
    if (enter && !(e->modifiers() & Qt::ShiftModifier)) {
        Q_EMIT submitted();
        e->accept();
        return;
    }
    if (enter) {
        // Shift+Enter: a plain new line (QPlainTextEdit would insert a line separator).
        insertPlainText(QStringLiteral("\n"));
        e->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(e);
}

} // namespace recado::ui
