// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/EnvelopeBuilder.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace recado::metasim {

EnvelopeBuilder::EnvelopeBuilder(const Config &config)
    : m_config(config)
{}

QString EnvelopeBuilder::unixNow()
{
    return QString::number(QDateTime::currentSecsSinceEpoch());
}

QJsonObject EnvelopeBuilder::metadata() const
{
    return {{u"display_phone_number"_s, m_config.displayPhoneNumber},
            {u"phone_number_id"_s, m_config.phoneNumberId}};
}

QJsonObject EnvelopeBuilder::wrap(const QString &field, const QJsonObject &value) const
{
    QJsonObject entry{
        {u"id"_s, m_config.wabaId},
        {u"changes"_s, QJsonArray{QJsonObject{{u"value"_s, value}, {u"field"_s, field}}}}};
    if (field != "messages"_L1)
        entry.insert(u"time"_s, QDateTime::currentSecsSinceEpoch());
    return {{u"object"_s, u"whatsapp_business_account"_s}, {u"entry"_s, QJsonArray{entry}}};
}

QJsonObject EnvelopeBuilder::inboundMessage(const QJsonObject &message,
                                            const Customer &customer) const
{
    QJsonObject value{{u"messaging_product"_s, u"whatsapp"_s}, {u"metadata"_s, metadata()}};
    if (message.value("type"_L1).toString() != "system"_L1) {
        QJsonObject contact{{u"profile"_s, QJsonObject{{u"name"_s, customer.name}}},
                            {u"wa_id"_s, customer.waId}};
        if (!customer.userId.isEmpty())
            contact.insert(u"user_id"_s, customer.userId);
        value.insert(u"contacts"_s, QJsonArray{contact});
    }
    value.insert(u"messages"_s, QJsonArray{message});
    return wrap(u"messages"_s, value);
}

QJsonObject EnvelopeBuilder::statusUpdate(const QJsonArray &statuses) const
{
    return wrap(u"messages"_s, QJsonObject{{u"messaging_product"_s, u"whatsapp"_s},
                                           {u"metadata"_s, metadata()},
                                           {u"statuses"_s, statuses}});
}

QJsonObject EnvelopeBuilder::valueErrors(const QJsonArray &errors) const
{
    return wrap(u"messages"_s, QJsonObject{{u"messaging_product"_s, u"whatsapp"_s},
                                           {u"metadata"_s, metadata()},
                                           {u"errors"_s, errors}});
}

QJsonObject EnvelopeBuilder::templateStatus(const MessageTemplate &t, const QString &event,
                                            const QString &reason) const
{
    QJsonObject value{{u"event"_s, event},
                      // Meta sends the id as a JSON number here, unlike everywhere else.
                      {u"message_template_id"_s, t.id.toLongLong()},
                      {u"message_template_name"_s, t.name},
                      {u"message_template_language"_s, t.language},
                      {u"reason"_s, reason.isEmpty() ? u"NONE"_s : reason},
                      {u"message_template_category"_s, t.category}};
    if (event == "DISABLED"_L1)
        value.insert(u"disable_info"_s, QJsonObject{{u"disable_date"_s, unixNow()}});
    return wrap(u"message_template_status_update"_s, value);
}

QJsonObject EnvelopeBuilder::statusObject(const QString &wamid, const QString &status,
                                          const QString &recipientId,
                                          const QString &pricingCategory, bool billable,
                                          const QString &conversationId, const QJsonArray &errors)
{
    QJsonObject s{{u"id"_s, wamid},
                  {u"status"_s, status},
                  {u"timestamp"_s, unixNow()},
                  {u"recipient_id"_s, recipientId}};
    if (status == "failed"_L1) {
        s.insert(u"errors"_s, errors);
        return s;
    }
    QJsonObject conversation{{u"id"_s, conversationId},
                             {u"origin"_s, QJsonObject{{u"type"_s, pricingCategory}}}};
    if (status == "sent"_L1) {
        conversation.insert(u"expiration_timestamp"_s,
                            QString::number(QDateTime::currentSecsSinceEpoch() + 24 * 3600));
    }
    s.insert(u"conversation"_s, conversation);
    s.insert(u"pricing"_s,
             QJsonObject{{u"billable"_s, billable},
                         {u"pricing_model"_s, u"PMP"_s},
                         {u"category"_s, pricingCategory},
                         {u"type"_s, billable ? u"regular"_s : u"free_customer_service"_s}});
    return s;
}

} // namespace recado::metasim
