// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/review/DraftActions.h"

#include "core/protocol/JsonCodec.h"
#include "relay/api/ApiContext.h"
#include "relay/api/OutboundQueue.h"
#include "relay/drafts/review/DraftService.h"
#include "relay/drafts/review/DraftStore.h"
#include "relay/drafts/review/EditDistance.h"
#include "relay/store/ConversationStore.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"
#include "relay/store/MessageStore.h"
#include "relay/store/WriteGroup.h"

namespace recado::relay::review {

namespace {

constexpr int kMaxTextLength = 4096; // Meta's limit for a text body
constexpr int kMaxNoteLength = 1000;

void notFound(const HttpExchangePtr &ex)
{
    ex->replyError(404, QStringLiteral("not_found"), QStringLiteral("no such draft"));
}

void notPending(const HttpExchangePtr &ex, const DraftRecord &d)
{
    ex->replyError(
        409, QStringLiteral("draft_not_pending"),
        QStringLiteral(
            "this draft is %1 already; only pending drafts can be approved, edited or rejected")
            .arg(toString(d.status)));
}

//! Appends `draft.updated` for `d` to `events`; false on a storage error.
bool appendUpdated(Database &db, const QJsonObject &draftJson, qint64 conversationId,
                   QList<domain::Event> *events)
{
    const domain::Event e = EventLog(db).append(QStringLiteral("draft.updated"), conversationId,
                                                QJsonObject{{QStringLiteral("draft"), draftJson}});
    if (e.seq == 0)
        return false;
    events->append(e);
    return true;
}

//! Queues a decision on a draft with the agents' other writes of this event-loop turn
//! (relay/store/WriteGroup), in a savepoint of its own. `decide` runs then: it stores the
//! decision, appends its events and leaves the draft as stored in `*decided`; or it replies with
//! the reason (or leaves `failure` to be replied) and returns false to roll back. The 200 with
//! the draft is sent after the commit and the events' publication.
void writeDecision(ApiContext &ctx, const HttpExchangePtr &ex, const QString &failure,
                   std::function<bool(DraftStore &, DraftRecord *, QList<domain::Event> *)> decide)
{
    auto decided = std::make_shared<DraftRecord>();
    WriteGroup::Write w;
    w.write = [&ctx, ex, failure, decide = std::move(decide),
               decided](QList<domain::Event> *events) {
        DraftStore drafts(ctx.db);
        if (decide(drafts, decided.get(), events))
            return true;
        if (!ex->replied())
            ex->replyError(500, QStringLiteral("storage_error"), failure);
        return false;
    };
    w.committed = [ex, decided] {
        ex->replyJson(200, QJsonObject{{QStringLiteral("draft"), decided->toJson()}});
    };
    w.failed = [ex, failure] { ex->replyError(500, QStringLiteral("storage_error"), failure); };
    ctx.writes->add(std::move(w));
}

} // namespace

void DraftActions::send(const HttpExchangePtr &ex, const QString &agent, qint64 draftId,
                        const QJsonObject &body, bool edited)
{
    const QString clientId = body.value(QStringLiteral("client_id")).toString().trimmed();
    if (clientId.isEmpty() || clientId.size() > 100) {
        ex->replyError(
            400, QStringLiteral("missing_client_id"),
            QStringLiteral(
                "client_id (1-100 characters) is required so a retry never sends twice"));
        return;
    }
    DraftStore drafts(m_ctx.db);
    // A retry of a send that went through: the same answer, never a second message.
    if (const auto existing = MessageStore(m_ctx.db).byClientId(clientId)) {
        const auto d = drafts.get(draftId);
        if (d && d->sentMessageId == existing->id) {
            ex->replyJson(200,
                          QJsonObject{{QStringLiteral("draft"), m_service.draftJson(*d)},
                                      {QStringLiteral("message"), protocol::toJson(*existing)}});
        } else {
            ex->replyError(409, QStringLiteral("client_id_conflict"),
                           QStringLiteral("this client_id was already used for another message"));
        }
        return;
    }
    const auto draft = drafts.get(draftId);
    if (!draft) {
        notFound(ex);
        return;
    }
    if (!draft->isPending()) {
        notPending(ex, *draft);
        return;
    }
    QString text = draft->result.reply;
    if (edited) {
        text = body.value(QStringLiteral("text")).toString();
        if (text.trimmed().isEmpty()) {
            ex->replyError(400, QStringLiteral("empty_message"),
                           QStringLiteral("the message text is empty"));
            return;
        }
        if (text.size() > kMaxTextLength) {
            ex->replyError(400, QStringLiteral("message_too_long"),
                           QStringLiteral("WhatsApp text messages are limited to %1 characters")
                               .arg(kMaxTextLength));
            return;
        }
    } else if (text.trimmed().isEmpty()) {
        ex->replyError(422, QStringLiteral("empty_draft"),
                       QStringLiteral("this draft has no text to send; write the reply yourself"));
        return;
    }
    const auto conversation = ConversationStore(m_ctx.db).get(draft->conversationId);
    if (conversation && conversation->status == domain::ConversationStatus::Closed) {
        ex->replyError(409, QStringLiteral("conversation_closed"),
                       QStringLiteral("this conversation is closed; reopen it to reply"));
        return;
    }

    domain::Message m;
    m.clientId = clientId;
    m.kind = QStringLiteral("text");
    m.text = text;
    // The hooks run later, with the other sends of this loop turn (WriteGroup): they hold what
    // they use, never a reference to this call's locals.
    const DraftRecord original = *draft;
    auto decided = std::make_shared<DraftRecord>(original);
    OutboundHooks hooks;
    hooks.inTransaction = [this, ex, agent, draftId, original,
                           decided](const domain::Message &queued, QList<domain::Event> *events) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Sending the draft's exact words is an approval, whichever button sent them.
        decided->status =
            queued.text == original.result.reply ? DraftStatus::Approved : DraftStatus::Edited;
        decided->decidedAt = now;
        decided->decidedBy = agent;
        decided->sentMessageId = queued.id;
        decided->sentText = queued.text;
        decided->editDistance = EditDistance::between(original.result.reply, queued.text);
        DraftStore store(m_ctx.db);
        if (!store.decide(*decided)) {
            // Someone else decided between our read and this transaction.
            const auto current = store.get(draftId);
            notPending(ex, current ? *current : *decided);
            return false;
        }
        DraftDecision d =
            DraftDecision::on(original,
                              decided->status == DraftStatus::Approved ? QStringLiteral("approve")
                                                                       : QStringLiteral("edit"),
                              agent, now);
        d.sentText = queued.text;
        d.sentMessageId = queued.id;
        d.editDistance = decided->editDistance;
        return store.addDecision(d) &&
               appendUpdated(m_ctx.db, decided->toJson(), decided->conversationId, events);
    };
    hooks.replyBody = [decided](const domain::Message &queued) {
        return QJsonObject{{QStringLiteral("draft"), decided->toJson()},
                           {QStringLiteral("message"), protocol::toJson(queued)}};
    };
    queueOutbound(m_ctx, ex, draft->conversationId, m, agent, hooks);
}

