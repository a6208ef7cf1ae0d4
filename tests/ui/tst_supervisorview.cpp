// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's AI review window against a real relay and the Meta simulator: agents do not
// get it (and a 403 is shown in words, not as empty tables); supervisors see every draft and
// auto-sent reply, filter by outcome, intent, agent and dates, read the word diff of an edited
// reply, mark an auto-sent reply as wrong (logged and counted), and read the figures.
// Screenshots go to <build>/artifacts/screenshots/.
#include "ReviewTestKit.h"

#include "core/sync/DraftApi.h"
#include "relay/RelayConfig.h"
#include "ui/review/DiffHtml.h"
#include "ui/review/DraftDetailView.h"
#include "ui/review/DraftFiguresTab.h"
#include "ui/review/DraftQueueTab.h"
#include "ui/review/DraftReviewController.h"
#include "ui/review/DraftTableModel.h"
#include "ui/review/SupervisorWindow.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>

using namespace recado;
using namespace recado::test;
using namespace recado::test::drafts;
using namespace recado::test::review;
using recado::ui::DraftTableModel;
using recado::ui::SupervisorWindow;

class TestSupervisorView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Greetings go out by themselves; everything else waits for a person.
        m_fx.config().draftPolicy.mode = relay::drafts::DraftPolicy::Mode::AutoSend;
        m_fx.config().draftPolicy.autoSendIntents = {relay::drafts::Intent::Greeting};
        QVERIFY(m_fx.start());
        QVERIFY(m_fx.createUser(QStringLiteral("ana"), domain::Role::Agent,
                                QStringLiteral("ana-password")));
        QVERIFY(m_fx.createUser(QStringLiteral("luis"), domain::Role::Agent,
                                QStringLiteral("luis-password")));
        QVERIFY(m_fx.createUser(QStringLiteral("sofia"), domain::Role::Supervisor,
                                QStringLiteral("sofia-password")));
        HttpClient ana(m_fx.relayUrl()), luis(m_fx.relayUrl());
        ana.setToken(m_fx.login(QStringLiteral("ana"), QStringLiteral("ana-password")));
        luis.setToken(m_fx.login(QStringLiteral("luis"), QStringLiteral("luis-password")));

        // Approved as is, by Ana.
        m_approved = draftFor(QStringLiteral("5215540000001"),
                              QStringLiteral("Buenas tardes, ¿cuál es su horario de atención?"),
                              QStringLiteral("María López"));
        QCOMPARE(ana.post(QStringLiteral("/api/drafts/%1/approve").arg(m_approved),
                          {{QStringLiteral("client_id"), QStringLiteral("sv-approve")}})
                     .status,
                 202);
        // Edited by Ana: one word changed, a sentence added.
        m_edited = draftFor(QStringLiteral("5215540000002"),
                            QStringLiteral("Hola, ¿qué formas de pago aceptan?"),
                            QStringLiteral("Pedro Gómez"));
        m_editedDraftText = getDraft(ana, m_edited).value(QStringLiteral("text")).toString();
        // The first word swapped for another, a closing sentence added.
        m_firstWord = m_editedDraftText.section(QLatin1Char(' '), 0, 0);
        QVERIFY(!m_firstWord.isEmpty());
        m_sentText = QStringLiteral("Recibimos") + m_editedDraftText.mid(m_firstWord.size()) +
                     QStringLiteral(" Saludos cordiales.");
        QCOMPARE(ana.post(QStringLiteral("/api/drafts/%1/send-edited").arg(m_edited),
                          {{QStringLiteral("client_id"), QStringLiteral("sv-edit")},
                           {QStringLiteral("text"), m_sentText}})
                     .status,
                 202);
        m_editDistance = getDraft(ana, m_edited).value(QStringLiteral("edit_distance")).toInt();
        QVERIFY(m_editDistance > int(QStringLiteral(" Saludos cordiales.").size()));
        // Rejected by Luis.
        m_rejected = draftFor(QStringLiteral("5215540000003"),
                              QStringLiteral("¿Cuánto cuesta la visita de diagnóstico?"),
                              QStringLiteral("Lucía Torres"));
        QCOMPARE(luis.post(QStringLiteral("/api/drafts/%1/reject").arg(m_rejected),
                           {{QStringLiteral("reason"), QStringLiteral("wrong_facts")},
                            {QStringLiteral("note"), QStringLiteral("Precio viejo")}})
                     .status,
                 200);
        // Escalated, still pending.
        m_escalated =
            draftFor(QStringLiteral("5215540000004"),
                     QStringLiteral("El técnico nunca llegó!!! Voy a poner una queja en PROFECO"),
                     QStringLiteral("Jorge Pérez"));
        // Auto-sent greeting.
        m_autoSent = draftFor(QStringLiteral("5215540000005"), QStringLiteral("Hola, buenos días"),
                              QStringLiteral("Elena Ruiz"));
        QTRY_COMPARE_WITH_TIMEOUT(
            getDraft(ana, m_autoSent).value(QStringLiteral("status")).toString(),
            QStringLiteral("auto_sent"), kWait);
        QVERIFY(m_approved && m_edited && m_rejected && m_escalated && m_autoSent);
    }

    void agentCannotOpenTheSupervisorView()
    {
        auto ana = Client::signIn(m_fx, m_dir.filePath(QStringLiteral("ana.sqlite")),
                                  QStringLiteral("ana"), QStringLiteral("ana-password"),
                                  domain::Role::Agent);
        QVERIFY(ana);
        ui::DraftReviewController *review = ana->window->draftReview();
        QVERIFY(!review->supervisorAction()->isVisible());
        review->supervisorAction()->trigger();
        QVERIFY(!review->supervisorWindow());

        // Had the window been opened anyway (a role lowered after sign-in), the relay's 403 is
        // said in words instead of empty tables.
        SupervisorWindow window(ana->engine.get());
        window.show();
        window.reload();
        QTRY_VERIFY_WITH_TIMEOUT(window.isForbidden(), kWait);
        QVERIFY(window.forbiddenLabel()->isVisible());
        QVERIFY(!window.tabs()->isVisible());
        QVERIFY(window.forbiddenLabel()->text().contains(QLatin1String("Only supervisors")));
        QVERIFY(screenshot(&window, QStringLiteral("review-10-supervisor-forbidden")));
    }

    void supervisorSeesEveryDraft()
    {
        m_sofia = Client::signIn(m_fx, m_dir.filePath(QStringLiteral("sofia.sqlite")),
                                 QStringLiteral("sofia"), QStringLiteral("sofia-password"),
                                 domain::Role::Supervisor);
        QVERIFY(m_sofia);
        ui::DraftReviewController *review = m_sofia->window->draftReview();
        QVERIFY(review->supervisorAction()->isVisible());
        review->supervisorAction()->trigger();
        SupervisorWindow *w = review->supervisorWindow();
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        DraftTableModel *model = w->queue()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, kWait);
        QCOMPARE(model->draftAt(0)->id, m_autoSent); // newest first
        QSet<qint64> ids;
        for (int r = 0; r < model->rowCount(); ++r)
            ids << model->draftAt(r)->id;
        QCOMPARE(ids, (QSet<qint64>{m_approved, m_edited, m_rejected, m_escalated, m_autoSent}));
        const int autoRow = model->rowOfDraft(m_autoSent);
        QCOMPARE(model->index(autoRow, DraftTableModel::DecidedBy).data().toString(),
                 QStringLiteral("the AI (auto-send)"));
        QCOMPARE(model->index(autoRow, DraftTableModel::Customer).data().toString(),
                 QStringLiteral("Elena Ruiz"));
        selectDraft(m_approved);
        QTRY_VERIFY(w->queue()->detail()->historyLabel()->text().contains(QLatin1String("ana")));
        QVERIFY(w->queue()->detail()->sentText()->isVisible());
        QVERIFY(!w->queue()->detail()->diffView()->isVisible()); // sent exactly as drafted
        QVERIFY(screenshot(w, QStringLiteral("review-11-supervisor-queue")));
    }

    void filtersNarrowTheList()
    {
        ui::DraftQueueTab *queue = m_sofia->window->draftReview()->supervisorWindow()->queue();
        DraftTableModel *model = queue->model();

        setCombo(queue->outcomeFilter(), QStringLiteral("edited"));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 1, kWait);
        QCOMPARE(model->draftAt(0)->id, m_edited);

        setCombo(queue->outcomeFilter(), QStringLiteral("rejected"));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 1, kWait);
        QCOMPARE(model->draftAt(0)->id, m_rejected);

        setCombo(queue->outcomeFilter(), QStringLiteral("#escalated"));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() >= 1, kWait);
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->draftAt(r)->escalate);
        QVERIFY(model->rowOfDraft(m_escalated) >= 0);

        setCombo(queue->outcomeFilter(), QString());
        setCombo(queue->agentFilter(), QStringLiteral("luis"));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 1, kWait);
        QCOMPARE(model->draftAt(0)->id, m_rejected);

        setCombo(queue->agentFilter(), QString());
        setCombo(queue->intentFilter(), QStringLiteral("greeting"));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 1, kWait);
        QCOMPARE(model->draftAt(0)->id, m_autoSent);

        setCombo(queue->intentFilter(), QString());
        queue->fromEdit()->setDate(QDate::currentDate().addDays(1));
        queue->toEdit()->setDate(QDate::currentDate().addDays(2));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 0, kWait);
        QTRY_COMPARE(queue->stateLabel()->text(), QStringLiteral("No drafts match these filters."));
        queue->fromEdit()->setDate(QDate::currentDate().addDays(-1));
        queue->toEdit()->setDate(QDate::currentDate());
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 5, kWait);
    }

    void pagesLoadAsTheTableScrolls()
    {
        DraftTableModel *model =
            m_sofia->window->draftReview()->supervisorWindow()->queue()->model();
        sync::DraftQuery q = model->query();
        q.limit = 2;
        QSignalSpy pages(model, &DraftTableModel::pageLoaded);
        model->setQuery(q);
        // The table shows its last row, so it asks for the next page until none is left.
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 5, kWait);
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(pages.size(), 3); // 2 + 2 + 1
        QSet<qint64> ids;
        for (int r = 0; r < model->rowCount(); ++r)
            ids << model->draftAt(r)->id;
        QCOMPARE(ids.size(), 5); // no row twice across pages
        q.limit = 50;
        model->setQuery(q);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 5, kWait);
    }

    void editedReplyShowsTheWordDiff()
    {
        SupervisorWindow *w = m_sofia->window->draftReview()->supervisorWindow();
        selectDraft(m_edited);
        ui::DraftDetailView *detail = w->queue()->detail();
        QTRY_COMPARE(detail->draft()->id, m_edited);
        QCOMPARE(detail->draftText()->toPlainText(), m_editedDraftText);
        QCOMPARE(detail->sentText()->toPlainText(), m_sentText);
        QVERIFY(detail->diffView()->isVisible());
        const QString html = detail->diffView()->toHtml();
        // The swapped word is struck through, the new words underlined, the rest plain.
        QVERIFY2(html.contains(QLatin1String("line-through")), qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("underline")), qPrintable(html));
        const QString plain = detail->diffView()->toPlainText();
        QVERIFY2(plain.startsWith(m_firstWord + QStringLiteral(" Recibimos")), qPrintable(plain));
        QVERIFY(plain.endsWith(QLatin1String("Saludos cordiales.")));
        QVERIFY(detail->decisionLabel()->text().contains(
            QStringLiteral("Characters changed: %1.").arg(m_editDistance)));
        QTRY_VERIFY(detail->historyLabel()->text().contains(QLatin1String("edited and sent")));
        QVERIFY(screenshot(w, QStringLiteral("review-12-supervisor-diff")));

        selectDraft(m_rejected);
        QTRY_COMPARE(detail->draft()->id, m_rejected);
        QVERIFY(detail->decisionLabel()->text().contains(QLatin1String("Wrong facts")));
        QVERIFY(detail->decisionLabel()->text().contains(QLatin1String("Precio viejo")));
        QVERIFY(detail->decisionLabel()->text().contains(QLatin1String("luis")));
        QVERIFY(!detail->markWrongButton()->isVisible());
    }

    void markAutoSentReplyAsWrong()
    {
        SupervisorWindow *w = m_sofia->window->draftReview()->supervisorWindow();
        selectDraft(m_autoSent);
        ui::DraftDetailView *detail = w->queue()->detail();
        QTRY_COMPARE(detail->draft()->id, m_autoSent);
        QVERIFY(detail->markWrongButton()->isVisible());
        QVERIFY(detail->markWrongButton()->isEnabled());
        QTest::mouseClick(detail->markWrongButton(), Qt::LeftButton);
        QInputDialog *dialog = detail->markWrongDialog();
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("Saludó sin preguntar qué necesitaba"));
        dialog->accept();

        HttpClient sofia(m_fx.relayUrl());
        sofia.setToken(m_fx.login(QStringLiteral("sofia"), QStringLiteral("sofia-password")));
        QTRY_VERIFY_WITH_TIMEOUT(
            getDraft(sofia, m_autoSent).value(QStringLiteral("marked_wrong")).toBool(), kWait);
        const QJsonObject d = getDraft(sofia, m_autoSent);
        QCOMPARE(d.value(QStringLiteral("marked_wrong_by")).toString(), QStringLiteral("sofia"));
        QCOMPARE(d.value(QStringLiteral("marked_wrong_note")).toString(),
                 QStringLiteral("Saludó sin preguntar qué necesitaba"));
        QTRY_VERIFY(!detail->markWrongButton()->isEnabled());
        DraftTableModel *model = w->queue()->model();
        QTRY_VERIFY(model->index(model->rowOfDraft(m_autoSent), DraftTableModel::Outcome)
                        .data()
                        .toString()
                        .contains(QLatin1String("marked wrong")));
        QTRY_VERIFY(detail->historyLabel()->text().contains(QLatin1String("marked as wrong")));
    }

    void figuresMatchTheRelay()
    {
        SupervisorWindow *w = m_sofia->window->draftReview()->supervisorWindow();
        ui::DraftFiguresTab *figures = w->figures();
        w->tabs()->setCurrentWidget(figures);
        QTRY_VERIFY_WITH_TIMEOUT(figures->isLoaded(), kWait);
        const domain::DraftFigures f = figures->figures();
        QCOMPARE(f.totals.produced, 5);
        QCOMPARE(f.totals.approved, 1);
        QCOMPARE(f.totals.edited, 1);
        QCOMPARE(f.totals.meanEditDistance, double(m_editDistance));
        QCOMPARE(f.totals.rejected, 1);
        QCOMPARE(f.totals.autoSent, 1);
        QCOMPARE(f.totals.autoSentMarkedWrong, 1);
        QVERIFY(f.totals.escalated >= 1);
        QVERIFY(figures->totalsLabel()->text().contains(QLatin1String("<b>5</b> drafts")));
        QVERIFY(figures->totalsLabel()->text().contains(
            QStringLiteral("mean edit distance %1.0").arg(m_editDistance)));
        QVERIFY(figures->containmentLabel()->text().contains(QLatin1String("AI containment")));
        QVERIFY(figures->responseLabel()->text().contains(QLatin1String("none answered yet")));
        QCOMPARE(f.unanswered, 1);
        QTableWidget *byDay = figures->byDayTable();
        QCOMPARE(byDay->rowCount(), int(f.byDay.size()));
        int produced = 0, wrong = 0;
        for (int r = 0; r < byDay->rowCount(); ++r) {
            produced += byDay->item(r, 1)->text().toInt();
            wrong += byDay->item(r, 8)->text().toInt();
        }
        QCOMPARE(produced, 5);
        QCOMPARE(wrong, 1);
        QTableWidget *byIntent = figures->byIntentTable();
        QCOMPARE(byIntent->rowCount(), int(f.byIntent.size()));
        QVERIFY(byIntent->rowCount() >= 3); // faq, billing, complaint, greeting...

        // Luis answers the escalated customer himself: a first human response, timed.
        HttpClient luis(m_fx.relayUrl());
        luis.setToken(m_fx.login(QStringLiteral("luis"), QStringLiteral("luis-password")));
        const qint64 conversation =
            getDraft(luis, m_escalated).value(QStringLiteral("conversation_id")).toInteger();
        QCOMPARE(
            luis.post(QStringLiteral("/api/whatsapp/conversations/%1/messages").arg(conversation),
                      {{QStringLiteral("client_id"), QStringLiteral("sv-human")},
                       {QStringLiteral("text"), QStringLiteral("Lo siento mucho, Jorge. "
                                                               "Le llamo en 5 minutos.")}})
                .status,
            202);
        QSignalSpy loaded(figures, &ui::DraftFiguresTab::loaded);
        figures->reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWait);
        QCOMPARE(figures->figures().answered, 1);
        QVERIFY(figures->figures().medianSeconds >= 0);
        QVERIFY2(figures->responseLabel()->text().contains(QLatin1String("median")),
                 qPrintable(figures->responseLabel()->text()));
        QVERIFY(screenshot(w, QStringLiteral("review-13-supervisor-figures")));
        QCOMPARE(ui::DraftFiguresTab::duration(75), QStringLiteral("1 min 15 s"));
        QCOMPARE(ui::DraftFiguresTab::duration(7200), QStringLiteral("2 h"));
    }

    void diffHtmlKeepsTheWordsApart()
    {
        // A removed closing sentence: its separating space shows before the struck words.
        const QString from = QStringLiteral("Aceptamos efectivo y tarjeta. Saludos cordiales.");
        const QString to = QStringLiteral("Aceptamos efectivo y tarjeta.");
        QTextDocument doc;
        doc.setHtml(ui::DiffHtml::render(from, to, QPalette()));
        QCOMPARE(doc.toPlainText(), from);
        QVERIFY(doc.toHtml().contains(QLatin1String("line-through")));
        doc.setHtml(ui::DiffHtml::render(to, from, QPalette()));
        QCOMPARE(doc.toPlainText(), from);
        QVERIFY(doc.toHtml().contains(QLatin1String("underline")));
        // Markup in messages is text, never HTML.
        doc.setHtml(ui::DiffHtml::render(QStringLiteral("<b>hola</b>"),
                                         QStringLiteral("<b>adiós</b>"), QPalette()));
        QCOMPARE(doc.toPlainText(), QStringLiteral("<b>holaadiós</b>")); // struck, then added
        QVERIFY(!doc.toHtml().contains(QLatin1String("<b>")));
    }

    void cleanupTestCase() { m_sofia.reset(); }

private:
    qint64 draftFor(const QString &waId, const QString &text, const QString &name)
    {
        const Inbound in = customerWrites(m_fx, waId, text, name);
        return waitForDraft(m_fx, in.messageId);
    }

    static void setCombo(QComboBox *box, const QString &data)
    {
        const int i = box->findData(data);
        QVERIFY2(i >= 0, qPrintable(data));
        box->setCurrentIndex(i);
    }

    void selectDraft(qint64 id)
    {
        SupervisorWindow *w = m_sofia->window->draftReview()->supervisorWindow();
        DraftTableModel *model = w->queue()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfDraft(id) >= 0, kWait);
        QTableView *table = w->queue()->table();
        table->setCurrentIndex(model->index(model->rowOfDraft(id), 0));
    }

    QTemporaryDir m_dir;
    RelayFixture m_fx;
    std::unique_ptr<Client> m_sofia;
    qint64 m_approved = 0, m_edited = 0, m_rejected = 0, m_escalated = 0, m_autoSent = 0;
    QString m_editedDraftText;
    QString m_firstWord;
    QString m_sentText;
    int m_editDistance = 0;
};

QTEST_MAIN(TestSupervisorView)
#include "tst_supervisorview.moc"
