// SPDX-License-Identifier: GPL-3.0-or-later
// Customers' files: fetched from the simulator right after ingest, checked, kept by digest,
// retried through Meta's faults, failed visibly, served to signed-in agents with safe headers.
#include "MediaTestKit.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace recado;
using metasim::MediaFault;

class TestMedia : public QObject
{
    Q_OBJECT

    test::MediaKit kit;
    int customer = 0;

    QString nextCustomer()
    {
        return QStringLiteral("52155500%1").arg(++customer, 4, 10, QLatin1Char('0'));
    }

    //! A customer sends a media message; returns (relay message id, media id at the simulator).
    QJsonObject lastSent; //!< the message object of the last sendMedia() webhook

    QPair<qint64, QString> sendMedia(const QJsonObject &spec, MediaFault fault = MediaFault::None,
                                     int count = 1)
    {
        const QString wamid =
            kit.sim().sendCustomerMessage(nextCustomer(), spec, QStringLiteral("Cliente"));
        const QJsonObject sent = kit.lastWebhookMessage();
        lastSent = sent;
        const QString kind = spec[QStringLiteral("type")].toString();
        const QString mediaId = sent[kind][QStringLiteral("id")].toString();
        // The webhook is still on its way: the fault is in place before the relay asks.
        if (fault != MediaFault::None)
            kit.sim().setMediaFault(mediaId, fault, count);
        return {kit.messageId(wamid), mediaId};
    }

    QString digestHex(const QByteArray &bytes)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

