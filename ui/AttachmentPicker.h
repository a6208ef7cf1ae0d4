// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

class QImage;
class QMimeData;
class QWidget;

namespace recado::ui {

//! Turns what an agent attaches — a picked file, files dropped on the window, an image or file
//! pasted from the clipboard — into a file WhatsApp will take, checked against Meta's limits
//! (core/whatsapp/MediaRules, the table the relay applies) before anything is uploaded.
class AttachmentPicker
{
    Q_DECLARE_TR_FUNCTIONS(recado::ui::AttachmentPicker)
public:
    struct Choice
    {
        QString path;
        QString mimeType;
        QString kind; //!< image, video, audio, document or sticker
        QString filename;
        qint64 size = 0;
        QString error; //!< why WhatsApp would refuse it (empty: it can be sent)
        bool ok() const { return error.isEmpty() && !path.isEmpty(); }
    };

    //! Reads the type and first bytes of `path` and checks it as `kind` (empty: the kind its
    //! type belongs to, e.g. a JPEG is a photo and a PDF a document).
    static Choice inspect(const QString &path, const QString &kind = {});
    //! Local files named by dropped or pasted data.
    static QList<QString> filesIn(const QMimeData *data);
    //! True when `data` carries something we can attach (files or an image).
    static bool canAttach(const QMimeData *data);
    //! A pasted picture as a PNG file in `directory` (WhatsApp takes PNG photos); empty on
    //! failure.
    static QString saveImage(const QImage &image, const QString &directory);
    //! The file dialog's name filters: what WhatsApp accepts, grouped by kind.
    static QString fileFilter();
    static QString pick(QWidget *parent);
};

} // namespace recado::ui
