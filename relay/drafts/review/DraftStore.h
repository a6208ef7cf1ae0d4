// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/drafts/review/DraftDecision.h"
#include "relay/drafts/review/DraftRecord.h"

#include <QList>

#include <optional>

namespace recado::relay {
class Database;
}

namespace recado::relay::review {

//! What the supervisor view filters on. Empty fields do not filter.
struct DraftFilter
{
    QString intent;
    std::optional<DraftStatus> status; //!< the outcome
    QString agent;                     //!< who decided (decided_by)
    std::optional<bool> escalated;
    bool markedWrongOnly = false;
    qint64 conversationId = 0;
    qint64 fromMs = 0;   //!< created_at >= fromMs (0: no bound)
    qint64 toMs = 0;     //!< created_at < toMs (0: no bound)
    qint64 beforeId = 0; //!< keyset cursor: ids below this
    int limit = 50;
};

//! The drafts table and its append-only audit, draft_decisions. Writes run inside the caller's
//! transaction.
class DraftStore
{
public:
    explicit DraftStore(Database &db)
        : m_db(db)
    {}

    //! Inserts a new draft (its status as given); returns its id, 0 on error.
    qint64 insert(const DraftRecord &draft);
    std::optional<DraftRecord> get(qint64 id);
    std::optional<DraftRecord> byMessage(qint64 messageId);
    bool hasDraftFor(qint64 messageId);
    std::optional<DraftRecord> pending(qint64 conversationId);
    //! Newest first, `limit` at most; `more` tells whether older ones exist.
    QList<DraftRecord> list(const DraftFilter &filter, bool *more = nullptr);
    //! Every draft created in [fromMs, toMs), oldest first (figures).
    QList<DraftRecord> createdBetween(qint64 fromMs, qint64 toMs);

    //! Records the decision columns of `draft` (status, decided_*, sent_*, edit distance,
    //! reason, note) if the stored draft is still pending. False when it is not (someone else
    //! decided first) or on error.
    bool decide(const DraftRecord &draft);
    //! Flags an auto-sent draft as wrong; false when it is not auto-sent or already flagged.
    bool markWrong(qint64 id, const QString &by, qint64 atMs, const QString &note);

    bool addDecision(const DraftDecision &decision);
    QList<DraftDecision> decisions(qint64 draftId);

private:
    QList<DraftRecord> select(const QString &where, const QVariantList &values);
    bool exists(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace recado::relay::review
