// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/TrafficGenerator.h"

#include "tools/metasim/MessageValidator.h"
#include "tools/metasim/MetaSimulator.h"
#include "tools/metasim/StoryBook.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTraffic, "recado.metasim.traffic")

namespace recado::metasim {

TrafficGenerator::TrafficGenerator(MetaSimulator &sim, Options options, QObject *parent)
    : QObject(parent)
    , m_sim(sim)
    , m_options(options)
    , m_rng(options.seed ? options.seed : QRandomGenerator::global()->generate())
{
    m_customers = CustomerDirectory::generate(qMax(1, m_options.customers), m_rng);
    for (const CustomerProfile &p : std::as_const(m_customers))
        m_sim.setCustomerName(p.waId, p.name);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        step();
        if (m_options.count > 0 && m_produced >= m_options.count) {
            qCInfo(lcTraffic) << "traffic finished after" << m_produced << "messages";
            Q_EMIT finished();
            return;
        }
        scheduleNext();
    });
    connect(&m_sim, &MetaSimulator::messageSent, this, &TrafficGenerator::onBusinessMessage);
}

void TrafficGenerator::start()
{
    qCInfo(lcTraffic).noquote() << u"playing %1 customers at %2 messages/s%3"_s.arg(
        QString::number(m_customers.size()), QString::number(m_options.rate),
        m_options.count ? u" for %1 messages"_s.arg(m_options.count) : QString());
    scheduleNext();
}

void TrafficGenerator::stop()
{
    m_timer.stop();
}

void TrafficGenerator::scheduleNext()
{
    const double rate = m_options.rate > 0 ? m_options.rate : 0.5;
    // Exponential gaps make arrivals a Poisson process: bursty like real customers.
    const double u = qMax(1e-9, 1.0 - m_rng.generateDouble());
    const int delay = int(qBound(1.0, -std::log(u) / rate * 1000.0, 3600.0 * 1000.0));
    m_timer.start(delay);
}

CustomerProfile *TrafficGenerator::profile(const QString &waId)
{
    for (CustomerProfile &p : m_customers) {
        if (p.waId == waId)
            return &p;
    }
    return nullptr;
}

QString TrafficGenerator::step()
{
    QString waId;
    QJsonObject message;
    if (!m_pending.isEmpty()) {
        const Pending next = m_pending.takeFirst();
        waId = next.waId;
        message = next.message;
    } else {
        CustomerProfile &p = m_customers[m_rng.bounded(int(m_customers.size()))];
        waId = p.waId;
        message = StoryBook::nextBeat(p, m_rng);
    }
    const CustomerProfile *p = profile(waId);
    const QString wamid = m_sim.sendCustomerMessage(waId, message, p ? p->name : QString());
    if (wamid.isEmpty()) {
        qCWarning(lcTraffic) << "simulator refused a generated message:" << m_sim.lastError();
        return {};
    }
    ++m_produced;
    Q_EMIT messageProduced(wamid, waId, message.value("type"_L1).toString());
    return wamid;
}

void TrafficGenerator::onBusinessMessage(const QJsonObject &body, const QString &wamid)
{
    const QString waId = MessageValidator::normaliseRecipient(body.value("to"_L1).toString());
    const CustomerProfile *p = profile(waId);
    if (!p || int(m_rng.bounded(100)) >= m_options.replyChance)
        return;
    QStringList quickReplies;
    if (body.value("type"_L1).toString() == "template"_L1) {
        const QJsonObject t = body.value("template"_L1).toObject();
        const QString language = t.value("language"_L1).toObject().value("code"_L1).toString();
        if (const MessageTemplate *tmpl =
                m_sim.templates().find(t.value("name"_L1).toString(), language)) {
            for (const QJsonValue &c : tmpl->components) {
                for (const QJsonValue &b : c.toObject().value("buttons"_L1).toArray()) {
                    if (b.toObject().value("type"_L1).toString() == "QUICK_REPLY"_L1)
                        quickReplies.append(b.toObject().value("text"_L1).toString());
                }
            }
        }
    }
    const QJsonObject reply = StoryBook::respond(*p, body, wamid, quickReplies, m_rng);
    if (!reply.isEmpty())
        m_pending.append({waId, reply});
}

} // namespace recado::metasim
