// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/metasim/CustomerDirectory.h"

#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace recado::metasim {

class MetaSimulator;

//! Plays N customers against the relay through a MetaSimulator: each lives a field-service
//! story (StoryBook) and answers what the business sends them (quotes it, reacts to it, taps
//! its buttons). Messages arrive as a Poisson process at `rate` per second.
class TrafficGenerator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        double rate = 0.5; //!< messages per second (fractional allowed)
        int customers = 20;
        int count = 0;        //!< stop after this many messages; 0 = run until stopped
        quint32 seed = 0;     //!< 0: random; otherwise a reproducible run
        int replyChance = 70; //!< % of business messages a customer reacts or replies to
    };

    TrafficGenerator(MetaSimulator &sim, Options options, QObject *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    //! Produces one message now (a pending answer first, otherwise a story beat); returns its
    //! wamid, or empty when the simulator refused it.
    QString step();

    int produced() const { return m_produced; }
    QList<CustomerProfile> customers() const { return m_customers; }

Q_SIGNALS:
    void messageProduced(const QString &wamid, const QString &waId, const QString &type);
    void finished();

private:
    void scheduleNext();
    void onBusinessMessage(const QJsonObject &body, const QString &wamid);
    CustomerProfile *profile(const QString &waId);

    MetaSimulator &m_sim;
    Options m_options;
    QRandomGenerator m_rng;
    QList<CustomerProfile> m_customers;
    struct Pending
    {
        QString waId;
        QJsonObject message;
    };
    QList<Pending> m_pending;
    QTimer m_timer;
    int m_produced = 0;
};

} // namespace recado::metasim
