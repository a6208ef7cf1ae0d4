// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/consent/ConsentPolicy.h"

namespace recado::whatsapp {

namespace {
//! Index in `history` of the latest valid record matching `pred` (among equal times the later
//! one in the list, i.e. the one recorded last), or -1.
template<typename Pred> qsizetype latest(const QList<ConsentRecord> &history, Pred pred)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const ConsentRecord &r = history.at(i);
        if (!r.at.isValid() || !pred(r))
            continue;
        if (best < 0 || r.at >= history.at(best).at)
            best = i;
    }
    return best;
}

std::optional<ConsentRecord> recordAt(const QList<ConsentRecord> &history, qsizetype i)
{
    return i < 0 ? std::nullopt : std::optional<ConsentRecord>(history.at(i));
}

bool isExplicit(const ConsentRecord &r)
{
    return r.source != ConsentSource::CustomerMessage;
}
} // namespace

QString ConsentPolicy::describeSource(const ConsentRecord &r)
{
    switch (r.source) {
    case ConsentSource::CustomerMessage:
        return tr("by writing to us");
    case ConsentSource::WebForm:
        return tr("through a web form");
    case ConsentSource::Import:
        return tr("in imported records");
    case ConsentSource::AgentVerbal:
        return tr("by telling agent %1").arg(r.agent);
    case ConsentSource::Keyword:
        return tr("by sending \"%1\"").arg(r.keyword);
    case ConsentSource::AgentAction:
        return tr("as recorded by agent %1").arg(r.agent);
    }
    return {};
}

ConsentDecision ConsentPolicy::mayInitiate(const QList<ConsentRecord> &history,
                                           const QDateTime &lastInboundAt,
                                           TemplateCategory category,
                                           const ConsentPolicyOptions &options)
{
    const qsizetype optOutAt =
        latest(history, [](const ConsentRecord &r) { return r.action == ConsentAction::OptOut; });
    const qsizetype optInAt =
        latest(history, [](const ConsentRecord &r) { return r.action == ConsentAction::OptIn; });
    const qsizetype explicitAt = latest(history, [](const ConsentRecord &r) {
        return r.action == ConsentAction::OptIn && isExplicit(r);
    });
    const auto optOut = recordAt(history, optOutAt);
    const auto optIn = recordAt(history, optInAt);
    const auto explicitOptIn = recordAt(history, explicitAt);
    // Record `a` comes after record `b`: by time, then by position in the ledger.
    const auto after = [&history](qsizetype a, qsizetype b) {
        const QDateTime &ta = history.at(a).at;
        const QDateTime &tb = history.at(b).at;
        return ta > tb || (ta == tb && a > b);
    };
    const QString when = optOut ? optOut->at.toUTC().toString(Qt::ISODate) : QString();

    const bool optInAfterOptOut = optOut && optIn && after(optInAt, optOutAt);
    const bool wroteAfterOptOut = optOut && lastInboundAt.isValid() && lastInboundAt > optOut->at;

    ConsentDecision d;
    if (optOut && !optInAfterOptOut && !wroteAfterOptOut) {
        d.allowed = false;
        d.code = QStringLiteral("opted_out");
        d.reason = tr("The customer opted out of WhatsApp messages on %1 %2. No template can be "
                      "sent until they write to us or opt in again.")
                       .arg(when, describeSource(*optOut));
        d.basis = optOut;
        return d;
    }

    if (category == TemplateCategory::Marketing && options.marketingRequiresOptIn) {
        const bool valid = explicitOptIn && (!optOut || after(explicitAt, optOutAt));
        if (!valid) {
            d.allowed = false;
            d.code = QStringLiteral("no_marketing_opt_in");
            d.reason = optOut ? tr("The customer opted out on %1 and has not opted in to "
                                   "marketing messages since. Use a utility template or record "
                                   "their consent first.")
                                    .arg(when)
                              : tr("Marketing templates need the customer's recorded opt-in "
                                   "(web form, agent or keyword). Record their consent first.");
            d.basis = optOut;
            return d;
        }
    }

    if (optInAfterOptOut || (!optOut && optIn)) {
        d.code = QStringLiteral("opted_in");
        d.reason = tr("The customer opted in on %1 %2.")
                       .arg(optIn->at.toUTC().toString(Qt::ISODate), describeSource(*optIn));
        d.basis = optIn;
        return d;
    }
    if (wroteAfterOptOut) {
        d.code = QStringLiteral("customer_wrote_again");
        d.reason = tr("The customer opted out on %1 but has written to us since, which counts as "
                      "opting in again.")
                       .arg(when);
        d.basis = optOut;
        return d;
    }
    if (lastInboundAt.isValid()) {
        d.code = QStringLiteral("customer_contact");
        d.reason = tr("No consent change is recorded; the customer has contacted us before.");
        return d;
    }
    if (options.requireOptIn) {
        d.allowed = false;
        d.code = QStringLiteral("no_opt_in");
        d.reason = tr("This customer has never opted in or written to us. Record their consent "
                      "before starting a conversation.");
        return d;
    }
    d.code = QStringLiteral("no_record");
    d.reason = tr("No opt-out is recorded for this customer.");
    return d;
}

} // namespace recado::whatsapp
