// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/media/ImageViewer.h"

#include <QBoxLayout>
#include <QDesktopServices>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>

namespace recado::ui {

ImageViewer::ImageViewer(const QString &path, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_scroll(new QScrollArea(this))
    , m_label(new QLabel)
{
    setObjectName(QStringLiteral("imageViewer"));
    setWindowTitle(title);
    QImageReader reader(path);
    reader.setAutoTransform(true);
    m_image = reader.read();
    m_label->setAlignment(Qt::AlignCenter);
    if (m_image.isNull())
        m_label->setText(tr("This picture cannot be shown: %1").arg(reader.errorString()));
    m_scroll->setWidget(m_label);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);

    auto *actual = new QPushButton(tr("Actual size"), this);
    actual->setCheckable(true);
    auto *save = new QPushButton(tr("Save as…"), this);
    auto *open = new QPushButton(tr("Open with system viewer"), this);
    auto *close = new QPushButton(tr("Close"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(actual);
    row->addStretch();
    row->addWidget(save);
    row->addWidget(open);
    row->addWidget(close);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 8);
    col->addWidget(m_scroll, 1);
    col->addLayout(row);
    row->setContentsMargins(8, 0, 8, 0);
    connect(actual, &QPushButton::toggled, this, [this](bool on) {
        m_fit = !on;
        m_scroll->setWidgetResizable(m_fit);
        refit();
    });
    connect(save, &QPushButton::clicked, this, &ImageViewer::saveRequested);
    connect(open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_path)); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    const QSize want = m_image.isNull() ? QSize(400, 300) : m_image.size().boundedTo({1100, 800});
    resize(want.expandedTo({360, 240}) + QSize(0, 48));
    refit();
}

void ImageViewer::resizeEvent(QResizeEvent *e)
{
    QDialog::resizeEvent(e);
    refit();
}

void ImageViewer::refit()
{
    if (m_image.isNull())
        return;
    const qreal dpr = devicePixelRatioF();
    QImage shown = m_image;
    if (m_fit) {
        const QSize room = m_scroll->viewport()->size() * dpr;
        if (m_image.width() > room.width() || m_image.height() > room.height())
            shown = m_image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QPixmap pm = QPixmap::fromImage(shown);
    pm.setDevicePixelRatio(dpr);
    m_label->setPixmap(pm);
    if (!m_fit)
        m_label->adjustSize();
}

} // namespace recado::ui
