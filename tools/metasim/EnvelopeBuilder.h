// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/metasim/Config.h"
#include "tools/metasim/SimTypes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace recado::metasim {

//! Builds Meta's webhook envelopes:
//! `{"object":"whatsapp_business_account","entry":[{"id":<waba>,"changes":[{"value":{...},
//! "field":"messages"}]}]}` with metadata, contacts, messages, statuses or errors.
class EnvelopeBuilder
{
public:
    explicit EnvelopeBuilder(const Config &config);

    //! One inbound message from `customer`. System messages carry no contacts array.
    QJsonObject inboundMessage(const QJsonObject &message, const Customer &customer) const;
    //! Status updates (see statusObject()) in one change, as Meta batches them under load.
    QJsonObject statusUpdate(const QJsonArray &statuses) const;
    //! A `messages` change with only `errors` (errors not tied to one message).
    QJsonObject valueErrors(const QJsonArray &errors) const;
    //! A message_template_status_update change.
    QJsonObject templateStatus(const MessageTemplate &t, const QString &event,
                               const QString &reason) const;

    //! A status object: id, status, timestamp, recipient_id, then conversation and pricing
    //! (sent/delivered/read) or errors (failed). `pricingCategory` is service, utility,
    //! marketing or authentication; `billable` follows per-message pricing.
    static QJsonObject statusObject(const QString &wamid, const QString &status,
                                    const QString &recipientId, const QString &pricingCategory,
                                    bool billable, const QString &conversationId,
                                    const QJsonArray &errors = {});

    static QString unixNow();

private:
    QJsonObject wrap(const QString &field, const QJsonObject &value) const;
    QJsonObject metadata() const;

    const Config &m_config;
};

} // namespace recado::metasim
