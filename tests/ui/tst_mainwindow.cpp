// SPDX-License-Identifier: GPL-3.0-or-later
// The real desktop client (ClientController + MainWindow) driven under the offscreen platform
// against a real relay and Meta simulator: sign in, open a conversation, send, assign, link a
// service request, the closed-window state, sign-out; silent sign-in on a later start and the
// "no keychain" choice. Screenshots go to <build>/artifacts/screenshots/.
#include "GuiTestKit.h"
#include "core/sync/LocalCache.h"
#include "core/sync/MemoryTokenStore.h"
#include "core/sync/RelayApi.h"
#include "core/sync/Session.h"
#include "core/sync/SyncEngine.h"
#include "ui/ClientController.h"
#include "ui/ComposerEdit.h"
#include "ui/ComposerWidget.h"
#include "ui/ConversationListModel.h"
#include "ui/MainWindow.h"
#include "ui/MessageDelegate.h"
#include "ui/SidePanel.h"
#include "ui/SignInDialog.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadView.h"
#include "ui/TrayController.h"

#include "tests/support/RelayFixture.h"
#include "tools/metasim/MetaSimulator.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace recado;
using namespace recado::domain;
using recado::ui::ClientController;
using recado::ui::ConversationListModel;
using recado::ui::MainWindow;
using recado::ui::ThreadModel;

