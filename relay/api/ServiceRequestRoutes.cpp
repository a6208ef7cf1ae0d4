// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/JsonCodec.h"
#include "core/whatsapp/PhoneNumber.h"
#include "relay/api/ApiContext.h"
#include "relay/auth/Authenticator.h"
#include "relay/http/Router.h"
#include "relay/store/Database.h"
#include "relay/store/ServiceRequestStore.h"

#include <QJsonArray>

namespace recado::relay {

void registerServiceRequestRoutes(Router &router, ApiContext &ctx)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/service-requests"),
               [&ctx](const HttpExchangePtr &ex) {
                   if (!ctx.auth.require(ex, domain::Role::Agent))
                       return;
                   const int limit = qBound(1,
                                            ex->hasQueryValue(QStringLiteral("limit"))
                                                ? ex->queryValue(QStringLiteral("limit")).toInt()
                                                : 20,
                                            200);
                   QJsonArray list;
                   for (const auto &r : ServiceRequestStore(ctx.db).search(
                            ex->queryValue(QStringLiteral("q")), limit))
                       list.append(protocol::toJson(r));
                   ex->replyJson(200, QJsonObject{{QStringLiteral("service_requests"), list}});
               });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/service-requests/:id"),
               [&ctx](const HttpExchangePtr &ex) {
                   if (!ctx.auth.require(ex, domain::Role::Agent))
                       return;
                   const auto r = ServiceRequestStore(ctx.db).get(ex->pathArgs.value(0));
                   if (!r) {
                       ex->replyError(404, QStringLiteral("not_found"),
                                      QStringLiteral("no such service request"));
                       return;
                   }
                   ex->replyJson(
                       200, QJsonObject{{QStringLiteral("service_request"), protocol::toJson(*r)}});
               });

    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/service-requests"),
        [&ctx](const HttpExchangePtr &ex) {
            if (!ctx.auth.require(ex, domain::Role::Agent))
                return;
            const auto body = jsonBody(ex);
            if (!body)
                return;
            domain::ServiceRequest r = protocol::serviceRequestFromJson(*body);
            if (r.serviceType.trimmed().isEmpty() || r.customerName.trimmed().isEmpty()) {
                ex->replyError(400, QStringLiteral("missing_field"),
                               QStringLiteral("service_type and customer_name are required"));
                return;
            }
            if (!r.contactPhone.isEmpty()) {
                const QString e164 = whatsapp::toE164(r.contactPhone);
                if (e164.isEmpty()) {
                    ex->replyError(422, QStringLiteral("invalid_phone"),
                                   QStringLiteral("contact_phone is not a valid phone number"));
                    return;
                }
                r.contactPhone = e164;
            }
            if (!r.id.isEmpty() && ServiceRequestStore(ctx.db).get(r.id)) {
                ex->replyError(409, QStringLiteral("duplicate_id"),
                               QStringLiteral("service request %1 already exists").arg(r.id));
                return;
            }
            QString error;
            const QString id = ServiceRequestStore(ctx.db).create(r, &error);
            if (id.isEmpty()) {
                ex->replyError(500, QStringLiteral("storage_error"),
                               QStringLiteral("could not save the service request"));
                return;
            }
            ex->replyJson(201,
                          QJsonObject{{QStringLiteral("service_request"),
                                       protocol::toJson(*ServiceRequestStore(ctx.db).get(id))}});
        });
}

} // namespace recado::relay
