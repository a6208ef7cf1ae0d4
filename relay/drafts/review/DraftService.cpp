// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/review/DraftService.h"

#include "core/protocol/JsonCodec.h"
#include "core/whatsapp/ServiceWindow.h"
#include "relay/RelayConfig.h"
#include "relay/api/ApiContext.h"
#include "relay/api/OutboundQueue.h"
#include "relay/consent/ConsentReply.h"
#include "relay/drafts/KnowledgeBase.h"
#include "relay/drafts/review/DraftStore.h"
#include "relay/outbox/OutboxWorker.h"
#include "relay/store/ConversationStore.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"
#include "relay/store/MessageStore.h"
#include "relay/store/ServiceRequestStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSqlQuery>

#include <utility>

Q_LOGGING_CATEGORY(lcDrafts, "recado.relay.drafts")

namespace recado::relay::review {

namespace {

constexpr int kHistoryMessages = 12;      // enough for repetition detection and a model's context
constexpr qsizetype kDraftsPerCommit = 8; // see storeAll

//! Messages that say nothing a reply could answer: reactions, Meta's system notices, types the
//! Cloud API does not support.
bool draftable(const QString &kind)
{
    return kind != QLatin1String("reaction") && kind != QLatin1String("system") &&
           kind != QLatin1String("unsupported") && kind != QLatin1String("errors");
}

//! The drafter knows es, pt and en; conversations may say pt_BR.
QString languageHint(const QString &language)
{
    const QString l = language.left(2).toLower();
    return l == QLatin1String("es") || l == QLatin1String("pt") || l == QLatin1String("en")
               ? l
               : QString();
}

//! Newest inbound message of the conversation a draft could answer.
qint64 newestDraftableInbound(Database &db, qint64 conversationId)
{
    Statement &q = db.prepared(
        QStringLiteral("SELECT MAX(id) FROM messages WHERE conversation_id = ? AND direction = ? "
                       "AND kind NOT IN ('reaction', 'system', 'unsupported', 'errors')"));
    q.addBindValue(conversationId);
    q.addBindValue(domain::toString(domain::Direction::Inbound));
    const qint64 id = execOrError(q) && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

//! True when the consent ledger already answered this message (STOP, BAJA ...): the customer
//! got their confirmation and a draft would only be noise.
bool consentAnswered(Database &db, qint64 conversationId, qint64 messageId)
{
    Statement &q = db.prepared(QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id "
                                              "= ? AND id > ? AND direction = ? AND author = ?"));
    q.addBindValue(conversationId);
    q.addBindValue(messageId);
    q.addBindValue(domain::toString(domain::Direction::Outbound));
    q.addBindValue(ConsentReply::systemAuthor());
    const bool answered = execOrError(q) && q.next() && q.value(0).toLongLong() > 0;
    q.finish();
    return answered;
}

} // namespace

DraftService::DraftService(ApiContext &ctx, const RelayConfig &config, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_config(config)
    , m_policy(config.draftPolicy)
{
    // A few milliseconds gather the drafts of one ingest batch into one commit.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(10);
    connect(&m_flushTimer, &QTimer::timeout, this, &DraftService::flush);
}

DraftService::~DraftService()
{
    // Drafts not stored yet are dropped with their messages left undrafted, as before.
    m_store.stop([this] { m_storeDb.reset(); });
}

bool DraftService::start(QString *error)
{
    // The routes' copy of the knowledge base; the drafter thread loads its own.
    m_kb = std::make_unique<drafts::KnowledgeBase>();
    QString kbError;
    const bool loaded = m_config.knowledgeBaseDir.isEmpty()
                            ? m_kb->loadBuiltin(&kbError)
                            : m_kb->loadDirectory(m_config.knowledgeBaseDir, &kbError);
    m_store.start(); // its connection opens with the first message to draft (storeDatabase)
    m_drafter = std::make_unique<DrafterThread>();
    if (!loaded || !m_drafter->start(m_config.knowledgeBaseDir, m_config.draftModel, &kbError)) {
        *error = QStringLiteral("RECADO_KB_DIR: cannot load the knowledge base: %1").arg(kbError);
        return false;
    }
    qCInfo(lcDrafts).noquote() << "AI drafts:" << drafts::DraftPolicy::modeName(m_policy.mode)
                               << "with the" << drafterName() << "drafter," << m_kb->size()
                               << "knowledge-base articles";
    return true;
}

void DraftService::setModel(const std::optional<drafts::ModelConfig> &model)
{
    // Drafts still in flight in the old drafter are dropped with it.
    m_backlog -= m_inFlight;
    m_inFlight = 0;
    if (m_drafter)
        m_drafter->setModel(model);
}

QString DraftService::drafterName() const
{
    return m_drafter ? m_drafter->drafterName() : QString();
}

QString DraftService::blockedReason(const DraftRecord &draft,
                                    const std::optional<domain::Conversation> &conversation)
{
    if (!draft.isPending())
        return QString();
    if (!conversation || conversation->status == domain::ConversationStatus::Closed)
        return QStringLiteral("conversation_closed");
    // Same rule as every free-text send (storeOutbound): a template is needed after 24 hours.
    if (!whatsapp::ServiceWindow{conversation->lastInboundAt}.isOpen(
            QDateTime::currentDateTimeUtc()))
        return QStringLiteral("window_closed");
    if (draft.result.reply.trimmed().isEmpty())
        return QStringLiteral("empty_draft");
    return QString();
}

QJsonObject DraftService::draftJson(const DraftRecord &draft)
{
    const QString blocked =
        draft.isPending()
            ? blockedReason(draft, ConversationStore(m_ctx.db).get(draft.conversationId))
            : QString();
    return draft.toJson(blocked);
}

Database *DraftService::storeDatabase()
{
    // Opened on first use: with drafting off (it can be turned on at run time) a relay would
    // otherwise hold a connection, on PostgreSQL a server process, that it never uses.
    if (m_storeDb)
        return m_storeDb.get();
    auto db = std::make_unique<Database>();
    QString error;
    if (!db->open(m_config.databaseUrl, &error)) {
        qCWarning(lcDrafts).noquote() << "AI drafts: cannot open the database:" << error;
        return nullptr;
    }
    db->setLockEventSequence(true); // the relay migrated the schema already
    m_storeDb = std::move(db);
    return m_storeDb.get();
}

drafts::DraftContext DraftService::contextFor(Database &db, const domain::Message &message,
                                              const domain::Conversation &conversation)
{
    drafts::DraftContext c;
    c.text = message.text;
    c.kind = message.kind;
    c.langHint = languageHint(conversation.language);
    c.conversationId = conversation.id;
    bool more = false;
    c.history = MessageStore(db).page(conversation.id, message.id, kHistoryMessages, &more);
    if (!conversation.serviceRequestId.isEmpty())
        c.serviceRequest = ServiceRequestStore(db).get(conversation.serviceRequestId);
    c.customer.name = conversation.customerName;
    c.customer.phone = conversation.phone;
    return c;
}

void DraftService::onInboundStored(const QList<qint64> &messageIds)
{
    if (!m_policy.draftsEnabled() || !m_drafter || messageIds.isEmpty())
        return;
    // Ingest can outrun the drafter (the builtin one takes about 0.3 ms of CPU a message, a
    // model far longer), and each waiting message holds its context (a dozen earlier messages,
    // some 10 kB): past RECADO_AI_BACKLOG, new messages go undrafted, as with drafting off.
    const qsizetype room = qMax(0, m_config.draftBacklog - m_backlog);
    // The newest messages are the ones an agent will answer next.
    const QList<qint64> ids = messageIds.mid(qMax<qsizetype>(0, messageIds.size() - room));
    if (ids.size() < messageIds.size()) {
        m_skipped += messageIds.size() - ids.size();
        if (!m_skipWarning.isValid() || m_skipWarning.hasExpired(10000)) {
            m_skipWarning.start();
            qCWarning(lcDrafts) << "AI drafts are falling behind:" << m_skipped
                                << "customer messages so far left without a draft";
        }
    }
    if (ids.isEmpty())
        return;
    m_backlog += int(ids.size());
    // The drafter's context is read on the store thread: on PostgreSQL each read is a round
    // trip, and this thread serves every agent's request.
    const QPointer<DraftService> self(this);
    m_store.post([this, self, messageIds = ids] {
        QList<ToDraft> toDraft;
        if (Database *db = storeDatabase()) {
            for (qint64 id : messageIds) {
                const auto message = MessageStore(*db).get(id);
                if (!message || message->direction != domain::Direction::Inbound ||
                    !draftable(message->kind))
                    continue;
                const auto conversation = ConversationStore(*db).get(message->conversationId);
                if (!conversation || consentAnswered(*db, conversation->id, id))
                    continue;
                toDraft.append({id, conversation->id, contextFor(*db, *message, *conversation)});
            }
            db->releaseSnapshots();
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, toDraft, notDrafted = int(messageIds.size() - toDraft.size())] {
                if (!self)
                    return;
                self->m_backlog -= notDrafted;
                self->draftAll(toDraft);
            },
            Qt::QueuedConnection);
    });
}

void DraftService::draftAll(const QList<ToDraft> &toDraft)
{
    for (const ToDraft &t : toDraft) {
        ++m_inFlight;
        // `done` runs on this thread, and never after this service is gone (DrafterThread).
        m_drafter->draft(t.context, [this, id = t.messageId, conversationId = t.conversationId](
                                        const drafts::DraftResult &r) {
            m_inFlight = qMax(0, m_inFlight - 1);
            m_finished.append({id, conversationId, r});
            if (!m_flushTimer.isActive())
                m_flushTimer.start();
        });
    }
}

void DraftService::flush()
{
    const QList<Finished> batch = std::exchange(m_finished, {});
    if (batch.isEmpty())
        return;
    // Stored on the store thread with its own connection: on PostgreSQL a draft takes a dozen
    // round trips, which on this thread held up every agent's request behind them.
    const QPointer<DraftService> self(this);
    m_store.post([this, self, batch, policy = m_policy] {
        Database *store = storeDatabase();
        const QList<Stored> stored = store ? storeAll(*store, policy, batch) : QList<Stored>();
        QMetaObject::invokeMethod(
            self.data(),
            [self, stored, done = int(batch.size())] {
                if (!self)
                    return;
                self->m_backlog -= done;
                self->announce(stored);
            },
            Qt::QueuedConnection);
    });
}

QList<DraftService::Stored> DraftService::storeAll(Database &db, const drafts::DraftPolicy &policy,
                                                   const QList<Finished> &batch)
{
    // Drafts are derived data: their commit rides on the next durable one (an ingest batch a
    // moment later) instead of paying a disk flush of its own, which halved ingest throughput.
    // A batch that may auto-send is durable at once: Meta must never get a message we forgot.
    const auto durability = policy.mode == drafts::DraftPolicy::Mode::AutoSend
                                ? Database::Durability::Full
                                : Database::Durability::Deferred;
    QList<Stored> committed;
    auto commit = [&](const QList<Finished> &part) {
        Transaction tx(db, durability);
        Stored out;
        // On PostgreSQL begin() took the event sequence's lock: from here on this transaction
        // sees everything committed before it, so the pending-draft check cannot race with
        // another instance.
        if (!tx.isActive())
            return false;
        for (const Finished &f : part) {
            if (!store(db, policy, f, &out.events, &out.draftIds, &out.autoSent))
                return false;
        }
        if (!tx.commit())
            return false;
        committed.append(out);
        return true;
    };
    // One bad draft must not lose its neighbours: the part again in one transaction, each draft
    // in a savepoint of its own (as the ingest writer retries a batch).
    auto commitEach = [&](const QList<Finished> &part) {
        Transaction tx(db, durability);
        if (!tx.isActive()) {
            qCWarning(lcDrafts) << "could not store" << part.size() << "drafts:" << db.lastError();
            return;
        }
        Stored out;
        for (const Finished &f : part) {
            Stored one;
            if (!db.inSavepoint([&] {
                    return store(db, policy, f, &one.events, &one.draftIds, &one.autoSent);
                })) {
                // The statement's error is logged where it failed.
                qCWarning(lcDrafts) << "could not store the draft for message" << f.messageId;
                continue;
            }
            out.events += one.events;
            out.draftIds += one.draftIds;
            out.autoSent = out.autoSent || one.autoSent;
        }
        if (tx.commit())
            committed.append(out);
        else
            qCWarning(lcDrafts) << "could not store" << part.size() << "drafts:" << db.lastError();
    };
    // A few drafts per transaction: on PostgreSQL each holds the event sequence's lock for its
    // dozen round trips per draft, and an agent's send waits for it on the relay's thread.
    for (qsizetype from = 0; from < batch.size(); from += kDraftsPerCommit) {
        const QList<Finished> part = batch.mid(from, kDraftsPerCommit);
        if (commit(part))
            continue;
        if (part.size() == 1)
            qCWarning(lcDrafts) << "could not store the draft for message"
                                << part.first().messageId;
        else
            commitEach(part);
    }
    db.releaseSnapshots();
    return committed;
}

void DraftService::announce(const QList<Stored> &stored)
{
    for (const Stored &s : stored) {
        if (!s.events.isEmpty())
            m_ctx.publish(s.events);
        if (s.autoSent)
            m_ctx.outbox.kick();
        for (qint64 id : s.draftIds)
            Q_EMIT draftStored(id);
    }
}

bool DraftService::store(Database &db, const drafts::DraftPolicy &policy, const Finished &f,
                         QList<domain::Event> *events, QList<qint64> *stored, bool *autoSent)
{
    const qint64 messageId = f.messageId;
    const qint64 conversationId = f.conversationId;
    const drafts::DraftResult &result = f.result;
    DraftStore drafts(db);
    EventLog log(db);
    if (drafts.hasDraftFor(messageId))
        return true; // drafted already (a second trigger for the same message)
    const auto conversation = ConversationStore(db).get(conversationId);
    if (!conversation)
        return true;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    DraftRecord draft;
    draft.conversationId = conversationId;
    draft.messageId = messageId;
    draft.result = result;
    draft.createdAt = now;
    QList<DraftDecision> decisions;
    auto decision = [&](const QString &action, const QString &actor, const QString &note) {
        DraftDecision d;
        d.conversationId = conversationId;
        d.action = action;
        d.actor = actor;
        d.at = now;
        d.draftText = result.reply;
        d.note = note;
        return d;
    };

    if (newestDraftableInbound(db, conversationId) > messageId) {
        // The customer wrote again while this draft was being written: it is stale at birth.
        draft.status = DraftStatus::Superseded;
        draft.decidedAt = now;
        draft.decidedBy = systemActor();
        decisions.append(decision(QStringLiteral("supersede"), systemActor(),
                                  QStringLiteral("newer customer message")));
    } else {
        if (auto old = drafts.pending(conversationId)) {
            old->status = DraftStatus::Superseded;
            old->decidedAt = now;
            old->decidedBy = systemActor();
            DraftDecision d = decision(QStringLiteral("supersede"), systemActor(),
                                       QStringLiteral("newer customer message %1").arg(messageId));
            d.draftId = old->id;
            d.draftText = old->result.reply;
            if (!drafts.decide(*old) || !drafts.addDecision(d))
                return false;
            const domain::Event e =
                log.append(QStringLiteral("draft.updated"), conversationId,
                           QJsonObject{{QStringLiteral("draft"), old->toJson()}});
            if (e.seq == 0)
                return false;
            events->append(e);
        }
        const QString blocker = policy.autoSendBlocker(result);
        if (blocker.isEmpty() && conversation->status != domain::ConversationStatus::Closed) {
            domain::Message m;
            m.clientId = QStringLiteral("ai-auto-%1").arg(messageId);
            m.kind = QStringLiteral("text");
            m.text = result.reply;
            OutboundRefusal refusal;
            if (storeOutbound(db, *conversation, autoSendActor(), &m, events, &refusal)) {
                draft.status = DraftStatus::AutoSent;
                draft.decidedAt = now;
                draft.decidedBy = autoSendActor();
                draft.sentMessageId = m.id;
                draft.sentText = m.text;
                draft.editDistance = 0;
                DraftDecision d = decision(QStringLiteral("auto_send"), autoSendActor(), QString());
                d.sentText = m.text;
                d.sentMessageId = m.id;
                d.editDistance = 0;
                decisions.append(d);
            } else if (refusal.httpStatus >= 500) {
                return false; // the transaction may hold half a message: roll it back
            } else {
                qCWarning(lcDrafts).noquote()
                    << "auto-send of the draft for message" << messageId
                    << "refused:" << refusal.code << "; it waits for an agent";
            }
        } else if (policy.mode == drafts::DraftPolicy::Mode::AutoSend) {
            qCDebug(lcDrafts).noquote()
                << "draft for message" << messageId << "not auto-sent:" << blocker;
        }
    }

    draft.id = drafts.insert(draft);
    if (draft.id == 0)
        return false;
    for (DraftDecision &d : decisions) {
        d.draftId = draft.id;
        if (!drafts.addDecision(d))
            return false;
    }
    const domain::Event e = log.append(
        QStringLiteral("draft.new"), conversationId,
        QJsonObject{{QStringLiteral("draft"), draft.toJson(blockedReason(draft, conversation))}});
    if (e.seq == 0)
        return false;
    events->append(e);
    stored->append(draft.id);
    if (draft.status == DraftStatus::AutoSent)
        *autoSent = true;
    return true;
}

} // namespace recado::relay::review