namespace {
constexpr int kWait = 15000;
const QString kMaria = QStringLiteral("5215511112222");
const QString kPedro = QStringLiteral("5215533334444");
const QString kLucia = QStringLiteral("5215555556666");

void screenshot(QWidget *w, const QString &name)
{
    QVERIFY2(test::saveScreenshot(w, name), qPrintable(name));
}

template<typename T> T *child(QObject *parent, const char *name)
{
    T *c = parent->findChild<T *>(QLatin1String(name));
    if (!c)
        qWarning("no child %s", name);
    return c;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fx.start());
        QVERIFY(
            m_fx.createUser(QStringLiteral("ana"), Role::Agent, QStringLiteral("ana-password")));
        QVERIFY(
            m_fx.createUser(QStringLiteral("luis"), Role::Agent, QStringLiteral("luis-password")));
        m_token = m_fx.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        auto *sim = m_fx.simulator();
        sim->sendCustomerMessage(
            kMaria,
            {{QStringLiteral("type"), QStringLiteral("text")},
             {QStringLiteral("body"),
              QStringLiteral("Hola, el técnico no llegó 😟 ¿pueden venir hoy?")}},
            QStringLiteral("María López"));
        // Pedro wrote two days ago: his 24-hour window is closed.
        postOldMessage(kPedro, QStringLiteral("Pedro Gómez"),
                       QStringLiteral("¿Tienen refacciones?"), 2);
        QTRY_COMPARE_WITH_TIMEOUT(sim->pendingWebhooks(), 0, kWait);
        QVERIFY(createRequest(QStringLiteral("SR-1042"), QStringLiteral("María López"),
                              QStringLiteral("+") + kMaria));
    }

    void signInWorkAndSignOut()
    {
        sync::MemoryTokenStore store;
        ClientController controller(&store, options(QStringLiteral("a")));
        controller.start();
        ui::SignInDialog *dialog = controller.signInDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        child<QLineEdit>(dialog, "relayUrl")->setText(m_fx.relayUrl().toString());
        QTest::keyClicks(child<QLineEdit>(dialog, "username"), QStringLiteral("ana"));
        QTest::keyClicks(child<QLineEdit>(dialog, "password"), QStringLiteral("ana-password"));
        screenshot(dialog, QStringLiteral("01-sign-in"));
        QSignalSpy shown(&controller, &ClientController::windowShown);
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, kWait);
        QVERIFY(store.contains(sync::Session::storeKey(m_fx.relayUrl(), QStringLiteral("ana"))));
        MainWindow *w = controller.window();
        QVERIFY(w && w->isVisible());
        QVERIFY(!dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(w));

        // The inbox fills from the relay.
        ConversationListModel *list = w->listModel();
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 2, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(
            w->connectionLabel()->text().startsWith(QLatin1String("Connected")), kWait);
        const int mariaRow = rowOf(list, QStringLiteral("María López"));
        QVERIFY(mariaRow >= 0);
        QCOMPARE(list->index(mariaRow).data(ConversationListModel::UnreadRole).toInt(), 1);
        QTRY_COMPARE(w->tray()->unread(), 2);
        screenshot(w, QStringLiteral("02-inbox"));

        // Open María's conversation: the thread shows, the badge clears (also on the relay).
        QListView *view = w->listView();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(list->index(mariaRow)).center());
        const qint64 maria = list->idAt(mariaRow);
        QCOMPARE(w->currentConversationId(), maria);
        QTRY_VERIFY_WITH_TIMEOUT(w->threadModel()->rowCount() >= 1, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(
            list->index(list->rowOf(maria)).data(ConversationListModel::UnreadRole).toInt(), 0,
            kWait);
        QTRY_COMPARE(w->tray()->unread(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(relayUnread(maria), 0, kWait);

        // Send: Enter sends, Shift+Enter adds a line.
        ui::ComposerWidget *composer = w->composer();
        QVERIFY(composer->canSendText());
        QVERIFY(composer->editor()->isEnabled());
        composer->editor()->setFocus();
        // (QTest::keyClicks only types ASCII; accented text goes in as the input method would.)
        QTest::keyClicks(composer->editor(), QStringLiteral("Hola "));
        composer->editor()->insertPlainText(QStringLiteral("María, el técnico va en camino."));
        QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(composer->editor(), QStringLiteral("Llega a las 16:00."));
        QCOMPARE(composer->editor()->toPlainText(),
                 QStringLiteral("Hola María, el técnico va en camino.\nLlega a las 16:00."));
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QCOMPARE(composer->editor()->toPlainText(), QString());
        ThreadModel *thread = w->threadModel();
        const int last = thread->rowCount() - 1;
        QCOMPARE(thread->index(last).data(ThreadModel::BodyRole).toString(),
                 QStringLiteral("Hola María, el técnico va en camino.\nLlega a las 16:00."));
        QTRY_VERIFY_WITH_TIMEOUT(
            thread->index(thread->rowCount() - 1).data(ThreadModel::StatusRole).toInt() >=
                int(DeliveryStatus::Delivered),
            kWait);
        QCOMPARE(sentCount(kMaria), 1);
        screenshot(w, QStringLiteral("03-sent"));

        // Assign to me, from the side panel.
        QTest::mouseClick(child<QPushButton>(w, "assignMeButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            list->index(list->rowOf(maria)).data(ConversationListModel::AssigneeRole).toString(),
            QStringLiteral("ana"), kWait);
        QTRY_COMPARE(child<QLabel>(w, "assigneeLabel")->text(), QStringLiteral("Assigned to you"));
        // "Mine" now lists it.
        w->assigneeFilter()->setCurrentIndex(
            w->assigneeFilter()->findData(int(sync::ConversationFilter::Assignee::Mine)));
        QTRY_COMPARE(list->rowCount(), 1);
        QCOMPARE(list->idAt(0), maria);
        w->assigneeFilter()->setCurrentIndex(0);
        QTRY_COMPARE(list->rowCount(), 2);

        // A customer who cannot be reached: the send fails with the reason in words; Retry
        // (clicked in the bubble) sends it again once WhatsApp can deliver.
        auto *sim = m_fx.simulator();
        sim->setReachable(kMaria, false);
        composer->editor()->setPlainText(QStringLiteral("¿Me confirma la dirección?"));
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        const int failedRow = thread->rowCount() - 1;
        QTRY_VERIFY_WITH_TIMEOUT(
            !thread->index(failedRow).data(ThreadModel::FailureRole).toString().isEmpty(), kWait);
        QVERIFY(thread->index(failedRow)
                    .data(ThreadModel::FailureRole)
                    .toString()
                    .contains(QLatin1String("could not deliver")));
        QTRY_VERIFY(w->threadView()->isAtBottom());
        screenshot(w, QStringLiteral("03b-failed-with-reason"));
        sim->setReachable(kMaria, true);
        ui::ThreadView *tv = w->threadView();
        QStyleOptionViewItem opt;
        opt.rect = tv->visualRect(thread->index(failedRow));
        opt.font = tv->font();
        opt.palette = tv->palette();
        const QRect retry = ui::MessageDelegate::layout(opt, thread->index(failedRow)).retry;
        QVERIFY(!retry.isNull());
        QTest::mouseClick(tv->viewport(), Qt::LeftButton, {}, retry.center());
        QTRY_VERIFY_WITH_TIMEOUT(
            thread->index(failedRow).data(ThreadModel::StatusRole).toInt() >=
                    int(DeliveryStatus::Sent) &&
                thread->index(failedRow).data(ThreadModel::StatusRole).toInt() !=
                    int(DeliveryStatus::Failed),
            kWait);
        QVERIFY(thread->index(failedRow).data(ThreadModel::FailureRole).toString().isEmpty());

        // A new customer writes: unassigned, so a desktop notification and the tray count.
        QSignalSpy notified(w->tray(), &ui::TrayController::notified);
        sim->sendCustomerMessage(
            kLucia,
            {{QStringLiteral("type"), QStringLiteral("text")},
             {QStringLiteral("body"), QStringLiteral("Buenas, ¿hacen instalaciones?")}},
            QStringLiteral("Lucía Torres"));
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, kWait);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Lucía Torres (unassigned)"));
        QCOMPARE(notified.first().at(1).toString(),
                 QStringLiteral("Buenas, ¿hacen instalaciones?"));
        QTRY_COMPARE(w->tray()->unread(), 2); // Pedro's and Lucía's
        QVERIFY(w->tray()->toolTip().contains(QLatin1String("2 unread")));
        QTRY_COMPARE(list->rowCount(), 3);
        QCOMPARE(list->idAt(0), notified.first().at(2).toLongLong()); // newest on top
        QCOMPARE(w->currentConversationId(), maria);                  // selection stayed

        // Link a service request found by id.
        QLineEdit *search = child<QLineEdit>(w, "requestSearch");
        search->setText(QStringLiteral("SR-1042"));
        QTest::mouseClick(child<QPushButton>(w, "requestSearchButton"), Qt::LeftButton);
        QListWidget *results = w->sidePanel()->requestResults();
        QTRY_COMPARE_WITH_TIMEOUT(results->count(), 1, kWait);
        QVERIFY(results->item(0)->text().startsWith(QLatin1String("SR-1042")));
        QTest::mouseClick(child<QPushButton>(w, "linkButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(list->index(list->rowOf(maria))
                                      .data(ConversationListModel::ServiceRequestRole)
                                      .toString(),
                                  QStringLiteral("SR-1042"), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(w, "requestLabel")->text().contains(QLatin1String("status: open")),
            kWait);
        QVERIFY(child<QPushButton>(w, "unlinkButton")->isEnabled());
        screenshot(w, QStringLiteral("04-assigned-linked"));

        // Pedro's window is closed: free text is disabled, with the reason and the template way.
        const int pedroRow = rowOf(list, QStringLiteral("Pedro Gómez"));
        QVERIFY(pedroRow >= 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(list->index(pedroRow)).center());
        QTRY_COMPARE(w->currentConversationId(), list->idAt(pedroRow));
        QTRY_VERIFY_WITH_TIMEOUT(w->threadModel()->rowCount() == 1, kWait);
        QVERIFY(!composer->canSendText());
        QVERIFY(!composer->editor()->isEnabled());
        QVERIFY(composer->windowLabel()->text().contains(QLatin1String("window closed")));
        QVERIFY(composer->templateButton()->isVisible());
        QVERIFY(composer->templateButton()->isEnabled()); // the template picker (issue 5)
        QCOMPARE(list->index(pedroRow).data(ConversationListModel::WindowStateRole).toInt(),
                 int(ConversationListModel::WindowState::Closed));
        screenshot(w, QStringLiteral("05-window-closed"));

        // Keyboard: next/previous conversation, focus search, the shortcuts dialog.
        const qint64 before = w->currentConversationId();
        QTest::keyClick(w, Qt::Key_Up, Qt::ControlModifier);
        QTest::keyClick(w, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(w->currentConversationId(), before);
        w->shortcutsAction()->trigger();
        auto *shortcuts = w->findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
        QVERIFY(shortcuts);
        QTRY_VERIFY(shortcuts->isVisible());
        QVERIFY(shortcuts->findChild<QTableWidget *>()->rowCount() >= 8);
        screenshot(shortcuts, QStringLiteral("06-shortcuts"));
        shortcuts->close();

        // The system's dark palette: everything is drawn from palette roles.
        w->openConversation(maria);
        QTRY_VERIFY_WITH_TIMEOUT(thread->rowCount() >= 3, kWait);
        const QPalette light = QApplication::palette();
        QApplication::setPalette(test::darkPalette());
        screenshot(w, QStringLiteral("09-dark-palette"));
        QApplication::setPalette(light);

        // Sign out: the token is revoked and forgotten, the sign-in dialog is back.
        w->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QTRY_VERIFY(controller.signInDialog()->isVisible());
        QTRY_VERIFY(
            !store.contains(sync::Session::storeKey(m_fx.relayUrl(), QStringLiteral("ana"))));
    }

    void laterStartSignsInSilentlyWithCachedInbox()
    {
        sync::MemoryTokenStore store;
        const auto opts = options(QStringLiteral("b"));
        {
            ClientController first(&store, opts);
            first.start();
            first.signInDialog()->setRelayUrl(m_fx.relayUrl().toString());
            first.signInDialog()->setUsername(QStringLiteral("ana"));
            child<QLineEdit>(first.signInDialog(), "password")
                ->setText(QStringLiteral("ana-password"));
            QSignalSpy shown(&first, &ClientController::windowShown);
            QTest::mouseClick(child<QPushButton>(first.signInDialog(), "signInButton"),
                              Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, kWait);
            QTRY_COMPARE_WITH_TIMEOUT(first.window()->listModel()->rowCount(), 3, kWait);
        }
        // Second start with the relay down: no dialog, the cached inbox is there at once.
        m_fx.stopRelay();
        ClientController second(&store, opts);
        QSignalSpy shown(&second, &ClientController::windowShown);
        second.start();
        QTRY_COMPARE(shown.size(), 1);
        QVERIFY(!second.signInDialog() || !second.signInDialog()->isVisible());
        QCOMPARE(second.window()->listModel()->rowCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(
            second.window()->connectionLabel()->text().startsWith(QLatin1String("Offline")), kWait);
        screenshot(second.window(), QStringLiteral("07-offline-cached-inbox"));
        QVERIFY(m_fx.restartRelay());
        QTRY_VERIFY_WITH_TIMEOUT(
            second.window()->connectionLabel()->text().startsWith(QLatin1String("Connected")),
            3 * kWait);
    }

    void noKeychainOffersThisRunOnly()
    {
        sync::MemoryTokenStore store;
        store.setAvailable(false);
        ClientController controller(&store, options(QStringLiteral("c")));
        controller.start();
        ui::SignInDialog *dialog = controller.signInDialog();
        dialog->setRelayUrl(m_fx.relayUrl().toString());
        dialog->setUsername(QStringLiteral("ana"));
        child<QLineEdit>(dialog, "password")->setText(QStringLiteral("ana-password"));
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
        QPushButton *keep = child<QPushButton>(dialog, "keepForRunButton");
        QTRY_VERIFY_WITH_TIMEOUT(keep->isVisible(), kWait);
        QVERIFY(child<QLabel>(dialog, "keychainText")
                    ->text()
                    .contains(QLatin1String("No system keychain is reachable")));
        screenshot(dialog, QStringLiteral("08-no-keychain"));
        QSignalSpy shown(&controller, &ClientController::windowShown);
        QTest::mouseClick(keep, Qt::LeftButton);
        QTRY_COMPARE(shown.size(), 1);
        QVERIFY(child<QLabel>(controller.window(), "bannerText")
                    ->text()
                    .contains(QLatin1String("this run only")));
    }

    void wrongPasswordIsSaidInWords()
    {
        sync::MemoryTokenStore store;
        ClientController controller(&store, options(QStringLiteral("d")));
        controller.start();
        ui::SignInDialog *dialog = controller.signInDialog();
        dialog->setRelayUrl(m_fx.relayUrl().toString());
        dialog->setUsername(QStringLiteral("ana"));
        child<QLineEdit>(dialog, "password")->setText(QStringLiteral("nope"));
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
        QLabel *error = child<QLabel>(dialog, "signInError");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kWait);
        QCOMPARE(error->text(), QStringLiteral("The user name or password is not correct."));
        dialog->setRelayUrl(QStringLiteral("ftp://nowhere"));
        child<QLineEdit>(dialog, "password")->setText(QStringLiteral("x"));
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY(error->text().contains(QLatin1String("not a relay address")));
    }

    void translationsAreCompleteAndLoad_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("signIn");
        QTest::addColumn<QString>("active");
        QTest::addColumn<QString>("closedHint");
        QTest::newRow("es") << "es"
                            << "Iniciar sesión"
                            << "Activas"
                            << "ventana de 24 horas se cerró";
        QTest::newRow("pt_BR") << "pt_BR"
                               << "Entrar"
                               << "Ativas"
                               << "janela de 24 horas fechou";
    }
    void translationsAreCompleteAndLoad()
    {
        QFETCH(QString, language);
        QFETCH(QString, signIn);
        QFETCH(QString, active);
        QFETCH(QString, closedHint);
        const QString qm =
            QStringLiteral(RECADO_BINARY_DIR "/app/desktop/recado_%1.qm").arg(language);
        if (!QFile::exists(qm))
            QSKIP("build the recado target first (it compiles the translations)");
        QTranslator translator;
        QVERIFY(translator.load(qm));
        QCoreApplication::installTranslator(&translator);
        const QLocale before;
        QLocale::setDefault(QLocale(language));

        ui::SignInDialog dialog;
        QCOMPARE(child<QPushButton>(&dialog, "signInButton")->text(), signIn);

        // A cached inbox (no relay needed) with a conversation whose window is closed.
        sync::SyncEngine engine;
        QVERIFY(engine.openCache(m_dir.filePath(QStringLiteral("tr-%1.sqlite").arg(language))));
        engine.setAccount(QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("t"),
                          Agent{QStringLiteral("ana"), QStringLiteral("Ana"), Role::Agent});
        Conversation c;
        c.id = 7;
        c.customerName = QStringLiteral("Joana Silva");
        c.phone = QStringLiteral("+5511987654321");
        c.lastPreview = QStringLiteral("Bom dia, a peça chegou?");
        c.lastMessageAt = QDateTime::currentDateTimeUtc().addDays(-2);
        c.lastInboundAt = c.lastMessageAt;
        c.unreadCount = 1;
        c.seq = 1;
        QVERIFY(engine.cache()->conversations().upsert(c));
        Message m;
        m.id = 1;
        m.conversationId = 7;
        m.text = c.lastPreview;
        m.timestamp = c.lastMessageAt;
        QVERIFY(engine.cache()->messages().upsert(m));
        MainWindow w(&engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.statusFilter()->itemText(0), active);
        w.openConversation(7);
        QTRY_COMPARE(w.threadModel()->rowCount(), 1);
        QVERIFY2(w.composer()->windowLabel()->text().contains(closedHint),
                 qPrintable(w.composer()->windowLabel()->text()));
        screenshot(&w, QStringLiteral("10-window-closed-") + language);

        QLocale::setDefault(before);
        QCoreApplication::removeTranslator(&translator);
    }

private:
    ClientController::Options options(const QString &name)
    {
        return {m_dir.filePath(name + QStringLiteral(".ini")),
                m_dir.filePath(name + QStringLiteral("-data"))};
    }

    static int rowOf(ConversationListModel *list, const QString &name)
    {
        for (int r = 0; r < list->rowCount(); ++r) {
            if (list->index(r).data(ConversationListModel::NameRole).toString() == name)
                return r;
        }
        return -1;
    }

    void postOldMessage(const QString &waId, const QString &name, const QString &body, int daysAgo)
    {
        m_fx.postCustomerText(waId, name, body, QDateTime::currentDateTimeUtc().addDays(-daysAgo),
                              QStringLiteral("wamid.old.") + waId);
    }

    template<typename F> bool call(F f)
    {
        sync::RelayApi api;
        api.setBaseUrl(m_fx.relayUrl());
        api.setToken(m_token);
        std::optional<sync::ApiResult> result;
        f(api, [&result](const sync::ApiResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kWait))
            qWarning("no answer within %d ms", kWait);
        if (result && !result->ok())
            qWarning() << result->errorMessage;
        return result && result->ok();
    }

    bool createRequest(const QString &id, const QString &customer, const QString &phone)
    {
        return call([&](sync::RelayApi &api, auto done) {
            api.post(
                QStringLiteral("/api/service-requests"),
                {{QStringLiteral("id"), id},
                 {QStringLiteral("service_type"), QStringLiteral("Reparación de refrigerador")},
                 {QStringLiteral("customer_name"), customer},
                 {QStringLiteral("contact_phone"), phone},
                 {QStringLiteral("address"), QStringLiteral("Av. Reforma 222, CDMX")},
                 {QStringLiteral("requested_date"), QDate::currentDate().toString(Qt::ISODate)},
                 {QStringLiteral("technician"), QStringLiteral("Jorge")}},
                &api, done);
        });
    }

    int relayUnread(qint64 id)
    {
        int unread = -1;
        call([&](sync::RelayApi &api, auto done) {
            api.conversationDetails(
                id, &api,
                [&unread, done](const sync::ApiResult &r, const sync::ConversationDetails &d) {
                    unread = d.conversation.unreadCount;
                    done(r);
                });
        });
        return unread;
    }

    int sentCount(const QString &waId)
    {
        int n = 0;
        for (const auto &s : m_fx.simulator()->sentMessages())
            n += s.waId == waId ? 1 : 0;
        return n;
    }

    QTemporaryDir m_dir;
    test::RelayFixture m_fx;
    QString m_token;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
