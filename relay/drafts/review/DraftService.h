// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Conversation.h"
#include "core/domain/Event.h"
#include "core/domain/Message.h"
#include "core/threading/WorkerThread.h"
#include "relay/drafts/DraftContext.h"
#include "relay/drafts/DraftPolicy.h"
#include "relay/drafts/DraftResult.h"
#include "relay/drafts/ModelConfig.h"
#include "relay/drafts/review/DraftRecord.h"
#include "relay/drafts/review/DrafterThread.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace recado::relay {
class Database;
struct ApiContext;
struct RelayConfig;
namespace drafts {
class KnowledgeBase;
} // namespace drafts
} // namespace recado::relay

namespace recado::relay::review {

//! Drafts a reply to each inbound customer message (per policy), stores it with a `draft.new`
//! event, keeps at most one pending draft per conversation (a newer customer message supersedes
//! the pending one) and, under the auto-send policy, sends low-risk drafts through the same
//! outbound path agents use (relay/api/OutboundQueue). Lives on the relay's thread; reads each
//! draft's context and stores drafts on a thread with a connection of its own (on PostgreSQL
//! those are some fifteen round trips per message, which held up every agent's request), and
//! publishes their events back here.
class DraftService : public QObject
{
    Q_OBJECT
public:
    DraftService(ApiContext &ctx, const RelayConfig &config, QObject *parent = nullptr);
    ~DraftService() override;

    //! Loads the knowledge base and creates the drafter. False with a readable error.
    bool start(QString *error);

    const drafts::DraftPolicy &policy() const { return m_policy; }
    void setPolicy(const drafts::DraftPolicy &policy) { m_policy = policy; }
    //! Drafts with a model from now on (nullopt: the builtin drafter).
    void setModel(const std::optional<drafts::ModelConfig> &model);
    QString drafterName() const;
    const drafts::KnowledgeBase &knowledgeBase() const { return *m_kb; }
    //! Drafts not stored yet (the drafter is still working on them).
    int inFlight() const { return m_inFlight; }

    //! Why approving `draft` would be refused right now (window_closed, conversation_closed,
    //! empty_draft), or empty. Computed when a draft is served, never stored.
    static QString blockedReason(const DraftRecord &draft,
                                 const std::optional<domain::Conversation> &conversation);
    //! The draft's wire form with its blocked reason, for routes and events.
    QJsonObject draftJson(const DraftRecord &draft);

    //! What the drafter gets for `message`: its text, recent messages, the linked request and
    //! the customer record.
    static drafts::DraftContext contextFor(Database &db, const domain::Message &message,
                                           const domain::Conversation &conversation);

    //! Customer messages taken for drafting whose draft is not stored yet.
    int backlog() const { return m_backlog; }
    //! Customer messages left undrafted because RECADO_AI_BACKLOG were already waiting.
    qint64 skippedCount() const { return m_skipped; }

public Q_SLOTS:
    //! WebhookIngestor::inboundStored: drafts each new customer message that says something.
    void onInboundStored(const QList<qint64> &messageIds);

Q_SIGNALS:
    //! A draft was stored (any status), after commit.
    void draftStored(qint64 draftId);

private:
    struct ToDraft
    {
        qint64 messageId = 0;
        qint64 conversationId = 0;
        drafts::DraftContext context;
    };
    struct Finished
    {
        qint64 messageId = 0;
        qint64 conversationId = 0;
        drafts::DraftResult result;
    };
    //! What one commit stored, to announce on the relay's thread.
    struct Stored
    {
        QList<domain::Event> events;
        QList<qint64> draftIds;
        bool autoSent = false;
    };
    //! On m_store: its connection, opened on first use; null (and logged) when it cannot open.
    Database *storeDatabase();
    void draftAll(const QList<ToDraft> &toDraft);
    //! Stores every draft finished since the last flush in one transaction (one durable commit
    //! for a burst, like the ingest's group commit); on failure, again with a savepoint per
    //! draft. On the store thread.
    void flush();
    static QList<Stored> storeAll(Database &db, const drafts::DraftPolicy &policy,
                                  const QList<Finished> &batch);
    //! Inside the caller's transaction. False on a storage error (the transaction is lost).
    static bool store(Database &db, const drafts::DraftPolicy &policy, const Finished &f,
                      QList<domain::Event> *events, QList<qint64> *stored, bool *autoSent);
    void announce(const QList<Stored> &stored);

    ApiContext &m_ctx;
    const RelayConfig &m_config;
    drafts::DraftPolicy m_policy;
    std::unique_ptr<drafts::KnowledgeBase> m_kb; //!< for the routes, on the relay's thread
    std::unique_ptr<DrafterThread> m_drafter;
    int m_inFlight = 0;
    int m_backlog = 0;    //!< messages taken for drafting whose draft is not stored yet
    qint64 m_skipped = 0; //!< messages left undrafted because the backlog was full
    QElapsedTimer m_skipWarning;
    QList<Finished> m_finished;
    QTimer m_flushTimer;
    threading::WorkerThread m_store{QStringLiteral("recado-drafts-db")};
    std::unique_ptr<Database> m_storeDb; //!< created, used and destroyed on m_store
};

} // namespace recado::relay::review
