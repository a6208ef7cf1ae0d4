// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/media/OutboundContent.h"

#include "relay/media/MediaQueue.h"
#include "relay/media/MediaRules.h"
#include "relay/media/Reactions.h"
#include "relay/media/UploadStore.h"
#include "relay/store/Database.h"
#include "relay/store/MessageStore.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace recado::relay {

using Problem = OutboundContent::Problem;

namespace {

// Meta's documented limits (Cloud API "Messages" reference).
constexpr int kCaption = 1024;
constexpr int kFilename = 240;
constexpr int kButtonBody = 1024;
constexpr int kListBody = 4096;
constexpr int kHeaderText = 60;
constexpr int kFooterText = 60;
constexpr int kButtons = 3;
constexpr int kButtonTitle = 20;
constexpr int kButtonId = 256;
constexpr int kListButton = 20;
constexpr int kSections = 10;
constexpr int kRows = 10;
constexpr int kSectionTitle = 24;
constexpr int kRowTitle = 24;
constexpr int kRowId = 200;
constexpr int kRowDescription = 72;
constexpr int kEmojiUnits = 32; // one emoji with skin tone and joiners fits comfortably

QString tr(const char *text)
{
    return QCoreApplication::translate("OutboundContent", text);
}

//! Characters as WhatsApp counts them (code points, so an emoji is one).
qsizetype length(const QString &s)
{
    return s.toUcs4().size();
}

Problem invalid(const QString &message)
{
    return {400, QStringLiteral("invalid_content"), message};
}

bool isWebUrl(const QString &s)
{
    const QUrl url(s, QUrl::StrictMode);
    return url.isValid() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
           !url.host().isEmpty();
}

//! Keys of `o` outside `allowed`, named in an error.
std::optional<Problem> onlyKeys(const QJsonObject &o, const QStringList &allowed,
                                const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            return invalid(tr("%1.%2 is not a field WhatsApp accepts here (allowed: %3).")
                               .arg(where, it.key(), allowed.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

//! A string field: `required` and at most `max` characters (0: no limit).
std::optional<Problem> text(const QJsonObject &o, const QString &key, const QString &where,
                            bool required, int max)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return invalid(tr("%1.%2 is required.").arg(where, key));
        return std::nullopt;
    }
    if (!v.isString())
        return invalid(tr("%1.%2 must be a string.").arg(where, key));
    const QString s = v.toString();
    if (required && s.trimmed().isEmpty())
        return invalid(tr("%1.%2 must not be empty.").arg(where, key));
    if (max > 0 && length(s) > max)
        return invalid(tr("%1.%2 has %3 characters; WhatsApp allows at most %4.")
                           .arg(where, key)
                           .arg(length(s))
                           .arg(max));
    return std::nullopt;
}

std::optional<Problem> media(const QString &kind, const QJsonObject &o)
{
    const QString where = kind;
    const bool captioned = kind == QLatin1String("image") || kind == QLatin1String("video") ||
                           kind == QLatin1String("document");
    QStringList allowed{QStringLiteral("upload_id"), QStringLiteral("id"), QStringLiteral("link")};
    if (captioned)
        allowed << QStringLiteral("caption");
    if (kind == QLatin1String("document"))
        allowed << QStringLiteral("filename");
    if (auto p = onlyKeys(o, allowed, where))
        return p;
    int sources = 0;
    for (const char *key : {"upload_id", "id", "link"})
        sources += o.contains(QLatin1String(key)) ? 1 : 0;
    if (sources != 1)
        return invalid(tr("%1 needs exactly one of upload_id (a file uploaded to the relay), id (a "
                          "WhatsApp media id) or link.")
                           .arg(where));
    for (const char *key : {"upload_id", "id"}) {
        if (auto p = text(o, QLatin1String(key), where, o.contains(QLatin1String(key)), 200))
            return p;
    }
    if (o.contains(QStringLiteral("link")) && !isWebUrl(o.value(QStringLiteral("link")).toString()))
        return invalid(tr("%1.link must be an http or https address.").arg(where));
    if (auto p = text(o, QStringLiteral("caption"), where, false, kCaption))
        return p;
    return text(o, QStringLiteral("filename"), where, false, kFilename);
}

std::optional<Problem> location(const QJsonObject &o)
{
    if (auto p = onlyKeys(o,
                          {QStringLiteral("latitude"), QStringLiteral("longitude"),
                           QStringLiteral("name"), QStringLiteral("address")},
                          QStringLiteral("location")))
        return p;
    const QJsonValue lat = o.value(QStringLiteral("latitude"));
    const QJsonValue lon = o.value(QStringLiteral("longitude"));
    if (!lat.isDouble() || !lon.isDouble())
        return invalid(tr("location needs latitude and longitude as numbers."));
    if (lat.toDouble() < -90 || lat.toDouble() > 90 || lon.toDouble() < -180 ||
        lon.toDouble() > 180)
        return invalid(tr(
            "location: latitude must be between -90 and 90 and longitude between -180 and 180."));
    if (auto p = text(o, QStringLiteral("name"), QStringLiteral("location"), false, 1000))
        return p;
    return text(o, QStringLiteral("address"), QStringLiteral("location"), false, 1000);
}

std::optional<Problem> contacts(const QJsonArray &list)
{
    if (list.isEmpty())
        return invalid(tr("contacts needs at least one contact card."));
    static const QStringList nameParts = {QStringLiteral("first_name"), QStringLiteral("last_name"),
                                          QStringLiteral("middle_name"), QStringLiteral("suffix"),
                                          QStringLiteral("prefix")};
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("contacts[%1]").arg(i);
        if (!list[i].isObject())
            return invalid(tr("%1 must be an object.").arg(where));
        const QJsonObject c = list[i].toObject();
        const QJsonObject name = c.value(QStringLiteral("name")).toObject();
        if (auto p = text(name, QStringLiteral("formatted_name"), where + QStringLiteral(".name"),
                          true, 0))
            return p;
        bool part = false;
        for (const QString &key : nameParts)
            part = part || !name.value(key).toString().trimmed().isEmpty();
        if (!part)
            return invalid(tr("%1.name needs first_name or last_name (or middle_name, prefix, "
                              "suffix) besides formatted_name.")
                               .arg(where));
        const QJsonArray phones = c.value(QStringLiteral("phones")).toArray();
        for (qsizetype j = 0; j < phones.size(); ++j) {
            if (auto p = text(phones[j].toObject(), QStringLiteral("phone"),
                              where + QStringLiteral(".phones[%1]").arg(j), true, 0))
                return p;
        }
    }
    return std::nullopt;
}

std::optional<Problem> headerAndFooter(const QJsonObject &o, bool textOnly)
{
    if (o.contains(QStringLiteral("header"))) {
        const QJsonObject h = o.value(QStringLiteral("header")).toObject();
        const QString type = h.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("text")) {
            if (auto p = text(h, QStringLiteral("text"), QStringLiteral("interactive.header"), true,
                              kHeaderText))
                return p;
        } else if (textOnly || !(type == QLatin1String("image") || type == QLatin1String("video") ||
                                 type == QLatin1String("document"))) {
            return invalid(
                textOnly ? tr("interactive.header of a list must be of type text.")
                         : tr("interactive.header.type must be text, image, video or document."));
        } else if (h.value(type).toObject().contains(QStringLiteral("upload_id"))) {
            // Only a message's own file is uploaded by the outbox; a header names one directly.
            return invalid(
                tr("interactive.header.%1 takes a link or a WhatsApp media id, not an upload_id.")
                    .arg(type));
        } else if (auto p = media(type, h.value(type).toObject())) {
            return p;
        }
    }
    if (o.contains(QStringLiteral("footer")))
        return text(o.value(QStringLiteral("footer")).toObject(), QStringLiteral("text"),
                    QStringLiteral("interactive.footer"), true, kFooterText);
    return std::nullopt;
}

