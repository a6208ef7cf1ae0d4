// SPDX-License-Identifier: GPL-3.0-or-later
// The template picker, "New message", the service-request prefill and the consent panel, driven
// in the real MainWindow (offscreen) against a real relay and Meta simulator: only approved
// templates are offered (the customer's language first), Send waits for valid values, a template
// from a closed-window conversation reaches the simulator with the right Graph body, Meta's
// template errors reach the thread in words, an opt-out blocks the send before it is made, and
// the consent ledger lists and exports. Screenshots go to <build>/artifacts/screenshots/.
#include "GuiTestKit.h"
#include "core/sync/Outbox.h"
#include "core/sync/RelayApi.h"
#include "core/sync/SyncEngine.h"
#include "ui/ComposerWidget.h"
#include "ui/ConversationListModel.h"
#include "ui/MainWindow.h"
#include "ui/SidePanel.h"
#include "ui/ThreadModel.h"
#include "ui/consent/ConsentBox.h"
#include "ui/consent/ConsentHistoryDialog.h"
#include "ui/templates/NewMessageDialog.h"
#include "ui/templates/TemplateActions.h"
#include "ui/templates/TemplateListModel.h"
#include "ui/templates/TemplateParameterForm.h"
#include "ui/templates/TemplatePickerDialog.h"
#include "ui/templates/TemplatePreview.h"

#include "tests/support/RelayFixture.h"
#include "tools/metasim/MetaSimulator.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace recado;
using namespace recado::domain;
using recado::ui::ConversationListModel;
using recado::ui::MainWindow;
using recado::ui::TemplateListModel;
using recado::ui::TemplatePickerDialog;
using recado::whatsapp::TemplatePart;

