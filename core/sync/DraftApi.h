// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Draft.h"
#include "core/domain/DraftFigures.h"
#include "core/sync/RelayApi.h"

#include <QDate>
#include <QObject>

namespace recado::sync {

//! What the supervisor list asks for (GET /api/drafts). Empty fields are not filtered on.
struct DraftQuery
{
    QString intent;
    QString
        outcome;   //!< a draft status (pending, approved, edited, rejected, auto_sent, superseded)
    QString agent; //!< who decided (a user name, or recado-ai for auto-sent replies)
    std::optional<bool> escalated;
    bool markedWrongOnly = false;
    qint64 conversationId = 0;
    QDate from; //!< calendar days in `tz`; `to` includes its day
    QDate to;
    QString tz; //!< IANA name; empty: the relay's default (UTC)
    int limit = 50;
    QString cursor;
};

struct DraftPage
{
    QList<domain::Draft> drafts;
    QString nextCursor; //!< empty on the last page
};

//! A knowledge-base article as GET /api/kb/:id gives it.
struct KbArticle
{
    QString id;
    QString lang;
    QString title;
    QString body;
    QStringList tags;
};

//! The relay's AI-draft routes (docs/api.md, "AI drafts") as typed asynchronous calls on top of
//! RelayApi. Same conventions as RelayApi: callbacks run on the GUI thread and are dropped when
//! `context` is gone; errors come back in words (the draft-specific codes translated here).
class DraftApi : public QObject
{
    Q_OBJECT
public:
    explicit DraftApi(RelayApi *api, QObject *parent = nullptr);

    RelayApi *relay() const { return m_api; }

    //! The conversation's pending draft (`std::nullopt` in the callback when there is none).
    void pendingDraft(qint64 conversationId, QObject *context,
                      RelayApi::Typed<std::optional<domain::Draft>> done);
    void draft(qint64 draftId, QObject *context, RelayApi::Typed<domain::Draft> done);
    //! Sends the draft as written. Reuse `clientId` when trying again: never a second send.
    void approve(qint64 draftId, const QString &clientId, QObject *context,
                 RelayApi::Typed<domain::Draft> done);
    //! Sends `text` instead of the draft; the relay records an edited approval.
    void sendEdited(qint64 draftId, const QString &clientId, const QString &text, QObject *context,
                    RelayApi::Typed<domain::Draft> done);
    void reject(qint64 draftId, const QString &reason, const QString &note, QObject *context,
                RelayApi::Typed<domain::Draft> done);

    // Supervisors.
    void list(const DraftQuery &query, QObject *context, RelayApi::Typed<DraftPage> done);
    void markWrong(qint64 draftId, const QString &note, QObject *context,
                   RelayApi::Typed<domain::Draft> done);
    void decisions(qint64 draftId, QObject *context,
                   RelayApi::Typed<QList<domain::DraftDecision>> done);
    //! `from`/`to` invalid: the relay's default (the last seven days).
    void figures(const QDate &from, const QDate &to, const QString &tz, QObject *context,
                 RelayApi::Typed<domain::DraftFigures> done);

    // Sources.
    void kbArticle(const QString &id, QObject *context, RelayApi::Typed<KbArticle> done);

    //! The reject reasons the relay accepts, in its order.
    static QStringList rejectReasons();
    //! Outcomes a supervisor can filter on (draft statuses).
    static QStringList outcomes();
    static QStringList intents();

private:
    void decide(const QString &path, const QJsonObject &body, QObject *context,
                RelayApi::Typed<domain::Draft> done);
    static ApiResult inWords(ApiResult r);

    RelayApi *m_api;
};

} // namespace recado::sync
