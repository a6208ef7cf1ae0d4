// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/media/InboundKinds.h"

#include "core/whatsapp/PhoneNumber.h"
#include "relay/media/MediaQueue.h"
#include "relay/media/MediaRules.h"
#include "relay/media/Reactions.h"
#include "relay/store/Database.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcInboundKinds, "recado.relay.media.inbound")

namespace recado::relay {

namespace {

bool changeNumber(Database &db, qint64 contactId, const QJsonObject &system)
{
    if (system.value(QStringLiteral("type")).toString() != QLatin1String("user_changed_number"))
        return true;
    // Meta documents `new_wa_id`; older payloads (and the simulator) name it `wa_id`.
    QString newWaId = system.value(QStringLiteral("new_wa_id")).toString();
    if (newWaId.isEmpty())
        newWaId = system.value(QStringLiteral("wa_id")).toString();
    if (newWaId.isEmpty() || contactId == 0)
        return true;
    Statement &taken = db.prepared(QStringLiteral("SELECT id FROM contacts WHERE wa_id = ?"));
    taken.addBindValue(newWaId);
    if (!execOrError(taken))
        return false;
    const bool exists = taken.next();
    const qint64 owner = exists ? taken.value(0).toLongLong() : 0;
    taken.finish();
    if (exists) {
        // The customer already wrote from the new number: two contacts now; merging them is an
        // agent's call, so the old one keeps its number and the system message tells the story.
        if (owner != contactId)
            qCWarning(lcInboundKinds) << "number change to a wa_id another contact has; contacts"
                                      << contactId << "and" << owner << "left apart";
        return true;
    }
    Statement &q = db.prepared(
        QStringLiteral("UPDATE contacts SET wa_id = ?, phone = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(newWaId);
    q.addBindValue(notNull(whatsapp::toE164(newWaId)));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(contactId);
    return execOrError(q);
}

} // namespace

bool InboundKinds::afterInsert(Database &db, qint64 contactId, domain::Message *m)
{
    if (m->kind == QLatin1String("system"))
        return changeNumber(db, contactId, m->content.value(QStringLiteral("system")).toObject());
    if (!MediaRules::isMediaKind(m->kind))
        return true;
    const QJsonObject object = m->content.value(m->kind).toObject();
    QJsonObject media{{QStringLiteral("status"), QStringLiteral("pending")},
                      {QStringLiteral("attempts"), 0}};
    const QString mime = object.value(QStringLiteral("mime_type")).toString();
    if (!mime.isEmpty())
        media.insert(QStringLiteral("mime_type"), mime);
    const QString filename = object.value(QStringLiteral("filename")).toString();
    if (!filename.isEmpty())
        media.insert(QStringLiteral("filename"), filename);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 sentAt =
        m->timestamp.isValid() ? qMin(m->timestamp.toMSecsSinceEpoch(), now) : now;
    MediaQueue queue(db);
    if (!queue.enqueue(m->id, object.value(QStringLiteral("id")).toString(), now,
                       sentAt + kMediaLifetimeMs) ||
        !queue.setMessageMedia(m->id, media))
        return false;
    m->media = media;
    return true;
}

bool InboundKinds::afterEvent(Database &db, const domain::Message &m, QList<domain::Event> *events)
{
    if (m.kind != QLatin1String("reaction"))
        return true;
    const QJsonObject r = m.content.value(QStringLiteral("reaction")).toObject();
    Reactions::Reaction reaction;
    reaction.targetWamid = r.value(QStringLiteral("message_id")).toString();
    reaction.from = QStringLiteral("customer");
    reaction.emoji = r.value(QStringLiteral("emoji")).toString();
    reaction.at = m.timestamp;
    reaction.wamid = m.wamid;
    return Reactions::apply(db, reaction, events);
}

} // namespace recado::relay
