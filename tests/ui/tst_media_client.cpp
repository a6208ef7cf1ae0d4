// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop client and every WhatsApp message kind, against a real relay and Meta simulator
// on loopback: the simulator's customer sends each inbound kind and the client's cache and
// thread model carry every field (media bytes arrive through the client's loader, thumbnails
// are decoded); the agent sends a photo and a document with captions, a location, a contact
// card, reply buttons, a list, a reaction and a quoted reply, and each reaches the simulator as
// the right Graph payload; a file WhatsApp would refuse is refused in the client with a clear
// message and nothing is sent.
#include "core/sync/LocalCache.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"
#include "ui/ComposerEdit.h"
#include "ui/ComposerWidget.h"
#include "ui/MainWindow.h"
#include "ui/MessageActions.h"
#include "ui/OutgoingContent.h"
#include "ui/ThreadModel.h"
#include "ui/media/MediaContext.h"
#include "ui/media/MediaLoader.h"
#include "ui/media/ThumbnailCache.h"

#include "tests/support/RelayFixture.h"
#include "tools/metasim/MetaSimulator.h"
#include "tools/metasim/SampleMedia.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace recado;
using namespace recado::domain;
using recado::sync::CachedMessage;
using recado::sync::SyncEngine;
using recado::ui::ThreadModel;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 15000;
const QString kCustomer = QStringLiteral("5215544447777");

QJsonObject spec(std::initializer_list<std::pair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &f : fields)
        o.insert(f.first, f.second);
    return o;
}
} // namespace

class TestMediaClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_fx = std::make_unique<test::RelayFixture>();
        QVERIFY(m_fx->start());
        QVERIFY(
            m_fx->createUser(QStringLiteral("ana"), Role::Agent, QStringLiteral("ana-password")));
        m_token = m_fx->login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QVERIFY(!m_token.isEmpty());
        m_cachePath = m_dir.filePath(QStringLiteral("media-%1.sqlite").arg(++m_n));
    }
    void cleanup()
    {
        m_window.reset();
        m_engine.reset();
        m_fx.reset();
    }

    void everyInboundKindReachesCacheAndThread()
    {
        startClient();
        auto *sim = m_fx->simulator();
        const QString hello = say(spec({{u"type"_s, u"text"_s}, {u"body"_s, u"Hola"_s}}));
        const QString image =
            say(spec({{u"type"_s, u"image"_s}, {u"caption"_s, u"Así se ve la fuga"_s}}));
        const QString video = say(spec({{u"type"_s, u"video"_s}, {u"caption"_s, u"El ruido"_s}}));
        const QString voice = say(spec({{u"type"_s, u"audio"_s}, {u"voice"_s, true}}));
        const QString document = say(spec({{u"type"_s, u"document"_s},
                                           {u"filename"_s, u"comprobante.pdf"_s},
                                           {u"caption"_s, u"Mi comprobante"_s}}));
        const QString sticker = say(spec({{u"type"_s, u"sticker"_s}}));
        const QString location = say(spec({{u"type"_s, u"location"_s},
                                           {u"latitude"_s, 19.4326},
                                           {u"longitude"_s, -99.1332},
                                           {u"location_name"_s, u"Casa"_s},
                                           {u"address"_s, u"Av. Reforma 222, CDMX"_s}}));
        const QString contact = say(spec({{u"type"_s, u"contacts"_s},
                                          {u"formatted_name"_s, u"Roberto Díaz"_s},
                                          {u"phone"_s, u"+5215512345678"_s}}));
        const QString buttonReply = say(spec(
            {{u"type"_s, u"interactive"_s}, {u"id"_s, u"yes"_s}, {u"title"_s, u"Sí, confirmo"_s}}));
        const QString listReply = say(spec({{u"type"_s, u"interactive"_s},
                                            {u"reply_type"_s, u"list_reply"_s},
                                            {u"id"_s, u"mon"_s},
                                            {u"title"_s, u"Lunes 9:00"_s},
                                            {u"description"_s, u"Técnico Luis"_s}}));
        const QString quick = say(spec({{u"type"_s, u"button"_s},
                                        {u"text"_s, u"Reagendar"_s},
                                        {u"payload"_s, u"RESCHEDULE"_s}}));
        const QString quote = say(spec(
            {{u"type"_s, u"text"_s}, {u"body"_s, u"Esta es la foto"_s}, {u"reply_to"_s, image}}));
        const QString forwarded = say(
            spec({{u"type"_s, u"text"_s}, {u"body"_s, u"Mira esto"_s}, {u"forwarded"_s, true}}));
        const QString fromAd = say(
            spec({{u"type"_s, u"text"_s}, {u"body"_s, u"Vi su anuncio"_s}, {u"referral"_s, true}}));
        const QString order = say(spec({{u"type"_s, u"order"_s}}));
        const QString unsupported =
            say(spec({{u"type"_s, u"unsupported"_s}, {u"unsupported_type"_s, u"poll"_s}}));
        QVERIFY(!hello.isEmpty() && !unsupported.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(sim->pendingWebhooks(), 0, kWait);
        const qint64 conv = conversationId();
        QVERIFY(conv != 0);

        // Reactions: added, changed, removed; each shows on the message it belongs to.
        m_window->openConversation(conv);
        ThreadModel *thread = m_window->threadModel();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(thread, unsupported) >= 0, kWait);
        say(spec({{u"type"_s, u"reaction"_s}, {u"message_id"_s, hello}, {u"emoji"_s, u"👍"_s}}));
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(thread, hello, ThreadModel::ReactionsRole).toString(),
                                  u"👍"_s, kWait);
        say(spec(
            {{u"type"_s, u"reaction"_s}, {u"message_id"_s, hello}, {u"emoji"_s, u"❤️"_s}}));
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(thread, hello, ThreadModel::ReactionsRole).toString(),
                                  u"❤️"_s, kWait);
        say(spec({{u"type"_s, u"reaction"_s}, {u"message_id"_s, hello}, {u"emoji"_s, u""_s}}));
        QTRY_VERIFY_WITH_TIMEOUT(
            roleOf(thread, hello, ThreadModel::ReactionsRole).toString().isEmpty(), kWait);
        // Reaction messages are not rows of their own.
        for (int r = 0; r < thread->rowCount(); ++r)
            QVERIFY(thread->messageAt(r)->message.kind != QLatin1String("reaction"));

        // Every media file becomes ready on the relay and its record reaches the cache.
        for (const QString &w : {image, video, voice, document, sticker})
            QTRY_COMPARE_WITH_TIMEOUT(cached(w).message.media.value(u"status"_s).toString(),
                                      u"ready"_s, kWait);

        // Every field, from the cache.
        const Message img = cached(image).message;
        QCOMPARE(img.kind, u"image"_s);
        QCOMPARE(img.content.value(u"image"_s).toObject().value(u"caption"_s).toString(),
                 u"Así se ve la fuga"_s);
        QCOMPARE(img.media.value(u"mime_type"_s).toString(), u"image/jpeg"_s);
        QCOMPARE(roleOf(thread, image, ThreadModel::BodyRole).toString(), u"Así se ve la fuga"_s);
        QVERIFY(roleOf(thread, image, ThreadModel::HasCardRole).toBool());
        QVERIFY(
            cached(voice).message.content.value(u"audio"_s).toObject().value(u"voice"_s).toBool());
        QCOMPARE(cached(document).message.media.value(u"filename"_s).toString(),
                 u"comprobante.pdf"_s);
        QCOMPARE(cached(sticker).message.kind, u"sticker"_s);
        const QJsonObject loc = cached(location).message.content.value(u"location"_s).toObject();
        QCOMPARE(loc.value(u"latitude"_s).toDouble(), 19.4326);
        QCOMPARE(loc.value(u"address"_s).toString(), u"Av. Reforma 222, CDMX"_s);
        const QJsonObject card =
            cached(contact).message.content.value(u"contacts"_s).toArray().first().toObject();
        QCOMPARE(card.value(u"name"_s).toObject().value(u"formatted_name"_s).toString(),
                 u"Roberto Díaz"_s);
        QCOMPARE(card.value(u"phones"_s).toArray().first().toObject().value(u"phone"_s).toString(),
                 u"+5215512345678"_s);
        QCOMPARE(cached(buttonReply)
                     .message.content.value(u"interactive"_s)
                     .toObject()
                     .value(u"button_reply"_s)
                     .toObject()
                     .value(u"title"_s)
                     .toString(),
                 u"Sí, confirmo"_s);
        QCOMPARE(cached(listReply)
                     .message.content.value(u"interactive"_s)
                     .toObject()
                     .value(u"list_reply"_s)
                     .toObject()
                     .value(u"description"_s)
                     .toString(),
                 u"Técnico Luis"_s);
        QCOMPARE(cached(quick)
                     .message.content.value(u"button"_s)
                     .toObject()
                     .value(u"payload"_s)
                     .toString(),
                 u"RESCHEDULE"_s);
        QCOMPARE(cached(quote).message.replyToWamid, image);
        QVERIFY(roleOf(thread, quote, ThreadModel::QuoteRole).toString().contains(u"Photo"_s));
        QVERIFY(cached(forwarded).message.forwarded);
        QCOMPARE(roleOf(thread, forwarded, ThreadModel::ForwardedRole).toString(), u"Forwarded"_s);
        QVERIFY(cached(fromAd)
                    .message.content.value(u"referral"_s)
                    .toObject()
                    .contains(u"source_url"_s));
        QVERIFY(roleOf(thread, fromAd, ThreadModel::HasCardRole).toBool());
        QVERIFY(!cached(order)
                     .message.content.value(u"order"_s)
                     .toObject()
                     .value(u"product_items"_s)
                     .toArray()
                     .isEmpty());
        QCOMPARE(cached(unsupported).message.errorCode, 131051);

        // The media loader brings the bytes the relay verified; thumbnails get decoded.
        ui::MediaContext *media = m_window->messageActions()->media();
        const Message imgNow = cached(image).message;
        QImage thumb = media->thumbnail(imgNow, QSize(280, 210), true);
        QTRY_VERIFY_WITH_TIMEOUT(
            !(thumb = media->thumbnail(imgNow, QSize(280, 210), true)).isNull(), kWait);
        QCOMPARE(thumb.deviceIndependentSize().toSize(), QSize(280, 210));
        QFile file(media->loader()->localFile(imgNow));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()),
                 imgNow.media.value(u"sha256"_s).toString());
        const Message voiceNow = cached(voice).message;
        media->durationMs(voiceNow);
        QTRY_VERIFY_WITH_TIMEOUT(!media->loader()->localFile(voiceNow).isEmpty(), kWait);
        // The simulator's voice notes are 25 to 74 Opus frames of 20 ms.
        const qint64 ms = media->durationMs(voiceNow);
        QVERIFY2(ms >= 500 && ms <= 1480 && ms % 20 == 0, qPrintable(QString::number(ms)));

        // The system message last: it moves the customer to a new number.
        say(spec({{u"type"_s, u"system"_s}, {u"new_wa_id"_s, u"5215599990000"_s}}));
        QTRY_VERIFY_WITH_TIMEOUT(lastKind() == QLatin1String("system"), kWait);

        // Offline after a restart, the thread renders from the cache alone: same kinds,
        // content, media records and reactions.
        const QList<CachedMessage> before = m_engine->messages(conv, std::nullopt, 100);
        m_window.reset();
        m_engine.reset();
        SyncEngine offline;
        QVERIFY(offline.openCache(m_cachePath));
        const QList<CachedMessage> after = offline.messages(conv, std::nullopt, 100);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].message.kind, before[i].message.kind);
            QCOMPARE(after[i].message.content, before[i].message.content);
            QCOMPARE(after[i].message.media, before[i].message.media);
            QCOMPARE(after[i].message.reactions, before[i].message.reactions);
        }
    }

    void agentSendsEveryKind()
    {
        startClient();
        auto *sim = m_fx->simulator();
        const QString hello = say(spec({{u"type"_s, u"text"_s}, {u"body"_s, u"Hola"_s}}));
        QTRY_COMPARE_WITH_TIMEOUT(sim->pendingWebhooks(), 0, kWait);
        const qint64 conv = conversationId();
        m_window->openConversation(conv);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(m_window->threadModel(), hello) >= 0, kWait);
        ui::MessageActions *actions = m_window->messageActions();

        QImage photo(640, 480, QImage::Format_RGB32);
        photo.fill(QColor(0x1a, 0x9e, 0x5c));
        const QString jpg = m_dir.filePath(u"fuga.jpg"_s);
        QVERIFY(photo.save(jpg, "JPG"));
        const QString pdf = m_dir.filePath(u"cotizacion.pdf"_s);
        writeFile(pdf, metasim::SampleMedia::pdf(u"Cotización"_s, {u"Total $1,200"_s}));

        QVERIFY(actions->sendFile(jpg, u"Así quedó la reparación"_s).isEmpty());
        QVERIFY(actions->sendFile(pdf, u"Su cotización"_s).isEmpty());
        QVERIFY(actions->sendContent(
            u"location"_s, ui::OutgoingContent::location(19.4326, -99.1332, u"Centro de servicio"_s,
                                                         u"Av. Juárez 10"_s)));
        QVERIFY(actions->sendContent(
            u"contacts"_s, ui::OutgoingContent::contact(u"Luis Técnico"_s, {u"+5215512340000"_s})));
        QVERIFY(actions->sendContent(
            u"interactive"_s,
            ui::OutgoingContent::buttons(u"¿Confirma la visita?"_s, {u"Sí"_s, u"No"_s})));
        QVERIFY(actions->sendContent(
            u"interactive"_s, ui::OutgoingContent::list(u"Elija un horario"_s, u"Ver horarios"_s,
                                                        {{u"Lunes 9:00"_s, u"Técnico Luis"_s},
                                                         {u"Martes 14:00"_s, QString()}})));
        const CachedMessage target = cached(hello);
        QVERIFY(actions->react(target, u"👍"_s));
        // A quoted reply through the composer, as the agent writes it.
        QVERIFY(actions->setReplyTo(target));
        QVERIFY(m_window->findChild<QWidget *>(u"replyBar"_s)->isVisibleTo(m_window.get()));
        m_window->composer()->editor()->setPlainText(u"Claro, con gusto"_s);
        QTest::keyClick(m_window->composer()->editor(), Qt::Key_Return);

        QTRY_COMPARE_WITH_TIMEOUT(sim->sentMessages().size(), 8, kWait);
        QHash<QString, QList<QJsonObject>> byType;
        for (const auto &s : sim->sentMessages())
            byType[s.type].append(s.body);
        const QJsonObject img = byType.value(u"image"_s).value(0).value(u"image"_s).toObject();
        QCOMPARE(img.value(u"caption"_s).toString(), u"Así quedó la reparación"_s);
        QVERIFY(!img.value(u"id"_s).toString().isEmpty()); // uploaded to Meta, sent by id
        const QJsonObject doc =
            byType.value(u"document"_s).value(0).value(u"document"_s).toObject();
        QCOMPARE(doc.value(u"filename"_s).toString(), u"cotizacion.pdf"_s);
        QCOMPARE(doc.value(u"caption"_s).toString(), u"Su cotización"_s);
        QVERIFY(!doc.value(u"id"_s).toString().isEmpty());
        QCOMPARE(sim->uploadedMedia().size(), 2);
        const QJsonObject loc =
            byType.value(u"location"_s).value(0).value(u"location"_s).toObject();
        QCOMPARE(loc.value(u"latitude"_s).toDouble(), 19.4326);
        QCOMPARE(loc.value(u"name"_s).toString(), u"Centro de servicio"_s);
        const QJsonObject person =
            byType.value(u"contacts"_s).value(0).value(u"contacts"_s).toArray().first().toObject();
        QCOMPARE(person.value(u"name"_s).toObject().value(u"formatted_name"_s).toString(),
                 u"Luis Técnico"_s);
        QCOMPARE(byType.value(u"interactive"_s).size(), 2);
        const QJsonObject buttons =
            byType.value(u"interactive"_s).at(0).value(u"interactive"_s).toObject();
        QCOMPARE(buttons.value(u"type"_s).toString(), u"button"_s);
        QCOMPARE(buttons.value(u"action"_s).toObject().value(u"buttons"_s).toArray().size(), 2);
        const QJsonObject list =
            byType.value(u"interactive"_s).at(1).value(u"interactive"_s).toObject();
        QCOMPARE(list.value(u"type"_s).toString(), u"list"_s);
        QCOMPARE(list.value(u"action"_s)
                     .toObject()
                     .value(u"sections"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"rows"_s)
                     .toArray()
                     .size(),
                 2);
        const QJsonObject reaction =
            byType.value(u"reaction"_s).value(0).value(u"reaction"_s).toObject();
        QCOMPARE(reaction.value(u"message_id"_s).toString(), hello);
        QCOMPARE(reaction.value(u"emoji"_s).toString(), u"👍"_s);
        const QJsonObject replied = byType.value(u"text"_s).value(0);
        QCOMPARE(replied.value(u"text"_s).toObject().value(u"body"_s).toString(),
                 u"Claro, con gusto"_s);
        QCOMPARE(replied.value(u"context"_s).toObject().value(u"message_id"_s).toString(), hello);
        QVERIFY(!m_window->findChild<QWidget *>(u"replyBar"_s)->isVisibleTo(m_window.get()));
        // Our reaction shows under the customer's message; the outbox is empty again.
        QTRY_COMPARE_WITH_TIMEOUT(
            roleOf(m_window->threadModel(), hello, ThreadModel::ReactionsRole).toString(), u"👍"_s,
            kWait);
        QCOMPARE(m_engine->outbox()->pendingCount(), 0);
        QCOMPARE(QDir(m_engine->outbox()->attachmentDir()).entryList(QDir::Files).size(), 0);
    }

    void refusedFilesAreNotSent()
    {
        startClient();
        auto *sim = m_fx->simulator();
        say(spec({{u"type"_s, u"text"_s}, {u"body"_s, u"Hola"_s}}));
        QTRY_COMPARE_WITH_TIMEOUT(sim->pendingWebhooks(), 0, kWait);
        m_window->openConversation(conversationId());
        ui::MessageActions *actions = m_window->messageActions();
        QSignalSpy failed(actions, &ui::MessageActions::failed);

        // A 6 MB PNG: too big for a photo.
        QByteArray big = metasim::SampleMedia::png();
        big.append(QByteArray(6 * 1024 * 1024, '\0'));
        const QString png = m_dir.filePath(u"huge.png"_s);
        writeFile(png, big);
        const QString tooBig = actions->sendFile(png, u"grande"_s);
        QVERIFY2(tooBig.contains(u"5 MB"_s) && tooBig.contains(u"image"_s), qPrintable(tooBig));
        // A web page: WhatsApp takes no HTML files.
        const QString html = m_dir.filePath(u"page.html"_s);
        writeFile(html, "<!DOCTYPE html><html><body>hi</body></html>");
        const QString wrongType = actions->sendFile(html, QString());
        QVERIFY2(wrongType.contains(u"text/html"_s), qPrintable(wrongType));
        // A caption on a voice note.
        const QString ogg = m_dir.filePath(u"nota.ogg"_s);
        writeFile(ogg, metasim::SampleMedia::oggOpus());
        QVERIFY(!actions->sendFile(ogg, u"escucha"_s).isEmpty());
        QCOMPARE(failed.size(), 3);
        QVERIFY(failed.first().first().toString().contains(u"huge.png"_s));

        QCOMPARE(m_engine->outbox()->pendingCount(), 0);
        QTest::qWait(300);
        QCOMPARE(sim->sentMessages().size(), 0);
        QCOMPARE(sim->uploadedMedia().size(), 0);
    }

