// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;

namespace recado::ui {

//! A photo or sticker at full size: fitted to the window (or 1:1 with "Actual size"), with
//! "Save as…" and "Open with…" (the system's viewer). Esc closes.
class ImageViewer : public QDialog
{
    Q_OBJECT
public:
    ImageViewer(const QString &path, const QString &title, QWidget *parent = nullptr);
    bool hasImage() const { return !m_image.isNull(); }

Q_SIGNALS:
    void saveRequested();

protected:
    void resizeEvent(QResizeEvent *e) override;

private:
    void refit();

    QString m_path;
    QImage m_image;
    QScrollArea *m_scroll;
    QLabel *m_label;
    bool m_fit = true;
};

} // namespace recado::ui
