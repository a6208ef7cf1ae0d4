// SPDX-License-Identifier: GPL-3.0-or-later
// Entity extraction: request ids, dates (relative, weekdays, explicit), time windows,
// addresses and money amounts in es/pt/en.
#include "relay/drafts/EntityExtractor.h"
#include "tests/relay/DrafterTestData.h"

#include <QTest>

using namespace recado;
using namespace recado::relay::drafts;

namespace {

// "type=value" of every entity, in order.
QStringList found(const QString &text, const QString &type = QString())
{
    QStringList out;
    const QList<Entity> all = EntityExtractor::extract(text, test::referenceNow().date());
    for (const Entity &e : all) {
        if (type.isEmpty() || e.type == type)
            out << e.type + QLatin1Char('=') + e.value;
    }
    return out;
}

} // namespace

class TestDrafterEntities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        auto ids = [](std::initializer_list<const char *> l) {
            QStringList s;
            for (const char *i : l)
                s << QStringLiteral("request_id=") + QString::fromLatin1(i);
            return s;
        };
        QTest::newRow("SR-") << QStringLiteral("¿cómo va mi solicitud SR-1042?")
                             << ids({"SR-1042"});
        QTest::newRow("sr lower no dash")
            << QStringLiteral("status of sr 2044 please") << ids({"SR-2044"});
        QTest::newRow("hash") << QStringLiteral("novedades del caso #2211") << ids({"SR-2211"});
        QTest::newRow("folio") << QStringLiteral("el folio 88231 ya está?") << ids({"SR-88231"});
        QTest::newRow("chamado") << QStringLiteral("qual o status do chamado nº 1042?")
                                 << ids({"SR-1042"});
        QTest::newRow("OS") << QStringLiteral("andamento da OS 3310") << ids({"SR-3310"});
        QTest::newRow("two") << QStringLiteral("SR-1042 y #1043") << ids({"SR-1042", "SR-1043"});
        QTest::newRow("not a phone") << QStringLiteral("mi número es 5512345678") << QStringList();
    }
    void requestIds()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        QCOMPARE(found(text, QStringLiteral("request_id")), ids);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("dates");
        // Reference: Monday 2026-05-11.
        auto d = [](std::initializer_list<const char *> l) {
            QStringList s;
            for (const char *i : l)
                s << QStringLiteral("date=") + QString::fromLatin1(i);
            return s;
        };
        QTest::newRow("mañana") << QStringLiteral("¿pueden venir mañana?") << d({"2026-05-12"});
        QTest::newRow("manana no accent") << QStringLiteral("manana no puedo") << d({"2026-05-12"});
        QTest::newRow("amanhã") << QStringLiteral("amanhã de manhã") << d({"2026-05-12"});
        QTest::newRow("tomorrow") << QStringLiteral("tomorrow works") << d({"2026-05-12"});
        QTest::newRow("hoy") << QStringLiteral("¿vienen hoy?") << d({"2026-05-11"});
        QTest::newRow("pasado mañana")
            << QStringLiteral("mejor pasado mañana") << d({"2026-05-13"});
        QTest::newRow("depois de amanhã")
            << QStringLiteral("pode ser depois de amanhã") << d({"2026-05-13"});
        QTest::newRow("por la mañana is not a date")
            << QStringLiteral("por la mañana estoy") << QStringList();
        QTest::newRow("mañana por la mañana")
            << QStringLiteral("mañana por la mañana") << d({"2026-05-12"});
        QTest::newRow("el jueves") << QStringLiteral("el jueves no puedo") << d({"2026-05-14"});
        QTest::newRow("viernes") << QStringLiteral("¿se puede pasar para el viernes?")
                                 << d({"2026-05-15"});
        QTest::newRow("next monday") << QStringLiteral("el lunes") << d({"2026-05-18"});
        QTest::newRow("na quinta")
            << QStringLiteral("tô esperando o técnico na quinta") << d({"2026-05-14"});
        QTest::newRow("segunda-feira") << QStringLiteral("pra segunda-feira") << d({"2026-05-18"});
        QTest::newRow("segunda vez is not monday")
            << QStringLiteral("já é a segunda vez") << QStringList();
        QTest::newRow("Friday") << QStringLiteral("Can we move it to Friday afternoon?")
                                << d({"2026-05-15"});
        QTest::newRow("15 de mayo") << QStringLiteral("el 15 de mayo") << d({"2026-05-15"});
        QTest::newRow("martes 19 de mayo")
            << QStringLiteral("martes 19 de mayo") << d({"2026-05-19"});
        QTest::newRow("3 de junho") << QStringLiteral("dia 3 de junho") << d({"2026-06-03"});
        QTest::newRow("May 20th") << QStringLiteral("on May 20th") << d({"2026-05-20"});
        QTest::newRow("dd/mm") << QStringLiteral("el 22/05") << d({"2026-05-22"});
        QTest::newRow("dd/mm/yyyy") << QStringLiteral("22/05/2026") << d({"2026-05-22"});
        QTest::newRow("iso") << QStringLiteral("2026-06-01") << d({"2026-06-01"});
        QTest::newRow("otra semana")
            << QStringLiteral("la otra semana") << d({"2026-05-18/2026-05-24"});
        QTest::newRow("semana que vem")
            << QStringLiteral("semana que vem") << d({"2026-05-18/2026-05-24"});
        QTest::newRow("next week")
            << QStringLiteral("next week please") << d({"2026-05-18/2026-05-24"});
        QTest::newRow("el dia 20") << QStringLiteral("el día 20") << d({"2026-05-20"});
        QTest::newRow("past day rolls over") << QStringLiteral("el día 5") << d({"2026-06-05"});
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, dates);
        QCOMPARE(found(text, QStringLiteral("date")), dates);
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("times");
        QTest::newRow("entre 2 y 4") << QStringLiteral("entre 2 y 4")
                                     << QStringList{QStringLiteral("time_window=14:00-16:00")};
        QTest::newRow("entre las 10 y las 12")
            << QStringLiteral("entre las 10 y las 12")
            << QStringList{QStringLiteral("time_window=10:00-12:00")};
        QTest::newRow("de 10 a 12") << QStringLiteral("de 10 a 12")
                                    << QStringList{QStringLiteral("time_window=10:00-12:00")};
        QTest::newRow("das 14h às 16h") << QStringLiteral("das 14h às 16h fica ótimo")
                                        << QStringList{QStringLiteral("time_window=14:00-16:00")};
        QTest::newRow("between") << QStringLiteral("between 2 and 4")
                                 << QStringList{QStringLiteral("time_window=14:00-16:00")};
        QTest::newRow("2-4pm") << QStringLiteral("2-4pm")
                               << QStringList{QStringLiteral("time_window=14:00-16:00")};
        QTest::newRow("after 4pm")
            << QStringLiteral("after 4pm") << QStringList{QStringLiteral("time_window=16:00-")};
        QTest::newRow("después de las 5") << QStringLiteral("después de las 5")
                                          << QStringList{QStringLiteral("time_window=17:00-")};
        QTest::newRow("depois das 15h") << QStringLiteral("depois das 15h")
                                        << QStringList{QStringLiteral("time_window=15:00-")};
        QTest::newRow("antes de las 12") << QStringLiteral("antes de las 12")
                                         << QStringList{QStringLiteral("time_window=-12:00")};
        QTest::newRow("a las 3 de la tarde")
            << QStringLiteral("a las 3 de la tarde") << QStringList{QStringLiteral("time=15:00")};
        QTest::newRow("a las 10") << QStringLiteral("a las 10")
                                  << QStringList{QStringLiteral("time=10:00")};
        QTest::newRow("às 9h30") << QStringLiteral("às 9h30")
                                 << QStringList{QStringLiteral("time=09:30")};
        QTest::newRow("10:30") << QStringLiteral("a eso de 10:30")
                               << QStringList{QStringLiteral("time=10:30")};
        QTest::newRow("de manhã") << QStringLiteral("de manhã não dá")
                                  << QStringList{QStringLiteral("time_window=morning")};
        QTest::newRow("por la tarde") << QStringLiteral("mejor por la tarde")
                                      << QStringList{QStringLiteral("time_window=afternoon")};
        QTest::newRow("in the evening") << QStringLiteral("in the evening")
                                        << QStringList{QStringLiteral("time_window=evening")};
        QTest::newRow("months are not hours")
            << QStringLiteral("a 3 o 6 meses sin intereses") << QStringList();
        QTest::newRow("minutes are not hours")
            << QStringLiteral("entre 45 y 90 minutos") << QStringList();
    }
    void times()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, times);
        QStringList got = found(text, QStringLiteral("time"));
        got += found(text, QStringLiteral("time_window"));
        QCOMPARE(got, times);
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address");
        QTest::newRow("calle") << QStringLiteral(
                                      "Sí confirmo. Mi dirección es Calle Morelos 45, col. Centro")
                               << QStringLiteral("Calle Morelos 45, col. Centro");
        QTest::newRow("av.")
            << QStringLiteral("tengo una fuga, vivo en Av. Insurgentes Sur 1234, col. Del Valle")
            << QStringLiteral("Av. Insurgentes Sur 1234, col. Del Valle");
        QTest::newRow("rua") << QStringLiteral("o endereço é Rua Augusta, 500, apto 32")
                             << QStringLiteral("Rua Augusta, 500, apto 32");
        QTest::newRow("english") << QStringLiteral("my address is 221 Baker Street, apt 2. Thanks")
                                 << QStringLiteral("221 Baker Street, apt 2");
        QTest::newRow("stops at sentence") << QStringLiteral("Carrera 7 # 45-10. Mañana estoy")
                                           << QStringLiteral("Carrera 7 # 45-10");
        QTest::newRow("no street") << QStringLiteral("¿llegan hasta Zapopan?") << QString();
    }
    void addresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        const QList<Entity> a = EntityExtractor::addresses(text);
        if (address.isEmpty()) {
            QVERIFY(a.isEmpty());
            return;
        }
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().value, address);
        QCOMPARE(text.mid(a.first().start, a.first().length).trimmed(), address);
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("amounts");
        QTest::newRow("mxn") << QStringLiteral("me cobró $1,200 y me habían dicho $450")
                             << QStringList{QStringLiteral("amount=1200.00"),
                                            QStringLiteral("amount=450.00")};
        QTest::newRow("brl") << QStringLiteral("essa cobrança de R$ 380")
                             << QStringList{QStringLiteral("amount=380.00 BRL")};
        QTest::newRow("brl decimals")
            << QStringLiteral("R$ 1.250,50") << QStringList{QStringLiteral("amount=1250.50 BRL")};
        QTest::newRow("pesos") << QStringLiteral("450 pesos")
                               << QStringList{QStringLiteral("amount=450.00 MXN")};
        QTest::newRow("usd") << QStringLiteral("US$ 99.90")
                             << QStringList{QStringLiteral("amount=99.90 USD")};
        QTest::newRow("none") << QStringLiteral("la visita 45") << QStringList();
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, amounts);
        QCOMPARE(found(text, QStringLiteral("amount")), amounts);
    }

    void spansPointIntoTheOriginal()
    {
        const QString text = QStringLiteral("Mañana entre 2 y 4, SR-1042 😊");
        const QList<Entity> all = EntityExtractor::extract(text, test::referenceNow().date());
        QCOMPARE(all.size(), 3);
        for (const Entity &e : all)
            QCOMPARE(text.mid(e.start, e.length), e.text);
        QCOMPARE(all.at(0).text, QStringLiteral("Mañana"));
    }
};

QTEST_GUILESS_MAIN(TestDrafterEntities)
#include "tst_drafter_entities.moc"
