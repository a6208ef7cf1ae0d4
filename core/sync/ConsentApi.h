// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/RelayApi.h"
#include "core/sync/TemplateTypes.h"

#include <QByteArray>
#include <QObject>

#include <functional>

namespace recado::sync {

//! The relay's consent routes as typed calls (docs/api.md, "Consent").
class ConsentApi
{
public:
    explicit ConsentApi(RelayApi *api)
        : m_api(api)
    {}

    //! `GET /api/whatsapp/conversations/:id/consent`: state and ledger of the customer.
    void ledger(qint64 conversationId, QObject *context, RelayApi::Typed<ConsentInfo> done) const;

    //! `POST /api/whatsapp/conversations/:id/consent`: an agent records an opt-in or opt-out
    //! (`source` "agent_verbal" or "agent_action"). The relay confirms an opt-out to the customer
    //! while the 24-hour window is open. The answer carries the new state (no history).
    void record(qint64 conversationId, const QString &action, const QString &source,
                const QString &note, QObject *context, RelayApi::Typed<ConsentInfo> done) const;

    //! `GET /api/contacts/:id/consent.csv`: the ledger as the relay writes it (RFC 4180, cells a
    //! spreadsheet would run as formulas defused).
    void csv(qint64 contactId, QObject *context,
             std::function<void(const ApiResult &, const QByteArray &)> done) const;

private:
    RelayApi *m_api;
};

} // namespace recado::sync
