// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/CustomerDirectory.h"
#include "tools/metasim/StoryBook.h"

#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace recado::metasim {

namespace {
struct Country
{
    const char *code;
    int weight; //!< share of customers, out of the sum
    double lat;
    double lon;
    QStringList first;
    QStringList last;
    QStringList streets;
};

const QList<Country> &countries()
{
    static const QList<Country> list = {
        {"MX",
         35,
         19.4326,
         -99.1332,
         {u"María"_s, u"José"_s, u"Guadalupe"_s, u"Juan"_s, u"Fernanda"_s, u"Luis"_s,
          u"Alejandra"_s, u"Miguel"_s, u"Verónica"_s, u"Jorge"_s, u"Daniela"_s, u"Ricardo"_s},
         {u"Hernández"_s, u"García"_s, u"Martínez"_s, u"López"_s, u"González"_s, u"Rodríguez"_s,
          u"Pérez"_s, u"Sánchez"_s, u"Ramírez"_s, u"Flores"_s},
         {u"Av. Insurgentes Sur"_s, u"Calle Durango"_s, u"Av. Revolución"_s, u"Calle Río Lerma"_s}},
        {"BR",
         25,
         -23.5505,
         -46.6333,
         {u"Ana"_s, u"João"_s, u"Francisca"_s, u"Antônio"_s, u"Juliana"_s, u"Carlos"_s,
          u"Patrícia"_s, u"Paulo"_s, u"Camila"_s, u"Lucas"_s},
         {u"Silva"_s, u"Santos"_s, u"Oliveira"_s, u"Souza"_s, u"Rodrigues"_s, u"Ferreira"_s,
          u"Alves"_s, u"Pereira"_s, u"Lima"_s, u"Gomes"_s},
         {u"Rua Augusta"_s, u"Av. Paulista"_s, u"Rua da Consolação"_s, u"Rua Vergueiro"_s}},
        {"CO",
         15,
         4.7110,
         -74.0721,
         {u"Valentina"_s, u"Santiago"_s, u"Mariana"_s, u"Andrés"_s, u"Camila"_s, u"Felipe"_s,
          u"Laura"_s, u"Julián"_s},
         {u"Rodríguez"_s, u"Gómez"_s, u"Díaz"_s, u"Moreno"_s, u"Vargas"_s, u"Castro"_s, u"Rojas"_s},
         {u"Carrera 7"_s, u"Calle 72"_s, u"Avenida Boyacá"_s, u"Calle 26"_s}},
        {"AR",
         10,
         -34.6037,
         -58.3816,
         {u"Sofía"_s, u"Mateo"_s, u"Lucía"_s, u"Martín"_s, u"Florencia"_s, u"Nicolás"_s,
          u"Agustina"_s},
         {u"González"_s, u"Fernández"_s, u"López"_s, u"Díaz"_s, u"Romero"_s, u"Álvarez"_s,
          u"Benítez"_s},
         {u"Av. Corrientes"_s, u"Av. Santa Fe"_s, u"Calle Florida"_s, u"Av. Rivadavia"_s}},
        {"US",
         15,
         25.7617,
         -80.1918,
         {u"Emily"_s, u"Michael"_s, u"Jessica"_s, u"David"_s, u"Ashley"_s, u"Chris"_s, u"Carlos"_s,
          u"Sarah"_s},
         {u"Smith"_s, u"Johnson"_s, u"Williams"_s, u"Brown"_s, u"Garcia"_s, u"Miller"_s,
          u"Davis"_s},
         {u"Biscayne Blvd"_s, u"Brickell Ave"_s, u"Coral Way"_s, u"NW 7th St"_s}},
    };
    return list;
}

QString digits(QRandomGenerator &rng, int n)
{
    QString out;
    for (int i = 0; i < n; ++i)
        out.append(QChar(u'0' + rng.bounded(10)));
    return out;
}

QString pick(const QStringList &list, QRandomGenerator &rng)
{
    return list.at(rng.bounded(int(list.size())));
}
} // namespace

QString CustomerDirectory::mobileNumber(const QString &country, QRandomGenerator &rng)
{
    // WhatsApp ids keep the mobile prefixes: 521 for Mexico, 549 for Argentina, the ninth
    // digit for Brazil, 3xx for Colombia.
    if (country == "MX"_L1)
        return u"521"_s + pick({u"55"_s, u"33"_s, u"81"_s, u"22"_s}, rng) + digits(rng, 8);
    if (country == "BR"_L1)
        return u"55"_s + pick({u"11"_s, u"21"_s, u"31"_s, u"41"_s}, rng) + u"9"_s + digits(rng, 8);
    if (country == "CO"_L1)
        return u"57"_s + pick({u"300"_s, u"310"_s, u"315"_s, u"320"_s}, rng) + digits(rng, 7);
    if (country == "AR"_L1)
        return rng.bounded(3) == 0 ? u"549351"_s + digits(rng, 7) : u"54911"_s + digits(rng, 8);
    return u"1"_s + pick({u"305"_s, u"786"_s, u"212"_s, u"415"_s}, rng) + u"555"_s + digits(rng, 4);
}

QList<CustomerProfile> CustomerDirectory::generate(int count, QRandomGenerator &rng)
{
    int totalWeight = 0;
    for (const Country &c : countries())
        totalWeight += c.weight;
    QList<CustomerProfile> out;
    QSet<QString> used;
    while (out.size() < count) {
        int roll = rng.bounded(totalWeight);
        const Country *country = &countries().first();
        for (const Country &c : countries()) {
            if (roll < c.weight) {
                country = &c;
                break;
            }
            roll -= c.weight;
        }
        CustomerProfile p;
        p.country = QString::fromLatin1(country->code);
        p.waId = mobileNumber(p.country, rng);
        p.waId.remove(u' ');
        if (used.contains(p.waId))
            continue;
        used.insert(p.waId);
        p.name = pick(country->first, rng) + u' ' + pick(country->last, rng);
        if (p.country == "BR"_L1)
            p.language = u"pt_BR"_s;
        else if (p.country == "US"_L1)
            p.language = rng.bounded(5) == 0 ? u"es"_s : u"en"_s; // Spanish-speaking Miami
        else
            p.language = u"es"_s;
        p.latitude = country->lat + (rng.generateDouble() - 0.5) * 0.2;
        p.longitude = country->lon + (rng.generateDouble() - 0.5) * 0.2;
        p.address = pick(country->streets, rng) + u' ' + QString::number(10 + rng.bounded(2000));
        p.scenario = rng.bounded(StoryBook::kScenarios);
        out.append(p);
    }
    return out;
}

} // namespace recado::metasim
