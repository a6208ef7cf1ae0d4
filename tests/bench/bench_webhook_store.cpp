// SPDX-License-Identifier: GPL-3.0-or-later
// The ingest writer alone: WebhookStore committing batches of parsed customer messages to a
// fresh SQLite database (durable: WAL + synchronous=FULL), without HTTP. Prints the writer's CPU
// time per message, the figure that bounds the relay's webhook throughput (docs/load.md), and
// messages/s on one thread. Run it under `valgrind --tool=callgrind` for a profile that does not
// move with the VM's neighbours.
#include "core/whatsapp/WebhookParser.h"
#include "relay/ingest/WebhookStore.h"
#include "relay/store/Database.h"
#include "relay/store/Migrations.h"
#include "relay/store/WalCheckpointer.h"
#include "tools/loadgen/WebhookLoad.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace recado;

namespace {
constexpr int kCustomers = 500; // as the load generator
constexpr int kBatch = 64;

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    relay::Database db;
    QString error;
    if (!db.open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("relay.db")), &error) ||
        !relay::migrate(db, &error)) {
        out << "cannot open the database: " << error << Qt::endl;
        return 1;
    }
    // As the relay's ingest writer: checkpoints run on a thread of their own.
    const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("relay.db"));
    relay::WalCheckpointer checkpointer;
    if (!db.setAutoCheckpoint(false) || !checkpointer.start(url, &error)) {
        out << "cannot start the checkpointer: " << error << Qt::endl;
        return 1;
    }
    relay::WebhookStore store(db);

    QList<QList<relay::ReceivedWebhook>> batches;
    for (int i = 0; i < total; i += kBatch) {
        QList<relay::ReceivedWebhook> batch;
        for (int j = i; j < qMin(total, i + kBatch); ++j) {
            relay::ReceivedWebhook w;
            w.body = loadgen::webhookBody(j, kCustomers, 1, 0); // as tools/loadgen sends them
            w.isWhatsApp = whatsapp::parseWebhook(QJsonDocument::fromJson(w.body).object(), &w.hook,
                                                  &w.parseError);
            batch.append(std::move(w));
        }
        batches.append(std::move(batch));
    }

    QElapsedTimer wall;
    wall.start();
    const double cpu0 = threadCpuMs();
    int stored = 0;
    for (const auto &batch : batches) {
        const relay::StoredBatch result = store.store(batch);
        stored += int(result.stored.count(true));
        db.releaseSnapshots();
    }
    const double cpuMs = threadCpuMs() - cpu0;
    const double wallMs = double(wall.nsecsElapsed()) / 1e6;
    out << "webhook store (SQLite, batches of " << kBatch << ", " << kCustomers
        << " customers): " << stored << " of " << total << " stored\n"
        << "  writer CPU per message: " << QString::number(cpuMs * 1000.0 / total, 'f', 1)
        << " us\n"
        << "  one thread: " << qRound(total / (wallMs / 1000.0)) << " messages/s ("
        << QString::number(wallMs, 'f', 0) << " ms wall)" << Qt::endl;
    return stored == total ? 0 : 1;
}
