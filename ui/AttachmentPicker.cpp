// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AttachmentPicker.h"

#include "core/whatsapp/MediaRules.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMimeData>
#include <QMimeDatabase>
#include <QStandardPaths>

namespace recado::ui {

using whatsapp::MediaRules;

AttachmentPicker::Choice AttachmentPicker::inspect(const QString &path, const QString &kind)
{
    Choice c;
    c.path = path;
    const QFileInfo info(path);
    c.filename = info.fileName();
    c.size = info.size();
    if (!info.isFile()) {
        c.error = tr("“%1” is not a file that can be attached.").arg(c.filename);
        return c;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.error = tr("“%1” cannot be read: %2").arg(c.filename, file.errorString());
        return c;
    }
    const QByteArray head = file.read(MediaRules::kHeadBytes);
    c.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, head).name();
    // WhatsApp's names for a few types the desktop calls differently.
    if (c.mimeType == QLatin1String("audio/x-opus+ogg") ||
        c.mimeType == QLatin1String("audio/x-vorbis+ogg") ||
        c.mimeType == QLatin1String("audio/opus"))
        c.mimeType = QStringLiteral("audio/ogg");
    else if (c.mimeType == QLatin1String("audio/x-m4a") || c.mimeType == QLatin1String("audio/m4a"))
        c.mimeType = QStringLiteral("audio/mp4");
    else if (c.mimeType == QLatin1String("audio/x-aac"))
        c.mimeType = QStringLiteral("audio/aac");
    else if (c.mimeType == QLatin1String("audio/AMR"))
        c.mimeType = QStringLiteral("audio/amr");
    c.kind = kind.isEmpty() ? MediaRules::kindForMime(c.mimeType) : kind;
    c.error = MediaRules::check(c.kind, c.mimeType, c.size, head);
    return c;
}

QList<QString> AttachmentPicker::filesIn(const QMimeData *data)
{
    QList<QString> out;
    if (!data || !data->hasUrls())
        return out;
    for (const QUrl &u : data->urls()) {
        if (u.isLocalFile() && QFileInfo(u.toLocalFile()).isFile())
            out.append(u.toLocalFile());
    }
    return out;
}

bool AttachmentPicker::canAttach(const QMimeData *data)
{
    return data && (data->hasImage() || !filesIn(data).isEmpty());
}

QString AttachmentPicker::saveImage(const QImage &image, const QString &directory)
{
    if (image.isNull())
        return {};
    QDir().mkpath(directory);
    const QString path =
        directory +
        QStringLiteral("/pasted-%1.png")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    return image.save(path, "PNG") ? path : QString();
}

QString AttachmentPicker::fileFilter()
{
    return tr("Photos (*.jpg *.jpeg *.png);;Videos (*.mp4 *.3gp);;"
              "Audio (*.aac *.amr *.mp3 *.m4a *.ogg *.opus);;"
              "Documents (*.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx);;"
              "Stickers (*.webp);;All files (*)");
}

QString AttachmentPicker::pick(QWidget *parent)
{
    return QFileDialog::getOpenFileName(
        parent, tr("Attach a file"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        QStringLiteral("%1;;%2").arg(tr("Everything WhatsApp accepts (*.jpg *.jpeg *.png *.mp4 "
                                        "*.3gp *.aac *.amr *.mp3 *.m4a *.ogg *.opus *.pdf *.txt "
                                        "*.doc *.docx *.xls *.xlsx *.ppt *.pptx *.webp)"),
                                     fileFilter()));
}

} // namespace recado::ui
