// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol/JsonCodec.h"
#include "relay/api/ApiContext.h"
#include "relay/auth/Authenticator.h"
#include "relay/http/Router.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"

#include <QJsonArray>

namespace recado::relay {

void registerEventRoutes(Router &router, ApiContext &ctx)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/events"),
               [&ctx](const HttpExchangePtr &ex) {
                   if (!ctx.auth.require(ex, domain::Role::Agent))
                       return;
                   bool ok = true;
                   const QString afterText = ex->queryValue(QStringLiteral("after"));
                   const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&ok);
                   if (!ok || after < 0) {
                       ex->replyError(400, QStringLiteral("invalid_after"),
                                      QStringLiteral("after must be a sequence number"));
                       return;
                   }
                   const int limit = qBound(1,
                                            ex->hasQueryValue(QStringLiteral("limit"))
                                                ? ex->queryValue(QStringLiteral("limit")).toInt()
                                                : 500,
                                            5000);
                   EventLog log(ctx.db);
                   const qint64 last = log.lastSeq();
                   const qint64 first = log.firstSeq();
                   if (after < last && first > 0 && after + 1 < first) {
                       ex->replyJson(200, QJsonObject{{QStringLiteral("events"), QJsonArray()},
                                                      {QStringLiteral("last_seq"), last},
                                                      {QStringLiteral("resync"), true}});
                       return;
                   }
                   QJsonArray list;
                   for (const auto &e : log.after(after, limit))
                       list.append(protocol::toJson(e));
                   ex->replyJson(200, QJsonObject{{QStringLiteral("events"), list},
                                                  {QStringLiteral("last_seq"), last},
                                                  {QStringLiteral("resync"), false}});
               });
}

} // namespace recado::relay
