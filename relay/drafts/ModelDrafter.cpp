// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/ModelDrafter.h"

#include "relay/drafts/EscalationRules.h"
#include "relay/drafts/GroundingChecker.h"
#include "relay/drafts/ReplyComposer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace recado::relay::drafts {

Q_LOGGING_CATEGORY(lcModel, "recado.relay.drafts.model")

namespace {

QString languageName(const QString &lang)
{
    if (lang == QLatin1String("pt"))
        return QStringLiteral("Brazilian Portuguese (pt)");
    if (lang == QLatin1String("en"))
        return QStringLiteral("English (en)");
    return QStringLiteral("Latin American Spanish (es), addressing the customer as \"usted\"");
}

QString systemPrompt(const QString &lang)
{
    return QStringLiteral(
               "You draft WhatsApp replies for the customer-service team of a home-appliance "
               "field-service "
               "company. A person reviews every draft before it is sent.\n"
               "Rules:\n"
               "1. Write the reply in %1. At most three short sentences. Polite, plain, no emoji.\n"
               "2. State only facts that appear in SOURCES: prices, amounts, dates, times, names, "
               "statuses, "
               "addresses and other numbers must be copied from them. Never invent, estimate or "
               "promise anything "
               "else. If the sources do not answer the customer, say that you will check with a "
               "colleague and set "
               "\"escalate\" to true with \"escalation_reason\" \"no_grounding\".\n"
               "3. Set \"escalate\" to true for complaints, threats of a formal complaint or a "
               "lawsuit, billing "
               "disputes or refunds, requests to talk to a person, personal-data requests, anger, "
               "or a customer "
               "repeating a request.\n"
               "4. \"intent\" is exactly one of: %2.\n"
               "5. Answer with one JSON object and nothing else: {\"intent\": string, \"reply\": "
               "string, "
               "\"confidence\": number between 0 and 1, \"sources\": [ids of the SOURCES you "
               "used], \"escalate\": "
               "boolean, \"escalation_reason\": string}.")
        .arg(languageName(lang), intentNames().join(QStringLiteral(", ")));
}

QString stripFences(QString s)
{
    s = s.trimmed();
    const qsizetype open = s.indexOf(QLatin1Char('{'));
    const qsizetype close = s.lastIndexOf(QLatin1Char('}'));
    if (open < 0 || close <= open)
        return s;
    return s.mid(open, close - open + 1);
}

} // namespace

ModelDrafter::ModelDrafter(std::shared_ptr<const KnowledgeBase> kb, ModelConfig config,
                           QObject *parent)
    : Drafter(parent)
    , m_config(std::move(config))
    , m_builtin(std::move(kb))
    , m_nam(new QNetworkAccessManager(this))
{}

ModelDrafter::~ModelDrafter() = default;

QList<DraftSource> ModelDrafter::sourcesFor(const DraftContext &context,
                                            const DraftResult &baseline) const
{
    QList<DraftSource> sources = ReplyComposer::contextSources(context);
    auto add = [&sources](const DraftSource &s) {
        for (const DraftSource &o : sources) {
            if (o.kind == s.kind && o.id == s.id)
                return;
        }
        sources.append(s);
    };
    for (const DraftSource &s : baseline.sources)
        add(s);
    if (const KnowledgeBase *kb = m_builtin.knowledgeBase()) {
        const QList<KnowledgeBase::Hit> hits =
            kb->search(context.text, baseline.lang, 3, {intentName(baseline.intent)});
        for (const KnowledgeBase::Hit &h : hits)
            add(ReplyComposer::articleSource(h.article));
    }
    return sources;
}

QJsonObject ModelDrafter::requestBody(const DraftContext &context, const DraftResult &baseline,
                                      const QList<DraftSource> &sources) const
{
    const QDate today = context.referenceTime().date();
    QStringList user;
    user << QStringLiteral("TODAY: %1 (%2)")
                .arg(today.toString(Qt::ISODate), QLocale::c().dayName(today.dayOfWeek()));
    user << QStringLiteral("CUSTOMER LANGUAGE: %1").arg(baseline.lang);
    user << QStringLiteral("SOURCES:");
    for (const DraftSource &s : sources)
        user << QStringLiteral("[%1] (%2) %3\n%4").arg(s.id, s.kind, s.title, s.text);
    user << QStringLiteral("CONVERSATION (oldest first):");
    const qsizetype from =
        std::max<qsizetype>(0, context.history.size() - m_config.historyMessages);
    for (qsizetype i = from; i < context.history.size(); ++i) {
        const domain::Message &m = context.history.at(i);
        user << QStringLiteral("%1: %2").arg(m.direction == domain::Direction::Inbound
                                                 ? QStringLiteral("customer")
                                                 : QStringLiteral("agent"),
                                             m.text);
    }
    user << QStringLiteral("NEW CUSTOMER MESSAGE (%1):").arg(context.kind) << context.text;

    QJsonObject body{
        {QStringLiteral("model"), m_config.model},
        {QStringLiteral("temperature"), m_config.temperature},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                {QStringLiteral("content"), systemPrompt(baseline.lang)}},
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), user.join(QLatin1Char('\n'))}}}},
    };
    if (m_config.jsonMode)
        body.insert(QStringLiteral("response_format"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}});
    return body;
}