    //! Posts a webhook in Meta's format for a media object the simulator holds.
    qint64 postMediaWebhook(const QString &kind, const QJsonObject &object, qint64 timestamp)
    {
        static int n = 0;
        const QString wamid = QStringLiteral("wamid.raw-media-%1").arg(++n);
        const QString from = nextCustomer();
        const QJsonObject value{
            {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550001111")},
                         {QStringLiteral("phone_number_id"),
                          QString::fromLatin1(test::RelayFixture::kPhoneNumberId)}}},
            {QStringLiteral("contacts"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("profile"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("Cliente")}}},
                             {QStringLiteral("wa_id"), from}}}},
            {QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("from"), from},
                                    {QStringLiteral("id"), wamid},
                                    {QStringLiteral("timestamp"), QString::number(timestamp)},
                                    {QStringLiteral("type"), kind},
                                    {kind, object}}}}};
        kit.sim().postWebhook(QJsonObject{
            {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), QString::fromLatin1(test::RelayFixture::kWabaId)},
                 {QStringLiteral("changes"),
                  QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                         {QStringLiteral("value"), value}}}}}}}});
        return kit.messageId(wamid);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(kit.start()); }

    void everyMediaKindIsFetchedStoredAndServed_data()
    {
        QTest::addColumn<QJsonObject>("spec");
        QTest::addColumn<bool>("attachment");
        auto o = [](const char *json) { return QJsonDocument::fromJson(json).object(); };
        QTest::newRow("image") << o(R"({"type":"image","caption":"La lavadora"})") << false;
        QTest::newRow("video") << o(R"({"type":"video","caption":"Hace este ruido"})") << false;
        QTest::newRow("voice note") << o(R"({"type":"audio","voice":true})") << false;
        QTest::newRow("document")
            << o(R"({"type":"document","filename":"recibo marzo.pdf","caption":"Mi recibo"})")
            << true;
        QTest::newRow("sticker") << o(R"({"type":"sticker"})") << false;
    }

    void everyMediaKindIsFetchedStoredAndServed()
    {
        QFETCH(QJsonObject, spec);
        QFETCH(bool, attachment);
        const qint64 seq = kit.lastSeq();
        const auto [id, mediaId] = sendMedia(spec);
        QVERIFY(id);
        const metasim::MediaObject *original = kit.sim().media(mediaId);
        QVERIFY(original);

        const QJsonObject m = kit.waitMedia(id, QStringLiteral("ready"));
        const QJsonObject media = m[QStringLiteral("media")].toObject();
        QCOMPARE(media[QStringLiteral("status")].toString(), QStringLiteral("ready"));
        QCOMPARE(media[QStringLiteral("sha256")].toString(), digestHex(original->bytes));
        QCOMPARE(media[QStringLiteral("size")].toInteger(), original->bytes.size());
        QCOMPARE(media[QStringLiteral("mime_type")].toString(), original->mimeType);
        QCOMPARE(media[QStringLiteral("url")].toString(), QStringLiteral("/api/media/%1").arg(id));
        QVERIFY(!media.contains(QStringLiteral("error")));

        // Content-addressed under the data dir: media/ab/cdef...
        const QString digest = digestHex(original->bytes);
        QFile file(kit.fx.dataDir() + QStringLiteral("/media/") + digest.left(2) +
                   QLatin1Char('/') + digest.mid(2));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), original->bytes);

        // The content Meta sent is still all there.
        const QString kind = spec[QStringLiteral("type")].toString();
        QCOMPARE(m[QStringLiteral("content")][kind][QStringLiteral("id")].toString(), mediaId);
        QCOMPARE(m[QStringLiteral("content")].toObject(), lastSent);
        if (spec.contains(QStringLiteral("caption")))
            QVERIFY(m[QStringLiteral("text")].toString().endsWith(
                spec[QStringLiteral("caption")].toString()));

        // message.new said pending, message.updated says ready.
        const auto updates = kit.eventsFor(seq, QStringLiteral("message.updated"), id);
        QVERIFY(!updates.isEmpty());
        QCOMPARE(updates
                     .last()[QStringLiteral("payload")][QStringLiteral("message")]
                            [QStringLiteral("media")][QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("ready"));
        const auto news = kit.eventsFor(seq, QStringLiteral("message.new"), id);
        QCOMPARE(news.size(), 1);
        QCOMPARE(news.first()[QStringLiteral("payload")][QStringLiteral("message")]
                             [QStringLiteral("media")][QStringLiteral("status")]
                                 .toString(),
                 QStringLiteral("pending"));

        const test::HttpResult r = kit.api->get(QStringLiteral("/api/media/%1").arg(id));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, original->bytes);
        QCOMPARE(r.header("Content-Type"), original->mimeType.toLatin1());
        QCOMPARE(r.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QVERIFY(r.header("Content-Security-Policy").contains("sandbox"));
        const QByteArray disposition = r.header("Content-Disposition");
        QCOMPARE(disposition.startsWith("attachment"), attachment);
        if (kind == QLatin1String("document")) {
            QVERIFY(disposition.contains("filename=\"recibo marzo.pdf\""));
            QVERIFY(disposition.contains("filename*=UTF-8''recibo%20marzo.pdf"));
        }
        // Unchanged file: the client's cached copy is still good.
        const test::HttpResult again =
            kit.api->request("GET", QStringLiteral("/api/media/%1").arg(id), {},
                             {{"If-None-Match", r.header("ETag")}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
    }

    void mediaNeedsASignedInAgent()
    {
        const auto [id, mediaId] =
            sendMedia(QJsonObject{{QStringLiteral("type"), QStringLiteral("image")}});
        kit.waitMedia(id, QStringLiteral("ready"));
        QCOMPARE(kit.anon->get(QStringLiteral("/api/media/%1").arg(id)).status, 401);
        test::HttpClient forged(kit.fx.relayUrl());
        forged.setToken(QStringLiteral("not-a-token"));
        QCOMPARE(forged.get(QStringLiteral("/api/media/%1").arg(id)).status, 401);
        QCOMPARE(kit.api->get(QStringLiteral("/api/media/999999")).status, 404);
        // A text message has no file.
        const qint64 text = kit.customerSends(
            nextCustomer(), QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                        {QStringLiteral("body"), QStringLiteral("hola")}});
        QCOMPARE(kit.api->get(QStringLiteral("/api/media/%1").arg(text)).status, 404);
    }

    void corruptDownloadIsRetriedUntilItMatches()
    {
        const qint64 seq = kit.lastSeq();
        const auto [id, mediaId] =
            sendMedia(QJsonObject{{QStringLiteral("type"), QStringLiteral("image")}},
                      MediaFault::CorruptBytes);
        // Same length, flipped bits: only the digest tells; the relay keeps trying.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return kit.served(id)[QStringLiteral("media")][QStringLiteral("attempts")]
                           .toInt() >= 2;
            },
            8000));
        QJsonObject media = kit.served(id)[QStringLiteral("media")].toObject();
        QCOMPARE(media[QStringLiteral("status")].toString(), QStringLiteral("pending"));
        QVERIFY2(media[QStringLiteral("error")].toString().contains(QStringLiteral("SHA-256")),
                 qPrintable(media[QStringLiteral("error")].toString()));
        QCOMPARE(kit.api->get(QStringLiteral("/api/media/%1").arg(id)).status, 409);
        // The first hiccup was announced so a client can say why the file is late.
        QVERIFY(!kit.eventsFor(seq, QStringLiteral("message.updated"), id).isEmpty());

        kit.sim().setMediaFault(mediaId, MediaFault::None);
        media = kit.waitMedia(id, QStringLiteral("ready"))[QStringLiteral("media")].toObject();
        QCOMPARE(media[QStringLiteral("status")].toString(), QStringLiteral("ready"));
        QVERIFY(media[QStringLiteral("attempts")].toInt() >= 3);
        QCOMPARE(kit.api->get(QStringLiteral("/api/media/%1").arg(id)).body,
                 kit.sim().media(mediaId)->bytes);
    }

    void wrongAdvertisedHashIsRetried()
    {
        const auto [id, mediaId] =
            sendMedia(QJsonObject{{QStringLiteral("type"), QStringLiteral("document")}},
                      MediaFault::WrongSha256);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return kit.served(id)[QStringLiteral("media")][QStringLiteral("attempts")]
                           .toInt() >= 2;
            },
            8000));
        QCOMPARE(kit.served(id)[QStringLiteral("media")][QStringLiteral("status")].toString(),
                 QStringLiteral("pending"));
        kit.sim().setMediaFault(mediaId, MediaFault::None);
        const QJsonObject m = kit.waitMedia(id, QStringLiteral("ready"));
        QCOMPARE(m[QStringLiteral("media")][QStringLiteral("sha256")].toString(),
                 digestHex(kit.sim().media(mediaId)->bytes));
    }

    void serverErrorsThenSuccess()
    {
        const auto [id, mediaId] =
            sendMedia(QJsonObject{{QStringLiteral("type"), QStringLiteral("audio")}},
                      MediaFault::ServerError, 2);
        const QJsonObject m = kit.waitMedia(id, QStringLiteral("ready"));
        QCOMPARE(m[QStringLiteral("media")][QStringLiteral("status")].toString(),
                 QStringLiteral("ready"));
        QCOMPARE(m[QStringLiteral("media")][QStringLiteral("attempts")].toInt(), 3);
        QCOMPARE(kit.api->get(QStringLiteral("/api/media/%1").arg(id)).body,
                 kit.sim().media(mediaId)->bytes);
    }

    void graphOutageOnLookupIsRetried()
    {
        metasim::Fault outage;
        outage.path = QStringLiteral("*");
        outage.method = "GET";
        outage.count = 2;
        outage.httpStatus = 503;
        kit.sim().injectFault(outage);
        const auto [id, mediaId] =
            sendMedia(QJsonObject{{QStringLiteral("type"), QStringLiteral("image")}});
        const QJsonObject m = kit.waitMedia(id, QStringLiteral("ready"));
        QCOMPARE(m[QStringLiteral("media")][QStringLiteral("status")].toString(),
                 QStringLiteral("ready"));
        QVERIFY(m[QStringLiteral("media")][QStringLiteral("attempts")].toInt() >= 2);
        kit.sim().clearFaults();
    }

    void expiredMediaIdFailsVisibly()
    {
        const qint64 seq = kit.lastSeq();
        const auto [id, mediaId] = sendMedia(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("video")}}, MediaFault::Expired);
        const QJsonObject m = kit.waitMedia(id, QStringLiteral("failed"));
        const QJsonObject media = m[QStringLiteral("media")].toObject();
        QCOMPARE(media[QStringLiteral("status")].toString(), QStringLiteral("failed"));
        QCOMPARE(media[QStringLiteral("attempts")].toInt(), 1); // permanent: not retried
        QVERIFY2(media[QStringLiteral("error")].toString().contains(
                     QStringLiteral("no longer has this file")),
                 qPrintable(media[QStringLiteral("error")].toString()));
        const auto updates = kit.eventsFor(seq, QStringLiteral("message.updated"), id);
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates
                     .first()[QStringLiteral("payload")][QStringLiteral("message")]
                             [QStringLiteral("media")][QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("failed"));
        const test::HttpResult r = kit.api->get(QStringLiteral("/api/media/%1").arg(id));
        QCOMPARE(r.status, 410);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("message")].toString(),
                 media[QStringLiteral("error")].toString());
    }

    void retriesStopWhenMetaHasForgottenTheFile()
    {
        // A webhook for a photo sent 8 days ago: one attempt, then nothing can succeed any more.
        const QByteArray png("\x89PNG\r\n\x1a\n not really a picture");
        const QString mediaId = kit.sim().addMedia(png, QStringLiteral("image/png"));
        kit.sim().setMediaFault(mediaId, MediaFault::ServerError, 100);
        const qint64 id = postMediaWebhook(
            QStringLiteral("image"),
            QJsonObject{{QStringLiteral("id"), mediaId},
                        {QStringLiteral("mime_type"), QStringLiteral("image/png")}},
            QDateTime::currentSecsSinceEpoch() - 8 * 24 * 3600);
        QVERIFY(id);
        const QJsonObject media =
            kit.waitMedia(id, QStringLiteral("failed"))[QStringLiteral("media")].toObject();
        QCOMPARE(media[QStringLiteral("status")].toString(), QStringLiteral("failed"));
        QVERIFY2(media[QStringLiteral("error")].toString().contains(QStringLiteral("7 days")),
                 qPrintable(media[QStringLiteral("error")].toString()));
    }

    void pendingDownloadSurvivesARestart()
    {
        const auto [id, mediaId] =
            sendMedia(QJsonObject{{QStringLiteral("type"), QStringLiteral("image")}},
                      MediaFault::ServerError, 1000);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return kit.served(id)[QStringLiteral("media")][QStringLiteral("attempts")]
                           .toInt() >= 1;
            },
            8000));
        QVERIFY(kit.fx.restartRelay());
        kit.sim().setMediaFault(mediaId, MediaFault::None);
        const QJsonObject m = kit.waitMedia(id, QStringLiteral("ready"));
        QCOMPARE(m[QStringLiteral("media")][QStringLiteral("status")].toString(),
                 QStringLiteral("ready"));
    }

    void sameFileIsStoredOnce()
    {
        const auto [first, mediaId] =
            sendMedia(QJsonObject{{QStringLiteral("type"), QStringLiteral("document")},
                                  {QStringLiteral("pdf_text"), QStringLiteral("Folio fijo 42")}});
        const QByteArray bytes = kit.sim().media(mediaId)->bytes;
        const QString again = kit.sim().addMedia(bytes, QStringLiteral("application/pdf"),
                                                 QStringLiteral("copia.pdf"));
        const qint64 second = postMediaWebhook(
            QStringLiteral("document"),
            QJsonObject{{QStringLiteral("id"), again},
                        {QStringLiteral("mime_type"), QStringLiteral("application/pdf")},
                        {QStringLiteral("filename"), QStringLiteral("copia.pdf")}},
            QDateTime::currentSecsSinceEpoch());
        const QJsonObject a = kit.waitMedia(first, QStringLiteral("ready"));
        const QJsonObject b = kit.waitMedia(second, QStringLiteral("ready"));
        QCOMPARE(a[QStringLiteral("media")][QStringLiteral("sha256")],
                 b[QStringLiteral("media")][QStringLiteral("sha256")]);
        const QString digest = b[QStringLiteral("media")][QStringLiteral("sha256")].toString();
        QDir dir(kit.fx.dataDir() + QStringLiteral("/media/") + digest.left(2));
        QCOMPARE(dir.entryList(QDir::Files).count(digest.mid(2)), 1);
        // Each message keeps its own name.
        QVERIFY(kit.api->get(QStringLiteral("/api/media/%1").arg(second))
                    .header("Content-Disposition")
                    .contains("copia.pdf"));
    }

    void nothingACustomerSendsIsServedAsAPage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("html document") << QStringLiteral("document") << QStringLiteral("text/html")
                                       << QByteArray("<html><script>alert(1)</script></html>");
        QTest::newRow("svg as image")
            << QStringLiteral("image") << QStringLiteral("image/svg+xml")
            << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        QTest::newRow("javascript")
            << QStringLiteral("document") << QStringLiteral("application/javascript")
            << QByteArray("alert(1)");
    }

    void nothingACustomerSendsIsServedAsAPage()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mime);
        QFETCH(QByteArray, bytes);
        const QString mediaId = kit.sim().addMedia(bytes, mime, QStringLiteral("x.html"));
        const qint64 id = postMediaWebhook(
            kind, QJsonObject{{QStringLiteral("id"), mediaId}, {QStringLiteral("mime_type"), mime}},
            QDateTime::currentSecsSinceEpoch());
        kit.waitMedia(id, QStringLiteral("ready"));
        const test::HttpResult r = kit.api->get(QStringLiteral("/api/media/%1").arg(id));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, bytes);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/octet-stream"));
        QVERIFY(r.header("Content-Disposition").startsWith("attachment"));
        QCOMPARE(r.header("X-Content-Type-Options"), QByteArray("nosniff"));
    }
};

QTEST_GUILESS_MAIN(TestMedia)
#include "tst_media.moc"
