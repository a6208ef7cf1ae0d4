// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Conversation.h"
#include "core/domain/Message.h"
#include "core/whatsapp/templates/ParameterSources.h"
#include "core/whatsapp/templates/TemplateRenderer.h"
#include "relay/http/HttpExchange.h"
#include "relay/templates/TemplateStore.h"

#include <QJsonObject>

#include <optional>

namespace recado::relay {

class Database;

//! The relay's checks on a template message before it is queued, and the friendly request
//! form:
//!
//!     {"client_id","template":{"name","language"?,"parameters"?:{...},"values"?:{"source.key":"..."}}}
//!
//! The template is looked up in the synced library, must be approved, is filled (explicit
//! parameters over values from the conversation's context, see TemplateParameters), validated
//! with Meta's send rules and rendered into the Graph `template` object; the message text is
//! the rendered preview, so the thread shows what the customer got. A raw Graph object
//! (`"language":{"code"}`) is sent as given, but still refused when the library knows the
//! template is not approved. Every template is checked against the contact's consent ledger
//! (ConsentPolicy): after an opt-out it is refused with `422 opted_out`.
class TemplateSend
{
public:
    //! Rewrites `m` (kind "template") for sending; on refusal replies itself (404/422) and
    //! returns false. Runs inside queueOutbound's transaction.
    static bool prepare(Database &db, const HttpExchangePtr &ex,
                        const domain::Conversation &conversation, const QString &author,
                        domain::Message *m);

    //! The library row for `name` in `language` (or its base language); without a language,
    //! the conversation's, else any approved translation.
    static std::optional<TemplateRow> lookup(Database &db, const QString &name,
                                             const QString &language,
                                             const QString &conversationLanguage);

    //! What ParameterSources can take values from for this conversation: its linked service
    //! request, the customer's name, the sending agent's name and `values` (by source key).
    static whatsapp::ParameterContext context(Database &db,
                                              const domain::Conversation *conversation,
                                              const QString &author, const QString &language,
                                              const QJsonObject &values);

    //! Renders for a preview: a value still empty shows as its `{{n}}`, so the agent sees what
    //! is missing.
    static whatsapp::RenderedTemplate preview(const whatsapp::Template &t,
                                              whatsapp::TemplateArguments args);

    //! `{"header_format","header","body","footer","buttons":[...],"text"}`
    static QJsonObject renderedJson(const whatsapp::RenderedTemplate &r);

    //! Replies `422 template_not_approved` with why (Meta's words when a webhook gave them).
    static void replyNotApproved(const HttpExchangePtr &ex, const TemplateRow &row);
};

//! For MessageRoutes: see TemplateSend::prepare().
inline bool prepareTemplateMessage(Database &db, const HttpExchangePtr &ex,
                                   const domain::Conversation &conversation, const QString &author,
                                   domain::Message *m)
{
    return TemplateSend::prepare(db, ex, conversation, author, m);
}

} // namespace recado::relay
