// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Draft.h"
#include "core/sync/ApiResult.h"
#include "core/sync/DraftApi.h"

#include <QAbstractTableModel>

namespace recado::domain {
struct Event;
}

namespace recado::ui {

//! The supervisor's list of drafts and auto-sent replies, newest first, paged from the relay
//! (GET /api/drafts) as the view scrolls. Rows already shown follow `draft.updated` events.
class DraftTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Created, Customer, Intent, Confidence, Outcome, DecidedBy, EditDistance, Count };
    enum Role { DraftIdRole = Qt::UserRole + 1 };

    explicit DraftTableModel(sync::DraftApi *api, QObject *parent = nullptr);

    //! Replaces the rows with the first page of `query`.
    void setQuery(const sync::DraftQuery &query);
    sync::DraftQuery query() const { return m_query; }
    void reload() { setQuery(m_query); }
    bool isLoading() const { return m_loading; }
    const domain::Draft *draftAt(int row) const;
    int rowOfDraft(qint64 id) const;
    //! A newer state of a draft (an event, or a supervisor's action): updates its row if shown.
    void updateDraft(const domain::Draft &draft);
    void applyEvent(const domain::Event &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    //! A page could not be loaded (403 for agents, network...).
    void failed(const recado::sync::ApiResult &result);
    void pageLoaded();

private:
    void load(const QString &cursor);

    sync::DraftApi *m_api;
    sync::DraftQuery m_query;
    QList<domain::Draft> m_rows;
    QString m_nextCursor;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace recado::ui
