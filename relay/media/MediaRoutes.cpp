// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/media/MediaRoutes.h"

#include "core/protocol/MultipartForm.h"
#include "relay/api/ApiContext.h"
#include "relay/auth/Authenticator.h"
#include "relay/http/Router.h"
#include "relay/media/MediaRules.h"
#include "relay/media/MediaStore.h"
#include "relay/media/UploadStore.h"
#include "relay/store/ConversationStore.h"
#include "relay/store/Database.h"
#include "relay/store/MessageStore.h"

#include <QCoreApplication>
#include <QMimeDatabase>
#include <QUrl>

namespace recado::relay {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MediaRoutes", text);
}

//! A file name safe to show and to put in a header: no directories, no control characters.
QString cleanFilename(QString name)
{
    name = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    QString out;
    for (QChar c : std::as_const(name)) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
            out.append(c);
    }
    out = out.trimmed();
    if (out == QLatin1String(".") || out == QLatin1String(".."))
        out.clear();
    const QList<uint> ucs = out.toUcs4();
    if (ucs.size() > 240)
        out = QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs.constData()), 240);
    return out;
}

//! `attachment; filename="ascii"; filename*=UTF-8''percent-encoded` (RFC 6266).
QByteArray disposition(bool attachment, const QString &filename)
{
    QByteArray value = attachment ? "attachment" : "inline";
    if (filename.isEmpty())
        return value;
    QByteArray ascii;
    for (QChar c : filename)
        ascii.append(c.unicode() >= 0x20 && c.unicode() < 0x7F && c != QLatin1Char('"') &&
                             c != QLatin1Char('\\')
                         ? char(c.unicode())
                         : '_');
    return value + "; filename=\"" + ascii + "\"; filename*=UTF-8''" +
           QUrl::toPercentEncoding(filename);
}

void serve(ApiContext &ctx, MediaStore &files, const HttpExchangePtr &ex)
{
    if (!ctx.auth.require(ex, domain::Role::Agent))
        return;
    const qint64 id = idArg(ex);
    if (!id)
        return;
    const auto m = MessageStore(ctx.db).get(id);
    if (!m || m->media.isEmpty()) {
        ex->replyError(404, QStringLiteral("not_found"), tr("This message has no file."));
        return;
    }
    const QString status = m->media.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("pending")) {
        ex->replyError(409, QStringLiteral("media_pending"),
                       tr("The file is still being downloaded from WhatsApp; it arrives with a "
                          "message.updated event."));
        return;
    }
    if (status != QLatin1String("ready")) {
        ex->replyError(410, QStringLiteral("media_failed"),
                       m->media.value(QStringLiteral("error")).toString());
        return;
    }
    const QString digest = m->media.value(QStringLiteral("sha256")).toString();
    const QByteArray etag = '"' + digest.toLatin1() + '"';
    const MediaRules::Serving how =
        MediaRules::serving(m->kind, m->media.value(QStringLiteral("mime_type")).toString());
    QString filename = m->media.value(QStringLiteral("filename")).toString();
    if (filename.isEmpty() && how.attachment) {
        const QString suffix =
            QMimeDatabase()
                .mimeTypeForName(MediaRules::baseType(QString::fromLatin1(how.contentType)))
                .preferredSuffix();
        filename = QStringLiteral("%1-%2").arg(m->kind).arg(id) +
                   (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    }
    // Nothing a customer sent may run in a client: no sniffing, no scripts, no plugins.
    const QList<QPair<QByteArray, QByteArray>> headers{
        {"X-Content-Type-Options", "nosniff"},
        {"Content-Security-Policy", "default-src 'none'; sandbox"},
        {"Content-Disposition", disposition(how.attachment, cleanFilename(filename))},
        {"ETag", etag}};
    if (ex->header("If-None-Match") == etag) {
        ex->reply(304, how.contentType, QByteArray(), headers);
        return;
    }
    const QByteArray bytes = files.read(digest);
    if (bytes.isEmpty() || MediaStore::digestOf(bytes) != digest) {
        ex->replyError(410, QStringLiteral("media_missing"),
                       tr("The file is missing or damaged in the relay's storage; an administrator "
                          "should restore the media folder from a backup."));
        return;
    }
    ex->reply(200, how.contentType, bytes, headers);
}

