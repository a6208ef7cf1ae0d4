// SPDX-License-Identifier: GPL-3.0-or-later
// Client media figures: thumbnail decode time for phone-sized photos (cold from the original,
// warm from the disk thumbnail cache), and the cost of laying out and painting a thread row
// with a photo card (what scrolling a thread of thousands of photos pays per row; decoding
// never happens on this path, it runs on ThumbnailCache's worker threads).
#include "ui/CardPainter.h"
#include "ui/MessageCards.h"
#include "ui/media/ThumbnailCache.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonObject>
#include <QPainter>
#include <QPalette>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace recado;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    constexpr int kPhotos = 60;
    // 12-megapixel-like photos as WhatsApp delivers them (1600x1200 JPEG, ~200-400 KB).
    QStringList files;
    for (int i = 0; i < kPhotos; ++i) {
        QImage img(1600, 1200, QImage::Format_RGB32);
        QPainter p(&img);
        QLinearGradient g(0, 0, 1600, 1200);
        g.setColorAt(0, QColor::fromHsv((i * 37) % 360, 200, 220));
        g.setColorAt(1, QColor::fromHsv((i * 71) % 360, 180, 120));
        p.fillRect(img.rect(), g);
        for (int k = 0; k < 200; ++k)
            p.fillRect((k * 97 + i) % 1600, (k * 53) % 1200, 40, 30, QColor::fromRgb(k * 1234567u));
        p.end();
        const QString path = dir.filePath(QStringLiteral("p%1.jpg").arg(i));
        img.save(path, "JPG", 90);
        files << path;
    }
    const QSize box(280, 210);
    auto measure = [&](bool useDisk) {
        QList<double> ms;
        for (const QString &f : files) {
            QElapsedTimer t;
            t.start();
            const QImage th = ui::ThumbnailCache::decode(
                f, box, true, 2.0, useDisk ? f + QStringLiteral(".thumb") : QString());
            ms << t.nsecsElapsed() / 1e6;
            if (th.isNull())
                std::printf("decode failed\n");
        }
        std::sort(ms.begin(), ms.end());
        return std::pair(ms.at(ms.size() / 2), ms.at(ms.size() * 95 / 100));
    };
    const auto cold = measure(true); // decodes the original, writes the disk thumbnail
    const auto warm = measure(true); // reads the disk thumbnail
    std::printf("thumbnail decode 1600x1200 JPEG -> 280x210 @2x: cold p50 %.1f ms p95 %.1f ms; "
                "from disk cache p50 %.2f ms p95 %.2f ms\n",
                cold.first, cold.second, warm.first, warm.second);

    // A row's card: layout + paint with its thumbnail in memory (the scrolling path).
    domain::Message m;
    m.id = 1;
    m.kind = QStringLiteral("image");
    m.content = QJsonObject{{QStringLiteral("image"),
                             QJsonObject{{QStringLiteral("caption"), QStringLiteral("La fuga")}}}};
    m.media = QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")}};
    QImage canvas(400, 300, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&canvas);
    const QFont font = QApplication::font();
    constexpr int kRows = 5000;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < kRows; ++i) {
        const auto card = ui::MessageCards::layout(m, nullptr, font, 400);
        ui::CardPainter::paint(&p, QPoint(0, 0), card, m, nullptr, QApplication::palette(), font);
    }
    std::printf("photo card layout+paint: %.1f us per row (%d rows)\n",
                t.nsecsElapsed() / 1e3 / kRows, kRows);
    return 0;
}
