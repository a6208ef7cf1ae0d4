// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relay/http/HttpExchange.h"

#include <QJsonObject>
#include <QString>

namespace recado::relay {
struct ApiContext;
}

namespace recado::relay::review {

class DraftService;

//! What people do with a draft, each in one transaction with its audit row and `draft.updated`
//! event: approve (send the draft as is), send edited (send the agent's text; both are kept,
//! with the edit distance), reject (a reason from rejectReasons() and a note), and a
//! supervisor's mark-wrong on an auto-sent reply. Sends go through storeOutbound, so the
//! 24-hour window and idempotent client ids apply exactly as to any agent message.
class DraftActions
{
public:
    DraftActions(ApiContext &ctx, DraftService &service)
        : m_ctx(ctx)
        , m_service(service)
    {}

    //! {client_id} (approve) or {client_id, text} (send edited). 202 {draft, message}; a retry
    //! with the same client_id gets 200 and the same message, never a second send.
    void send(const HttpExchangePtr &ex, const QString &agent, qint64 draftId,
              const QJsonObject &body, bool edited);
    //! {reason, note}. 200 {draft}.
    void reject(const HttpExchangePtr &ex, const QString &agent, qint64 draftId,
                const QJsonObject &body);
    //! {note}. 200 {draft}; marking twice changes nothing.
    void markWrong(const HttpExchangePtr &ex, const QString &supervisor, qint64 draftId,
                   const QJsonObject &body);

private:
    ApiContext &m_ctx;
    DraftService &m_service;
};

} // namespace recado::relay::review
