// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/whatsapp/consent/ConsentRecord.h"
#include "core/whatsapp/templates/TemplateComponents.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace recado::whatsapp {

//! The answer to "may we start a conversation with this customer (send a template)?".
struct ConsentDecision
{
    bool allowed = true;
    //! Stable code: allowed -> "opted_in", "customer_wrote_again", "customer_contact",
    //! "no_record"; refused -> "opted_out", "no_opt_in", "no_marketing_opt_in".
    QString code;
    QString reason; //!< a sentence for the agent (translated through "ConsentPolicy")
    std::optional<ConsentRecord> basis; //!< the record the decision rests on, if any
};

struct ConsentPolicyOptions
{
    //! Refuse every business-initiated template unless the customer opted in or has written to
    //! us at some point. Off by default: customers of a service request expect its updates.
    bool requireOptIn = false;
    //! Marketing templates need an explicit opt-in (web form, import, agent, keyword); a
    //! customer merely writing to us is not consent to promotions. On by default.
    bool marketingRequiresOptIn = true;
};

//! Decides from a contact's consent ledger whether a business-initiated template may be sent.
//! - The latest opt-out blocks every template until the customer opts in again (any later
//!   opt-in record) or writes to us again (`lastInboundAt` after the opt-out: a customer who
//!   writes again counts as opting in again).
//! - Marketing templates then also need an explicit opt-in newer than any opt-out (see
//!   ConsentPolicyOptions).
//! Replies inside the 24-hour window are the customer's own conversation and are not checked.
class ConsentPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ConsentPolicy)

public:
    //! `history` in any order; records with an invalid time are ignored. `lastInboundAt` is the
    //! customer's last message (invalid when they never wrote).
    static ConsentDecision mayInitiate(const QList<ConsentRecord> &history,
                                       const QDateTime &lastInboundAt, TemplateCategory category,
                                       const ConsentPolicyOptions &options = {});

    //! "by sending "BAJA"", "to agent ana by phone"... used in decisions and the audit view.
    static QString describeSource(const ConsentRecord &r);
};

} // namespace recado::whatsapp
