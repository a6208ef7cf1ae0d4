// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/media/Reactions.h"

#include "core/protocol/JsonCodec.h"
#include "relay/store/Database.h"
#include "relay/store/EventLog.h"
#include "relay/store/MessageStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace recado::relay {

bool Reactions::apply(Database &db, const Reaction &reaction, QList<domain::Event> *events)
{
    if (reaction.targetWamid.isEmpty())
        return true;
    MessageStore messages(db);
    auto target = messages.byWamid(reaction.targetWamid);
    if (!target)
        return true; // a message we never stored (older than the relay, or another number)

    QJsonArray kept;
    for (const QJsonValue &v : std::as_const(target->reactions)) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("from")).toString() != reaction.from) {
            kept.append(r);
            continue;
        }
        const QDateTime shownAt = protocol::fromIsoTime(r.value(QStringLiteral("at")).toString());
        if (shownAt.isValid() && reaction.at.isValid() && shownAt > reaction.at)
            return true; // a newer reaction is already shown
    }
    if (!reaction.emoji.isEmpty()) {
        QJsonObject r{{QStringLiteral("from"), reaction.from},
                      {QStringLiteral("emoji"), reaction.emoji},
                      {QStringLiteral("at"), protocol::toIsoTime(reaction.at)}};
        if (!reaction.wamid.isEmpty())
            r.insert(QStringLiteral("wamid"), reaction.wamid);
        if (!reaction.author.isEmpty())
            r.insert(QStringLiteral("author"), reaction.author);
        kept.append(r);
    }
    if (kept == target->reactions)
        return true;
    Statement &q = db.prepared(QStringLiteral("UPDATE messages SET reactions = ? WHERE id = ?"));
    q.addBindValue(kept.isEmpty()
                       ? QStringLiteral("")
                       : QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
    q.addBindValue(target->id);
    if (!execOrError(q))
        return false;
    target->reactions = kept;
    const domain::Event e =
        EventLog(db).append(QStringLiteral("message.updated"), target->conversationId,
                            QJsonObject{{QStringLiteral("message"), protocol::toJson(*target)}});
    if (e.seq == 0)
        return false;
    events->append(e);
    return true;
}

} // namespace recado::relay
