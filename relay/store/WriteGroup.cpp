// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/store/WriteGroup.h"

#include "relay/store/Database.h"

#include <QMetaObject>

namespace recado::relay {

WriteGroup::WriteGroup(Database &db, std::function<void(const QList<domain::Event> &)> publish)
    : m_db(db)
    , m_publish(std::move(publish))
{}

void WriteGroup::add(Write w)
{
    m_pending.append(std::move(w));
    if (m_scheduled)
        return;
    m_scheduled = true;
    // A queued call runs at the start of the next loop turn, after every request already read
    // in this one has been added.
    QMetaObject::invokeMethod(this, &WriteGroup::flush, Qt::QueuedConnection);
}

void WriteGroup::flush()
{
    m_scheduled = false;
    const QList<Write> pending = std::exchange(m_pending, {});
    if (pending.isEmpty())
        return;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        for (const Write &w : pending)
            w.failed();
        return;
    }
    QList<domain::Event> events;
    QList<const Write *> written;
    for (const Write &w : pending) {
        QList<domain::Event> own;
        bool ran = false;
        if (m_db.inSavepoint([&] {
                ran = true;
                return w.write(&own);
            })) {
            events += own;
            written.append(&w);
        } else if (!ran) {
            w.failed(); // no savepoint, so the write did not run and has not replied
        }
    }
    if (written.isEmpty())
        return; // each has replied with its reason; nothing to commit
    if (!tx.commit()) {
        for (const Write *w : written)
            w->failed();
        return;
    }
    ++m_groups;
    m_writes += written.size();
    m_publish(events);
    for (const Write *w : written)
        w->committed();
}

} // namespace recado::relay