std::optional<QJsonObject> ModelDrafter::extractAnswer(const QByteArray &responseBody,
                                                       QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(responseBody, &pe);
    const QJsonValue content = doc.object()
                                   .value(QStringLiteral("choices"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("message"))
                                   .toObject()
                                   .value(QStringLiteral("content"));
    if (pe.error != QJsonParseError::NoError || !content.isString()) {
        if (error)
            *error = QStringLiteral("model_malformed: no choices[0].message.content");
        return std::nullopt;
    }
    const QJsonDocument answer =
        QJsonDocument::fromJson(stripFences(content.toString()).toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !answer.isObject()) {
        if (error)
            *error = QStringLiteral("model_malformed: answer is not a JSON object");
        return std::nullopt;
    }
    return answer.object();
}

std::optional<DraftResult> ModelDrafter::acceptAnswer(const QJsonObject &a,
                                                      const DraftContext &context,
                                                      const DraftResult &baseline,
                                                      const QList<DraftSource> &sources,
                                                      QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const std::optional<Intent> intent =
        intentFromName(a.value(QStringLiteral("intent")).toString());
    if (!intent)
        return fail(QStringLiteral("model_malformed: unknown intent"));
    const QJsonValue reply = a.value(QStringLiteral("reply"));
    if (!reply.isString() || reply.toString().trimmed().isEmpty() || reply.toString().size() > 1500)
        return fail(QStringLiteral("model_malformed: bad reply"));
    const QJsonValue confidence = a.value(QStringLiteral("confidence"));
    if (!confidence.isDouble() || confidence.toDouble() < 0.0 || confidence.toDouble() > 1.0)
        return fail(QStringLiteral("model_malformed: bad confidence"));
    QList<DraftSource> cited;
    const QJsonArray ids = a.value(QStringLiteral("sources")).toArray();
    for (const QJsonValue &v : ids) {
        const auto it = std::find_if(sources.cbegin(), sources.cend(),
                                     [&v](const DraftSource &s) { return s.id == v.toString(); });
        if (it == sources.cend())
            return fail(QStringLiteral("model_unknown_source: %1").arg(v.toString()));
        cited.append(*it);
    }
    const QString text = reply.toString().trimmed();
    const GroundingReport report =
        GroundingChecker::check(text, sources, context.referenceTime().date());
    if (!report.grounded())
        return fail(QStringLiteral("model_ungrounded: ") + report.summary());

    DraftResult r = baseline;
    r.drafter = name();
    r.fallbackReason.clear();
    r.intent = *intent;
    r.confidence = confidence.toDouble();
    r.reply = text;
    r.sources = cited;
    r.grounded = true;
    // Every reason the builtin rules found about the message stays; only "no_grounding", which
    // judged the builtin reply, is re-decided for this reply.
    r.escalationReasons.removeAll(QString::fromLatin1(reason::NoGrounding));
    r.escalate = !r.escalationReasons.isEmpty();
    EscalationRules::instance().apply(r, context);
    if (a.value(QStringLiteral("escalate")).toBool()) {
        const QString why = a.value(QStringLiteral("escalation_reason")).toString();
        static const QStringList known = {QString::fromLatin1(reason::FormalComplaintThreat),
                                          QString::fromLatin1(reason::PersonalData),
                                          QString::fromLatin1(reason::BillingDispute),
                                          QString::fromLatin1(reason::Refund),
                                          QString::fromLatin1(reason::Complaint),
                                          QString::fromLatin1(reason::HumanRequested),
                                          QString::fromLatin1(reason::NegativeSentiment),
                                          QString::fromLatin1(reason::RepeatedRequest),
                                          QString::fromLatin1(reason::NoGrounding),
                                          QString::fromLatin1(reason::LowConfidence)};
        r.addEscalation(known.contains(why) ? why : QString::fromLatin1(reason::ModelFlagged));
    }
    EscalationRules::sortReasons(r.escalationReasons);
    return r;
}

void ModelDrafter::draft(const DraftContext &input, DraftCallback done)
{
    DraftContext context = input;
    context.text = input.text.normalized(QString::NormalizationForm_C);
    const DraftResult baseline = m_builtin.compose(context);
    auto fallback = [baseline](const QString &why) {
        DraftResult r = baseline;
        r.fallbackReason = why;
        return r;
    };
    if (!m_config.isValid()) {
        QTimer::singleShot(
            0, this, [done, r = fallback(QStringLiteral("model_not_configured"))] { done(r); });
        return;
    }
    const QList<DraftSource> sources = sourcesFor(context, baseline);
    QNetworkRequest req(m_config.endpoint());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_config.apiKey.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    QNetworkReply *reply = m_nam->post(
        req, QJsonDocument(requestBody(context, baseline, sources)).toJson(QJsonDocument::Compact));

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty("recado_timed_out", true);
        reply->abort();
    });
    timer->start(m_config.timeoutMs);

    connect(reply, &QNetworkReply::finished, this,
            [this, reply, context, baseline, sources, done, fallback] {
                reply->deleteLater();
                QString why;
                std::optional<DraftResult> result;
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (reply->property("recado_timed_out").toBool()) {
                    why = QStringLiteral("model_timeout");
                } else if (status != 200) {
                    why = status > 0 ? QStringLiteral("model_http_%1").arg(status)
                                     : QStringLiteral("model_network_error");
                } else if (const auto answer = extractAnswer(reply->readAll(), &why)) {
                    result = acceptAnswer(*answer, context, baseline, sources, &why);
                }
                if (!result) {
                    // The endpoint and the reason only: the request carried the API key in a
                    // header.
                    qCInfo(lcModel).noquote()
                        << "model draft rejected, using builtin:" << why << "from"
                        << m_config.endpoint().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
                    result = fallback(why);
                }
                done(*result);
            });
}

} // namespace recado::relay::drafts