std::optional<Problem> buttons(const QJsonObject &o)
{
    if (auto p = text(o.value(QStringLiteral("body")).toObject(), QStringLiteral("text"),
                      QStringLiteral("interactive.body"), true, kButtonBody))
        return p;
    if (auto p = headerAndFooter(o, false))
        return p;
    const QJsonArray list =
        o.value(QStringLiteral("action")).toObject().value(QStringLiteral("buttons")).toArray();
    if (list.isEmpty() || list.size() > kButtons)
        return invalid(
            tr("Reply buttons need 1 to %1 buttons in interactive.action.buttons; got %2.")
                .arg(kButtons)
                .arg(list.size()));
    QSet<QString> ids;
    QSet<QString> titles;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("interactive.action.buttons[%1]").arg(i);
        const QJsonObject b = list[i].toObject();
        if (b.value(QStringLiteral("type")).toString() != QLatin1String("reply"))
            return invalid(tr("%1.type must be \"reply\".").arg(where));
        const QJsonObject reply = b.value(QStringLiteral("reply")).toObject();
        if (auto p = text(reply, QStringLiteral("id"), where + QStringLiteral(".reply"), true,
                          kButtonId))
            return p;
        if (auto p = text(reply, QStringLiteral("title"), where + QStringLiteral(".reply"), true,
                          kButtonTitle))
            return p;
        const QString id = reply.value(QStringLiteral("id")).toString();
        const QString title =
            reply.value(QStringLiteral("title")).toString().trimmed().toCaseFolded();
        if (ids.contains(id) || titles.contains(title))
            return invalid(tr("%1 repeats the id or title of another button; each must be unique.")
                               .arg(where));
        ids.insert(id);
        titles.insert(title);
    }
    return std::nullopt;
}

