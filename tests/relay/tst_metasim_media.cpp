// SPDX-License-Identifier: GPL-3.0-or-later
// Media on the simulator: upload rules, lookup, authenticated download, faults, and the sample
// files customers "send".

#include "MetasimTestKit.h"

#include "tools/metasim/SampleMedia.h"

#include <QCryptographicHash>
#include <QtEndian>

using namespace recado::metasim;
using namespace recado::metasim::testkit;
using namespace Qt::StringLiterals;

namespace {
quint32 pngCrc(const QByteArray &data)
{
    quint32 c = 0xFFFFFFFFu;
    for (char ch : data) {
        c ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xFFFFFFFFu;
}
} // namespace

class TestMetasimMedia : public QObject
{
    Q_OBJECT

    std::unique_ptr<MetaSimulator> sim;
    std::unique_ptr<WebhookReceiver> receiver;
    std::unique_ptr<Graph> graph;

    QJsonObject lookup(const QString &id) { return graph->get(id).json(); }

private Q_SLOTS:
    void init()
    {
        receiver = std::make_unique<WebhookReceiver>();
        QVERIFY(receiver->listen());
        Config c = fastConfig();
        c.webhookUrl = receiver->url();
        sim = std::make_unique<MetaSimulator>(c);
        QVERIFY(sim->listen());
        graph = std::make_unique<Graph>(*sim);
    }
    void cleanup()
    {
        graph.reset();
        sim.reset();
        receiver.reset();
    }

    void uploadLookupDownload_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("mime");
        QTest::newRow("jpeg") << SampleMedia::jpeg() << "image/jpeg"_ba;
        QTest::newRow("png") << SampleMedia::png() << "image/png"_ba;
        QTest::newRow("pdf") << SampleMedia::pdf(u"Factura"_s, {u"Total: $1,250.00"_s})
                             << "application/pdf"_ba;
        QTest::newRow("ogg") << SampleMedia::oggOpus() << "audio/ogg"_ba;
        QTest::newRow("mp4") << SampleMedia::mp4() << "video/mp4"_ba;
        QTest::newRow("webp") << SampleMedia::webp() << "image/webp"_ba;
        QTest::newRow("aac") << QByteArray(4000, 'a') << "audio/aac"_ba;
        QTest::newRow("docx") << QByteArray(9000, 'd')
                              << "application/vnd.openxmlformats-officedocument."
                                 "wordprocessingml.document"_ba;
    }

