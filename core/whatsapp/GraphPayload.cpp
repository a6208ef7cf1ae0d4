// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/GraphPayload.h"

namespace recado::whatsapp {

QJsonObject buildSendPayload(const QString &toWaId, const domain::Message &m)
{
    QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                     {QStringLiteral("recipient_type"), QStringLiteral("individual")},
                     {QStringLiteral("to"), toWaId},
                     {QStringLiteral("type"), m.kind}};
    if (m.kind == QLatin1String("text")) {
        body.insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("preview_url"), true},
                                                        {QStringLiteral("body"), m.text}});
    } else if (m.kind == QLatin1String("contacts")) {
        body.insert(QStringLiteral("contacts"), m.content.value(QStringLiteral("contacts")));
    } else {
        body.insert(m.kind, m.content.value(m.kind));
    }
    if (!m.replyToWamid.isEmpty() && m.kind != QLatin1String("reaction"))
        body.insert(QStringLiteral("context"),
                    QJsonObject{{QStringLiteral("message_id"), m.replyToWamid}});
    return body;
}

QJsonObject buildReadReceipt(const QString &wamid)
{
    return QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                       {QStringLiteral("status"), QStringLiteral("read")},
                       {QStringLiteral("message_id"), wamid}};
}

} // namespace recado::whatsapp
