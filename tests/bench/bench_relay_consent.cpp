// SPDX-License-Identifier: GPL-3.0-or-later
// What consent costs the ingest: applies parsed webhooks to a SQLite store the way the ingest does
// (WebhookApplier in group-commit transactions of 50) and times the consent step on its own
// (InboundConsent::apply: ledger lookup by phone, keyword detection, records and confirmations).
// Prints CPU microseconds per message, which stay meaningful on a machine busy with other work.
#include "core/whatsapp/WebhookParser.h"
#include "core/whatsapp/consent/ConsentKeywords.h"
#include "relay/consent/InboundConsent.h"
#include "relay/ingest/WebhookApplier.h"
#include "relay/store/ConversationStore.h"
#include "relay/store/Database.h"
#include "relay/store/MessageStore.h"
#include "relay/store/Migrations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace recado;

namespace {

QTextStream out(stdout);
constexpr int kContacts = 5000;
constexpr int kBatch = 50;

QJsonObject envelope(const QString &from, const QString &wamid, const QString &text, qint64 ts)
{
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("phone_number_id"), QStringLiteral("100200300")}}},
        {QStringLiteral("contacts"),
         QJsonArray{QJsonObject{{QStringLiteral("profile"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Cliente")}}},
                                {QStringLiteral("wa_id"), from}}}},
        {QStringLiteral("messages"),
         QJsonArray{
             QJsonObject{{QStringLiteral("from"), from},
                         {QStringLiteral("id"), wamid},
                         {QStringLiteral("timestamp"), QString::number(ts)},
                         {QStringLiteral("type"), QStringLiteral("text")},
                         {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}}}}};
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QStringLiteral("900800700")},
             {QStringLiteral("changes"),
              QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                     {QStringLiteral("value"), value}}}}}}}};
}

QString phone(int i)
{
    return QStringLiteral("52155%1").arg(i, 8, 10, QLatin1Char('0'));
}

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

//! Ingests one message per contact with `text`, in group-commit batches; returns CPU µs/message.
double ingest(relay::Database &db, const QString &round, const std::function<QString(int)> &text,
              qint64 ts)
{
    const double start = cpuSeconds();
    relay::WebhookApplier applier(db);
    for (int first = 0; first < kContacts; first += kBatch) {
        relay::Transaction tx(db);
        QList<domain::Event> events;
        QList<qint64> inbound;
        for (int i = first; i < first + kBatch && i < kContacts; ++i) {
            whatsapp::ParsedWebhook hook;
            QString error;
            whatsapp::parseWebhook(
                envelope(phone(i), QStringLiteral("wamid.%1.%2").arg(round).arg(i), text(i), ts),
                &hook, &error);
            if (!applier.apply(hook, &events, &inbound))
                qFatal("apply failed: %s", qPrintable(db.lastError()));
        }
        if (!tx.commit())
            qFatal("commit failed");
    }
    return (cpuSeconds() - start) * 1e6 / kContacts;
}

//! Runs only the consent step again on stored messages (rolled back): CPU µs/message.
double consentOnly(relay::Database &db, const QString &round)
{
    relay::MessageStore messages(db);
    relay::ConversationStore conversations(db);
    QList<domain::Message> stored;
    QList<domain::Conversation> threads; // the ingest hands over the conversation it just loaded
    for (int i = 0; i < kContacts; ++i) {
        if (auto m = messages.byWamid(QStringLiteral("wamid.%1.%2").arg(round).arg(i))) {
            stored.append(*m);
            threads.append(*conversations.get(m->conversationId));
        }
    }
    const double start = cpuSeconds();
    for (int first = 0; first < stored.size(); first += kBatch) {
        relay::Transaction tx(db); // rolled back: measures without growing the ledger
        QList<domain::Event> events;
        for (int i = first; i < first + kBatch && i < stored.size(); ++i)
            relay::InboundConsent::apply(db, threads.at(i), stored.at(i), &events);
    }
    return (cpuSeconds() - start) * 1e6 / double(stored.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    relay::Database db;
    QString error;
    if (!db.open(QStringLiteral("sqlite:") + dir.path() + QStringLiteral("/bench.db"), &error) ||
        !relay::migrate(db, &error)) {
        out << "cannot open the database: " << error << Qt::endl;
        return 1;
    }
    out << "Recado consent in the ingest (SQLite WAL, synchronous=FULL, " << kContacts
        << " contacts, batches of " << kBatch << ")" << Qt::endl;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const double first = ingest(
        db, QStringLiteral("a"),
        [](int) { return QStringLiteral("Hola, necesito una visita técnica"); }, now - 60);
    out << "first message (records an opt-in):        " << QString::number(first, 'f', 1)
        << " µs CPU/message (whole applier)" << Qt::endl;
    const double second = ingest(
        db, QStringLiteral("b"),
        [](int i) { return QStringLiteral("¿A qué hora llega el técnico? Pedido %1").arg(i); },
        now - 30);
    out << "later message (nothing to record):         " << QString::number(second, 'f', 1)
        << " µs CPU/message (whole applier)" << Qt::endl;
    const double keyword = ingest(
        db, QStringLiteral("c"),
        [](int i) {
            return i % 2 ? QStringLiteral("BAJA") : QStringLiteral("Por favor no me escriban más");
        },
        now);
    out << "opt-out keyword (record + confirmation):   " << QString::number(keyword, 'f', 1)
        << " µs CPU/message (whole applier)" << Qt::endl;
    out << "consent step alone, ordinary message:      "
        << QString::number(consentOnly(db, QStringLiteral("b")), 'f', 1) << " µs CPU/message"
        << Qt::endl;
    out << "consent step alone, keyword message:       "
        << QString::number(consentOnly(db, QStringLiteral("c")), 'f', 1) << " µs CPU/message"
        << Qt::endl;
    {
        const double start = cpuSeconds();
        int found = 0;
        for (int i = 0; i < kContacts; ++i)
            found += whatsapp::ConsentKeywords::detect(
                         QStringLiteral("¿A qué hora llega el técnico? Pedido %1").arg(i))
                         .isOptOut();
        out << "of which keyword detection:                "
            << QString::number((cpuSeconds() - start) * 1e6 / kContacts, 'f', 1)
            << " µs CPU/message" << (found ? "!" : "") << Qt::endl;
    }
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM consent_events"));
    q.next();
    out << "ledger rows: " << q.value(0).toLongLong() << Qt::endl;
    return 0;
}
