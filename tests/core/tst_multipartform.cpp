// SPDX-License-Identifier: GPL-3.0-or-later
// multipart/form-data as the relay (agents' uploads) and the simulator (Graph media upload) read
// it.
#include "core/protocol/MultipartForm.h"

#include <QTest>

using recado::protocol::MultipartForm;

class MultipartFormTest : public QObject
{
    Q_OBJECT

    static QByteArray body(const QByteArray &boundary, const QByteArray &fileData)
    {
        return "--" + boundary +
               "\r\nContent-Disposition: form-data; name=\"messaging_product\"\r\n\r\nwhatsapp\r\n"
               "--" +
               boundary +
               "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"foto.jpg\"; "
               "filename*=UTF-8''fot%C3%B3 1.jpg\r\nContent-Type: image/jpeg\r\n\r\n" +
               fileData + "\r\n--" + boundary + "--\r\n";
    }

private Q_SLOTS:
    void partsWithNamesFilenamesTypesAndBinaryData()
    {
        // Binary data may contain CRLF and dashes; only CRLF + delimiter ends a part.
        const QByteArray data("\xFF\xD8\r\n--not-the-boundary\r\n\x00\x01", 26);
        QList<MultipartForm::Part> parts;
        QVERIFY(MultipartForm::parse("multipart/form-data; boundary=\"b0und\"", body("b0und", data),
                                     &parts));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0].name, QStringLiteral("messaging_product"));
        QCOMPARE(parts[0].data, QByteArray("whatsapp"));
        QCOMPARE(parts[1].name, QStringLiteral("file"));
        QCOMPARE(parts[1].filename, QStringLiteral("fotó 1.jpg")); // RFC 5987 form wins
        QCOMPARE(parts[1].contentType, QByteArray("image/jpeg"));
        QCOMPARE(parts[1].data, data);
    }

    void refusesWhatIsNotAWellFormedForm_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("payload");
        const QByteArray ok = body("xyz", "abc");
        QTest::newRow("not multipart") << QByteArray("application/json") << ok;
        QTest::newRow("no boundary") << QByteArray("multipart/form-data") << ok;
        QTest::newRow("other boundary") << QByteArray("multipart/form-data; boundary=zzz") << ok;
        QTest::newRow("no closing delimiter")
            << QByteArray("multipart/form-data; boundary=xyz") << ok.left(ok.size() - 10);
        QTest::newRow("headers never end")
            << QByteArray("multipart/form-data; boundary=xyz")
            << QByteArray("--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n");
    }

    void refusesWhatIsNotAWellFormedForm()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, payload);
        QList<MultipartForm::Part> parts;
        QVERIFY(!MultipartForm::parse(contentType, payload, &parts));
    }
};

QTEST_GUILESS_MAIN(MultipartFormTest)
#include "tst_multipartform.moc"
