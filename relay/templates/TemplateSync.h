// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Event.h"
#include "core/whatsapp/templates/Template.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

namespace recado::relay {

class Database;
class GraphClient;
struct RelayConfig;

//! Outcome of one template synchronisation.
struct TemplateSyncResult
{
    bool ok = false;
    QString error; //!< in words, when not ok
    int pages = 0;
    int listed = 0;  //!< templates Meta listed
    int changed = 0; //!< library rows added or changed (each one a `template.updated` event)
    int removed = 0; //!< rows marked DELETED because Meta no longer lists them
    QDateTime finishedAt;

    QJsonObject toJson() const;
};

//! Keeps the template library in step with Meta: reads every page of
//! `GET /<WABA_ID>/message_templates` through the GraphClient, then stores the listing in one
//! transaction and emits a `template.updated` event for every template that changed. Runs at
//! start, on a timer and on demand; a request while a run is in flight joins it and queues one
//! more run (the listing in flight may predate the change that prompted the request).
class TemplateSync : public QObject
{
    Q_OBJECT
public:
    TemplateSync(Database &db, const RelayConfig &config, GraphClient &graph,
                 QObject *parent = nullptr);

    using Callback = std::function<void(const TemplateSyncResult &)>;

    //! Syncs now and then every `intervalMs` (0: only now and on demand).
    void start(qint64 intervalMs);
    void stop();
    //! Starts a sync (or joins the one running); `done` gets its result.
    void sync(Callback done = {});
    bool isRunning() const { return m_running; }
    //! The last finished run (ok false and no finishedAt before the first one).
    const TemplateSyncResult &lastResult() const { return m_last; }
    //! Templates per page asked of Meta (Meta's maximum is a few hundred; default 100).
    void setPageSize(int size) { m_pageSize = size; }

Q_SIGNALS:
    void committed(const QList<recado::domain::Event> &events);
    void finished(const recado::relay::TemplateSyncResult &result);

private:
    void begin();
    void fetchPage(const QString &after);
    //! Stores the listing; only a `complete` one marks unlisted templates as deleted.
    void store(bool complete);
    void finish(TemplateSyncResult result);

    Database &m_db;
    const RelayConfig &m_config;
    GraphClient &m_graph;
    QTimer m_timer;
    int m_pageSize = 100;
    bool m_running = false;
    bool m_again = false;
    bool m_stopped = false;
    qint64 m_startedAt = 0;
    int m_pages = 0;
    QList<whatsapp::Template> m_listed;
    QList<Callback> m_waiting;
    TemplateSyncResult m_last;
};

} // namespace recado::relay
