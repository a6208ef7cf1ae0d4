// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AttachmentDialog.h"

#include "ui/MessageCards.h"
#include "ui/OutgoingContent.h"
#include "ui/Palette.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace recado::ui {

AttachmentDialog::AttachmentDialog(const QString &path, const QString &caption, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_preview(new QLabel(this))
    , m_info(new QLabel(this))
    , m_caption(new QLineEdit(caption, this))
    , m_asDocument(new QCheckBox(tr("Send as document (original file, no compression)"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("attachmentDialog"));
    setWindowTitle(tr("Send a file"));
    m_caption->setObjectName(QStringLiteral("captionEdit"));
    m_caption->setPlaceholderText(tr("Add a caption…"));
    m_error->setObjectName(QStringLiteral("attachmentError"));
    m_error->setWordWrap(true);
    m_info->setWordWrap(true);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumHeight(80);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Send"));

    // One picture, decoded once, at the preview's size: quick enough for a dialog.
    QImageReader reader(path);
    reader.setAutoTransform(true);
    if (reader.canRead() && reader.size().isValid()) {
        reader.setScaledSize(reader.size().scaled(QSize(360, 260), Qt::KeepAspectRatio));
        const QImage img = reader.read();
        if (!img.isNull())
            m_preview->setPixmap(QPixmap::fromImage(img));
    }
    if (!m_preview->pixmap().isNull())
        m_preview->setMinimumHeight(m_preview->pixmap().height());
    else
        m_preview->hide();

    auto *col = new QVBoxLayout(this);
    col->setSizeConstraint(QLayout::SetMinimumSize); // grows with a long refusal
    col->addWidget(m_preview);
    col->addWidget(m_info);
    col->addWidget(m_caption);
    col->addWidget(m_asDocument);
    col->addWidget(m_error);
    col->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_asDocument, &QCheckBox::toggled, this, &AttachmentDialog::recheck);
    connect(m_caption, &QLineEdit::textChanged, this, &AttachmentDialog::recheck);
    recheck();
    setMinimumWidth(460);
}

QString AttachmentDialog::caption() const
{
    return m_caption->isEnabled() ? m_caption->text().trimmed() : QString();
}

void AttachmentDialog::recheck()
{
    m_choice = AttachmentPicker::inspect(
        m_path, m_asDocument->isChecked() ? QStringLiteral("document") : QString());
    // A photo that is too big as a photo may still go as a document: offer it.
    if (!m_asDocument->isChecked() && m_choice.kind != QLatin1String("document")) {
        m_asDocument->setEnabled(true);
    } else if (m_choice.kind == QLatin1String("document") && !m_asDocument->isChecked()) {
        m_asDocument->setEnabled(false);
    }
    const bool captioned = m_choice.kind == QLatin1String("image") ||
                           m_choice.kind == QLatin1String("video") ||
                           m_choice.kind == QLatin1String("document");
    m_caption->setEnabled(captioned);
    m_info->setText(tr("%1 · %2 · %3")
                        .arg(m_choice.filename, MessageCards::noun(m_choice.kind),
                             QLocale().formattedDataSize(m_choice.size, 1,
                                                         QLocale::DataSizeTraditionalFormat)));
    QString problem = m_choice.error;
    if (problem.isEmpty())
        problem = OutgoingContent::checkCaption(m_choice.kind, m_caption->text());
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, Palette::error(palette()));
    m_error->setPalette(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    if (isVisible())
        adjustSize();
}

} // namespace recado::ui