void upload(ApiContext &ctx, MediaStore &files, const HttpExchangePtr &ex)
{
    const auto caller = ctx.auth.require(ex, domain::Role::Agent);
    if (!caller)
        return;
    const qint64 conversationId = idArg(ex);
    if (!conversationId)
        return;
    if (!ConversationStore(ctx.db).get(conversationId)) {
        ex->replyError(404, QStringLiteral("not_found"), tr("No such conversation."));
        return;
    }
    QByteArray data;
    QString mime;
    QString filename;
    QString kind = ex->queryValue(QStringLiteral("kind"));
    const QByteArray contentType = ex->header("Content-Type");
    if (protocol::MultipartForm::isMultipart(contentType)) {
        QList<protocol::MultipartForm::Part> parts;
        if (!protocol::MultipartForm::parse(contentType, ex->body(), &parts)) {
            ex->replyError(400, QStringLiteral("invalid_multipart"),
                           tr("The multipart body could not be read."));
            return;
        }
        bool haveFile = false;
        for (const protocol::MultipartForm::Part &p : std::as_const(parts)) {
            if (p.name == QLatin1String("file") && !haveFile) {
                haveFile = true;
                data = p.data;
                mime = QString::fromLatin1(p.contentType);
                filename = p.filename;
            } else if (p.name == QLatin1String("kind") && kind.isEmpty()) {
                kind = QString::fromUtf8(p.data).trimmed();
            } else if (p.name == QLatin1String("filename")) {
                filename = QString::fromUtf8(p.data);
            }
        }
        if (!haveFile) {
            ex->replyError(400, QStringLiteral("missing_file"),
                           tr("The multipart body has no part named \"file\"."));
            return;
        }
    } else {
        data = ex->body();
        mime = QString::fromLatin1(contentType);
        filename = QUrl::fromPercentEncoding(ex->header("X-Filename"));
    }
    mime = mime.trimmed();
    if (kind.isEmpty())
        kind = MediaRules::kindForMime(mime);
    if (!MediaRules::isMediaKind(kind)) {
        ex->replyError(400, QStringLiteral("invalid_kind"),
                       tr("kind must be image, video, audio, document or sticker."));
        return;
    }
    const QString problem = MediaRules::check(kind, mime, data);
    if (!problem.isEmpty()) {
        ex->replyError(422, QStringLiteral("media_rejected"), problem);
        return;
    }
    QString error;
    MediaUpload u;
    u.sha256 = files.put(data, &error);
    if (u.sha256.isEmpty()) {
        ex->replyError(500, QStringLiteral("storage_error"),
                       tr("The relay could not save the file; try again."));
        return;
    }
    u.conversationId = conversationId;
    u.kind = kind;
    u.mimeType = mime;
    u.size = data.size();
    u.filename = cleanFilename(filename);
    u.animated = kind == QLatin1String("sticker") && MediaRules::isAnimatedWebp(data);
    u.uploadedBy = caller->agent.username;
    u = UploadStore(ctx.db).add(u);
    if (u.id.isEmpty()) {
        ex->replyError(500, QStringLiteral("storage_error"),
                       tr("The relay could not record the upload; try again."));
        return;
    }
    ex->replyJson(201, QJsonObject{{QStringLiteral("upload"), u.toJson()}});
}

} // namespace

void registerMediaRoutes(Router &router, ApiContext &ctx, MediaStore &files)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/media/:message_id"),
               [&ctx, &files](const HttpExchangePtr &ex) { serve(ctx, files, ex); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/whatsapp/conversations/:id/media"),
               [&ctx, &files](const HttpExchangePtr &ex) { upload(ctx, files, ex); });
}

} // namespace recado::relay
