// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

#include <functional>

namespace recado::threading {

//! A thread that runs posted work in order, for objects that must live on one thread of their
//! own (a database connection, a knowledge base): they are created, used and destroyed only
//! there. Results go back with QMetaObject::invokeMethod on the caller's own context object.
class WorkerThread
{
public:
    explicit WorkerThread(const QString &name);
    //! Stops the thread if stop() was not called (without cleanup).
    ~WorkerThread();
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    void start();
    bool isRunning() const { return m_thread.isRunning(); }
    //! Runs `f` on the thread and waits for it (start-up, configuration, shutdown).
    void runThere(const std::function<void()> &f);
    //! Queues `f` on the thread and returns at once.
    void post(std::function<void()> f);
    //! Runs `cleanup` there (destroy what lives on the thread), then ends the thread.
    void stop(const std::function<void()> &cleanup = {});

private:
    QThread m_thread;
    QObject *m_anchor = nullptr; //!< lives on m_thread; work posted to it runs there
};

} // namespace recado::threading