    void uploadLookupDownload()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, mime);
        QSignalSpy uploaded(sim.get(), &MetaSimulator::mediaUploaded);
        const Reply up = graph->upload(bytes, mime, u"file.bin"_s);
        QVERIFY2(up.status == 200, up.body.constData());
        const QString id = up.json().value("id"_L1).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(uploaded.size(), 1);
        QCOMPARE(sim->uploadedMedia().size(), 1);
        QCOMPARE(sim->uploadedMedia().first().bytes, bytes);

        const QJsonObject info = lookup(id);
        QCOMPARE(info.value("messaging_product"_L1).toString(), u"whatsapp"_s);
        QCOMPARE(info.value("id"_L1).toString(), id);
        QCOMPARE(info.value("mime_type"_L1).toString(), QString::fromLatin1(mime));
        QCOMPARE(info.value("file_size"_L1).toInteger(), bytes.size());
        QCOMPARE(info.value("sha256"_L1).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        const QUrl url(info.value("url"_L1).toString());
        QVERIFY(url.path().startsWith("/_media/"_L1));

        const Reply dl = graph->fetch(url);
        QCOMPARE(dl.status, 200);
        QCOMPARE(dl.body, bytes);
        QCOMPARE(dl.header("Content-Type"), mime);

        // Without the bearer token the URL is useless.
        QNetworkAccessManager nam;
        QCOMPARE(call(nam, "GET", url).status, 401);

        // Deleted media is gone.
        QNetworkAccessManager nam2;
        QCOMPARE(call(nam2, "DELETE", sim->graphUrl(id), {}, "test-token").json(),
                 (QJsonObject{{u"success"_s, true}}));
        QCOMPARE(graph->get(id).errorCode(), 100);
    }

    void uploadRejections_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("mime");
        QTest::addColumn<QString>("mentions");
        QByteArray bigJpeg = SampleMedia::jpeg();
        bigJpeg.append(QByteArray(5 * 1024 * 1024, 'x'));
        QTest::newRow("image over 5 MB") << bigJpeg << "image/jpeg"_ba << u"5 MB"_s;
        QByteArray bigSticker = SampleMedia::webp();
        bigSticker.append(QByteArray(500 * 1024, 'x'));
        QTest::newRow("sticker over 500 KB") << bigSticker << "image/webp"_ba << u"500 KB"_s;
        QTest::newRow("gif") << QByteArray("GIF89a....") << "image/gif"_ba << u"image/gif"_s;
        QTest::newRow("png labelled jpeg")
            << SampleMedia::png() << "image/jpeg"_ba << u"not a valid image/jpeg"_s;
        QTest::newRow("ogg without opus")
            << QByteArray("OggS vorbis data") << "audio/ogg"_ba << u"opus"_s;
        QTest::newRow("empty") << QByteArray() << "application/pdf"_ba << u"empty"_s;
    }

    void uploadRejections()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, mime);
        QFETCH(QString, mentions);
        const Reply r = graph->upload(bytes, mime, u"f"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), 131053);
        QCOMPARE(r.error().value("message"_L1).toString(), u"(#131053) Media upload error"_s);
        const QString details =
            r.error().value("error_data"_L1).toObject().value("details"_L1).toString();
        QVERIFY2(details.contains(mentions), qPrintable(details));
        QVERIFY(sim->uploadedMedia().isEmpty());
    }

    void uploadNeedsMessagingProductAndFile()
    {
        QNetworkAccessManager nam;
        const QByteArray body = "--B\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n"
                                "image/png\r\n--B--\r\n";
        Reply r = call(nam, "POST", sim->graphUrl(sim->config().phoneNumberId + u"/media"_s), body,
                       "test-token", "multipart/form-data; boundary=B");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), 100);
        QVERIFY(r.error().value("message"_L1).toString().contains("messaging_product"_L1));
    }

    void inboundMediaIsServed()
    {
        const QString wamid = sim->sendCustomerMessage(
            u"5215512345678"_s, {{u"type"_s, u"document"_s}, {u"filename"_s, u"medidor.pdf"_s}});
        QVERIFY(!wamid.isEmpty());
        QTRY_COMPARE(receiver->received.size(), 1);
        const QJsonObject doc = receiver->values()
                                    .first()
                                    .value("messages"_L1)
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value("document"_L1)
                                    .toObject();
        const QString id = doc.value("id"_L1).toString();
        const QJsonObject info = lookup(id);
        const Reply dl = graph->fetch(QUrl(info.value("url"_L1).toString()));
        QCOMPARE(dl.status, 200);
        QVERIFY(dl.body.startsWith("%PDF-1.4"));
        QCOMPARE(dl.header("Content-Disposition"), "attachment; filename=\"medidor.pdf\""_ba);
        // Webhook sha256 is base64, lookup sha256 is hex: both of the same digest.
        const QByteArray digest = QCryptographicHash::hash(dl.body, QCryptographicHash::Sha256);
        QCOMPARE(doc.value("sha256"_L1).toString(), QString::fromLatin1(digest.toBase64()));
        QCOMPARE(info.value("sha256"_L1).toString(), QString::fromLatin1(digest.toHex()));
        QCOMPARE(info.value("file_size"_L1).toInteger(), dl.body.size());
        // Inbound media is not listed as uploaded by the business.
        QVERIFY(sim->uploadedMedia().isEmpty());
    }

    void mediaFaults()
    {
        const QByteArray bytes = SampleMedia::jpeg();
        const QString id = sim->addMedia(bytes, u"image/jpeg"_s);
        const QByteArray hex = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();

        sim->setMediaFault(id, MediaFault::CorruptBytes);
        QJsonObject info = lookup(id);
        Reply dl = graph->fetch(QUrl(info.value("url"_L1).toString()));
        QCOMPARE(dl.status, 200);
        QCOMPARE(dl.body.size(), bytes.size());
        QVERIFY(dl.body != bytes);
        QCOMPARE(info.value("sha256"_L1).toString(), QString::fromLatin1(hex));

        sim->setMediaFault(id, MediaFault::WrongSha256);
        info = lookup(id);
        dl = graph->fetch(QUrl(info.value("url"_L1).toString()));
        QCOMPARE(dl.body, bytes);
        QVERIFY(info.value("sha256"_L1).toString() != QString::fromLatin1(hex));

        sim->setMediaFault(id, MediaFault::ServerError, 2);
        info = lookup(id);
        const QUrl url(info.value("url"_L1).toString());
        QCOMPARE(graph->fetch(url).status, 500);
        QCOMPARE(graph->fetch(url).status, 500);
        dl = graph->fetch(url);
        QCOMPARE(dl.status, 200);
        QCOMPARE(dl.body, bytes);

        sim->setMediaFault(id, MediaFault::Expired);
        const Reply gone = graph->get(id);
        QCOMPARE(gone.status, 400);
        QCOMPARE(gone.errorCode(), 100);
        QCOMPARE(gone.error().value("error_subcode"_L1).toInt(), 33);
        QVERIFY(
            gone.error().value("message"_L1).toString().startsWith("Unsupported get request"_L1));
        QCOMPARE(graph->fetch(url).status, 404);
    }

    void unknownMediaAndUrls()
    {
        const Reply r = graph->get(u"1234567890123456"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), 100);
        QCOMPARE(graph->fetch(QUrl(sim->baseUrl().toString() + u"/_media/deadbeef"_s)).status, 404);
    }

    void expiredDownloadUrl()
    {
        Config c = fastConfig();
        c.mediaUrlLifetimeSecs = 0;
        MetaSimulator quick(c);
        QVERIFY(quick.listen());
        Graph g(quick);
        const QString id = quick.addMedia(SampleMedia::png(), u"image/png"_s);
        const QUrl url(g.get(id).json().value("url"_L1).toString());
        QTest::qWait(1100);
        QCOMPARE(g.fetch(url).status, 404);
        // A fresh lookup hands out a fresh URL.
        QCOMPARE(g.get(id).status, 200);
    }

    void sendingUnknownMediaIdFails()
    {
        sim->sendCustomerMessage(u"5215512345678"_s,
                                 {{u"type"_s, u"text"_s}, {u"body"_s, u"hola"_s}});
        const Reply r = graph->send({{u"messaging_product"_s, u"whatsapp"_s},
                                     {u"to"_s, u"5215512345678"_s},
                                     {u"type"_s, u"image"_s},
                                     {u"image"_s, QJsonObject{{u"id"_s, u"424242"_s}}}});
        QCOMPARE(r.status, 200);
        const QString wamid =
            r.json().value("messages"_L1).toArray().first().toObject().value("id"_L1).toString();
        QTRY_COMPARE(receiver->statusesFor(wamid), QStringList{u"failed"_s});
        QCOMPARE(receiver->statusObject(wamid, u"failed"_s)
                     .value("errors"_L1)
                     .toArray()
                     .first()
                     .toObject()
                     .value("code"_L1)
                     .toInt(),
                 131053);
        // An uploaded id works.
        const QString id = graph->upload(SampleMedia::png(), "image/png", u"a.png"_s)
                               .json()
                               .value("id"_L1)
                               .toString();
        const Reply ok = graph->send({{u"messaging_product"_s, u"whatsapp"_s},
                                      {u"to"_s, u"5215512345678"_s},
                                      {u"type"_s, u"image"_s},
                                      {u"image"_s, QJsonObject{{u"id"_s, id}}}});
        const QString okWamid =
            ok.json().value("messages"_L1).toArray().first().toObject().value("id"_L1).toString();
        QTRY_COMPARE(receiver->statusesFor(okWamid).size(), 3);
    }

    void sampleFilesAreWellFormed()
    {
        // PNG: signature, IHDR size, every chunk CRC.
        const QByteArray png = SampleMedia::png(20, 10, 3);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        qsizetype pos = 8;
        QStringList chunks;
        while (pos < png.size()) {
            const quint32 len = qFromBigEndian<quint32>(png.constData() + pos);
            const QByteArray typed = png.mid(pos + 4, 4 + len);
            const quint32 crc = qFromBigEndian<quint32>(png.constData() + pos + 8 + len);
            QCOMPARE(crc, pngCrc(typed));
            chunks.append(QString::fromLatin1(typed.left(4)));
            pos += 12 + len;
        }
        QCOMPARE(chunks, (QStringList{u"IHDR"_s, u"IDAT"_s, u"IEND"_s}));
        QCOMPARE(qFromBigEndian<quint32>(png.constData() + 16), 20u);
        // PDF: startxref points at the xref table.
        const QByteArray pdf = SampleMedia::pdf(u"Título"_s, {u"línea"_s});
        const qsizetype sx = pdf.lastIndexOf("startxref\n");
        const qsizetype xref = pdf.mid(sx + 10).split('\n').first().toLongLong();
        QVERIFY(pdf.mid(xref).startsWith("xref"));
        QVERIFY(pdf.contains("T\xEDtulo"));
        // Ogg: three pages, each starting with OggS, Opus headers present.
        const QByteArray ogg = SampleMedia::oggOpus(10);
        QCOMPARE(ogg.count("OggS"), 3);
        QVERIFY(ogg.contains("OpusHead") && ogg.contains("OpusTags"));
        // JPEG and WebP headers.
        QVERIFY(SampleMedia::jpeg().startsWith("\xFF\xD8\xFF"));
        QVERIFY(SampleMedia::jpeg().endsWith("\xFF\xD9"));
        QCOMPARE(SampleMedia::webp().mid(8, 4), "WEBP"_ba);
        QCOMPARE(SampleMedia::mp4().mid(4, 4), "ftyp"_ba);
    }
};

QTEST_GUILESS_MAIN(TestMetasimMedia)
#include "tst_metasim_media.moc"