void DraftActions::reject(const HttpExchangePtr &ex, const QString &agent, qint64 draftId,
                          const QJsonObject &body)
{
    const QString reason = body.value(QStringLiteral("reason")).toString().trimmed();
    const QString note = body.value(QStringLiteral("note")).toString().trimmed();
    if (!rejectReasons().contains(reason)) {
        ex->replyError(400, QStringLiteral("invalid_reason"),
                       QStringLiteral("reason must be one of: %1")
                           .arg(rejectReasons().join(QStringLiteral(", "))));
        return;
    }
    if (reason == QLatin1String("other") && note.isEmpty()) {
        ex->replyError(400, QStringLiteral("note_required"),
                       QStringLiteral("say in a note what was wrong with the draft"));
        return;
    }
    if (note.size() > kMaxNoteLength) {
        ex->replyError(400, QStringLiteral("note_too_long"),
                       QStringLiteral("the note is limited to %1 characters").arg(kMaxNoteLength));
        return;
    }
    writeDecision(m_ctx, ex, QStringLiteral("could not save the rejection; try again"),
                  [&db = m_ctx.db, ex, agent, draftId, reason,
                   note](DraftStore &drafts, DraftRecord *decided, QList<domain::Event> *events) {
                      auto draft = drafts.get(draftId);
                      if (!draft) {
                          notFound(ex);
                          return false;
                      }
                      if (!draft->isPending()) {
                          notPending(ex, *draft);
                          return false;
                      }
                      const QDateTime now = QDateTime::currentDateTimeUtc();
                      draft->status = DraftStatus::Rejected;
                      draft->decidedAt = now;
                      draft->decidedBy = agent;
                      draft->rejectReason = reason;
                      draft->note = note;
                      DraftDecision d =
                          DraftDecision::on(*draft, QStringLiteral("reject"), agent, now);
                      d.reason = reason;
                      d.note = note;
                      if (!drafts.decide(*draft) || !drafts.addDecision(d) ||
                          !appendUpdated(db, draft->toJson(), draft->conversationId, events))
                          return false;
                      *decided = *draft;
                      return true;
                  });
}

void DraftActions::markWrong(const HttpExchangePtr &ex, const QString &supervisor, qint64 draftId,
                             const QJsonObject &body)
{
    const QString note = body.value(QStringLiteral("note")).toString().trimmed();
    if (note.size() > kMaxNoteLength) {
        ex->replyError(400, QStringLiteral("note_too_long"),
                       QStringLiteral("the note is limited to %1 characters").arg(kMaxNoteLength));
        return;
    }
    writeDecision(
        m_ctx, ex, QStringLiteral("could not save the mark; try again"),
        [&db = m_ctx.db, ex, supervisor, draftId, note](DraftStore &drafts, DraftRecord *decided,
                                                        QList<domain::Event> *events) {
            auto draft = drafts.get(draftId);
            if (!draft) {
                notFound(ex);
                return false;
            }
            if (draft->status != DraftStatus::AutoSent) {
                ex->replyError(409, QStringLiteral("not_auto_sent"),
                               QStringLiteral("only replies the AI sent by itself can be marked "
                                              "wrong; this draft is %1")
                                   .arg(toString(draft->status)));
                return false;
            }
            if (draft->markedWrong()) { // already marked: nothing to write
                ex->replyJson(200, QJsonObject{{QStringLiteral("draft"), draft->toJson()}});
                return false;
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            draft->markedWrongAt = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
            draft->markedWrongBy = supervisor;
            draft->markedWrongNote = note;
            DraftDecision d =
                DraftDecision::on(*draft, QStringLiteral("mark_wrong"), supervisor, now);
            d.sentText = draft->sentText;
            d.sentMessageId = draft->sentMessageId;
            d.note = note;
            if (!drafts.markWrong(draftId, supervisor, now.toMSecsSinceEpoch(), note) ||
                !drafts.addDecision(d) ||
                !appendUpdated(db, draft->toJson(), draft->conversationId, events))
                return false;
            *decided = *draft;
            return true;
        });
}

} // namespace recado::relay::review
