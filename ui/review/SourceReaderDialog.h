// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Draft.h"

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace recado::sync {
class DraftApi;
}

namespace recado::ui {

//! Reads one source of a draft: what the drafter read (the excerpt it was given), and for a
//! knowledge-base article the whole approved article, fetched from the relay.
class SourceReaderDialog : public QDialog
{
    Q_OBJECT
public:
    SourceReaderDialog(const domain::DraftSource &source, sync::DraftApi *api,
                       QWidget *parent = nullptr);

    QTextBrowser *body() const { return m_body; }
    //! True once the full article arrived (knowledge-base sources only).
    bool fullArticleShown() const { return m_full; }

private:
    void showText(const QString &heading, const QString &text);

    domain::DraftSource m_source;
    QLabel *m_title;
    QLabel *m_kind;
    QTextBrowser *m_body;
    bool m_full = false;
};

} // namespace recado::ui
