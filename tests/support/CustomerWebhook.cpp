// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerWebhook.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace recado::test {

QJsonObject customerTextWebhook(const CustomerText &text)
{
    const QJsonObject message{
        {QStringLiteral("from"), text.waId},
        {QStringLiteral("id"), text.wamid},
        {QStringLiteral("timestamp"), QString::number(text.at.toSecsSinceEpoch())},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text.body}}}};
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550001111")},
                     {QStringLiteral("phone_number_id"), text.phoneNumberId}}},
        {QStringLiteral("contacts"),
         QJsonArray{QJsonObject{
             {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), text.name}}},
             {QStringLiteral("wa_id"), text.waId}}}},
        {QStringLiteral("messages"), QJsonArray{message}}};
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), text.wabaId},
             {QStringLiteral("changes"),
              QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                     {QStringLiteral("value"), value}}}}}}}};
}

QByteArray customerTextWebhookBody(const CustomerText &text)
{
    return QJsonDocument(customerTextWebhook(text)).toJson(QJsonDocument::Compact);
}

} // namespace recado::test