std::optional<Problem> list(const QJsonObject &o)
{
    if (auto p = text(o.value(QStringLiteral("body")).toObject(), QStringLiteral("text"),
                      QStringLiteral("interactive.body"), true, kListBody))
        return p;
    if (auto p = headerAndFooter(o, true))
        return p;
    const QJsonObject action = o.value(QStringLiteral("action")).toObject();
    if (auto p = text(action, QStringLiteral("button"), QStringLiteral("interactive.action"), true,
                      kListButton))
        return p;
    const QJsonArray sections = action.value(QStringLiteral("sections")).toArray();
    if (sections.isEmpty() || sections.size() > kSections)
        return invalid(tr("A list needs 1 to %1 sections in interactive.action.sections; got %2.")
                           .arg(kSections)
                           .arg(sections.size()));
    QSet<QString> ids;
    int rows = 0;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QString where = QStringLiteral("interactive.action.sections[%1]").arg(i);
        const QJsonObject s = sections[i].toObject();
        if (auto p = text(s, QStringLiteral("title"), where, sections.size() > 1, kSectionTitle))
            return p;
        const QJsonArray r = s.value(QStringLiteral("rows")).toArray();
        if (r.isEmpty())
            return invalid(tr("%1 needs at least one row.").arg(where));
        for (qsizetype j = 0; j < r.size(); ++j) {
            const QString rowWhere = where + QStringLiteral(".rows[%1]").arg(j);
            const QJsonObject row = r[j].toObject();
            if (auto p = text(row, QStringLiteral("id"), rowWhere, true, kRowId))
                return p;
            if (auto p = text(row, QStringLiteral("title"), rowWhere, true, kRowTitle))
                return p;
            if (auto p = text(row, QStringLiteral("description"), rowWhere, false, kRowDescription))
                return p;
            const QString id = row.value(QStringLiteral("id")).toString();
            if (ids.contains(id))
                return invalid(tr("%1.id \"%2\" is used by another row; row ids must be unique.")
                                   .arg(rowWhere, id));
            ids.insert(id);
        }
        rows += int(r.size());
    }
    if (rows > kRows)
        return invalid(tr("A list may have at most %1 rows in all its sections; this one has %2.")
                           .arg(kRows)
                           .arg(rows));
    return std::nullopt;
}

std::optional<Problem> ctaUrl(const QJsonObject &o)
{
    if (auto p = text(o.value(QStringLiteral("body")).toObject(), QStringLiteral("text"),
                      QStringLiteral("interactive.body"), true, kButtonBody))
        return p;
    if (auto p = headerAndFooter(o, false))
        return p;
    const QJsonObject action = o.value(QStringLiteral("action")).toObject();
    const QJsonObject parameters = action.value(QStringLiteral("parameters")).toObject();
    if (action.value(QStringLiteral("name")).toString() != QLatin1String("cta_url"))
        return invalid(tr("interactive.action.name must be \"cta_url\"."));
    if (auto p = text(parameters, QStringLiteral("display_text"),
                      QStringLiteral("interactive.action.parameters"), true, kButtonTitle))
        return p;
    if (!isWebUrl(parameters.value(QStringLiteral("url")).toString()))
        return invalid(tr("interactive.action.parameters.url must be an http or https address."));
    return std::nullopt;
}

std::optional<Problem> interactive(const QJsonObject &o)
{
    const QString type = o.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("button"))
        return buttons(o);
    if (type == QLatin1String("list"))
        return list(o);
    if (type == QLatin1String("cta_url"))
        return ctaUrl(o);
    return invalid(
        tr("interactive.type must be button (reply buttons), list or cta_url; got \"%1\".")
            .arg(type));
}

std::optional<Problem> reaction(const QJsonObject &o, const QString &replyTo)
{
    if (!replyTo.isEmpty())
        return invalid(tr("A reaction cannot quote a message; name the message in "
                          "reaction.message_id instead of reply_to."));
    if (auto p = onlyKeys(o, {QStringLiteral("message_id"), QStringLiteral("emoji")},
                          QStringLiteral("reaction")))
        return p;
    if (auto p = text(o, QStringLiteral("message_id"), QStringLiteral("reaction"), true, 0))
        return p;
    const QJsonValue emoji = o.value(QStringLiteral("emoji"));
    if (!emoji.isString())
        return invalid(
            tr("reaction.emoji must be a string: one emoji, or empty to remove the reaction."));
    const QString e = emoji.toString();
    bool plain = false;
    for (QChar c : e)
        plain = plain || c.isLetterOrNumber() || c.isSpace();
    if (e.size() > kEmojiUnits || plain)
        return invalid(
            tr("reaction.emoji must be a single emoji (or empty to remove the reaction)."));
    return std::nullopt;
}

