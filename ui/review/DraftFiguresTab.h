// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/DraftFigures.h"
#include "core/sync/ApiResult.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace recado::sync {
class DraftApi;
}

namespace recado::ui {

//! How the AI drafts fare, for supervisors (GET /api/drafts/figures): per day and per intent,
//! drafts produced, approved as is, edited (with the mean edit distance), rejected, auto-sent,
//! escalated, marked wrong; AI containment; time to the first human response on escalations.
class DraftFiguresTab : public QWidget
{
    Q_OBJECT
public:
    explicit DraftFiguresTab(sync::DraftApi *api, QWidget *parent = nullptr);

    void reload();
    bool isLoaded() const { return m_loaded; }
    domain::DraftFigures figures() const { return m_figures; }

    QLabel *totalsLabel() const { return m_totals; }
    QLabel *containmentLabel() const { return m_containment; }
    QLabel *responseLabel() const { return m_response; }
    QTableWidget *byDayTable() const { return m_byDay; }
    QTableWidget *byIntentTable() const { return m_byIntent; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

    //! 75 s -> "1 min 15 s", 7200 -> "2 h".
    static QString duration(double seconds);

Q_SIGNALS:
    void loaded();
    void failed(const recado::sync::ApiResult &result);

private:
    void showFigures(const domain::DraftFigures &f);
    void fill(QTableWidget *table, const QList<domain::DraftCounts> &rows, bool byDay);

    sync::DraftApi *m_api;
    domain::DraftFigures m_figures;
    bool m_loaded = false;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_refresh;
    QLabel *m_state;
    QLabel *m_totals;
    QLabel *m_containment;
    QLabel *m_response;
    QTableWidget *m_byDay;
    QTableWidget *m_byIntent;
};

} // namespace recado::ui
