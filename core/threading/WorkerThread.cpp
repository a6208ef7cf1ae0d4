// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/threading/WorkerThread.h"

namespace recado::threading {

WorkerThread::WorkerThread(const QString &name)
{
    m_thread.setObjectName(name);
}

WorkerThread::~WorkerThread()
{
    stop();
}

void WorkerThread::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
}

void WorkerThread::runThere(const std::function<void()> &f)
{
    if (m_anchor)
        QMetaObject::invokeMethod(m_anchor, f, Qt::BlockingQueuedConnection);
}

void WorkerThread::post(std::function<void()> f)
{
    if (m_anchor)
        QMetaObject::invokeMethod(m_anchor, std::move(f), Qt::QueuedConnection);
}

void WorkerThread::stop(const std::function<void()> &cleanup)
{
    if (!m_thread.isRunning())
        return;
    if (cleanup)
        runThere(cleanup); // after everything posted before it
    m_thread.quit();
    m_thread.wait();
    delete m_anchor; // its thread has finished: deleting it from here is safe
    m_anchor = nullptr;
}

} // namespace recado::threading