namespace {
constexpr int kWait = 15000;
const QString kMaria = QStringLiteral("5215511112222"); // wrote just now
const QString kPedro = QStringLiteral("5215533334444"); // wrote two days ago: window closed

void screenshot(QWidget *w, const QString &name)
{
    QVERIFY2(test::saveScreenshot(w, name), qPrintable(name));
}
} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fx.start());
        QVERIFY(m_fx.createUser(QStringLiteral("ana"), Role::Agent, QStringLiteral("ana-pass")));
        QVERIFY(
            m_fx.createUser(QStringLiteral("sol"), Role::Supervisor, QStringLiteral("sol-pass")));
        m_token = m_fx.login(QStringLiteral("ana"), QStringLiteral("ana-pass"));
        m_supervisor = m_fx.login(QStringLiteral("sol"), QStringLiteral("sol-pass"));

        // Meta approved the templates Recado ships (so they carry parameter labels and
        // sources); one Spanish one is paused for low quality.
        auto *sim = m_fx.simulator();
        QDirIterator it(QStringLiteral(RECADO_SOURCE_DIR "/resources/templates"),
                        {QStringLiteral("*.json")});
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            o.insert(QStringLiteral("status"), QStringLiteral("APPROVED"));
            sim->templates().upsert(metasim::MessageTemplate::fromJson(o));
        }
        // One with a map location in its header (not among the shipped ones).
        sim->templates().upsert(metasim::MessageTemplate::fromJson(
            QJsonDocument::fromJson(
                R"({"name":"punto_de_encuentro","language":"es","category":"UTILITY","status":"APPROVED",
                    "components":[{"type":"HEADER","format":"LOCATION"},
                                  {"type":"BODY","text":"Hola {{1}}, el técnico lo espera en este punto.",
                                   "example":{"body_text":[["Ana"]]}}]})")
                .object()));
        QVERIFY(sim->setTemplateStatus(QStringLiteral("reschedule_offer"), QStringLiteral("es"),
                                       QStringLiteral("PAUSED")));
        QVERIFY(call(m_supervisor, [](sync::RelayApi &api, auto done) {
            api.post(QStringLiteral("/api/templates/sync"), {}, &api, done);
        }));

        sim->sendCustomerMessage(kMaria,
                                 {{QStringLiteral("type"), QStringLiteral("text")},
                                  {QStringLiteral("body"), QStringLiteral("Hola, ¿vienen hoy?")}},
                                 QStringLiteral("María López"));
        postOldMessage(kPedro, QStringLiteral("Pedro Gómez"),
                       QStringLiteral("¿Tienen refacciones?"), 2);
        QTRY_COMPARE_WITH_TIMEOUT(sim->pendingWebhooks(), 0, kWait);
        QVERIFY(call(m_token, [](sync::RelayApi &api, auto done) {
            api.post(QStringLiteral("/api/service-requests"),
                     {{QStringLiteral("id"), QStringLiteral("SR-2001")},
                      {QStringLiteral("service_type"), QStringLiteral("Mantenimiento de PTAR")},
                      {QStringLiteral("customer_name"), QStringLiteral("María López")},
                      {QStringLiteral("contact_phone"), QStringLiteral("+") + kMaria},
                      {QStringLiteral("contact_email"), QStringLiteral("maria@example.com")},
                      {QStringLiteral("address"), QStringLiteral("Av. Reforma 222, CDMX")},
                      {QStringLiteral("requested_date"), QStringLiteral("2026-03-15")},
                      {QStringLiteral("technician"), QStringLiteral("Jorge Ramírez")}},
                     &api, done);
        }));

        m_engine = std::make_unique<sync::SyncEngine>();
        QVERIFY(m_engine->openCache(m_dir.filePath(QStringLiteral("cache.sqlite"))));
        m_engine->setAccount(m_fx.relayUrl(), m_token,
                             Agent{QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::Agent});
        m_window = std::make_unique<MainWindow>(m_engine.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->listModel()->rowCount(), 2, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->connection(), sync::SyncEngine::Connection::Live,
                                  kWait);
        m_maria = idOf(QStringLiteral("María López"));
        m_pedro = idOf(QStringLiteral("Pedro Gómez"));
        QVERIFY(m_maria && m_pedro);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_engine.reset();
    }

    void pickerListsApprovedTemplatesCustomerLanguageFirst()
    {
        // A Brazilian customer's conversation: Portuguese templates first.
        Conversation c = *m_engine->conversation(m_pedro);
        c.language = QStringLiteral("pt_BR");
        TemplatePickerDialog *picker = m_window->templateActions()->sendToConversation(c);
        QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), kWait);
        TemplateListModel *model = picker->model();
        QVERIFY(model->rowCount() > 5);
        bool seenOther = false;
        int portuguese = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r);
            QVERIFY2(i.data(TemplateListModel::SendableRole).toBool(),
                     qPrintable(i.data().toString()));
            const bool pt =
                i.data(TemplateListModel::LanguageRole).toString() == QLatin1String("pt_BR");
            if (!pt)
                seenOther = true;
            else
                QVERIFY2(!seenOther, "a Portuguese template after another language");
            portuguese += pt ? 1 : 0;
        }
        QVERIFY(portuguese >= 3); // the three shipped ones, and the simulator's own
        QCOMPARE(model->index(0).data(TemplateListModel::LanguageRole).toString(),
                 QStringLiteral("pt_BR"));
        // Not approved ones never show without "show all": reschedule_offer es is paused, and
        // the simulator's rejected/paused/disabled seed templates are left out too.
        QCOMPARE(model->rowOf(QStringLiteral("reschedule_offer"), QStringLiteral("es")), -1);
        QCOMPARE(model->rowOf(QStringLiteral("encuesta_satisfaccion"), QString()), -1);

        // Search by name.
        picker->searchField()->setText(QStringLiteral("technician on"));
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(picker->currentEntry()->tmpl.language, QStringLiteral("pt_BR"));
        picker->searchField()->clear();

        // "Show all": the paused one is listed greyed with why, and cannot be sent.
        picker->showAllBox()->setChecked(true);
        QVERIFY(picker->selectTemplate(QStringLiteral("reschedule_offer"), QStringLiteral("es")));
        const QModelIndex paused =
            model->index(model->rowOf(QStringLiteral("reschedule_offer"), QStringLiteral("es")));
        QVERIFY(!paused.data(TemplateListModel::SendableRole).toBool());
        QVERIFY(paused.data(Qt::ForegroundRole).isValid());
        auto *detail = picker->findChild<QLabel *>(QStringLiteral("templateStatusDetail"));
        QVERIFY(detail && detail->isVisible());
        QVERIFY2(detail->text().contains(QLatin1String("paused"), Qt::CaseInsensitive),
                 qPrintable(detail->text()));
        QVERIFY(!picker->sendButton()->isEnabled());
        screenshot(picker, QStringLiteral("20-template-picker-show-all"));
        picker->close();
    }

    void sendWaitsForValidValues()
    {
        Conversation c = *m_engine->conversation(m_pedro);
        TemplatePickerDialog *picker = m_window->templateActions()->sendToConversation(c);
        QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), kWait);
        QVERIFY(
            picker->selectTemplate(QStringLiteral("technician_on_the_way"), QStringLiteral("es")));
        ui::TemplateParameterForm *form = picker->form();
        QCOMPARE(form->fieldCount(), 4);
        // The customer's name comes from the conversation; the rest is up to the agent.
        QCOMPARE(form->field(TemplatePart::Body, 1)->text(), QStringLiteral("Pedro Gómez"));
        QVERIFY(form->field(TemplatePart::Body, 2)->text().isEmpty());
        QVERIFY(!picker->sendButton()->isEnabled());
        auto *problem = form->findChild<QLabel *>(QStringLiteral("param_body_2_problem"));
        QVERIFY(problem);
        QTRY_VERIFY2(problem->isVisible() && !problem->text().isEmpty(),
                     qPrintable(problem->text() + QLatin1Char('|') + picker->stateLabel()->text()));
        QVERIFY(picker->preview()->plainText().contains(QLatin1String("{{2}}")));

        form->field(TemplatePart::Body, 2)->setText(QStringLiteral("Jorge Ramírez"));
        form->field(TemplatePart::Body, 3)->setText(QStringLiteral("mantenimiento de PTAR"));
        QVERIFY(!picker->sendButton()->isEnabled());
        // More than four spaces in a row: Meta refuses it, so does the form.
        form->field(TemplatePart::Body, 4)->setText(QStringLiteral("10:45      aprox"));
        QTRY_VERIFY_WITH_TIMEOUT(picker->isChecked(), kWait);
        QVERIFY(!picker->sendButton()->isEnabled());
        auto *p4 = form->findChild<QLabel *>(QStringLiteral("param_body_4_problem"));
        QTRY_VERIFY(p4->isVisible());
        form->field(TemplatePart::Body, 4)->setText(QStringLiteral("10:45"));
        QTRY_VERIFY_WITH_TIMEOUT(picker->isChecked(), kWait);
        QVERIFY2(picker->sendButton()->isEnabled(), qPrintable(picker->stateLabel()->text()));
        QVERIFY(!p4->isVisible());
        QCOMPARE(picker->preview()->plainText(),
                 QStringLiteral("Su técnico va en camino\n\nHola Pedro Gómez, Jorge Ramírez va en "
                                "camino para la visita de mantenimiento de PTAR. Hora estimada de "
                                "llegada: 10:45.\n\nSi no podrá recibirlo, responda a este "
                                "mensaje."));
        screenshot(picker, QStringLiteral("21-template-picker"));
        picker->close();
    }

    void templateFromClosedWindowReachesMeta()
    {
        m_window->openConversation(m_pedro);
        ui::ComposerWidget *composer = m_window->composer();
        QVERIFY(!composer->canSendText()); // the 24-hour window is closed
        QVERIFY2(composer->templateButton()->isVisible(),
                 qPrintable(composer->windowLabel()->text()));
        QVERIFY(composer->templateButton()->isEnabled());
        QTest::mouseClick(composer->templateButton(), Qt::LeftButton);
        TemplatePickerDialog *picker = m_window->templateActions()->picker();
        QVERIFY(picker && picker->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), kWait);
        QVERIFY(
            picker->selectTemplate(QStringLiteral("technician_on_the_way"), QStringLiteral("es")));
        fill(picker, {QStringLiteral("Pedro"), QStringLiteral("Luis Pérez"),
                      QStringLiteral("reparación"), QStringLiteral("16:30")});
        const int before = sentTo(kPedro).size();
        QTest::mouseClick(picker->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(!picker || !picker->isVisible());

        // The thread shows it at once, then the relay and Meta take it.
        ui::ThreadModel *thread = m_window->threadModel();
        QTRY_VERIFY2_WITH_TIMEOUT(
            lastBody(thread).contains(QStringLiteral("Luis Pérez va en camino")),
            qPrintable(lastBody(thread)), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(sentTo(kPedro).size(), before + 1, kWait);
        const metasim::SentMessage sent = sentTo(kPedro).last();
        QCOMPARE(sent.type, QStringLiteral("template"));
        const QJsonObject expected = QJsonDocument::fromJson(R"({
            "name":"technician_on_the_way","language":{"code":"es"},
            "components":[{"type":"body","parameters":[
              {"type":"text","text":"Pedro"},{"type":"text","text":"Luis Pérez"},
              {"type":"text","text":"reparación"},{"type":"text","text":"16:30"}]}]})")
                                         .object();
        QCOMPARE(sent.body.value(QStringLiteral("template")).toObject(), expected);
        QTRY_VERIFY_WITH_TIMEOUT(lastStatus(thread) >= int(DeliveryStatus::Sent) &&
                                     lastStatus(thread) != int(DeliveryStatus::Failed),
                                 kWait);
        screenshot(m_window.get(), QStringLiteral("22-template-sent-closed-window"));
    }

    void documentHeaderTakesALink()
    {
        // factura_disponible starts with a document: the form asks for its https link and the
        // file name, and the header goes to Meta as a document parameter.
        Conversation c = *m_engine->conversation(m_pedro);
        TemplatePickerDialog *picker = m_window->templateActions()->sendToConversation(c);
        QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), kWait);
        QVERIFY(picker->selectTemplate(QStringLiteral("factura_disponible"), QStringLiteral("es")));
        ui::TemplateParameterForm *form = picker->form();
        QLineEdit *link = form->field(TemplatePart::Header, 0);
        QVERIFY(link);
        for (int i = 1; i <= 3; ++i)
            form->field(TemplatePart::Body, i)
                ->setText(QStringList{QStringLiteral("Pedro"), QStringLiteral("F-2207"),
                                      QStringLiteral("$1,250.00 MXN")}
                              .at(i - 1));
        QTRY_VERIFY_WITH_TIMEOUT(picker->isChecked(), kWait);
        QVERIFY(!picker->sendButton()->isEnabled()); // no document yet
        link->setText(QStringLiteral("ftp://files.example.com/f.pdf"));
        QTRY_VERIFY_WITH_TIMEOUT(picker->isChecked(), kWait);
        QVERIFY(!picker->sendButton()->isEnabled());
        auto *problem = form->findChild<QLabel *>(QStringLiteral("param_header_0_problem"));
        QTRY_VERIFY(problem->isVisible() && problem->text().contains(QLatin1String("https://")));
        link->setText(QStringLiteral("https://files.example.com/F-2207.pdf"));
        form->findChild<QLineEdit *>(QStringLiteral("param_header_filename"))
            ->setText(QStringLiteral("F-2207.pdf"));
        QTRY_VERIFY_WITH_TIMEOUT(picker->isChecked(), kWait);
        QVERIFY2(picker->sendButton()->isEnabled(), qPrintable(picker->stateLabel()->text()));
        screenshot(picker, QStringLiteral("28-template-document-header"));
        const int before = sentTo(kPedro).size();
        QTest::mouseClick(picker->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sentTo(kPedro).size(), before + 1, kWait);
        const QJsonObject header =
            sentTo(kPedro)
                .last()
                .body[QStringLiteral("template")][QStringLiteral("components")][0]
                .toObject();
        QCOMPARE(header[QStringLiteral("type")].toString(), QStringLiteral("header"));
        const QJsonObject document =
            header[QStringLiteral("parameters")][0][QStringLiteral("document")].toObject();
        QCOMPARE(document[QStringLiteral("link")].toString(),
                 QStringLiteral("https://files.example.com/F-2207.pdf"));
        QCOMPARE(document[QStringLiteral("filename")].toString(), QStringLiteral("F-2207.pdf"));
        QTRY_VERIFY_WITH_TIMEOUT(
            lastStatus(m_window->threadModel()) != int(DeliveryStatus::Failed) &&
                lastStatus(m_window->threadModel()) >= int(DeliveryStatus::Sent),
            kWait);
    }

    void locationHeaderTakesAPlace()
    {
        Conversation c = *m_engine->conversation(m_pedro);
        TemplatePickerDialog *picker = m_window->templateActions()->sendToConversation(c);
        QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), kWait);
        QVERIFY(picker->selectTemplate(QStringLiteral("punto_de_encuentro"), QStringLiteral("es")));
        ui::TemplateParameterForm *form = picker->form();
        QLineEdit *latitude = form->field(TemplatePart::Header, 0);
        auto *longitude = form->findChild<QLineEdit *>(QStringLiteral("param_header_longitude"));
        QVERIFY(latitude && longitude);
        QTRY_VERIFY_WITH_TIMEOUT(picker->isChecked(), kWait);
        QVERIFY(!picker->sendButton()->isEnabled()); // no place yet
        form->field(TemplatePart::Body, 1)->setText(QStringLiteral("Pedro Gómez"));
        latitude->setText(QStringLiteral("19.4326"));
        longitude->setText(QStringLiteral("-99.1332"));
        form->findChild<QLineEdit *>(QStringLiteral("param_header_place"))
            ->setText(QStringLiteral("Centro de servicio"));
        QTRY_VERIFY_WITH_TIMEOUT(picker->isChecked(), kWait);
        QVERIFY2(picker->sendButton()->isEnabled(), qPrintable(picker->stateLabel()->text()));
        QVERIFY(picker->preview()->plainText().contains(QStringLiteral("Hola Pedro Gómez")));
        const int before = sentTo(kPedro).size();
        QTest::mouseClick(picker->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sentTo(kPedro).size(), before + 1, kWait);
        const QJsonObject place =
            sentTo(kPedro)
                .last()
                .body[QStringLiteral("template")][QStringLiteral("components")][0]
                     [QStringLiteral("parameters")][0][QStringLiteral("location")]
                .toObject();
        QCOMPARE(place[QStringLiteral("latitude")].toDouble(), 19.4326);
        QCOMPARE(place[QStringLiteral("longitude")].toDouble(), -99.1332);
        QCOMPARE(place[QStringLiteral("name")].toString(), QStringLiteral("Centro de servicio"));
    }

    void metaTemplateErrorReachesTheThreadInWords()
    {
        m_window->openConversation(m_pedro);
        m_fx.simulator()->injectFault(QStringLiteral("/messages"), 404, 1, 132001);
        QTest::mouseClick(m_window->composer()->templateButton(), Qt::LeftButton);
        TemplatePickerDialog *picker = m_window->templateActions()->picker();
        QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), kWait);
        QVERIFY(
            picker->selectTemplate(QStringLiteral("technician_on_the_way"), QStringLiteral("es")));
        fill(picker, {QStringLiteral("Pedro"), QStringLiteral("Luis"), QStringLiteral("revisión"),
                      QStringLiteral("9:00")});
        QTest::mouseClick(picker->sendButton(), Qt::LeftButton);
        ui::ThreadModel *thread = m_window->threadModel();
        QTRY_COMPARE_WITH_TIMEOUT(lastStatus(thread), int(DeliveryStatus::Failed), kWait);
        const QString failure =
            thread->index(thread->rowCount() - 1).data(ui::ThreadModel::FailureRole).toString();
        // Meta's refusal in words (in the UI language), with what to do, not a bare number.
        QCOMPARE(failure, QStringLiteral("This template does not exist in this language or is "
                                         "not approved yet. Pick an approved template in the "
                                         "customer's language."));
        screenshot(m_window.get(), QStringLiteral("23-template-failed-132001"));
    }

    void newMessageToAPhoneNumberCreatesTheConversation()
    {
        m_window->newMessageAction()->trigger();
        ui::NewMessageDialog *dialog = m_window->templateActions()->numberDialog();
        QVERIFY(dialog && dialog->isVisible());
        QTest::keyClicks(dialog->numberField(), QStringLiteral("55 12"));
        QVERIFY(!dialog->nextButton()->isEnabled());
        QVERIFY(!dialog->verdictLabel()->text().isEmpty());
        QTest::keyClicks(dialog->numberField(), QStringLiteral("34 9876"));
        QVERIFY(dialog->nextButton()->isEnabled());
        QCOMPARE(dialog->e164(), QStringLiteral("+525512349876"));
        screenshot(dialog, QStringLiteral("24-new-message"));
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);

        TemplatePickerDialog *picker = m_window->templateActions()->picker();
        QTRY_VERIFY(picker && picker->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), kWait);
        // +52: Spanish first.
        QCOMPARE(picker->model()->index(0).data(TemplateListModel::LanguageRole).toString(),
                 QStringLiteral("es"));
        QVERIFY(
            picker->selectTemplate(QStringLiteral("technician_on_the_way"), QStringLiteral("es")));
        fill(picker, {QStringLiteral("Rosa"), QStringLiteral("Luis"), QStringLiteral("instalación"),
                      QStringLiteral("12:00")});
        const int rows = m_window->listModel()->rowCount();
        QTest::mouseClick(picker->sendButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->listModel()->rowCount(), rows + 1, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->currentConversationId() != 0 &&
                m_engine->conversation(m_window->currentConversationId()) &&
                m_engine->conversation(m_window->currentConversationId())->phone ==
                    QLatin1String("+525512349876"),
            kWait);
        QTRY_COMPARE_WITH_TIMEOUT(sentTo(QStringLiteral("525512349876")).size(), 1, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(
            lastBody(m_window->threadModel()).contains(QLatin1String("Hola Rosa")), kWait);
    }

    void serviceRequestPrefillsTheParameters()
    {
        QVERIFY(call(m_token, [this](sync::RelayApi &api, auto done) {
            api.link(m_maria, QStringLiteral("SR-2001"), &api,
                     [done](const sync::ApiResult &r, const Conversation &) { done(r); });
        }));
        m_window->openConversation(m_maria);
        QPushButton *button = m_window->sidePanel()->requestTemplateButton();
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), kWait);
        QTest::mouseClick(button, Qt::LeftButton);
        TemplatePickerDialog *picker = m_window->templateActions()->picker();
        QTRY_VERIFY_WITH_TIMEOUT(picker && picker->isLoaded(), kWait);
        QVERIFY(picker->selectTemplate(QStringLiteral("solicitud_recibida_cliente"),
                                       QStringLiteral("es")));
        ui::TemplateParameterForm *form = picker->form();
        // recado_parameters: customer.name, request.id, request.service_type,
        // request.requested_date (in the template's language), request.contact_email.
        QCOMPARE(form->field(TemplatePart::Body, 1)->text(), QStringLiteral("María López"));
        QCOMPARE(form->field(TemplatePart::Body, 2)->text(), QStringLiteral("SR-2001"));
        QCOMPARE(form->field(TemplatePart::Body, 3)->text(),
                 QStringLiteral("Mantenimiento de PTAR"));
        QCOMPARE(form->field(TemplatePart::Body, 4)->text(),
                 QLocale(QStringLiteral("es")).toString(QDate(2026, 3, 15), QLocale::LongFormat));
        QCOMPARE(form->field(TemplatePart::Body, 5)->text(), QStringLiteral("maria@example.com"));
        QTRY_VERIFY_WITH_TIMEOUT(picker->isChecked(), kWait);
        QVERIFY2(picker->sendButton()->isEnabled(), qPrintable(picker->stateLabel()->text()));
        picker->close();
    }

    void optOutBlocksTheTemplateBeforeSending()
    {
        m_window->openConversation(m_maria);
        const int sentBefore = sentTo(kMaria).size();
        ui::ConsentBox *box = m_window->sidePanel()->consentBox();
        QTRY_VERIFY_WITH_TIMEOUT(box->stateLabel()->text().startsWith(QLatin1String("Opted in")),
                                 kWait);
        ui::ConsentHistoryDialog *history = box->openHistory();
        QSignalSpy loaded(history, &ui::ConsentHistoryDialog::loaded);
        QTRY_VERIFY_WITH_TIMEOUT(history->table()->rowCount() == 1, kWait);
        history->noteField()->setText(QStringLiteral("Pidió por teléfono no recibir mensajes"));
        QTest::mouseClick(history->findChild<QPushButton *>(QStringLiteral("recordOptOut")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(history->table()->rowCount(), 2, kWait);
        QCOMPARE(history->table()->item(1, 3)->text(), QStringLiteral("ana"));
        QCOMPARE(history->table()->item(1, 4)->text(),
                 QStringLiteral("Pidió por teléfono no recibir mensajes"));
        QVERIFY(history->messageLabel()->text().contains(QLatin1String("Opt-out recorded")));
        QTRY_VERIFY_WITH_TIMEOUT(box->stateLabel()->text().startsWith(QLatin1String("Opted out")),
                                 kWait);
        screenshot(history, QStringLiteral("25-consent-history"));

        // Export: the relay's CSV, every record.
        const QString csvPath = m_dir.filePath(QStringLiteral("consent.csv"));
        QSignalSpy exported(history, &ui::ConsentHistoryDialog::exported);
        history->exportTo(csvPath);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, kWait);
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith("id,contact_id,phone"));
        QVERIFY(lines.at(1).contains("opt_in"));
        QVERIFY(lines.at(2).contains("opt_out") && lines.at(2).contains("ana"));
        history->close();

        // The picker says why before anything is sent, and Send stays off. (From the composer
        // too, the linked request fills the values.)
        QTest::mouseClick(m_window->composer()->templateButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->templateActions()->picker(), kWait);
        TemplatePickerDialog *picker = m_window->templateActions()->picker();
        QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), kWait);
        QVERIFY(picker->selectTemplate(QStringLiteral("solicitud_recibida_cliente"),
                                       QStringLiteral("es")));
        QCOMPARE(picker->form()->field(TemplatePart::Body, 2)->text(), QStringLiteral("SR-2001"));
        QTRY_VERIFY_WITH_TIMEOUT(picker->isChecked(), kWait);
        QVERIFY(picker->refusalLabel()->isVisible());
        QVERIFY2(picker->refusalLabel()->text().contains(QLatin1String("opted out")),
                 qPrintable(picker->refusalLabel()->text()));
        QVERIFY(!picker->sendButton()->isEnabled());
        screenshot(picker, QStringLiteral("26-template-refused-opted-out"));
        picker->close();
        QTRY_COMPARE_WITH_TIMEOUT(sentTo(kMaria).size(), sentBefore + 1,
                                  kWait); // only the opt-out confirmation

        // Record a verbal opt-in again: templates are allowed again.
        history = box->openHistory();
        QTRY_COMPARE_WITH_TIMEOUT(history->table()->rowCount(), 2, kWait);
        QTest::mouseClick(history->findChild<QPushButton *>(QStringLiteral("recordOptIn")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(history->table()->rowCount(), 3, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(box->stateLabel()->text().startsWith(QLatin1String("Opted in")),
                                 kWait);
        history->close();
    }

    void refusalAtSendTimeReachesTheThread()
    {
        // Consent changed between the preview and the send (another agent recorded an opt-out):
        // the relay refuses the queued template and the thread says why.
        QVERIFY(call(m_token, [this](sync::RelayApi &api, auto done) {
            api.post(QStringLiteral("/api/whatsapp/conversations/%1/consent").arg(m_maria),
                     {{QStringLiteral("action"), QStringLiteral("opt_out")},
                      {QStringLiteral("send_confirmation"), false}},
                     &api, done);
        }));
        m_window->openConversation(m_maria);
        // The side panel follows the change live.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->sidePanel()->consentBox()->stateLabel()->text().startsWith(
                QLatin1String("Opted out")),
            kWait);
        const QJsonObject spec{
            {QStringLiteral("name"), QStringLiteral("technician_on_the_way")},
            {QStringLiteral("language"), QStringLiteral("es")},
            {QStringLiteral("parameters"),
             QJsonObject{{QStringLiteral("body"),
                          QJsonArray{QStringLiteral("María"), QStringLiteral("Jorge"),
                                     QStringLiteral("PTAR"), QStringLiteral("12:00")}}}}};
        QVERIFY(m_engine->sendMessage(m_maria, QStringLiteral("template"),
                                      QJsonObject{{QStringLiteral("template"), spec}},
                                      QStringLiteral("Hola María"), {}, {}));
        ui::ThreadModel *thread = m_window->threadModel();
        QTRY_COMPARE_WITH_TIMEOUT(lastStatus(thread), int(DeliveryStatus::Failed), kWait);
        const QString failure =
            thread->index(thread->rowCount() - 1).data(ui::ThreadModel::FailureRole).toString();
        QVERIFY2(failure.contains(QLatin1String("opted out")), qPrintable(failure));
        screenshot(m_window.get(), QStringLiteral("29-template-refused-at-send"));
        QVERIFY(call(m_token, [this](sync::RelayApi &api, auto done) {
            api.post(QStringLiteral("/api/whatsapp/conversations/%1/consent").arg(m_maria),
                     {{QStringLiteral("action"), QStringLiteral("opt_in")},
                      {QStringLiteral("source"), QStringLiteral("agent_verbal")}},
                     &api, done);
        }));
    }

    void translatedPicker_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("send");
        QTest::newRow("es") << "es"
                            << "Enviar una plantilla"
                            << "Enviar plantilla";
        QTest::newRow("pt_BR") << "pt_BR"
                               << "Enviar um modelo"
                               << "Enviar modelo";
    }

    void translatedPicker()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, send);
        const QString qm =
            QStringLiteral(RECADO_BINARY_DIR "/app/desktop/recado_%1.qm").arg(language);
        if (!QFile::exists(qm))
            QSKIP("build the recado target first (it compiles the translations)");
        QTranslator translator;
        QVERIFY(translator.load(qm));
        QCoreApplication::installTranslator(&translator);
        const QLocale before;
        QLocale::setDefault(QLocale(language));
        {
            Conversation c = *m_engine->conversation(m_pedro);
            c.language = language;
            TemplatePickerDialog *picker = m_window->templateActions()->sendToConversation(c);
            QCOMPARE(picker->windowTitle(), title);
            QCOMPARE(picker->sendButton()->text(), send);
            QTRY_VERIFY_WITH_TIMEOUT(picker->isLoaded(), kWait);
            QVERIFY(picker->selectTemplate(QStringLiteral("technician_on_the_way"), language));
            picker->form()->field(TemplatePart::Body, 2)->setText(QStringLiteral("Luis Pérez"));
            QTRY_VERIFY_WITH_TIMEOUT(picker->isChecked(), kWait);
            // Parameter labels and the validator's words are translated too.
            auto *problem =
                picker->form()->findChild<QLabel *>(QStringLiteral("param_body_3_problem"));
            QTRY_VERIFY(problem->isVisible());
            QVERIFY2(!problem->text().contains(QLatin1String("Fill in")),
                     qPrintable(problem->text()));
            screenshot(picker, QStringLiteral("27-template-picker-") + language);
            picker->close();
        }
        QLocale::setDefault(before);
        QCoreApplication::removeTranslator(&translator);
    }

    void templateInTheOutboxSurvivesARestart()
    {
        // The relay is down when the agent sends: the template waits in the outbox, the client
        // quits, and the next run delivers it once the relay is back (like text).
        m_fx.stopRelay();
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->connection() != sync::SyncEngine::Connection::Live,
                                 kWait);
        const QJsonObject spec{
            {QStringLiteral("name"), QStringLiteral("technician_on_the_way")},
            {QStringLiteral("language"), QStringLiteral("es")},
            {QStringLiteral("parameters"),
             QJsonObject{{QStringLiteral("body"),
                          QJsonArray{QStringLiteral("Pedro"), QStringLiteral("Ana Ruiz"),
                                     QStringLiteral("revisión final"), QStringLiteral("11:15")}}}}};
        const int before = sentTo(kPedro).size();
        QVERIFY(m_engine->sendMessage(m_pedro, QStringLiteral("template"),
                                      QJsonObject{{QStringLiteral("template"), spec}},
                                      QStringLiteral("Hola Pedro, Ana Ruiz va en camino"), {}, {}));
        m_window.reset();
        m_engine.reset();

        QVERIFY(m_fx.restartRelay());
        m_engine = std::make_unique<sync::SyncEngine>();
        QVERIFY(m_engine->openCache(m_dir.filePath(QStringLiteral("cache.sqlite"))));
        m_engine->setAccount(m_fx.relayUrl(), m_token,
                             Agent{QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::Agent});
        m_window = std::make_unique<MainWindow>(m_engine.get());
        m_window->show();
        m_engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(sentTo(kPedro).size(), before + 1, kWait);
        const QJsonObject sent =
            sentTo(kPedro).last().body.value(QStringLiteral("template")).toObject();
        QCOMPARE(sent.value(QStringLiteral("name")).toString(),
                 QStringLiteral("technician_on_the_way"));
        QCOMPARE(sent[QStringLiteral("components")][0][QStringLiteral("parameters")][2]
                     [QStringLiteral("text")]
                         .toString(),
                 QStringLiteral("revisión final"));
        m_window->openConversation(m_pedro);
        QTRY_VERIFY_WITH_TIMEOUT(
            lastBody(m_window->threadModel()).contains(QStringLiteral("Ana Ruiz va en camino")),
            kWait);
    }

