// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/ReplyComposer.h"

#include "relay/drafts/DateTimeExtractor.h"
#include "relay/drafts/EscalationRules.h"
#include "relay/drafts/MessageCues.h"
#include "relay/drafts/ReplyPhrases.h"
#include "relay/drafts/ServiceStatus.h"
#include "relay/drafts/TextNormalizer.h"

#include <QRegularExpression>
#include <QSet>

namespace recado::relay::drafts {

namespace {

QString firstName(const QString &name)
{
    return name.simplified().section(QLatin1Char(' '), 0, 0);
}

struct Fill
{
    QString n, id, date, tech, status, when, address, what, kind, who;
};

QString fill(QString s, const Fill &f)
{
    s.replace(QLatin1String("{n}"), f.n);
    s.replace(QLatin1String("{id}"), f.id);
    s.replace(QLatin1String("{date}"), f.date);
    s.replace(QLatin1String("{tech}"), f.tech);
    s.replace(QLatin1String("{status}"), f.status);
    s.replace(QLatin1String("{when}"), f.when);
    s.replace(QLatin1String("{address}"), f.address);
    s.replace(QLatin1String("{what}"), f.what);
    s.replace(QLatin1String("{kind}"), f.kind);
    s.replace(QLatin1String("{who}"), f.who);
    return s;
}

// A Fill with one or two placeholders set.
Fill with(QString Fill::*m, const QString &v, QString Fill::*m2 = nullptr,
          const QString &v2 = QString())
{
    Fill f;
    f.*m = v;
    if (m2)
        f.*m2 = v2;
    return f;
}

bool hasReason(const DraftResult &d, const char *r)
{
    return d.escalationReasons.contains(QLatin1String(r));
}

} // namespace

ReplyComposer::ReplyComposer(const KnowledgeBase *kb, Options options)
    : m_kb(kb)
    , m_options(options)
{}

DraftSource ReplyComposer::serviceRequestSource(const domain::ServiceRequest &r)
{
    QStringList lines;
    lines << QStringLiteral("id: %1").arg(r.id) << QStringLiteral("status: %1").arg(r.status);
    if (r.requestedDate.isValid())
        lines << QStringLiteral("requested date: %1").arg(r.requestedDate.toString(Qt::ISODate));
    if (!r.technician.isEmpty())
        lines << QStringLiteral("technician: %1").arg(r.technician);
    if (!r.address.isEmpty())
        lines << QStringLiteral("address: %1").arg(r.address);
    if (!r.serviceType.isEmpty())
        lines << QStringLiteral("service: %1").arg(r.serviceType);
    if (!r.customerName.isEmpty())
        lines << QStringLiteral("customer: %1").arg(r.customerName);
    return {QStringLiteral("service_request"), r.id, QStringLiteral("Service request %1").arg(r.id),
            lines.join(QLatin1Char('\n'))};
}

DraftSource ReplyComposer::customerSource(const CustomerRecord &c)
{
    QStringList lines;
    if (!c.name.isEmpty())
        lines << QStringLiteral("name: %1").arg(c.name);
    if (!c.phone.isEmpty())
        lines << QStringLiteral("phone: %1").arg(c.phone);
    return {QStringLiteral("customer"), QStringLiteral("customer"),
            QStringLiteral("Customer record"), lines.join(QLatin1Char('\n'))};
}

DraftSource ReplyComposer::messageSource(const QString &text)
{
    return {QStringLiteral("message"), QStringLiteral("message"),
            QStringLiteral("Customer message"), text};
}

DraftSource ReplyComposer::articleSource(const KbArticle &a)
{
    return {QStringLiteral("kb"), a.id, a.title, a.body};
}

QList<DraftSource> ReplyComposer::contextSources(const DraftContext &context)
{
    QList<DraftSource> out;
    if (context.serviceRequest)
        out.append(serviceRequestSource(*context.serviceRequest));
    if (!context.customer.name.isEmpty() || !context.customer.phone.isEmpty())
        out.append(customerSource(context.customer));
    out.append(messageSource(context.text));
    return out;
}

std::optional<KbArticle> ReplyComposer::policyArticle(const QString &tag, const QString &lang) const
{
    if (!m_kb)
        return std::nullopt;
    const QList<KnowledgeBase::Hit> hits = m_kb->search(QString(), lang, 5, {tag});
    for (const KnowledgeBase::Hit &h : hits) {
        if (h.article.tags.contains(tag))
            return h.article;
    }
    return std::nullopt;
}

QList<KnowledgeBase::Hit> ReplyComposer::relevantArticles(const DraftResult &draft,
                                                          const DraftContext &context) const
{
    if (!m_kb)
        return {};
    const QString tag = intentName(draft.intent);
    QList<KnowledgeBase::Hit> out;
    const QList<KnowledgeBase::Hit> hits = m_kb->search(context.text, draft.lang, 5);
    for (const KnowledgeBase::Hit &h : hits) {
        if (h.article.tags.contains(tag) && h.score >= m_options.faqMinScore)
            out.append(h);
    }
    return out;
}

ReplyComposer::Reply ReplyComposer::compose(const DraftResult &draft,
                                            const DraftContext &context) const
{
    // Mandatory handoffs first: the customer hears that a person takes over, nothing more.
    if (draft.intent == Intent::Human || hasReason(draft, reason::HumanRequested))
        return handoff("handoff_human", draft, context);
    if (draft.intent == Intent::DataRequest || hasReason(draft, reason::PersonalData))
        return handoff("handoff_data", draft, context);
    if (draft.intent == Intent::BillingDispute || hasReason(draft, reason::Refund))
        return handoff("handoff_billing", draft, context);
    if (draft.intent == Intent::Complaint || hasReason(draft, reason::FormalComplaintThreat))
        return handoff("handoff_complaint", draft, context);
    if (draft.intent == Intent::Other)
        return handoff("unclear", draft, context);

    Reply r = intentReply(draft, context);
    // An upset or repeating customer gets an apology before the answer (a person reviews it).
    const char *prefix = hasReason(draft, reason::RepeatedRequest)     ? "sorry_repeat"
                         : hasReason(draft, reason::NegativeSentiment) ? "sorry_upset"
                                                                       : nullptr;
    if (prefix && draft.intent != Intent::Greeting && draft.intent != Intent::Thanks) {
        Fill f;
        const QString name = firstName(context.customer.name);
        if (!name.isEmpty()) {
            f.n = QStringLiteral(", ") + name;
            r.text.replace(QStringLiteral(", ") + name, QString()); // name once, in the apology
        }
        r.text = fill(ReplyPhrases::get(prefix, draft.lang), f) + r.text;
    }
    return r;
}

ReplyComposer::Reply ReplyComposer::handoff(const char *key, const DraftResult &draft,
                                            const DraftContext &context) const
{
    Reply r;
    Fill f;
    const QString name = firstName(context.customer.name);
    if (!name.isEmpty()) {
        f.n = QStringLiteral(", ") + name;
        r.sources.append(customerSource(context.customer));
    }
    r.text = fill(ReplyPhrases::get(key, draft.lang), f);
    if (qstrcmp(key, "handoff_data") == 0) {
        // Quote the approved privacy article if there is one; otherwise say who takes it.
        const std::optional<KbArticle> a =
            policyArticle(QStringLiteral("data_request"), draft.lang);
        if (a) {
            r.text += QLatin1Char(' ') + a->body;
            r.sources.append(articleSource(*a));
        } else {
            r.text += ReplyPhrases::get("handoff_data_tail", draft.lang);
        }
    }
    return r;
}

ReplyComposer::Reply ReplyComposer::intentReply(const DraftResult &draft,
                                                const DraftContext &context) const
{
    Reply r;
    const QString &lang = draft.lang;
    const QDate today = context.referenceTime().date();
    Fill f;
    const QString name = firstName(context.customer.name);
    bool usesCustomer = false, usesRequest = false, usesMessage = false;
    if (!name.isEmpty()) {
        f.n = QStringLiteral(", ") + name;
        usesCustomer = true;
    }
    const std::optional<domain::ServiceRequest> &sr = context.serviceRequest;
    auto techPart = [&]() {
        return sr && !sr->technician.isEmpty()
                   ? fill(ReplyPhrases::get("with_tech", lang), with(&Fill::tech, sr->technician))
                   : QString();
    };
    // What the customer asked for, in words: dates and windows from the message.
    QStringList whenParts;
    QList<QDate> mentionedDates;
    bool whenStartsWithDate = false;
    for (const Entity &e : draft.entities) {
        if (MessageCues::ruledOut(context.text, e))
            continue; // "mañana no puedo": not the day they want
        if (e.type == QLatin1String("date")) {
            const QDate d = DateTimeExtractor::parseDateValue(e.value);
            if (whenParts.isEmpty())
                whenStartsWithDate = true;
            if (e.value.contains(QLatin1Char('/')))
                whenParts.append(e.text); // a week or weekend: the customer's own words
            else if (d.isValid()) {
                whenParts.append(ReplyPhrases::date(d, today, lang));
                mentionedDates.append(d);
            }
        } else if (e.type == QLatin1String("time") || e.type == QLatin1String("time_window")) {
            whenParts.append(ReplyPhrases::window(e.value, lang));
        }
    }
    const QString when = whenParts.join(QStringLiteral(", "));
    // "para el viernes..." / "to Friday..." before a date; a window reads on its own
    // ("por la tarde", "after 16:00").
    auto toward = [&](const QString &enWord) {
        if (mentionedDates.isEmpty() || !whenStartsWithDate)
            return when;
        QString first = when;
        if (lang == QLatin1String("en") && first.startsWith(QLatin1String("on ")))
            first = first.mid(3);
        return (lang == QLatin1String("en") ? enWord : QStringLiteral("para")) + QLatin1Char(' ') +
               first;
    };
    QString mentionedId;
    for (const Entity &e : draft.entities) {
        if (e.type == QLatin1String("request_id")) {
            mentionedId = e.value;
            break;
        }
    }
    const bool otherRequest =
        sr && !mentionedId.isEmpty() && mentionedId.compare(sr->id, Qt::CaseInsensitive) != 0;

    switch (draft.intent) {
    case Intent::Greeting:
        r.text = fill(ReplyPhrases::get("greeting", lang), f);
        break;
    case Intent::Thanks:
        r.text = fill(ReplyPhrases::get("thanks", lang), f);
        break;
    case Intent::ConfirmAppointment:
        if (sr && sr->requestedDate.isValid() && !otherRequest) {
            usesRequest = true;
            f.id = sr->id;
            f.date = ReplyPhrases::date(sr->requestedDate, today, lang);
            f.tech = techPart();
            if (!mentionedDates.isEmpty() && !mentionedDates.contains(sr->requestedDate)) {
                f.when = when;
                usesMessage = true;
                r.text = fill(ReplyPhrases::get("confirm_mismatch", lang), f);
                r.answered = false;
            } else {
                r.text = fill(ReplyPhrases::get("confirm_sr", lang), f);
            }
        } else {
            if (!when.isEmpty()) {
                usesMessage = true;
                f.when = QLatin1Char(' ') + toward(QStringLiteral("for"));
            }
            r.text = fill(ReplyPhrases::get("confirm_nosr", lang), f);
        }
        break;
    case Intent::Reschedule: {
        if (sr && !otherRequest) {
            usesRequest = true;
            f.id = QLatin1Char(' ') + sr->id;
        }
        if (!when.isEmpty()) {
            usesMessage = true;
            f.when = toward(QStringLiteral("to"));
            r.text = fill(ReplyPhrases::get("reschedule_when", lang), f);
        } else {
            r.text = fill(ReplyPhrases::get("reschedule_ask", lang), f);
        }
        if (const auto a = policyArticle(QStringLiteral("reschedule"), lang)) {
            r.text += QLatin1Char(' ') +
                      fill(ReplyPhrases::get("policy", lang), with(&Fill::what, a->body));
            r.sources.append(articleSource(*a));
        }
        break;
    }
    case Intent::Cancel:
        if (sr && !otherRequest) {
            usesRequest = true;
            f.id = QStringLiteral(" (") + sr->id + QLatin1Char(')');
        } else if (!mentionedId.isEmpty()) {
            usesMessage = true;
            f.id = QStringLiteral(" (") + mentionedId + QLatin1Char(')');
        }
        r.text = fill(ReplyPhrases::get("cancel", lang), f);
        if (const auto a = policyArticle(QStringLiteral("cancel"), lang)) {
            r.text += QLatin1Char(' ') +
                      fill(ReplyPhrases::get("policy", lang), with(&Fill::what, a->body));
            r.sources.append(articleSource(*a));
        }
        break;
    case Intent::Eta: {
        if (!sr || otherRequest) {
            r.text = fill(ReplyPhrases::get("honest", lang), f);
            r.answered = false;
            break;
        }
        usesRequest = true;
        const QString status = ServiceStatus::canonical(sr->status);
        f.id = sr->id;
        f.status = ServiceStatus::localized(sr->status, lang);
        if (status == QLatin1String("en_route")) {
            f.who = sr->technician.isEmpty() ? ReplyPhrases::get("the_tech", lang) : sr->technician;
            r.text = fill(ReplyPhrases::get("eta_moving", lang), f);
            if (!name.isEmpty())
                usesCustomer = false;
        } else if (status == QLatin1String("in_progress") || status == QLatin1String("completed") ||
                   status == QLatin1String("cancelled")) {
            r.text = fill(ReplyPhrases::get("eta_status", lang), f);
            usesCustomer = false;
        } else if (sr->requestedDate.isValid()) {
            // The sources give the day, not the arrival time: say so and let a person check.
            f.date = ReplyPhrases::date(sr->requestedDate, today, lang);
            f.tech = techPart();
            r.text = fill(ReplyPhrases::get("eta_scheduled", lang), f);
            usesCustomer = false;
            r.answered = false;
        } else {
            r.text = fill(ReplyPhrases::get("honest", lang), f);
            usesRequest = false;
            r.answered = false;
        }
        break;
    }
    case Intent::RequestStatus:
        if (otherRequest) {
            usesMessage = true;
            f.id = mentionedId;
            r.text = fill(ReplyPhrases::get("status_other_id", lang), f);
            usesCustomer = false;
            r.answered = false;
        } else if (sr) {
            usesRequest = true;
            usesCustomer = false;
            f.id = sr->id;
            f.status = ServiceStatus::localized(sr->status, lang);
            if (!sr->serviceType.isEmpty())
                f.what = QStringLiteral(" (") + sr->serviceType + QLatin1Char(')');
            if (sr->requestedDate.isValid())
                f.when = fill(ReplyPhrases::get("visit_on", lang),
                              with(&Fill::date, ReplyPhrases::date(sr->requestedDate, today, lang),
                                   &Fill::tech, techPart()));
            r.text = fill(ReplyPhrases::get("status_sr", lang), f);
        } else {
            r.text = fill(ReplyPhrases::get("honest", lang), f);
            r.answered = false;
        }
        break;
    case Intent::NewRequest: {
        r.text = fill(ReplyPhrases::get("new_request", lang), f);
        QStringList missing;
        const QList<Entity> addresses = draft.entitiesOfType(QStringLiteral("address"));
        if (!addresses.isEmpty()) {
            usesMessage = true;
            r.text += fill(ReplyPhrases::get("noted_address", lang),
                           with(&Fill::address, addresses.constFirst().value));
        } else {
            missing.append(ReplyPhrases::get("missing_address", lang));
        }
        if (!when.isEmpty()) {
            usesMessage = true;
            r.text += fill(ReplyPhrases::get("noted_when", lang), with(&Fill::when, when));
        } else {
            missing.append(ReplyPhrases::get("missing_when", lang));
        }
        if (!MessageCues::mentionsAppliance(context.text))
            missing.prepend(ReplyPhrases::get("missing_what", lang));
        if (!missing.isEmpty())
            r.text += fill(ReplyPhrases::get("ask_missing", lang),
                           with(&Fill::what, ReplyPhrases::join(missing, lang)));
        else
            r.text += ReplyPhrases::get("will_confirm", lang);
        break;
    }
    case Intent::Invoice:
        if (const auto a = policyArticle(QStringLiteral("invoice"), lang)) {
            f.what = a->body;
            r.text = fill(ReplyPhrases::get("invoice", lang), f);
            r.sources.append(articleSource(*a));
        } else {
            r.text = fill(ReplyPhrases::get("honest", lang), f);
            r.answered = false;
        }
        break;
    case Intent::MediaShare: {
        const QString k = context.kind;
        const char *kindKey = k == QLatin1String("image")      ? "kind_image"
                              : k == QLatin1String("video")    ? "kind_video"
                              : k == QLatin1String("audio")    ? "kind_audio"
                              : k == QLatin1String("document") ? "kind_document"
                                                               : nullptr;
        if (kindKey || k != QLatin1String("text")) {
            f.kind = ReplyPhrases::get(kindKey ? kindKey : "kind_other", lang);
            r.text = fill(ReplyPhrases::get("media", lang), f);
        } else {
            r.text = fill(ReplyPhrases::get("media_text", lang), f);
        }
        break;
    }
    case Intent::BillingQuestion:
    case Intent::Faq: {
        const QList<KnowledgeBase::Hit> hits =
            draft.intent == Intent::BillingQuestion &&
                    (MessageCues::accountSpecific(context.text) ||
                     !MessageCues::isQuestion(context.text))
                ? QList<KnowledgeBase::Hit>{}
                : relevantArticles(draft, context);
        if (hits.isEmpty()) {
            r.text = fill(ReplyPhrases::get("honest", lang), f);
            r.answered = false;
        } else {
            f.what = hits.constFirst().article.body;
            r.text = fill(ReplyPhrases::get("answer", lang), f);
            r.sources.append(articleSource(hits.constFirst().article));
            usesCustomer = false;
        }
        break;
    }
    case Intent::OptOut:
        r.text = fill(ReplyPhrases::get("opt_out", lang), f);
        break;
    default:
        r.text = fill(ReplyPhrases::get("honest", lang), f);
        r.answered = false;
        break;
    }
    if (usesRequest && sr)
        r.sources.prepend(serviceRequestSource(*sr));
    if (usesCustomer)
        r.sources.append(customerSource(context.customer));
    if (usesMessage)
        r.sources.append(messageSource(context.text));
    return r;
}

} // namespace recado::relay::drafts
