// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/templates/TemplateSync.h"

#include "core/protocol/JsonCodec.h"
#include "core/whatsapp/GraphErrors.h"
#include "core/whatsapp/templates/TemplateListPage.h"
#include "relay/RelayConfig.h"
#include "relay/outbox/GraphClient.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"
#include "relay/templates/TemplateStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QUrl>

#include <limits>
#include <utility>

Q_LOGGING_CATEGORY(lcTemplateSync, "recado.relay.templates")

namespace recado::relay {

namespace {
constexpr int kMaxPages = 1000; // a runaway cursor must not loop forever
const QString kFields = QStringLiteral(
    "id,name,language,status,category,components,rejected_reason,quality_score,parameter_format");
} // namespace

QJsonObject TemplateSyncResult::toJson() const
{
    QJsonObject o{{QStringLiteral("ok"), ok},
                  {QStringLiteral("pages"), pages},
                  {QStringLiteral("listed"), listed},
                  {QStringLiteral("changed"), changed},
                  {QStringLiteral("removed"), removed},
                  {QStringLiteral("finished_at"), finishedAt.isValid()
                                                      ? QJsonValue(protocol::toIsoTime(finishedAt))
                                                      : QJsonValue()}};
    if (!ok && !error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

TemplateSync::TemplateSync(Database &db, const RelayConfig &config, GraphClient &graph,
                           QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_config(config)
    , m_graph(graph)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { sync(); });
}

void TemplateSync::start(qint64 intervalMs)
{
    m_stopped = false;
    if (intervalMs > 0) {
        m_timer.setInterval(int(qMin<qint64>(intervalMs, std::numeric_limits<int>::max())));
        m_timer.start();
    }
    sync();
}

void TemplateSync::stop()
{
    m_stopped = true;
    m_timer.stop();
}

void TemplateSync::sync(Callback done)
{
    if (done)
        m_waiting.append(std::move(done));
    if (m_running) {
        m_again = true;
        return;
    }
    begin();
}

void TemplateSync::begin()
{
    m_running = true;
    m_again = false;
    m_pages = 0;
    m_listed.clear();
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    if (m_config.wabaId.isEmpty()) {
        TemplateSyncResult r;
        r.error = QCoreApplication::translate(
            "TemplateSync", "META_WABA_ID is not set, so the relay cannot read the "
                            "templates of the WhatsApp business account.");
        finish(r);
        return;
    }
    fetchPage(QString());
}

void TemplateSync::fetchPage(const QString &after)
{
    QString path =
        m_config.wabaId +
        QStringLiteral("/message_templates?limit=%1&fields=%2").arg(m_pageSize).arg(kFields);
    if (!after.isEmpty())
        path += QStringLiteral("&after=") + QString::fromLatin1(QUrl::toPercentEncoding(after));
    m_graph.get(path, [this, after](const GraphResult &r) {
        if (m_stopped)
            return;
        if (!r.ok()) {
            const auto info = whatsapp::explainGraphError(r.metaCode, r.httpStatus, r.details);
            TemplateSyncResult result;
            result.pages = m_pages;
            result.error =
                r.metaMessage.isEmpty()
                    ? info.explanation
                    : QStringLiteral("%1 (Meta: %2)").arg(info.explanation, r.metaMessage);
            qCWarning(lcTemplateSync).noquote() << "template sync failed:" << result.error;
            finish(result);
            return;
        }
        ++m_pages;
        const auto page = whatsapp::TemplateListPage::fromJson(r.body);
        m_listed += page.templates;
        if (!page.hasNext()) {
            store(true);
        } else if (!page.after.isEmpty() && page.after != after && m_pages < kMaxPages) {
            fetchPage(page.after);
        } else {
            // Meta says there is more but gave no usable cursor: keep what was read, and do not
            // take the templates not seen for deleted.
            qCWarning(lcTemplateSync)
                << "template listing stopped after" << m_pages << "page(s): no usable cursor";
            store(false);
        }
    });
}

void TemplateSync::store(bool complete)
{
    TemplateSyncResult result;
    result.pages = m_pages;
    result.listed = int(m_listed.size());
    QList<domain::Event> events;
    {
        Transaction tx(m_db);
        TemplateStore store(m_db);
        EventLog log(m_db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QSet<QString> keys;
        QList<TemplateRow> changed;
        bool ok = tx.isActive();
        for (const whatsapp::Template &t : std::as_const(m_listed)) {
            if (!ok)
                break;
            if (t.name.isEmpty() || t.language.isEmpty())
                continue;
            keys.insert(t.key());
            bool rowChanged = false;
            ok = store.upsertSynced(t, now, m_startedAt, &rowChanged);
            if (ok && rowChanged) {
                if (auto row = store.find(t.name, t.language))
                    changed.append(*row);
            }
        }
        if (ok && complete) {
            const QList<TemplateRow> removed = store.markMissing(keys, now, m_startedAt);
            result.removed = int(removed.size());
            changed += removed;
        }
        for (const TemplateRow &row : std::as_const(changed)) {
            if (!ok)
                break;
            const domain::Event e =
                log.append(QStringLiteral("template.updated"), 0,
                           QJsonObject{{QStringLiteral("template"), row.toJson()},
                                       {QStringLiteral("reason"), QStringLiteral("sync")}});
            ok = e.seq != 0;
            events.append(e);
        }
        result.changed = int(changed.size());
        result.ok = ok && tx.commit();
    }
    if (!result.ok) {
        result.error = QCoreApplication::translate(
            "TemplateSync", "The templates were read from Meta but could not be "
                            "stored; the next sync tries again.");
        events.clear();
    } else if (!events.isEmpty()) {
        Q_EMIT committed(events);
    }
    qCInfo(lcTemplateSync) << "template sync:" << result.listed << "listed on" << result.pages
                           << "page(s)," << result.changed << "changed," << result.removed
                           << "removed";
    finish(result);
}

void TemplateSync::finish(TemplateSyncResult result)
{
    result.finishedAt = QDateTime::currentDateTimeUtc();
    m_last = result;
    m_running = false;
    m_listed.clear();
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &done : waiting)
        done(result);
    Q_EMIT finished(result);
    if (m_again && !m_stopped)
        begin();
}

} // namespace recado::relay
