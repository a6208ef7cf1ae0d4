// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Conversation.h"
#include "core/domain/Event.h"
#include "core/domain/Message.h"
#include "relay/drafts/DraftContext.h"
#include "relay/drafts/DraftPolicy.h"
#include "relay/drafts/DraftResult.h"
#include "relay/drafts/ModelConfig.h"
#include "relay/drafts/review/DraftRecord.h"
#include "relay/drafts/review/DrafterThread.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace recado::relay {
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
//! outbound path agents use (relay/api/OutboundQueue). Lives on the relay's thread.
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
    drafts::DraftContext contextFor(const domain::Message &message,
                                    const domain::Conversation &conversation);

public Q_SLOTS:
    //! WebhookIngestor::inboundStored: drafts each new customer message that says something.
    void onInboundStored(const QList<qint64> &messageIds);

Q_SIGNALS:
    //! A draft was stored (any status), after commit.
    void draftStored(qint64 draftId);

private:
    struct Finished
    {
        qint64 messageId = 0;
        qint64 conversationId = 0;
        drafts::DraftResult result;
    };
    //! Stores every draft finished since the last flush in one transaction (one durable commit
    //! for a burst, like the ingest's group commit); on failure, one by one.
    void flush();
    //! Inside the caller's transaction. False on a storage error (the transaction is lost).
    bool store(const Finished &f, QList<domain::Event> *events, QList<qint64> *stored,
               bool *autoSent);

    ApiContext &m_ctx;
    const RelayConfig &m_config;
    drafts::DraftPolicy m_policy;
    std::unique_ptr<drafts::KnowledgeBase> m_kb; //!< for the routes, on the relay's thread
    std::unique_ptr<DrafterThread> m_drafter;
    int m_inFlight = 0;
    QList<Finished> m_finished;
    QTimer m_flushTimer;
};

} // namespace recado::relay::review
