// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Draft.h"

#include <QListWidget>

namespace recado::ui {

//! The sources a draft is grounded in (knowledge-base articles, the service request, the
//! customer record), one line each. Clicking one asks for it to be opened in a reader.
class DraftSourcesView : public QListWidget
{
    Q_OBJECT
public:
    explicit DraftSourcesView(QWidget *parent = nullptr);

    void setSources(const QList<domain::DraftSource> &sources);
    QList<domain::DraftSource> sources() const { return m_sources; }
    QSize sizeHint() const override;

Q_SIGNALS:
    void sourceActivated(const recado::domain::DraftSource &source);

protected:
    void changeEvent(QEvent *e) override;

private:
    QList<domain::DraftSource> m_sources;
};

} // namespace recado::ui
