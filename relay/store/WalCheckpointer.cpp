// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/store/WalCheckpointer.h"

#include "relay/store/Database.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCheckpoint, "recado.relay.checkpoint")

namespace recado::relay {

WalCheckpointer::WalCheckpointer(int intervalMs)
    : m_intervalMs(intervalMs)
{}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

bool WalCheckpointer::start(const QString &databaseUrl, QString *error)
{
    m_thread.start();
    bool opened = false;
    m_thread.runThere([&] {
        m_db = std::make_unique<Database>();
        opened = m_db->open(databaseUrl, error);
        if (!opened) {
            m_db.reset();
            return;
        }
        m_timer = std::make_unique<QTimer>();
        m_timer->setInterval(m_intervalMs);
        QObject::connect(m_timer.get(), &QTimer::timeout, [this] { checkpoint(); });
        m_timer->start();
    });
    return opened;
}

void WalCheckpointer::stop()
{
    m_thread.stop([this] {
        m_timer.reset();
        m_db.reset();
    });
}

bool WalCheckpointer::checkpointNow()
{
    bool ok = false;
    m_thread.runThere([&] { ok = m_db && checkpoint(); });
    return ok;
}

bool WalCheckpointer::checkpoint()
{
    QString error;
    if (m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), &error))
        return true;
    qCWarning(lcCheckpoint) << "WAL checkpoint failed; the log grows until one succeeds:" << error;
    return false;
}

} // namespace recado::relay
