// SPDX-License-Identifier: GPL-3.0-or-later
// Grounding: the checker finds facts in replies; builtin drafts state no fact absent from their
// sources; knowledge-base answers cite the article; request-status drafts use the linked
// request; the knowledge base searches with FTS5 and without it.
#include "relay/drafts/BuiltinDrafter.h"
#include "relay/drafts/EscalationRules.h"
#include "relay/drafts/GroundingChecker.h"
#include "relay/drafts/KnowledgeBase.h"
#include "relay/drafts/ReplyComposer.h"
#include "tests/relay/DrafterTestData.h"

#include <QTest>

using namespace recado;
using namespace recado::relay::drafts;

namespace {

DraftSource src(const QString &text)
{
    return {QStringLiteral("kb"), QStringLiteral("t"), QStringLiteral("T"), text};
}

QStringList unsupported(const QString &reply, const QList<DraftSource> &sources)
{
    QStringList out;
    const GroundingReport r = GroundingChecker::check(reply, sources, test::referenceNow().date());
    for (const GroundingClaim &c : r.unsupported())
        out << c.kind + QLatin1Char(':') + c.text;
    return out;
}

bool citesKind(const DraftResult &r, const QString &kind, const QString &id = QString())
{
    return std::any_of(r.sources.cbegin(), r.sources.cend(), [&](const DraftSource &s) {
        return s.kind == kind && (id.isEmpty() || s.id == id);
    });
}

} // namespace

class TestDrafterGrounding : public QObject
{
    Q_OBJECT

    std::shared_ptr<KnowledgeBase> m_kb;

    DraftResult draft(const QString &text, bool linked = true,
                      const QString &status = QStringLiteral("scheduled"))
    {
        BuiltinDrafter drafter(m_kb);
        DraftContext ctx;
        ctx.text = text;
        ctx.now = test::referenceNow();
        if (linked) {
            ctx.serviceRequest = test::sampleRequest();
            ctx.serviceRequest->status = status;
            ctx.customer = test::sampleCustomer();
        }
        return drafter.compose(ctx);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_kb = test::sourceTreeKb();
        QCOMPARE(m_kb->size(), 39);
    }

