// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/DraftLabels.h"

#include <QHash>
#include <QLocale>

namespace recado::ui {

QString DraftLabels::fallback(const QString &code)
{
    QString s = code;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    return s;
}

QString DraftLabels::intent(const QString &code)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("confirm_appointment"), QT_TR_NOOP("Confirm appointment")},
        {QStringLiteral("reschedule"), QT_TR_NOOP("Reschedule")},
        {QStringLiteral("cancel"), QT_TR_NOOP("Cancel")},
        {QStringLiteral("eta"), QT_TR_NOOP("Arrival time")},
        {QStringLiteral("request_status"), QT_TR_NOOP("Request status")},
        {QStringLiteral("new_request"), QT_TR_NOOP("New request")},
        {QStringLiteral("invoice"), QT_TR_NOOP("Invoice")},
        {QStringLiteral("media_share"), QT_TR_NOOP("Shared a photo or file")},
        {QStringLiteral("billing_question"), QT_TR_NOOP("Billing question")},
        {QStringLiteral("billing_dispute"), QT_TR_NOOP("Billing dispute")},
        {QStringLiteral("complaint"), QT_TR_NOOP("Complaint")},
        {QStringLiteral("human"), QT_TR_NOOP("Asks for a person")},
        {QStringLiteral("data_request"), QT_TR_NOOP("Personal data request")},
        {QStringLiteral("opt_out"), QT_TR_NOOP("Opt-out")},
        {QStringLiteral("greeting"), QT_TR_NOOP("Greeting")},
        {QStringLiteral("thanks"), QT_TR_NOOP("Thanks")},
        {QStringLiteral("faq"), QT_TR_NOOP("General question")},
        {QStringLiteral("other"), QT_TR_NOOP("Other")},
    };
    const char *n = names.value(code);
    return n ? tr(n) : fallback(code);
}

QString DraftLabels::outcome(const QString &status)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("pending"), QT_TR_NOOP("Pending")},
        {QStringLiteral("approved"), QT_TR_NOOP("Approved as is")},
        {QStringLiteral("edited"), QT_TR_NOOP("Edited")},
        {QStringLiteral("rejected"), QT_TR_NOOP("Rejected")},
        {QStringLiteral("auto_sent"), QT_TR_NOOP("Auto-sent")},
        {QStringLiteral("superseded"), QT_TR_NOOP("Superseded")},
    };
    const char *n = names.value(status);
    return n ? tr(n) : fallback(status);
}

QString DraftLabels::rejectReason(const QString &code)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("wrong_intent"), QT_TR_NOOP("Misunderstood the customer")},
        {QStringLiteral("wrong_facts"), QT_TR_NOOP("Wrong facts")},
        {QStringLiteral("tone"), QT_TR_NOOP("Wrong tone")},
        {QStringLiteral("needs_human"), QT_TR_NOOP("Needs a person")},
        {QStringLiteral("policy"), QT_TR_NOOP("Against policy")},
        {QStringLiteral("other"), QT_TR_NOOP("Other")},
    };
    const char *n = names.value(code);
    return n ? tr(n) : fallback(code);
}

QString DraftLabels::escalationReason(const QString &code)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("formal_complaint_threat"),
         QT_TR_NOOP("Threatens a formal complaint or legal action")},
        {QStringLiteral("personal_data"), QT_TR_NOOP("Personal data request")},
        {QStringLiteral("billing_dispute"), QT_TR_NOOP("Disputes a charge")},
        {QStringLiteral("refund_request"), QT_TR_NOOP("Asks for a refund")},
        {QStringLiteral("complaint"), QT_TR_NOOP("Complaint")},
        {QStringLiteral("human_requested"), QT_TR_NOOP("Asks for a person")},
        {QStringLiteral("negative_sentiment"), QT_TR_NOOP("Upset customer")},
        {QStringLiteral("repeated_request"), QT_TR_NOOP("Asked the same thing before")},
        {QStringLiteral("model_flagged"), QT_TR_NOOP("Flagged by the AI model")},
        {QStringLiteral("no_grounding"), QT_TR_NOOP("No source answers this")},
        {QStringLiteral("low_confidence"), QT_TR_NOOP("Low confidence")},
        {QStringLiteral("unclear_intent"), QT_TR_NOOP("Unclear what the customer wants")},
    };
    const char *n = names.value(code);
    return n ? tr(n) : fallback(code);
}

QString DraftLabels::blockedReason(const QString &code)
{
    if (code == QLatin1String("window_closed"))
        return tr("The 24-hour window is closed: WhatsApp only allows a template message now, "
                  "so this draft cannot be sent.");
    if (code == QLatin1String("conversation_closed"))
        return tr("The conversation is closed: reopen it before sending this draft.");
    if (code == QLatin1String("empty_draft"))
        return tr("The draft is empty: there is nothing to send.");
    return tr("The relay would refuse to send this draft (%1).").arg(fallback(code));
}

QString DraftLabels::entityType(const QString &type)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("request_id"), QT_TR_NOOP("Request")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("time"), QT_TR_NOOP("Time")},
        {QStringLiteral("time_window"), QT_TR_NOOP("Time window")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("amount"), QT_TR_NOOP("Amount")},
    };
    const char *n = names.value(type);
    return n ? tr(n) : fallback(type);
}

QString DraftLabels::sourceKind(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("kb"), QT_TR_NOOP("Knowledge base")},
        {QStringLiteral("service_request"), QT_TR_NOOP("Service request")},
        {QStringLiteral("customer"), QT_TR_NOOP("Customer record")},
        {QStringLiteral("message"), QT_TR_NOOP("Earlier message")},
    };
    const char *n = names.value(kind);
    return n ? tr(n) : fallback(kind);
}

QString DraftLabels::sourceTitle(const domain::DraftSource &source)
{
    if (source.kind == QLatin1String("customer") || source.kind == QLatin1String("message"))
        return sourceKind(source.kind);
    if (source.kind == QLatin1String("service_request") && !source.id.isEmpty())
        return tr("Service request %1").arg(source.id);
    return source.title.isEmpty() ? source.id : source.title;
}

QString DraftLabels::sourceLine(const domain::DraftSource &source)
{
    const QString kind = sourceKind(source.kind);
    if (source.kind == QLatin1String("customer") || source.kind == QLatin1String("message"))
        return kind;
    if (source.kind == QLatin1String("service_request") && !source.id.isEmpty())
        return QStringLiteral("%1 · %2").arg(kind, source.id);
    const QString title = sourceTitle(source);
    return title.isEmpty() ? kind : QStringLiteral("%1 · %2").arg(kind, title);
}

QString DraftLabels::decisionAction(const QString &action)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("approve"), QT_TR_NOOP("approved")},
        {QStringLiteral("edit"), QT_TR_NOOP("edited and sent")},
        {QStringLiteral("reject"), QT_TR_NOOP("rejected")},
        {QStringLiteral("auto_send"), QT_TR_NOOP("sent automatically")},
        {QStringLiteral("supersede"), QT_TR_NOOP("superseded")},
        {QStringLiteral("mark_wrong"), QT_TR_NOOP("marked as wrong")},
    };
    const char *n = names.value(action);
    return n ? tr(n) : fallback(action);
}

QString DraftLabels::actor(const QString &name)
{
    if (name == QLatin1String("recado-ai"))
        return tr("the AI (auto-send)");
    if (name == QLatin1String("recado"))
        return tr("Recado (the customer wrote again)");
    return name;
}

QString DraftLabels::percent(double fraction)
{
    return tr("%1 %").arg(QLocale().toString(qRound(fraction * 100)));
}

} // namespace recado::ui