//! The message `wamid` must belong to this conversation.
bool inConversation(Database &db, qint64 conversationId, const QString &wamid)
{
    const auto m = MessageStore(db).byWamid(wamid);
    return m && m->conversationId == conversationId;
}

} // namespace

std::optional<Problem> OutboundContent::validate(const QString &kind, const QJsonObject &content,
                                                 const QString &replyTo)
{
    if (MediaRules::isMediaKind(kind))
        return media(kind, content.value(kind).toObject());
    if (kind == QLatin1String("location"))
        return location(content.value(kind).toObject());
    if (kind == QLatin1String("contacts"))
        return contacts(content.value(kind).toArray());
    if (kind == QLatin1String("interactive"))
        return interactive(content.value(kind).toObject());
    if (kind == QLatin1String("reaction"))
        return reaction(content.value(kind).toObject(), replyTo);
    return std::nullopt;
}

std::optional<Problem> OutboundContent::resolve(Database &db, qint64 conversationId,
                                                domain::Message *m)
{
    if (!m->replyToWamid.isEmpty() && !inConversation(db, conversationId, m->replyToWamid))
        return Problem{400, QStringLiteral("invalid_reply_to"),
                       tr("reply_to must be the wamid of a message in this conversation.")};
    if (m->kind == QLatin1String("reaction")) {
        const QString target =
            m->content.value(m->kind).toObject().value(QStringLiteral("message_id")).toString();
        if (!inConversation(db, conversationId, target))
            return Problem{
                400, QStringLiteral("invalid_reaction_target"),
                tr("reaction.message_id must be the wamid of a message in this conversation.")};
        return std::nullopt;
    }
    if (!MediaRules::isMediaKind(m->kind))
        return std::nullopt;
    QJsonObject object = m->content.value(m->kind).toObject();
    const QString uploadId = object.value(QStringLiteral("upload_id")).toString();
    if (uploadId.isEmpty())
        return std::nullopt; // by link or Meta media id: nothing of ours to serve
    const auto upload = UploadStore(db).get(uploadId);
    if (!upload || upload->conversationId != conversationId)
        return Problem{
            400, QStringLiteral("unknown_upload"),
            tr("%1.upload_id does not name a file uploaded to this conversation; upload it with "
               "POST /api/whatsapp/conversations/%2/media first.")
                .arg(m->kind)
                .arg(conversationId)};
    if (upload->kind != m->kind && m->kind != QLatin1String("document"))
        return Problem{
            422, QStringLiteral("media_kind_mismatch"),
            tr("The uploaded file was checked as %1; send it as %1 (or as a document), not as %2.")
                .arg(upload->kind, m->kind)};
    if (m->kind == QLatin1String("document") && !object.contains(QStringLiteral("filename")) &&
        !upload->filename.isEmpty()) {
        object.insert(QStringLiteral("filename"), upload->filename);
        m->content.insert(m->kind, object);
    }
    m->media = QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")},
                           {QStringLiteral("mime_type"), upload->mimeType},
                           {QStringLiteral("size"), upload->size},
                           {QStringLiteral("sha256"), upload->sha256}};
    if (!upload->filename.isEmpty())
        m->media.insert(QStringLiteral("filename"), upload->filename);
    return std::nullopt;
}

bool OutboundContent::afterInsert(Database &db, domain::Message *m, QList<domain::Event> *events)
{
    if (!m->media.isEmpty()) {
        m->media.insert(QStringLiteral("url"), QStringLiteral("/api/media/%1").arg(m->id));
        if (!MediaQueue(db).setMessageMedia(m->id, m->media))
            return false;
    }
    if (m->kind != QLatin1String("reaction"))
        return true;
    const QJsonObject r = m->content.value(QStringLiteral("reaction")).toObject();
    Reactions::Reaction reaction;
    reaction.targetWamid = r.value(QStringLiteral("message_id")).toString();
    reaction.from = QStringLiteral("business");
    reaction.emoji = r.value(QStringLiteral("emoji")).toString();
    reaction.at = m->timestamp;
    reaction.author = m->author;
    return Reactions::apply(db, reaction, events);
}

} // namespace recado::relay
