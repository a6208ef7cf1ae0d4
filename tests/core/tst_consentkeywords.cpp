// SPDX-License-Identifier: GPL-3.0-or-later
// Opt-out and opt-in detection in Spanish, Portuguese and English, with the sentences that must
// not fire.
#include "core/whatsapp/consent/ConsentKeywords.h"
#include "core/whatsapp/consent/ConsentMessages.h"

#include <QTest>

using namespace recado::whatsapp;

class TestConsentKeywords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<QString>("kind"); // "out", "in" or "none"
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("whole");

        const auto row = [](const char *name, const QString &text, const char *kind,
                            const char *lang = "", bool whole = true, const char *hint = "") {
            QTest::newRow(name) << text << QString::fromLatin1(hint) << QString::fromLatin1(kind)
                                << QString::fromLatin1(lang) << whole;
        };

        // Opt-out keywords as the whole message, any case, accents and punctuation.
        row("STOP", QStringLiteral("STOP"), "out", "en");
        row("stop!!!", QStringLiteral("  Stop!!! "), "out", "en");
        row("STOP STOP", QStringLiteral("STOP STOP STOP"), "out", "en");
        row("stop please", QStringLiteral("stop please"), "out", "en");
        row("unsubscribe", QStringLiteral("Unsubscribe."), "out", "en");
        row("opt-out", QStringLiteral("opt-out"), "out", "en");
        row("BAJA", QStringLiteral("BAJA"), "out", "es");
        row("baja por favor", QStringLiteral("Baja por favor 🙏"), "out", "es");
        row("hola, baja", QStringLiteral("Hola, BAJA."), "out", "es");
        row("darme de baja", QStringLiteral("Darme de baja"), "out", "es");
        row("PARAR es", QStringLiteral("PARAR"), "out", "es");
        row("PARAR with pt hint", QStringLiteral("PARAR"), "out", "pt", true, "pt_BR");
        row("CANCELAR", QStringLiteral("CANCELAR"), "out", "es");
        row("cancelar suscripción", QStringLiteral("Cancelar suscripción"), "out", "es");
        row("basta", QStringLiteral("¡Basta!"), "out", "es");
        row("SAIR", QStringLiteral("SAIR"), "out", "pt");
        row("sair obrigado", QStringLiteral("sair, obrigado"), "out", "pt");
        row("descadastrar", QStringLiteral("Descadastrar"), "out", "pt");
        row("não quero mais", QStringLiteral("Não quero mais"), "out", "pt");
        row("STOP with es hint", QStringLiteral("STOP"), "out", "es", true, "es_MX");

        // Opt-out phrases inside longer messages.
        row("no me escriban más", QStringLiteral("Por favor no me escriban más, gracias."), "out",
            "es", false);
        row("no me escriban mas lower", QStringLiteral("ya no me escriban mas"), "out", "es",
            false);
        row("dejen de enviarme", QStringLiteral("Dejen de enviarme mensajes, ya no soy cliente"),
            "out", "es", false);
        row("no quiero recibir más", QStringLiteral("No quiero recibir más mensajes de ustedes"),
            "out", "es", false);
        row("quiero darme de baja",
            QStringLiteral("Buenas tardes, quiero darme de baja del servicio"), "out", "es", false);
        row("não quero mais receber", QStringLiteral("Não quero mais receber essas mensagens"),
            "out", "pt", false);
        row("parem de me mandar", QStringLiteral("Parem de me mandar mensagem!!"), "out", "pt",
            false);
        row("please unsubscribe me", QStringLiteral("Please unsubscribe me from this list."), "out",
            "en", false);
        row("no, unsubscribe", QStringLiteral("No, please unsubscribe me"), "out", "en", false);
        row("don't message me", QStringLiteral("Don't message me again."), "out", "en", false);
        row("stop sending", QStringLiteral("Can you stop sending these. Thanks"), "out", "en",
            false);

        // Opt-in.
        row("START", QStringLiteral("START"), "in", "en");
        row("ALTA", QStringLiteral("Alta"), "in", "es");
        row("VOLVER", QStringLiteral("volver"), "in", "es");
        row("SIM", QStringLiteral("SIM"), "in", "pt");
        row("sí", QStringLiteral("Sí"), "in", "es");
        row("voltar", QStringLiteral("Voltar!"), "in", "pt");
        row("quiero recibir", QStringLiteral("Quiero recibir"), "in", "es");
        row("quiero volver a recibir",
            QStringLiteral("Hola, quiero volver a recibir los avisos de mis visitas"), "in", "es",
            false);
        row("quero receber mensagens", QStringLiteral("Quero receber mensagens de vocês"), "in",
            "pt", false);
        row("no, quiero recibir", QStringLiteral("No, quiero recibir mensajes"), "in", "es", false);

        // Must not fire.
        row("no puedo parar", QStringLiteral("No puedo parar de reír con el técnico jaja"), "none");
        row("para cuando", QStringLiteral("¿Para cuándo llega el técnico?"), "none");
        row("parar in sentence", QStringLiteral("El técnico tuvo que parar la bomba"), "none");
        row("cancelar la visita", QStringLiteral("Quiero cancelar la visita del martes"), "none");
        row("baja presión", QStringLiteral("Tengo baja presión de agua"), "none");
        row("baja in sentence", QStringLiteral("La planta baja está inundada"), "none");
        row("stop by", QStringLiteral("Can the technician stop by tomorrow?"), "none");
        row("can't stop", QStringLiteral("The water won't stop leaking"), "none");
        row("no quiero darme de baja",
            QStringLiteral("No quiero darme de baja, solo cambiar la fecha"), "none");
        row("don't want to unsubscribe", QStringLiteral("I don't want to unsubscribe"), "none");
        row("question about baja", QStringLiteral("¿Qué pasa si me doy de baja?"), "none");
        row("question unsubscribe", QStringLiteral("What happens if I unsubscribe?"), "none");
        row("sair de casa", QStringLiteral("Vou sair de casa às 10h"), "none");
        row("sim in sentence", QStringLiteral("Sim, pode vir amanhã às 9"), "none");
        row("start in sentence", QStringLiteral("When will the work start?"), "none");
        row("alta in sentence", QStringLiteral("La factura salió muy alta"), "none");
        row("no quiero recibir visita", QStringLiteral("Hoy no quiero recibir la visita"), "none");
        row("empty", QString(), "none");
        row("only emoji", QStringLiteral("👍"), "none");
        row("hola", QStringLiteral("Hola"), "none");
    }

    void detect()
    {
        QFETCH(QString, text);
        QFETCH(QString, hint);
        QFETCH(QString, kind);
        QFETCH(QString, language);
        QFETCH(bool, whole);
        const ConsentKeywordMatch m = ConsentKeywords::detect(text, hint);
        const QString got = m.isOptOut()  ? QStringLiteral("out")
                            : m.isOptIn() ? QStringLiteral("in")
                                          : QStringLiteral("none");
        QVERIFY2(got == kind,
                 qPrintable(QStringLiteral("%1 -> %2 (%3)").arg(text, got, m.keyword)));
        if (kind == QLatin1String("none"))
            return;
        QCOMPARE(m.language, language);
        QCOMPARE(m.wholeMessage, whole);
        QVERIFY(!m.keyword.isEmpty());
    }

    void ambiguousWordsAreFlagged()
    {
        QVERIFY(ConsentKeywords::detect(QStringLiteral("Cancelar")).ambiguous);
        QVERIFY(ConsentKeywords::detect(QStringLiteral("Sí")).ambiguous);
        QVERIFY(ConsentKeywords::detect(QStringLiteral("YES")).ambiguous);
        QVERIFY(!ConsentKeywords::detect(QStringLiteral("BAJA")).ambiguous);
        QVERIFY(!ConsentKeywords::detect(QStringLiteral("STOP")).ambiguous);
    }

    void matchBecomesALedgerRecord()
    {
        const QDateTime at(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        const ConsentKeywordMatch m = ConsentKeywords::detect(QStringLiteral("BAJA"));
        const ConsentRecord r = m.toRecord(at, QStringLiteral(" BAJA "));
        QVERIFY(r.isValid());
        QVERIFY(r.action == ConsentAction::OptOut);
        QVERIFY(r.source == ConsentSource::Keyword);
        QCOMPARE(r.keyword, QStringLiteral("BAJA"));
        QCOMPARE(r.language, QStringLiteral("es"));
        QCOMPARE(r.at, at);

        const ConsentRecord phrase =
            ConsentKeywords::detect(QStringLiteral("por favor no me escriban más"))
                .toRecord(at, QStringLiteral("por favor no me escriban más"));
        QCOMPARE(phrase.note, QStringLiteral("phrase: no me escriban mas"));

        QVERIFY(!ConsentKeywords::detect(QStringLiteral("hola")).toRecord(at, QString()).isValid());
    }

    void confirmationTexts()
    {
        const QString es =
            ConsentMessages::confirmation(ConsentAction::OptOut, QStringLiteral("es_MX"));
        const QString pt =
            ConsentMessages::confirmation(ConsentAction::OptOut, QStringLiteral("pt_BR"));
        const QString en =
            ConsentMessages::confirmation(ConsentAction::OptOut, QStringLiteral("en"));
        QVERIFY(es.contains(QLatin1String("ALTA")));
        QVERIFY(pt.contains(QLatin1String("VOLTAR")));
        QVERIFY(en.contains(QLatin1String("START")));
        QCOMPARE(ConsentMessages::confirmation(ConsentAction::OptOut, QStringLiteral("fr")), en);
        QVERIFY(ConsentMessages::confirmation(ConsentAction::OptIn, QStringLiteral("es"))
                    .contains(QLatin1String("BAJA")));
        QVERIFY(ConsentMessages::confirmation(ConsentAction::OptIn, QStringLiteral("pt"))
                    .contains(QLatin1String("SAIR")));

        // The keyword each confirmation offers is one the detector understands.
        QVERIFY(ConsentKeywords::detect(QStringLiteral("ALTA")).isOptIn());
        QVERIFY(ConsentKeywords::detect(QStringLiteral("VOLTAR")).isOptIn());
        QVERIFY(ConsentKeywords::detect(QStringLiteral("START")).isOptIn());
        QVERIFY(ConsentKeywords::detect(QStringLiteral("BAJA")).isOptOut());
        QVERIFY(ConsentKeywords::detect(QStringLiteral("SAIR")).isOptOut());
        QVERIFY(ConsentKeywords::detect(QStringLiteral("STOP")).isOptOut());
    }
};

QTEST_GUILESS_MAIN(TestConsentKeywords)
#include "tst_consentkeywords.moc"
