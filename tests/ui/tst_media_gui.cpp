// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window, offscreen, showing a thread with every WhatsApp message kind (and a
// photo WhatsApp no longer has), in the light and the dark palette. Screenshots go to
// <build>/artifacts/screenshots/media-*.png. Also checks what the screenshots show: photos
// drawn from their thumbnails, the failure in words, and the attach button's dialogs.
#include "GuiTestKit.h"
#include "core/sync/LocalCache.h"
#include "core/sync/SyncEngine.h"
#include "ui/AttachmentDialog.h"
#include "ui/ComposerEdit.h"
#include "ui/ComposerWidget.h"
#include "ui/InteractiveDialog.h"
#include "ui/LocationDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageActions.h"
#include "ui/MessageDelegate.h"
#include "ui/OutgoingContent.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadView.h"
#include "ui/media/MediaContext.h"
#include "ui/media/MediaLoader.h"
#include "ui/media/ThumbnailCache.h"

#include "tests/support/RelayFixture.h"
#include "tools/metasim/MetaSimulator.h"
#include "tools/metasim/SampleMedia.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace recado;
using namespace recado::domain;
using namespace Qt::StringLiterals;
using recado::sync::SyncEngine;
using recado::ui::ThreadModel;

namespace {
constexpr int kWait = 15000;
const QString kCustomer = u"5215544447777"_s;

void screenshot(QWidget *w, const QString &name)
{
    QVERIFY2(test::saveScreenshot(w, name), qPrintable(name));
}

} // namespace

class TestMediaGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fx.start());
        QVERIFY(m_fx.createUser(u"ana"_s, Role::Agent, u"ana-password"_s));
        m_token = m_fx.login(u"ana"_s, u"ana-password"_s);
        m_engine = std::make_unique<SyncEngine>();
        QVERIFY(m_engine->openCache(m_dir.filePath(u"gui.sqlite"_s)));
        Agent me;
        me.username = u"ana"_s;
        me.role = Role::Agent;
        m_engine->setAccount(m_fx.relayUrl(), m_token, me);
        m_window = std::make_unique<ui::MainWindow>(m_engine.get());
        m_window->resize(1280, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->connection(), SyncEngine::Connection::Live, kWait);
    }

    void threadWithEveryKind()
    {
        auto *sim = m_fx.simulator();
        const QString hello = say({{u"type"_s, u"text"_s},
                                   {u"body"_s, u"Hola, vi su anuncio. Mi lavadora tira agua 😟"_s},
                                   {u"referral"_s, true}});
        const QString photo = say({{u"type"_s, u"image"_s},
                                   {u"mime_type"_s, u"image/png"_s},
                                   {u"caption"_s, u"Así se ve la fuga"_s}});
        say({{u"type"_s, u"video"_s}, {u"caption"_s, u"Hace este ruido"_s}});
        say({{u"type"_s, u"audio"_s}, {u"voice"_s, true}});
        say({{u"type"_s, u"document"_s},
             {u"filename"_s, u"comprobante_pago.pdf"_s},
             {u"caption"_s, u"Mi comprobante"_s}});
        say({{u"type"_s, u"sticker"_s}});
        // A photo whose media id Meta no longer has: a permanent failure, said in words.
        say({{u"type"_s, u"image"_s},
             {u"image"_s,
              QJsonObject{{u"id"_s, u"1555000111222333"_s},
                          {u"mime_type"_s, u"image/jpeg"_s},
                          {u"sha256"_s, u"47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="_s}}}});
        say({{u"type"_s, u"location"_s},
             {u"latitude"_s, 19.4326},
             {u"longitude"_s, -99.1332},
             {u"location_name"_s, u"Casa"_s},
             {u"address"_s, u"Av. Reforma 222, Juárez, CDMX"_s}});
        say({{u"type"_s, u"contacts"_s},
             {u"formatted_name"_s, u"Roberto Díaz (mi esposo)"_s},
             {u"phone"_s, u"+52 55 1234 5678"_s}});
        say({{u"type"_s, u"text"_s},
             {u"body"_s, u"Esta es la foto de la que le hablé"_s},
             {u"reply_to"_s, photo}});
        say({{u"type"_s, u"text"_s},
             {u"body"_s, u"Miren esta *oferta*: _solo hoy_, ~$999~ ```$499```"_s},
             {u"forwarded"_s, true}});
        say({{u"type"_s, u"order"_s}});
        say({{u"type"_s, u"unsupported"_s}, {u"unsupported_type"_s, u"poll"_s}});
        QTRY_COMPARE_WITH_TIMEOUT(sim->pendingWebhooks(), 0, kWait);
        const qint64 conv = conversationId();
        m_window->openConversation(conv);
        ThreadModel *thread = m_window->threadModel();
        QTRY_VERIFY_WITH_TIMEOUT(thread->rowCount() >= 13, kWait);

        // The agent answers with every kind it can send.
        ui::MessageActions *actions = m_window->messageActions();
        QImage picture(800, 600, QImage::Format_RGB32);
        picture.fill(QColor(0x3b, 0x6e, 0x8f));
        const QString jpg = m_dir.filePath(u"reparacion.jpg"_s);
        QVERIFY(picture.save(jpg, "JPG"));
        const QString pdf = m_dir.filePath(u"cotizacion_4471.pdf"_s);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(metasim::SampleMedia::pdf(u"Cotización"_s, {u"Total $1,200"_s}));
        f.close();
        QVERIFY(actions->sendFile(jpg, u"Así quedará después de la reparación"_s).isEmpty());
        QVERIFY(actions->sendFile(pdf, u"Su cotización"_s).isEmpty());
        QVERIFY(actions->sendContent(u"location"_s,
                                     ui::OutgoingContent::location(19.4270, -99.1677,
                                                                   u"Centro de servicio Recado"_s,
                                                                   u"Av. Juárez 10, CDMX"_s)));
        QVERIFY(actions->sendContent(
            u"contacts"_s,
            ui::OutgoingContent::contact(u"Luis Técnico"_s, {u"+52 55 1234 0000"_s})));
        QVERIFY(actions->sendContent(
            u"interactive"_s,
            ui::OutgoingContent::buttons(u"¿Confirma la visita de mañana a las 9:00?"_s,
                                         {u"Sí, confirmo"_s, u"Cambiar horario"_s},
                                         u"Visita técnica"_s, u"Recado Servicios"_s)));
        QVERIFY(actions->sendContent(
            u"interactive"_s,
            ui::OutgoingContent::list(u"Elija un horario para la visita"_s, u"Ver horarios"_s,
                                      {{u"Lunes 9:00"_s, u"Técnico Luis"_s},
                                       {u"Martes 14:00"_s, u"Técnica Ana"_s},
                                       {u"Miércoles 11:00"_s, QString()}})));
        QTRY_COMPARE_WITH_TIMEOUT(sim->sentMessages().size(), 6, kWait);
        // The customer taps, reacts, and the agent reacts back.
        const QString buttonsWamid = sim->sentMessages().at(4).wamid;
        say({{u"type"_s, u"interactive"_s},
             {u"id"_s, u"btn-1"_s},
             {u"title"_s, u"Sí, confirmo"_s},
             {u"reply_to"_s, buttonsWamid}});
        say({{u"type"_s, u"reaction"_s},
             {u"message_id"_s, sim->sentMessages().at(0).wamid},
             {u"emoji"_s, u"❤️"_s}});
        QTRY_COMPARE_WITH_TIMEOUT(sim->pendingWebhooks(), 0, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(row(hello) >= 0, kWait);
        QVERIFY(actions->react(*thread->messageAt(row(hello)), u"👍"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            !thread->index(row(hello)).data(ThreadModel::ReactionsRole).toString().isEmpty(),
            kWait);

        // The failed photo says why, on the message.
        ui::MediaContext *media = actions->media();
        QTRY_VERIFY_WITH_TIMEOUT(anyRowFailure(thread).contains(u"could not be downloaded"_s),
                                 kWait);

        // Scroll through: every row painted, its files loaded and its thumbnails decoded.
        auto *view = m_window->threadView();
        for (int pass = 0; pass < 3; ++pass) {
            for (int v = 0; v <= view->verticalScrollBar()->maximum();
                 v += view->viewport()->height() / 2) {
                view->verticalScrollBar()->setValue(v);
                QApplication::processEvents();
            }
            QTRY_VERIFY_WITH_TIMEOUT(media->thumbnails()->pending() == 0, kWait);
            QTest::qWait(200);
        }
        const int photoRow = row(photo);
        QVERIFY(!media->loader()->localFile(thread->messageAt(photoRow)->message).isEmpty());

        shoot(u"light"_s);
        const QPalette light = QApplication::palette();
        QApplication::setPalette(test::darkPalette());
        shoot(u"dark"_s);
        QApplication::setPalette(light);
    }

    void composerDialogs()
    {
        // Attach button in the composer; the dialogs explain what WhatsApp would refuse.
        auto *attach = m_window->findChild<QToolButton *>(u"attachButton"_s);
        QVERIFY(attach && attach->isEnabled());
        QImage big(3000, 2000, QImage::Format_RGB32);
        big.fill(Qt::darkGreen);
        const QString jpg = m_dir.filePath(u"foto.jpg"_s);
        QVERIFY(big.save(jpg, "JPG", 95));
        ui::AttachmentDialog dialog(jpg, u"La pieza nueva"_s, m_window.get());
        dialog.show();
        QVERIFY(dialog.errorLabel()->isHidden());
        screenshot(&dialog, u"attach-dialog"_s);
        const QString html = m_dir.filePath(u"page.html"_s);
        QFile h(html);
        QVERIFY(h.open(QIODevice::WriteOnly));
        h.write("<html><body>x</body></html>");
        h.close();
        ui::AttachmentDialog refused(html, QString(), m_window.get());
        refused.show();
        QVERIFY(refused.errorLabel()->text().contains(u"text/html"_s));
        screenshot(&refused, u"attach-refused"_s);
        ui::InteractiveDialog buttons(ui::InteractiveDialog::Mode::Buttons, m_window.get());
        buttons.show();
        QVERIFY(!buttons.errorLabel()->text().isEmpty()); // nothing typed yet
        screenshot(&buttons, u"buttons-dialog"_s);
        ui::LocationDialog location(m_window.get());
        location.show();
        screenshot(&location, u"location-dialog"_s);
        // Reply bar above the composer.
        ThreadModel *thread = m_window->threadModel();
        QVERIFY(m_window->messageActions()->setReplyTo(*thread->messageAt(row(m_firstWamid))));
        screenshot(m_window.get(), u"reply-bar"_s);
        m_window->messageActions()->clearReply();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_engine.reset();
    }

private:
    void shoot(const QString &palette)
    {
        auto *view = m_window->threadView();
        view->doItemsLayout();
        const int max = view->verticalScrollBar()->maximum();
        const int page = view->viewport()->height() - 60;
        int n = 1;
        for (int v = 0;; v += page, ++n) {
            view->verticalScrollBar()->setValue(qMin(v, max));
            QTest::qWait(150);
            screenshot(m_window.get(), u"%1-%2"_s.arg(palette).arg(n));
            if (v >= max)
                break;
        }
    }
    QString say(const QJsonObject &s)
    {
        const QString w = m_fx.simulator()->sendCustomerMessage(kCustomer, s, u"Carmen Ruiz"_s);
        if (m_firstWamid.isEmpty())
            m_firstWamid = w;
        return w;
    }
    qint64 conversationId() const
    {
        sync::ConversationFilter all;
        all.status = std::nullopt;
        const auto list = m_engine->conversations(all, std::nullopt, 10);
        return list.isEmpty() ? 0 : list.first().id;
    }
    int row(const QString &wamid) const
    {
        ThreadModel *model = m_window->threadModel();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->messageAt(r)->message.wamid == wamid)
                return r;
        }
        return -1;
    }
    static QString anyRowFailure(ThreadModel *model)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString f =
                ui::MessageCards::failureText(model->messageAt(r)->message, model->mediaContext());
            if (!f.isEmpty())
                return f;
        }
        return {};
    }

    QTemporaryDir m_dir;
    test::RelayFixture m_fx;
    QString m_token;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_firstWamid;
};

QTEST_MAIN(TestMediaGui)
#include "tst_media_gui.moc"