    void checkerFindsAndVerifiesFacts_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("unsupported");
        const QString kb = QStringLiteral("La visita de diagnóstico cuesta $450 MXN. Atendemos de "
                                          "lunes a viernes de 8:00 a 20:00. "
                                          "Garantía de 90 días.");
        QTest::newRow("grounded price")
            << QStringLiteral("La visita cuesta 450 pesos.") << kb << QStringList();
        QTest::newRow("invented price") << QStringLiteral("La visita cuesta $600.") << kb
                                        << QStringList{QStringLiteral("amount:$600")};
        QTest::newRow("grounded hours")
            << QStringLiteral("Abrimos a las 8:00 y cerramos a las 20:00.") << kb << QStringList();
        QTest::newRow("invented hour") << QStringLiteral("Cerramos a las 18:00.") << kb
                                       << QStringList{QStringLiteral("time:a las 18:00")};
        QTest::newRow("invented number") << QStringLiteral("Garantía de 180 días.") << kb
                                         << QStringList{QStringLiteral("number:180")};
        QTest::newRow("weekday in source")
            << QStringLiteral("Abrimos el lunes.") << kb << QStringList();
        QTest::newRow("invented weekday") << QStringLiteral("Vamos el domingo.") << kb
                                          << QStringList{QStringLiteral("weekday:domingo")};
        QTest::newRow("invented name")
            << QStringLiteral("Le atenderá el técnico Pedro Gómez.") << kb
            << QStringList{QStringLiteral("name:Pedro"), QStringLiteral("name:Gómez")};
        QTest::newRow("invented status") << QStringLiteral("Su solicitud está completada.") << kb
                                         << QStringList{QStringLiteral("status:completada")};
        QTest::newRow("invented date") << QStringLiteral("La visita es el 20 de mayo.") << kb
                                       << QStringList{QStringLiteral("date:el 20 de mayo")};
        QTest::newRow("invented id") << QStringLiteral("Su folio es SR-9999.") << kb
                                     << QStringList{QStringLiteral("request_id:SR-9999")};
        QTest::newRow("sentence-start words are not names")
            << QStringLiteral("Claro. Con gusto le ayudamos.") << kb << QStringList();
    }
    void checkerFindsAndVerifiesFacts()
    {
        QFETCH(QString, reply);
        QFETCH(QString, source);
        QFETCH(QStringList, unsupported);
        QCOMPARE(::unsupported(reply, {src(source)}), unsupported);
    }

    void datesCompareByValue()
    {
        // The request says 2026-05-12; "mañana", "martes 12 de mayo" and "12/05" all mean it.
        const QList<DraftSource> sources = {
            ReplyComposer::serviceRequestSource(test::sampleRequest())};
        QVERIFY(::unsupported(QStringLiteral("Su visita es mañana."), sources).isEmpty());
        QVERIFY(
            ::unsupported(QStringLiteral("Su visita es el martes 12 de mayo."), sources).isEmpty());
        QVERIFY(
            ::unsupported(QStringLiteral("Your visit is on Tuesday, May 12."), sources).isEmpty());
        QVERIFY(::unsupported(QStringLiteral("A visita é terça-feira, 12 de maio."), sources)
                    .isEmpty());
        QVERIFY(::unsupported(QStringLiteral("Su visita es el martes."), sources).isEmpty());
        QCOMPARE(::unsupported(QStringLiteral("Su visita es el miércoles."), sources).size(), 1);
        QCOMPARE(::unsupported(QStringLiteral("Su visita es hoy."), sources).size(), 1);
        QVERIFY(
            ::unsupported(QStringLiteral("Le atiende Juan Pérez, en Calle Morelos 45."), sources)
                .isEmpty());
        QCOMPARE(
            ::unsupported(QStringLiteral("Le atiende Juan Pérez en Calle Hidalgo 12."), sources)
                .size(),
            1);
    }

    void builtinDraftsStateOnlySourcedFacts()
    {
        // Every draft of the labelled set, with a linked request, is grounded in the sources it
        // cites (not merely in everything it could have used).
        const QList<test::LabelledMessage> set = test::loadLabelled();
        BuiltinDrafter drafter(m_kb);
        for (const auto &m : set) {
            for (const bool linked : {true, false}) {
                const DraftContext ctx = test::contextFor(m, linked);
                const DraftResult r = drafter.compose(ctx);
                QVERIFY(r.grounded);
                const QStringList missing = ::unsupported(r.reply, r.sources);
                QVERIFY2(missing.isEmpty(),
                         qPrintable(m.text + QStringLiteral(" => ") + r.reply +
                                    QStringLiteral(" :: ") + missing.join(QStringLiteral(", "))));
            }
        }
    }

    void kbAnswersCiteTheArticle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("article");
        QTest::newRow("es hours") << QStringLiteral("¿qué horario tienen?")
                                  << QStringLiteral("kb-es-horario");
        QTest::newRow("es sunday")
            << QStringLiteral("¿trabajan los domingos?") << QStringLiteral("kb-es-horario");
        QTest::newRow("es coverage")
            << QStringLiteral("¿llegan hasta Zapopan?") << QStringLiteral("kb-es-cobertura");
        QTest::newRow("es warranty")
            << QStringLiteral("¿la reparación tiene garantía?") << QStringLiteral("kb-es-garantia");
        QTest::newRow("es price") << QStringLiteral("¿cuánto cuesta la visita de diagnóstico?")
                                  << QStringLiteral("kb-es-precios");
        QTest::newRow("es cards") << QStringLiteral("¿aceptan tarjeta?")
                                  << QStringLiteral("kb-es-pagos");
        QTest::newRow("pt pix") << QStringLiteral("aceita pix?")
                                << QStringLiteral("kb-pt-pagamento");
        QTest::newRow("pt coverage")
            << QStringLiteral("atendem em Guarulhos?") << QStringLiteral("kb-pt-cobertura");
        QTest::newRow("pt saturday")
            << QStringLiteral("vocês abrem sábado?") << QStringLiteral("kb-pt-horario");
        QTest::newRow("en hours") << QStringLiteral("what are your opening hours?")
                                  << QStringLiteral("kb-en-hours");
        QTest::newRow("en warranty") << QStringLiteral("is there a warranty on repairs?")
                                     << QStringLiteral("kb-en-warranty");
        QTest::newRow("es invoice")
            << QStringLiteral("me pueden mandar la factura?") << QStringLiteral("kb-es-factura");
    }
    void kbAnswersCiteTheArticle()
    {
        QFETCH(QString, text);
        QFETCH(QString, article);
        const DraftResult r = draft(text, false);
        QVERIFY2(citesKind(r, QStringLiteral("kb"), article), qPrintable(r.reply));
        QVERIFY(r.reply.contains(m_kb->article(article)->body));
        QVERIFY2(!r.escalate, qPrintable(r.escalationReasons.join(QLatin1Char(','))));
        QVERIFY(r.grounded);
    }

    void unansweredQuestionsAreHonestAndEscalate()
    {
        for (const QString &text : {QStringLiteral("¿ya quedó registrado mi pago de ayer?"),
                                    QStringLiteral("¿reparan bicicletas eléctricas?"),
                                    QStringLiteral("what time is the tech arriving?")}) {
            const DraftResult r = draft(text, false);
            QVERIFY2(r.escalate, qPrintable(text));
            QVERIFY(r.escalationReasons.contains(QString::fromLatin1(reason::NoGrounding)) ||
                    r.escalationReasons.contains(QString::fromLatin1(reason::UnclearIntent)));
            QVERIFY(GroundingChecker::claims(r.reply, test::referenceNow().date()).isEmpty());
        }
    }

    void statusDraftUsesTheLinkedRequest()
    {
        const DraftResult r = draft(QStringLiteral("¿cómo va mi solicitud?"));
        QCOMPARE(r.intent, Intent::RequestStatus);
        QVERIFY(citesKind(r, QStringLiteral("service_request"), QStringLiteral("SR-1042")));
        QVERIFY2(r.reply.contains(QStringLiteral("SR-1042")) &&
                     r.reply.contains(QStringLiteral("programada")) &&
                     r.reply.contains(QStringLiteral("martes 12 de mayo")) &&
                     r.reply.contains(QStringLiteral("Juan Pérez")),
                 qPrintable(r.reply));
        QVERIFY(!r.escalate);

        // Change the request: the draft follows it.
        BuiltinDrafter drafter(m_kb);
        DraftContext ctx;
        ctx.text = QStringLiteral("qual o status do meu chamado?");
        ctx.now = test::referenceNow();
        ctx.serviceRequest = test::sampleRequest();
        ctx.serviceRequest->status = QStringLiteral("waiting_parts");
        ctx.serviceRequest->technician = QStringLiteral("Carla Souza");
        ctx.serviceRequest->requestedDate = QDate(2026, 5, 20);
        const DraftResult pt = drafter.compose(ctx);
        QCOMPARE(pt.lang, QStringLiteral("pt"));
        QVERIFY2(pt.reply.contains(QStringLiteral("aguardando peças")) &&
                     pt.reply.contains(QStringLiteral("20 de maio")) &&
                     pt.reply.contains(QStringLiteral("Carla Souza")) &&
                     !pt.reply.contains(QStringLiteral("Juan")),
                 qPrintable(pt.reply));

        // A request the conversation is not linked to is not answered from the linked one.
        const DraftResult other = draft(QStringLiteral("¿cómo va mi caso #2211?"));
        QVERIFY(other.reply.contains(QStringLiteral("SR-2211")));
        QVERIFY(!other.reply.contains(QStringLiteral("programada")));
        QVERIFY(other.escalate);
    }

    void etaDependsOnStatus()
    {
        const DraftResult moving =
            draft(QStringLiteral("¿ya viene el técnico?"), true, QStringLiteral("en_route"));
        QVERIFY2(moving.reply.contains(QStringLiteral("Juan Pérez va en camino")),
                 qPrintable(moving.reply));
        QVERIFY(!moving.escalate);
        const DraftResult scheduled = draft(QStringLiteral("¿a qué hora llega el técnico?"), true,
                                            QStringLiteral("scheduled"));
        QVERIFY(scheduled.reply.contains(QStringLiteral("martes 12 de mayo")));
        QVERIFY(scheduled.escalate); // the arrival time is not in any source
        QCOMPARE(scheduled.escalationReason(), QString::fromLatin1(reason::NoGrounding));
    }

    void rescheduleEchoesTheCustomersWords()
    {
        const DraftResult r = draft(QStringLiteral("¿lo podemos pasar al viernes entre 2 y 4?"));
        QCOMPARE(r.intent, Intent::Reschedule);
        QVERIFY2(r.reply.contains(QStringLiteral("viernes 15 de mayo")) &&
                     r.reply.contains(QStringLiteral("14:00")) &&
                     r.reply.contains(QStringLiteral("16:00")),
                 qPrintable(r.reply));
        QVERIFY(citesKind(r, QStringLiteral("message")));
        QVERIFY(citesKind(r, QStringLiteral("kb"), QStringLiteral("kb-es-reprogramar")));
    }

    void knowledgeBaseSearch_data()
    {
        QTest::addColumn<bool>("like");
        QTest::newRow("fts5") << false;
        QTest::newRow("like fallback") << true;
    }
    void knowledgeBaseSearch()
    {
        QFETCH(bool, like);
        KnowledgeBase::Options o;
        o.forceLikeSearch = like;
        const auto kb = test::sourceTreeKb(o);
        QCOMPARE(kb->usesFts5(), !like);
        QCOMPARE(kb->size(), 39);
        auto top = [&kb](const QString &q, const QString &lang) {
            const auto hits = kb->search(q, lang, 3);
            return hits.isEmpty() ? QString() : hits.first().article.id;
        };
        QCOMPARE(top(QStringLiteral("garantia de la reparacion"), QStringLiteral("es")),
                 QStringLiteral("kb-es-garantia"));
        QCOMPARE(top(QStringLiteral("GARANTÍA"), QStringLiteral("es")),
                 QStringLiteral("kb-es-garantia"));
        QCOMPARE(top(QStringLiteral("horários de atendimento"), QStringLiteral("pt")),
                 QStringLiteral("kb-pt-horario"));
        QCOMPARE(top(QStringLiteral("warranty"), QStringLiteral("en")),
                 QStringLiteral("kb-en-warranty"));
        QCOMPARE(top(QStringLiteral("factura"), QStringLiteral("pt")),
                 QString()); // language filter
        QVERIFY(kb->search(QStringLiteral("de la el"), QStringLiteral("es")).isEmpty());
        const auto tagged =
            kb->search(QString(), QStringLiteral("es"), 3, {QStringLiteral("invoice")});
        QVERIFY(!tagged.isEmpty());
        QCOMPARE(tagged.first().article.id, QStringLiteral("kb-es-factura"));
    }

    void knowledgeBaseFromResourceAndErrors()
    {
        KnowledgeBase builtin;
        QString error;
        QVERIFY2(builtin.loadBuiltin(&error), qPrintable(error));
        QCOMPARE(builtin.size(), 39);
        QVERIFY(builtin.article(QStringLiteral("kb-pt-lgpd")).has_value());

        KnowledgeBase kb;
        QVERIFY(!kb.loadJson("[{\"id\": \"x\"}]", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!kb.loadJson("not json", &error));
        QVERIFY(kb.loadJson(
            R"({"articles": [{"id": "a1", "lang": "es", "title": "Mascotas", "body": "Pedimos que las mascotas estén en otra habitación.", "tags": ["faq"]}]})",
            &error));
        QVERIFY(!kb.loadJson(R"([{"id": "a1", "lang": "es", "body": "duplicado"}])", &error));
        QCOMPARE(kb.size(), 1);
        QCOMPARE(kb.search(QStringLiteral("mascota"), QStringLiteral("es")).size(), 1);
        QVERIFY(!kb.loadDirectory(QStringLiteral("/nonexistent"), &error));

        // Two knowledge bases at once: separate connections.
        KnowledgeBase a, b;
        QVERIFY(a.isOpen() && b.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestDrafterGrounding)
#include "tst_drafter_grounding.moc"
