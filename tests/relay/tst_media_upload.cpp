// SPDX-License-Identifier: GPL-3.0-or-later
// Agents' files: upload to the relay (raw body or multipart) with Meta's limits per kind, send by
// handle, the outbox uploads to the simulator's media endpoint (retrying) and sends by media id.
#include "MediaTestKit.h"

#include "tools/metasim/SampleMedia.h"

#include <QCryptographicHash>
#include <QHttpMultiPart>
#include <QNetworkReply>

using namespace recado;
using metasim::SampleMedia;

class TestMediaUpload : public QObject
{
    Q_OBJECT

    test::MediaKit kit;
    QString waId = QStringLiteral("5215577001122");
    qint64 conversation = 0;
    int sends = 0;

    test::HttpResult upload(const QByteArray &bytes, const QByteArray &mime,
                            const QString &filename = {}, const QString &kind = {},
                            qint64 conversationId = 0)
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", mime}};
        if (!filename.isEmpty())
            headers.append({"X-Filename", QUrl::toPercentEncoding(filename)});
        return kit.api->postRaw(
            QStringLiteral("/api/whatsapp/conversations/%1/media%2")
                .arg(conversationId ? conversationId : conversation)
                .arg(kind.isEmpty() ? QString() : QStringLiteral("?kind=") + kind),
            bytes, headers);
    }

    QString uploadId(const QByteArray &bytes, const QByteArray &mime, const QString &filename = {},
                     const QString &kind = {})
    {
        const test::HttpResult r = upload(bytes, mime, filename, kind);
        if (r.status != 201)
            qWarning("upload refused: %d %s", r.status, r.body.constData());
        return r.json()[QStringLiteral("upload")][QStringLiteral("id")].toString();
    }

    test::HttpResult send(const QString &kind, const QJsonObject &object,
                          const QString &replyTo = {})
    {
        QJsonObject body{
            {QStringLiteral("client_id"), QStringLiteral("media-send-%1").arg(++sends)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("content"), QJsonObject{{kind, object}}}};
        if (!replyTo.isEmpty())
            body.insert(QStringLiteral("reply_to"), replyTo);
        return kit.api->post(
            QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(conversation), body);
    }

    //! Waits for the message to reach Graph; returns the body Graph received.
    QJsonObject graphBodyOf(qint64 messageId)
    {
        QString wamid;
        (void)QTest::qWaitFor(
            [&] {
                wamid = kit.served(messageId)[QStringLiteral("wamid")].toString();
                return !wamid.isEmpty();
            },
            8000);
        const auto sent = kit.sim().sentMessage(wamid);
        return sent ? sent->body : QJsonObject();
    }

    QJsonObject graphBody(const QString &kind, const QJsonObject &object)
    {
        return QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                           {QStringLiteral("recipient_type"), QStringLiteral("individual")},
                           {QStringLiteral("to"), waId},
                           {QStringLiteral("type"), kind},
                           {kind, object}};
    }

    static QByteArray animatedWebp(int size)
    {
        // RIFF <len> WEBP VP8X <10> <flags: animation> ... padded to `size`.
        QByteArray b("RIFF\0\0\0\0WEBPVP8X\x0a\0\0\0\x02\0\0\0\0\0\0\0\0\0", 30);
        b.append(QByteArray(size - b.size(), '\0'));
        const quint32 riff = quint32(size - 8);
        for (int i = 0; i < 4; ++i)
            b[4 + i] = char((riff >> (8 * i)) & 0xFF);
        return b;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kit.start());
        const qint64 first = kit.customerSends(
            waId, QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("body"), QStringLiteral("¿Me manda la factura?")}});
        QVERIFY(first);
        conversation = kit.conversationOf(first);
        QVERIFY(conversation);
    }

    void everyMediaKindIsUploadedAndSentById_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("mime");
        QTest::addColumn<QJsonObject>("extra"); // caption / filename as the agent sends them
        auto o = [](const char *json) { return QJsonDocument::fromJson(json).object(); };
        QTest::newRow("image jpeg")
            << QStringLiteral("image") << SampleMedia::jpeg() << QByteArray("image/jpeg")
            << o(R"({"caption":"Así quedó la instalación"})");
        QTest::newRow("image png") << QStringLiteral("image") << SampleMedia::png()
                                   << QByteArray("image/png") << QJsonObject();
        QTest::newRow("video") << QStringLiteral("video") << SampleMedia::mp4(4096)
                               << QByteArray("video/mp4")
                               << o(R"({"caption":"Cómo purgar el filtro"})");
        QTest::newRow("voice") << QStringLiteral("audio") << SampleMedia::oggOpus()
                               << QByteArray("audio/ogg; codecs=opus") << QJsonObject();
        QTest::newRow("document") << QStringLiteral("document")
                                  << SampleMedia::pdf(QStringLiteral("Factura"),
                                                      {QStringLiteral("Total 1,200 MXN")})
                                  << QByteArray("application/pdf")
                                  << o(R"({"caption":"Su factura"})");
        QTest::newRow("sticker") << QStringLiteral("sticker") << SampleMedia::webp()
                                 << QByteArray("image/webp") << QJsonObject();
        QTest::newRow("animated sticker") << QStringLiteral("sticker") << animatedWebp(300 * 1024)
                                          << QByteArray("image/webp") << QJsonObject();
    }

    void everyMediaKindIsUploadedAndSentById()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, mime);
        QFETCH(QJsonObject, extra);
        const QString filename =
            kind == QLatin1String("document") ? QStringLiteral("Factura marzo.pdf") : QString();
        const test::HttpResult up = upload(bytes, mime, filename);
        QCOMPARE(up.status, 201);
        const QJsonObject handle = up.json()[QStringLiteral("upload")].toObject();
        QVERIFY(handle[QStringLiteral("id")].toString().startsWith(QStringLiteral("up_")));
        QCOMPARE(handle[QStringLiteral("kind")].toString(), kind); // inferred from the type
        QCOMPARE(handle[QStringLiteral("size")].toInteger(), bytes.size());
        QCOMPARE(handle[QStringLiteral("sha256")].toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));

        QJsonObject object = extra;
        object.insert(QStringLiteral("upload_id"), handle[QStringLiteral("id")]);
        const int uploadsBefore = int(kit.sim().uploadedMedia().size());
        const test::HttpResult r = send(kind, object);
        QCOMPARE(r.status, 202);
        const QJsonObject queued = r.json()[QStringLiteral("message")].toObject();
        QCOMPARE(queued[QStringLiteral("media")][QStringLiteral("status")].toString(),
                 QStringLiteral("ready"));
        const qint64 id = queued[QStringLiteral("id")].toInteger();
        QCOMPARE(queued[QStringLiteral("media")][QStringLiteral("url")].toString(),
                 QStringLiteral("/api/media/%1").arg(id));

        const QJsonObject body = graphBodyOf(id);
        QCOMPARE(kit.sim().uploadedMedia().size(), uploadsBefore + 1);
        const metasim::MediaObject uploaded = kit.sim().uploadedMedia().last();
        QCOMPARE(uploaded.bytes, bytes);
        QCOMPARE(uploaded.mimeType, QString::fromLatin1(mime).section(QLatin1Char(';'), 0, 0));
        QJsonObject expected = extra;
        expected.insert(QStringLiteral("id"), uploaded.id);
        if (!filename.isEmpty())
            expected.insert(QStringLiteral("filename"), filename);
        QCOMPARE(body, graphBody(kind, expected));

        // The agent's own file is served back like a customer's.
        const test::HttpResult file = kit.api->get(QStringLiteral("/api/media/%1").arg(id));
        QCOMPARE(file.status, 200);
        QCOMPARE(file.body, bytes);
        QCOMPARE(file.header("X-Content-Type-Options"), QByteArray("nosniff"));
    }

    void multipartUploadWorks()
    {
        QHttpMultiPart multi(QHttpMultiPart::FormDataType);
        QHttpPart kindPart;
        kindPart.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QByteArray("form-data; name=\"kind\""));
        kindPart.setBody("document");
        QHttpPart filePart;
        filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QByteArray("form-data; name=\"file\"; filename=\"foto obra.jpg\""));
        filePart.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("image/jpeg"));
        filePart.setBody(SampleMedia::jpeg());
        multi.append(kindPart);
        multi.append(filePart);
        QNetworkAccessManager nam;
        QNetworkRequest req(
            QUrl(kit.fx.relayUrl().toString() +
                 QStringLiteral("/api/whatsapp/conversations/%1/media").arg(conversation)));
        req.setRawHeader(
            "Authorization",
            "Bearer " +
                kit.fx.login(QStringLiteral("ana"), QStringLiteral("password-ana")).toUtf8());
        QNetworkReply *reply = nam.post(req, &multi);
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        const QJsonObject u =
            QJsonDocument::fromJson(reply->readAll()).object()[QStringLiteral("upload")].toObject();
        reply->deleteLater();
        // A photo sent as a document keeps its quality: the agent chose the kind.
        QCOMPARE(u[QStringLiteral("kind")].toString(), QStringLiteral("document"));
        QCOMPARE(u[QStringLiteral("mime_type")].toString(), QStringLiteral("image/jpeg"));
        QCOMPARE(u[QStringLiteral("filename")].toString(), QStringLiteral("foto obra.jpg"));
        const test::HttpResult r =
            send(QStringLiteral("document"),
                 QJsonObject{{QStringLiteral("upload_id"), u[QStringLiteral("id")]}});
        QCOMPARE(r.status, 202);
        const QJsonObject body =
            graphBodyOf(r.json()[QStringLiteral("message")][QStringLiteral("id")].toInteger());
        QCOMPARE(body[QStringLiteral("document")][QStringLiteral("filename")].toString(),
                 QStringLiteral("foto obra.jpg"));
    }

    void metaLimitsAreRefusedBeforeUpload_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("mime");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        QByteArray bigJpeg = SampleMedia::jpeg();
        bigJpeg.append(QByteArray(5 * 1024 * 1024, 'x'));
        QByteArray bigWebp = SampleMedia::webp();
        bigWebp.append(QByteArray(150 * 1024, '\0'));
        QByteArray bigVideo = SampleMedia::mp4(17 * 1024 * 1024);
        QTest::newRow("image over 5 MB")
            << bigJpeg << QByteArray("image/jpeg") << QString() << QStringLiteral("5 MB");
        QTest::newRow("static sticker over 100 KB")
            << bigWebp << QByteArray("image/webp") << QString() << QStringLiteral("100 KB");
        QTest::newRow("animated sticker over 500 KB")
            << animatedWebp(600 * 1024) << QByteArray("image/webp") << QString()
            << QStringLiteral("500 KB");
        QTest::newRow("video over 16 MB")
            << bigVideo << QByteArray("video/mp4") << QString() << QStringLiteral("16 MB");
        QTest::newRow("gif image")
            << QByteArray("GIF89a....") << QByteArray("image/gif") << QStringLiteral("image")
            << QStringLiteral("image/jpeg, image/png");
        QTest::newRow("pdf as image")
            << SampleMedia::pdf(QStringLiteral("x"), {}) << QByteArray("application/pdf")
            << QStringLiteral("image") << QStringLiteral("does not accept");
        QTest::newRow("png labelled jpeg") << SampleMedia::png() << QByteArray("image/jpeg")
                                           << QString() << QStringLiteral("not image/jpeg");
        QTest::newRow("ogg without opus")
            << QByteArray("OggS\0\x02vorbis...", 16) << QByteArray("audio/ogg") << QString()
            << QStringLiteral("Opus");
        QTest::newRow("zip document")
            << QByteArray("PK\x03\x04zip") << QByteArray("application/zip") << QString()
            << QStringLiteral("application/pdf");
        QTest::newRow("empty") << QByteArray() << QByteArray("image/png") << QString()
                               << QStringLiteral("empty");
    }

    void metaLimitsAreRefusedBeforeUpload()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, mime);
        QFETCH(QString, kind);
        QFETCH(QString, says);
        const int uploads = int(kit.sim().uploadedMedia().size());
        const test::HttpResult r = upload(bytes, mime, {}, kind);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("media_rejected"));
        const QString message =
            r.json()[QStringLiteral("error")][QStringLiteral("message")].toString();
        QVERIFY2(message.contains(says), qPrintable(message));
        QCOMPARE(kit.sim().uploadedMedia().size(), uploads);
    }

    void uploadRouteAloneTakesLargeBodies()
    {
        // 20 MB: over the 3 MB webhook limit, within the 100 MB document limit.
        QByteArray pdf = SampleMedia::pdf(QStringLiteral("Manual"), {QStringLiteral("Anexo")});
        pdf.append(QByteArray(20 * 1024 * 1024, ' '));
        QCOMPARE(upload(pdf, "application/pdf", QStringLiteral("manual.pdf")).status, 201);
        // Every other route keeps its limit.
        const test::HttpResult r = kit.api->postRaw(
            QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(conversation),
            QByteArray(4 * 1024 * 1024, ' '), {{"Content-Type", "application/json"}});
        QCOMPARE(r.status, 413);
    }

    void uploadNeedsAnAgentAndAConversation()
    {
        QCOMPARE(
            kit.anon
                ->postRaw(QStringLiteral("/api/whatsapp/conversations/%1/media").arg(conversation),
                          SampleMedia::jpeg(), {{"Content-Type", "image/jpeg"}})
                .status,
            401);
        QCOMPARE(upload(SampleMedia::jpeg(), "image/jpeg", {}, {}, 987654).status, 404);
        QCOMPARE(upload(SampleMedia::jpeg(), "image/jpeg", {}, QStringLiteral("hologram")).status,
                 400);
    }

    void handlesAreCheckedWhenSending()
    {
        const QString image = uploadId(SampleMedia::jpeg(), "image/jpeg");
        QVERIFY(!image.isEmpty());
        test::HttpResult r =
            send(QStringLiteral("video"), QJsonObject{{QStringLiteral("upload_id"), image}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("media_kind_mismatch"));
        r = send(QStringLiteral("image"),
                 QJsonObject{{QStringLiteral("upload_id"), QStringLiteral("up_nope")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("unknown_upload"));
        // A handle belongs to the conversation it was uploaded to.
        const qint64 other = kit.conversationOf(
            kit.customerSends(QStringLiteral("5215577009999"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                          {QStringLiteral("body"), QStringLiteral("hola")}}));
        const QString foreign = upload(SampleMedia::jpeg(), "image/jpeg", {}, {}, other)
                                    .json()[QStringLiteral("upload")][QStringLiteral("id")]
                                    .toString();
        QVERIFY(!foreign.isEmpty());
        QCOMPARE(send(QStringLiteral("image"), QJsonObject{{QStringLiteral("upload_id"), foreign}})
                     .status,
                 400);
        // Meta's own rules on the object: one source, captions only where allowed.
        QCOMPARE(send(QStringLiteral("image"),
                      QJsonObject{{QStringLiteral("upload_id"), image},
                                  {QStringLiteral("link"), QStringLiteral("https://x.test/a.jpg")}})
                     .status,
                 400);
        QCOMPARE(send(QStringLiteral("sticker"),
                      QJsonObject{{QStringLiteral("link"), QStringLiteral("https://x.test/a.webp")},
                                  {QStringLiteral("caption"), QStringLiteral("no")}})
                     .status,
                 400);
        QCOMPARE(send(QStringLiteral("image"),
                      QJsonObject{{QStringLiteral("upload_id"), image},
                                  {QStringLiteral("caption"), QString(1025, QLatin1Char('a'))}})
                     .status,
                 400);
        QCOMPARE(send(QStringLiteral("image"),
                      QJsonObject{{QStringLiteral("link"), QStringLiteral("ftp://x.test/a.jpg")}})
                     .status,
                 400);
    }

    void sameUploadSentTwiceGoesToMetaOnce()
    {
        const QString id = uploadId(SampleMedia::png(32, 32, 7), "image/png");
        const int before = int(kit.sim().uploadedMedia().size());
        const qint64 a =
            send(QStringLiteral("image"), QJsonObject{{QStringLiteral("upload_id"), id}})
                .json()[QStringLiteral("message")][QStringLiteral("id")]
                .toInteger();
        const QJsonObject first = graphBodyOf(a);
        const qint64 b =
            send(QStringLiteral("image"), QJsonObject{{QStringLiteral("upload_id"), id}})
                .json()[QStringLiteral("message")][QStringLiteral("id")]
                .toInteger();
        const QJsonObject second = graphBodyOf(b);
        QCOMPARE(kit.sim().uploadedMedia().size(), before + 1);
        QCOMPARE(first[QStringLiteral("image")][QStringLiteral("id")],
                 second[QStringLiteral("image")][QStringLiteral("id")]);
    }

    void metaUploadOutageIsRetried()
    {
        const QString id = uploadId(SampleMedia::png(40, 30, 3), "image/png");
        kit.sim().injectFault(QStringLiteral("/media"), 503, 2);
        const qint64 m =
            send(QStringLiteral("image"), QJsonObject{{QStringLiteral("upload_id"), id}})
                .json()[QStringLiteral("message")][QStringLiteral("id")]
                .toInteger();
        const QJsonObject body = graphBodyOf(m);
        QCOMPARE(body[QStringLiteral("image")][QStringLiteral("id")].toString(),
                 kit.sim().uploadedMedia().last().id);
        QCOMPARE(kit.sim().pendingFaults(), 0);
    }

    void metaRefusingTheUploadFailsTheMessageInWords()
    {
        const QString id = uploadId(SampleMedia::png(40, 30, 9), "image/png");
        metasim::Fault refuse;
        refuse.path = QStringLiteral("/media");
        refuse.method = "POST";
        refuse.httpStatus = 400;
        refuse.metaCode = 131053;
        refuse.details = QStringLiteral("Uploaded media is corrupt.");
        kit.sim().injectFault(refuse);
        const qint64 m =
            send(QStringLiteral("image"), QJsonObject{{QStringLiteral("upload_id"), id}})
                .json()[QStringLiteral("message")][QStringLiteral("id")]
                .toInteger();
        QJsonObject served;
        QVERIFY(QTest::qWaitFor(
            [&] {
                served = kit.served(m);
                return served[QStringLiteral("status")].toString() == QLatin1String("failed");
            },
            8000));
        QCOMPARE(served[QStringLiteral("error")][QStringLiteral("code")].toInt(), 131053);
        QVERIFY(!served[QStringLiteral("error")][QStringLiteral("details")].toString().isEmpty());
        kit.sim().clearFaults();
    }

    void mediaByLinkGoesAsIs()
    {
        const test::HttpResult r = send(
            QStringLiteral("document"),
            QJsonObject{{QStringLiteral("link"), QStringLiteral("https://example.com/manual.pdf")},
                        {QStringLiteral("filename"), QStringLiteral("manual.pdf")}});
        QCOMPARE(r.status, 202);
        const QJsonObject body =
            graphBodyOf(r.json()[QStringLiteral("message")][QStringLiteral("id")].toInteger());
        QCOMPARE(body, graphBody(QStringLiteral("document"),
                                 QJsonObject{
                                     {QStringLiteral("link"),
                                      QStringLiteral("https://example.com/manual.pdf")},
                                     {QStringLiteral("filename"), QStringLiteral("manual.pdf")}}));
    }
};

QTEST_GUILESS_MAIN(TestMediaUpload)
#include "tst_media_upload.moc"
