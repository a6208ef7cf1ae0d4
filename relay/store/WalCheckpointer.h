// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/threading/WorkerThread.h"

#include <QString>

#include <memory>

class QTimer;

namespace recado::relay {

class Database;

//! Copies SQLite's write-ahead log back into the database file on a thread of its own. SQLite
//! does this inside whichever commit crosses 1,000 logged pages; on the ingest writer that was
//! a sixth of its commit time, and the writer's thread is what bounds webhooks/s. The ingest
//! writer turns its automatic checkpoints off and this connection checkpoints every second
//! instead (PASSIVE: it never waits for, or blocks, a reader or the writer).
class WalCheckpointer
{
public:
    explicit WalCheckpointer(int intervalMs = 1000);
    ~WalCheckpointer();

    bool start(const QString &databaseUrl, QString *error);
    void stop();
    //! Checkpoints now and waits for it (tests, shutdown); false if SQLite refused.
    bool checkpointNow();

private:
    bool checkpoint();

    int m_intervalMs;
    threading::WorkerThread m_thread{QStringLiteral("recado-checkpoint")};
    std::unique_ptr<Database> m_db;  //!< lives on m_thread
    std::unique_ptr<QTimer> m_timer; //!< lives on m_thread
};

} // namespace recado::relay
