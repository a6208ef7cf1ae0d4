// SPDX-License-Identifier: GPL-3.0-or-later
// The AI-draft review pane in the real main window, against a real relay (policy "draft", the
// builtin drafter) and the Meta simulator: a customer's message produces a draft the pane
// shows; Approve sends it as is (the simulator receives it), Edit sends the agent's text (the
// relay records an edited draft and its edit distance), Reject records the reason; a draft the
// window would refuse cannot be approved and says why; an escalated draft says so; sources open
// in a reader; a decision made elsewhere and a client restart keep the pane right.
// Screenshots go to <build>/artifacts/screenshots/.
#include "ReviewTestKit.h"

#include "core/sync/DraftTracker.h"
#include "ui/ComposerEdit.h"
#include "ui/ComposerWidget.h"
#include "ui/review/DraftReviewController.h"
#include "ui/review/DraftReviewPane.h"
#include "ui/review/DraftSourcesView.h"
#include "ui/review/RejectDraftDialog.h"
#include "ui/review/SourceReaderDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTranslator>

using namespace recado;
using namespace recado::test;
using namespace recado::test::drafts;
using namespace recado::test::review;
using recado::ui::DraftReviewPane;

class TestDraftReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_fx.start());
        QVERIFY(m_fx.createUser(QStringLiteral("ana"), domain::Role::Agent,
                                QStringLiteral("ana-password")));
        QVERIFY(m_fx.createUser(QStringLiteral("luis"), domain::Role::Agent,
                                QStringLiteral("luis-password")));
        m_http = std::make_unique<HttpClient>(m_fx.relayUrl());
        m_http->setToken(m_fx.login(QStringLiteral("luis"), QStringLiteral("luis-password")));
        m_ana = signIn();
        QVERIFY(m_ana);
    }

    void cleanupTestCase() { m_ana.reset(); }

    void approveSendsTheDraft()
    {
        const QString waId = QStringLiteral("5215530000001");
        const Inbound in = customerWrites(
            m_fx, waId, QStringLiteral("Buenas tardes, ¿cuál es su horario de atención?"),
            QStringLiteral("María López"));
        const qint64 id = waitForDraft(m_fx, in.messageId);
        QVERIFY(id != 0);
        const QJsonObject relayDraft = getDraft(*m_http, id);

        DraftReviewPane *pane = open(in.conversationId);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isVisible(), kWait);
        QCOMPARE(pane->draft()->id, id);
        QCOMPARE(pane->replyView()->toPlainText(),
                 relayDraft.value(QStringLiteral("text")).toString());
        QCOMPARE(pane->confidenceBar()->value(),
                 qRound(relayDraft.value(QStringLiteral("confidence")).toDouble() * 100));
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("draftIntent"))
                    ->text()
                    .contains(QLatin1String("General question")));
        QVERIFY(!pane->blockedLabel()->isVisible());
        QVERIFY(pane->approveButton()->isEnabled());
        QVERIFY(pane->sourcesView()->count() >= 1); // grounded in a knowledge-base article
        QVERIFY(screenshot(m_ana->window.get(), QStringLiteral("review-01-draft-pane")));

        QTest::mouseClick(pane->approveButton(), Qt::LeftButton);
        const QString text = relayDraft.value(QStringLiteral("text")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(simSentTexts(m_fx, waId), QStringList{text}, kWait);
        const QJsonObject after = getDraft(*m_http, id);
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(after.value(QStringLiteral("decided_by")).toString(), QStringLiteral("ana"));
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isVisible(), kWait);
        // The sent reply shows in the thread (it came back as a message event).
        QTRY_VERIFY_WITH_TIMEOUT(threadHas(text), kWait);
    }

    void editSendsTheAgentsText()
    {
        const QString waId = QStringLiteral("5215530000002");
        const Inbound in =
            customerWrites(m_fx, waId, QStringLiteral("Hola, ¿qué formas de pago aceptan?"),
                           QStringLiteral("Pedro Gómez"));
        const qint64 id = waitForDraft(m_fx, in.messageId);
        QVERIFY(id != 0);
        DraftReviewPane *pane = open(in.conversationId);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isVisible() && pane->draft() && pane->draft()->id == id,
                                 kWait);
        const QString drafted = pane->draft()->text;

        QTest::mouseClick(pane->editButton(), Qt::LeftButton);
        ui::ComposerWidget *composer = m_ana->window->composer();
        QCOMPARE(composer->editor()->toPlainText(), drafted);
        QVERIFY(pane->isEditing());
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("draftEditing"))->isVisible());
        QVERIFY(!pane->editButton()->isEnabled());
        composer->editor()->moveCursor(QTextCursor::End);
        composer->editor()->insertPlainText(QStringLiteral(" Saludos, Ana."));
        const QString edited = drafted + QStringLiteral(" Saludos, Ana.");
        QVERIFY(screenshot(m_ana->window.get(), QStringLiteral("review-02-editing")));
        QTest::keyClick(composer->editor(), Qt::Key_Return);

        QTRY_COMPARE_WITH_TIMEOUT(simSentTexts(m_fx, waId), QStringList{edited}, kWait);
        const QJsonObject after = getDraft(*m_http, id);
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("edited"));
        QCOMPARE(after.value(QStringLiteral("text")).toString(), drafted);
        QCOMPARE(after.value(QStringLiteral("sent_text")).toString(), edited);
        QCOMPARE(after.value(QStringLiteral("edit_distance")).toInt(),
                 int(QStringLiteral(" Saludos, Ana.").size()));
        QCOMPARE(scalar(m_fx,
                        QStringLiteral("SELECT COUNT(*) FROM draft_decisions WHERE draft_id = ? "
                                       "AND action = 'edit' AND actor = 'ana'"),
                        {id})
                     .toInt(),
                 1);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isVisible(), kWait);
        QVERIFY(!pane->isEditing());
    }

    void rejectRecordsTheReason()
    {
        const QString waId = QStringLiteral("5215530000003");
        const Inbound in =
            customerWrites(m_fx, waId, QStringLiteral("¿Cuánto cuesta la visita de diagnóstico?"),
                           QStringLiteral("Lucía Torres"));
        const qint64 id = waitForDraft(m_fx, in.messageId);
        QVERIFY(id != 0);
        DraftReviewPane *pane = open(in.conversationId);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isVisible() && pane->draft() && pane->draft()->id == id,
                                 kWait);

        QTest::mouseClick(pane->rejectButton(), Qt::LeftButton);
        ui::RejectDraftDialog *dialog = pane->rejectDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QPushButton *confirm = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!confirm->isEnabled()); // a reason first
        dialog->reasonBox()->setCurrentIndex(
            dialog->reasonBox()->findData(QStringLiteral("other")));
        QVERIFY(!confirm->isEnabled()); // "Other" needs a note
        dialog->noteEdit()->setPlainText(QStringLiteral("El precio cambió esta semana."));
        QVERIFY(confirm->isEnabled());
        dialog->reasonBox()->setCurrentIndex(
            dialog->reasonBox()->findData(QStringLiteral("wrong_facts")));
        QVERIFY(screenshot(dialog, QStringLiteral("review-03-reject-dialog")));
        QTest::mouseClick(confirm, Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(getDraft(*m_http, id).value(QStringLiteral("status")).toString(),
                                  QStringLiteral("rejected"), kWait);
        const QJsonObject after = getDraft(*m_http, id);
        QCOMPARE(after.value(QStringLiteral("reject_reason")).toString(),
                 QStringLiteral("wrong_facts"));
        QCOMPARE(after.value(QStringLiteral("note")).toString(),
                 QStringLiteral("El precio cambió esta semana."));
        QCOMPARE(after.value(QStringLiteral("decided_by")).toString(), QStringLiteral("ana"));
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isVisible(), kWait);
        QVERIFY(simSentTexts(m_fx, waId).isEmpty()); // nothing went to the customer
    }

    void blockedDraftCannotBeApproved()
    {
        const QString waId = QStringLiteral("5215530000004");
        const Inbound in =
            customerWrites(m_fx, waId, QStringLiteral("¿Tienen servicio en Coyoacán?"),
                           QStringLiteral("Rosa Martínez"));
        const qint64 id = waitForDraft(m_fx, in.messageId);
        QVERIFY(id != 0);
        // A day later nobody has acted: the customer's 24-hour window closed.
        QSqlQuery q(m_fx.relay()->database().db());
        q.prepare(QStringLiteral("UPDATE conversations SET last_inbound_at = ? WHERE id = ?"));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch() - 25LL * 3600 * 1000);
        q.addBindValue(in.conversationId);
        QVERIFY(q.exec());

        DraftReviewPane *pane = open(in.conversationId);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isVisible() && pane->draft() &&
                                     pane->draft()->blockedReason == QLatin1String("window_closed"),
                                 kWait);
        QVERIFY(!pane->approveButton()->isEnabled());
        QVERIFY(!pane->editButton()->isEnabled());
        QVERIFY(pane->rejectButton()->isEnabled());
        QVERIFY(pane->blockedLabel()->isVisible());
        QVERIFY2(pane->blockedLabel()->text().contains(QLatin1String("24-hour window")),
                 qPrintable(pane->blockedLabel()->text()));
        QVERIFY(screenshot(m_ana->window.get(), QStringLiteral("review-04-blocked-draft")));
        QCOMPARE(getDraft(*m_http, id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
    }

    void escalatedDraftSaysSo()
    {
        const QString waId = QStringLiteral("5215530000005");
        const Inbound in = customerWrites(
            m_fx, waId,
            QStringLiteral("Ya les dije tres veces que el técnico no vino!!! Voy a poner una "
                           "queja en PROFECO"),
            QStringLiteral("Jorge Pérez"));
        const qint64 id = waitForDraft(m_fx, in.messageId);
        QVERIFY(id != 0);
        QVERIFY(getDraft(*m_http, id).value(QStringLiteral("escalate")).toBool());
        m_escalatedConversation = in.conversationId;
        DraftReviewPane *pane = open(in.conversationId);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isVisible() && pane->draft() && pane->draft()->id == id,
                                 kWait);
        QVERIFY(pane->escalationLabel()->isVisible());
        QVERIFY2(pane->escalationLabel()->text().contains(QLatin1String("Needs a person")),
                 qPrintable(pane->escalationLabel()->text()));
        QVERIFY2(pane->escalationLabel()->text().contains(QLatin1String("legal action")),
                 qPrintable(pane->escalationLabel()->text()));
        QVERIFY(screenshot(m_ana->window.get(), QStringLiteral("review-05-escalated-draft")));
        QVERIFY(screenshot(pane, QStringLiteral("review-05b-escalated-pane")));
        // Dark theme: the banners are tints of the window colour, the text stays readable.
        const QPalette before = m_ana->window->palette();
        m_ana->window->setPalette(test::darkPalette());
        QVERIFY(screenshot(pane, QStringLiteral("review-05c-escalated-pane-dark")));
        const QColor banner = pane->escalationLabel()->palette().color(QPalette::Window);
        QVERIFY(banner.lightnessF() < 0.5);
        m_ana->window->setPalette(before);
    }

    void translatedPane_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("approve");
        QTest::addColumn<QString>("escalation");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Aprobar y enviar")
                            << QStringLiteral("Necesita a una persona");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("Aprovar e enviar")
                               << QStringLiteral("Precisa de uma pessoa");
    }

    void translatedPane()
    {
        QFETCH(QString, language);
        QFETCH(QString, approve);
        QFETCH(QString, escalation);
        const QString qm =
            QStringLiteral(RECADO_BINARY_DIR "/app/desktop/recado_%1.qm").arg(language);
        if (!QFile::exists(qm))
            QSKIP("translations not built (target recado_lrelease)");
        QVERIFY(m_escalatedConversation != 0);
        QTranslator translator;
        QVERIFY(translator.load(qm));
        QCoreApplication::installTranslator(&translator);
        {
            // Texts are set when widgets are built: a window built with the language on.
            ui::MainWindow w(m_ana->engine.get());
            w.show();
            w.openConversation(m_escalatedConversation);
            DraftReviewPane *pane = w.draftReview()->pane();
            QTRY_VERIFY_WITH_TIMEOUT(pane->isVisible(), kWait);
            QCOMPARE(pane->approveButton()->text().remove(QLatin1Char('&')), approve);
            QVERIFY2(pane->escalationLabel()->text().contains(escalation),
                     qPrintable(pane->escalationLabel()->text()));
            QVERIFY(screenshot(&w, QStringLiteral("review-07-escalated-") + language));
        }
        QCoreApplication::removeTranslator(&translator);
    }

    void sourceOpensInAReader()
    {
        const QString waId = QStringLiteral("5215530000006");
        const Inbound in =
            customerWrites(m_fx, waId, QStringLiteral("¿Cuánto dura la garantía de la reparación?"),
                           QStringLiteral("Elena Ruiz"));
        const qint64 id = waitForDraft(m_fx, in.messageId);
        QVERIFY(id != 0);
        DraftReviewPane *pane = open(in.conversationId);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isVisible() && pane->draft() && pane->draft()->id == id,
                                 kWait);
        ui::DraftSourcesView *sources = pane->sourcesView();
        int kb = -1;
        for (int i = 0; i < sources->sources().size(); ++i) {
            if (sources->sources().at(i).kind == QLatin1String("kb"))
                kb = i;
        }
        QVERIFY2(kb >= 0, "the draft cites a knowledge-base article");
        QTest::mouseClick(sources->viewport(), Qt::LeftButton, {},
                          sources->visualItemRect(sources->item(kb)).center());
        ui::SourceReaderDialog *reader = pane->findChild<ui::SourceReaderDialog *>();
        QVERIFY(reader);
        QTRY_VERIFY_WITH_TIMEOUT(reader->fullArticleShown(), kWait);
        QVERIFY(reader->body()->toPlainText().contains(QLatin1String("Approved article")));
        QVERIFY(screenshot(reader, QStringLiteral("review-06-source-reader")));
        reader->close();
    }

    void decisionElsewhereHidesThePane()
    {
        const QString waId = QStringLiteral("5215530000007");
        const Inbound in =
            customerWrites(m_fx, waId, QStringLiteral("¿Aceptan pagos con tarjeta de crédito?"),
                           QStringLiteral("Tomás Reyes"));
        const qint64 id = waitForDraft(m_fx, in.messageId);
        QVERIFY(id != 0);
        DraftReviewPane *pane = open(in.conversationId);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isVisible() && pane->draft() && pane->draft()->id == id,
                                 kWait);
        // Luis rejects it from his client: Ana's pane follows the stream.
        const auto r = m_http->post(QStringLiteral("/api/drafts/%1/reject").arg(id),
                                    {{QStringLiteral("reason"), QStringLiteral("needs_human")},
                                     {QStringLiteral("note"), QString()}});
        QCOMPARE(r.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isVisible(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_ana->window->statusBar()->currentMessage().contains(QLatin1String("luis")), kWait);

        // The customer writes again: a new draft appears live.
        const Inbound again = customerWrites(m_fx, waId, QStringLiteral("¿Y transferencia?"),
                                             QStringLiteral("Tomás Reyes"));
        const qint64 next = waitForDraft(m_fx, again.messageId);
        QVERIFY(next != 0);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isVisible() && pane->draft() && pane->draft()->id == next,
                                 kWait);
    }

    void replyByHandOffersToRejectTheDraft()
    {
        const QString waId = QStringLiteral("5215530000009");
        const Inbound in = customerWrites(m_fx, waId, QStringLiteral("¿Hacen visitas en Toluca?"),
                                          QStringLiteral("Sara Vega"));
        const qint64 id = waitForDraft(m_fx, in.messageId);
        QVERIFY(id != 0);
        DraftReviewPane *pane = open(in.conversationId);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isVisible() && pane->draft() && pane->draft()->id == id,
                                 kWait);
        QVERIFY(!pane->answeredLabel()->isVisible());
        // Ana answers in her own words instead of using the draft.
        ui::ComposerWidget *composer = m_ana->window->composer();
        composer->editor()->setPlainText(QStringLiteral("Sí, vamos a Toluca los martes."));
        QTest::keyClick(composer->editor(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(pane->answeredLabel()->isVisible(), kWait);
        QVERIFY(screenshot(pane, QStringLiteral("review-08-answered-by-hand")));
        QTest::mouseClick(pane->dismissButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(getDraft(*m_http, id).value(QStringLiteral("status")).toString(),
                                  QStringLiteral("rejected"), kWait);
        QCOMPARE(getDraft(*m_http, id).value(QStringLiteral("reject_reason")).toString(),
                 QStringLiteral("needs_human"));
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isVisible(), kWait);
        QCOMPARE(simSentTexts(m_fx, waId),
                 QStringList{QStringLiteral("Sí, vamos a Toluca los martes.")});
    }

    void pendingDraftSurvivesARestart()
    {
        const QString waId = QStringLiteral("5215530000008");
        const Inbound in =
            customerWrites(m_fx, waId, QStringLiteral("¿Cuál es su horario los sábados?"),
                           QStringLiteral("Carmen Díaz"));
        const qint64 id = waitForDraft(m_fx, in.messageId);
        QVERIFY(id != 0);
        // Quit the client and start it again on the same cache.
        m_ana.reset();
        m_ana = signIn();
        QVERIFY(m_ana);
        DraftReviewPane *pane = open(in.conversationId);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isVisible() && pane->draft() && pane->draft()->id == id,
                                 kWait);
        QVERIFY(pane->approveButton()->isEnabled());
    }

private:
    std::unique_ptr<Client> signIn()
    {
        return Client::signIn(m_fx, m_dir.filePath(QStringLiteral("ana.sqlite")),
                              QStringLiteral("ana"), QStringLiteral("ana-password"),
                              domain::Role::Agent);
    }

    DraftReviewPane *open(qint64 conversationId)
    {
        ui::MainWindow *w = m_ana->window.get();
        // The conversation reaches the client's cache by the stream first.
        (void)QTest::qWaitFor(
            [&] { return m_ana->engine->conversation(conversationId).has_value(); }, kWait);
        w->openConversation(conversationId);
        return w->draftReview()->pane();
    }

    bool threadHas(const QString &text) const
    {
        const auto msgs =
            m_ana->engine->messages(m_ana->window->currentConversationId(), std::nullopt, 50);
        for (const auto &m : msgs) {
            if (m.message.text == text)
                return true;
        }
        return false;
    }

    QTemporaryDir m_dir;
    RelayFixture m_fx;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<Client> m_ana;
    qint64 m_escalatedConversation = 0;
};

QTEST_MAIN(TestDraftReview)
#include "tst_draftreview.moc"