private:
    void startClient()
    {
        m_engine = std::make_unique<SyncEngine>();
        QVERIFY(m_engine->openCache(m_cachePath));
        Agent me;
        me.username = QStringLiteral("ana");
        me.role = Role::Agent;
        m_engine->setAccount(m_fx->relayUrl(), m_token, me);
        m_window = std::make_unique<ui::MainWindow>(m_engine.get());
        m_window->resize(1200, 800);
        m_window->show();
        m_engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->connection(), SyncEngine::Connection::Live, kWait);
    }
    QString say(const QJsonObject &s)
    {
        return m_fx->simulator()->sendCustomerMessage(kCustomer, s, QStringLiteral("Carmen Ruiz"));
    }
    qint64 conversationId() const
    {
        sync::ConversationFilter all;
        all.status = std::nullopt;
        const auto list = m_engine->conversations(all, std::nullopt, 10);
        return list.isEmpty() ? 0 : list.first().id;
    }
    CachedMessage cached(const QString &wamid) const
    {
        for (const auto &m : m_engine->messages(conversationId(), std::nullopt, 200)) {
            if (m.message.wamid == wamid)
                return m;
        }
        return {};
    }
    QString lastKind() const
    {
        const auto page = m_engine->messages(conversationId(), std::nullopt, 1);
        return page.isEmpty() ? QString() : page.last().message.kind;
    }
    static int rowOf(ThreadModel *model, const QString &wamid)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->messageAt(r)->message.wamid == wamid)
                return r;
        }
        return -1;
    }
    static QVariant roleOf(ThreadModel *model, const QString &wamid, int role)
    {
        const int r = rowOf(model, wamid);
        return r < 0 ? QVariant() : model->index(r).data(role);
    }
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::RelayFixture> m_fx;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_token;
    QString m_cachePath;
    int m_n = 0;
};

QTEST_MAIN(TestMediaClient)
#include "tst_media_client.moc"
