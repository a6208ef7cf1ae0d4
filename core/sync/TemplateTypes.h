// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Typed answers of the relay's template and consent routes (docs/api.md, "Templates" and
// "Consent"), as TemplateApi and ConsentApi hand them out.

#include "core/whatsapp/templates/Template.h"
#include "core/whatsapp/templates/ValidationIssue.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace recado::sync {

//! One template of the relay's library: Meta's definition plus the relay's verdict.
struct TemplateEntry
{
    whatsapp::Template tmpl;
    bool sendable = false; //!< approved: only these may be sent
    QString statusDetail;  //!< why it cannot be used, in words; empty when fine
    QJsonObject json;      //!< the relay's object as received
};

//! A finding of the relay's validator (`Issue` in docs/api.md).
struct TemplateIssue
{
    QString rule;      //!< e.g. "send.param_empty"
    bool error = true; //!< false for warnings
    QString where;     //!< e.g. "body {{3}}", "buttons[0]", "header", "template"
    whatsapp::TemplatePart part = whatsapp::TemplatePart::Template;
    int index = -1; //!< variable number (1-based) or button index (0-based); -1: the whole part
    QString message;

    static TemplateIssue fromJson(const QJsonObject &o);
    static TemplateIssue fromValidation(const whatsapp::ValidationIssue &i);
};

//! The consent decision for a template: may it be sent, and if not why (in words).
struct ConsentDecision
{
    bool known = false; //!< false when the relay did not say (no conversation yet)
    bool allowed = true;
    QString code;   //!< "opted_out", "no_marketing_opt_in", ...
    QString reason; //!< when and how the customer opted out
};

//! `POST /api/templates/preview`: the rendered message and whether it can be sent.
struct TemplatePreviewResult
{
    QString headerFormat;
    QString header;
    QString body;
    QString footer;
    QStringList buttons;
    QString text; //!< what the customer reads
    QJsonObject graph;
    QList<TemplateIssue> issues;
    bool sendable = false;
    ConsentDecision consent;
};

//! One record of a contact's append-only consent ledger.
struct ConsentEntry
{
    qint64 id = 0;
    QString action; //!< "opt_in" | "opt_out"
    QString source; //!< customer_message, keyword, web_form, import, agent_verbal, agent_action
    QDateTime at;
    QString agent;
    QString keyword;
    QString language;
    QString note;
    QString described; //!< the relay's words for how it was given
    qint64 conversationId = 0;
    qint64 messageId = 0;

    static ConsentEntry fromJson(const QJsonObject &o);
};

//! A contact's consent: the current state and the whole ledger, oldest first.
struct ConsentInfo
{
    qint64 contactId = 0;
    QString contactName;
    QString contactPhone;
    QString state; //!< "opted_in" | "opted_out" | "unknown"
    QDateTime since;
    QString source;
    QString described;
    ConsentDecision templates;
    ConsentDecision marketing;
    QList<ConsentEntry> history;

    //! Reads `{"contact","consent","history"}` (also the `consent` part alone).
    static ConsentInfo fromJson(const QJsonObject &o);
};

} // namespace recado::sync