private:
    void fill(TemplatePickerDialog *picker, const QStringList &body)
    {
        for (int i = 0; i < body.size(); ++i)
            picker->form()->field(TemplatePart::Body, i + 1)->setText(body.at(i));
        QTRY_VERIFY_WITH_TIMEOUT(picker->isChecked(), kWait);
        QVERIFY2(picker->sendButton()->isEnabled(), qPrintable(picker->stateLabel()->text()));
    }

    qint64 idOf(const QString &name) const
    {
        ConversationListModel *list = m_window->listModel();
        for (int r = 0; r < list->rowCount(); ++r) {
            if (list->index(r).data(ConversationListModel::NameRole).toString() == name)
                return list->idAt(r);
        }
        return 0;
    }

    static QString lastBody(ui::ThreadModel *thread)
    {
        return thread->rowCount() == 0 ? QString()
                                       : thread->index(thread->rowCount() - 1)
                                             .data(ui::ThreadModel::BodyRole)
                                             .toString();
    }

    static int lastStatus(ui::ThreadModel *thread)
    {
        return thread->rowCount() == 0 ? -1
                                       : thread->index(thread->rowCount() - 1)
                                             .data(ui::ThreadModel::StatusRole)
                                             .toInt();
    }

    QList<metasim::SentMessage> sentTo(const QString &waId) const
    {
        QList<metasim::SentMessage> out;
        for (const auto &s : m_fx.simulator()->sentMessages()) {
            if (s.waId == waId)
                out.append(s);
        }
        return out;
    }

    template<typename F> bool call(const QString &token, F f)
    {
        sync::RelayApi api;
        api.setBaseUrl(m_fx.relayUrl());
        api.setToken(token);
        std::optional<sync::ApiResult> result;
        f(api, [&result](const sync::ApiResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kWait))
            qWarning("no answer within %d ms", kWait);
        if (result && !result->ok())
            qWarning() << result->errorMessage;
        return result && result->ok();
    }

    void postOldMessage(const QString &waId, const QString &name, const QString &body, int daysAgo)
    {
        m_fx.postCustomerText(waId, name, body, QDateTime::currentDateTimeUtc().addDays(-daysAgo),
                              QStringLiteral("wamid.old.") + waId);
    }

    QTemporaryDir m_dir;
    test::RelayFixture m_fx;
    QString m_token;
    QString m_supervisor;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_maria = 0;
    qint64 m_pedro = 0;
};

QTEST_MAIN(TestTemplates)
#include "tst_templates.moc"
