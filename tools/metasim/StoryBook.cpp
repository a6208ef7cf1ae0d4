// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/StoryBook.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace recado::metasim {

namespace {
QJsonObject text(const QString &body)
{
    return {{u"type"_s, u"text"_s}, {u"body"_s, body}};
}

QString pick(const QStringList &list, QRandomGenerator &rng)
{
    return list.at(rng.bounded(int(list.size())));
}

QString appliance(const QString &lang, QRandomGenerator &rng)
{
    if (lang == "pt_BR"_L1)
        return pick({u"geladeira"_s, u"máquina de lavar"_s, u"ar-condicionado"_s, u"aquecedor"_s,
                     u"fogão"_s},
                    rng);
    if (lang == "es"_L1)
        return pick(
            {u"refrigerador"_s, u"lavadora"_s, u"aire acondicionado"_s, u"boiler"_s, u"estufa"_s},
            rng);
    return pick({u"fridge"_s, u"washing machine"_s, u"AC unit"_s, u"water heater"_s, u"stove"_s},
                rng);
}
} // namespace

QString StoryBook::say(const QString &language, const char *es, const char *pt, const char *en)
{
    if (language == "es"_L1 || language.startsWith("es_"_L1))
        return QString::fromUtf8(es);
    if (language.startsWith("pt"_L1))
        return QString::fromUtf8(pt);
    return QString::fromUtf8(en);
}

QJsonObject StoryBook::nextBeat(CustomerProfile &p, QRandomGenerator &rng)
{
    const QString &l = p.language;
    QJsonObject m;
    switch (p.scenario * 10 + p.step) {
    // --- a broken appliance -----------------------------------------------------------------
    case 0:
        m = text(say(l,
                     "Hola, buenas tardes. Mi %1 dejó de funcionar desde ayer, ¿me pueden ayudar?",
                     "Olá, boa tarde. Estou com problema: %1 parou de funcionar desde ontem, "
                     "vocês podem me ajudar?",
                     "Hi, good afternoon. My %1 stopped working yesterday, can you help me?")
                     .arg(appliance(l, rng)));
        break;
    case 1:
        m = {{u"type"_s, u"image"_s},
             {u"caption"_s, say(l, "Así se ve, sale agua por abajo 😟",
                                "Olha como ficou, está vazando água por baixo 😟",
                                "This is what it looks like, water is leaking underneath 😟")}};
        break;
    case 2:
        m = text(say(l, "¿Cuándo pueden venir? Yo puedo mañana por la mañana.",
                     "Quando vocês podem vir? Eu posso amanhã de manhã.",
                     "When can you come? I'm free tomorrow morning."));
        break;
    case 3:
        m = {{u"type"_s, u"location"_s},
             {u"latitude"_s, p.latitude},
             {u"longitude"_s, p.longitude},
             {u"location_name"_s, say(l, "Casa", "Casa", "Home")},
             {u"address"_s, p.address}};
        break;
    case 4:
        m = text(say(l, "Perfecto, muchas gracias 🙏", "Perfeito, muito obrigada 🙏",
                     "Perfect, thank you so much 🙏"));
        break;
    // --- a visit to confirm, move, and wait for ------------------------------------------
    case 10:
        m = text(say(l, "Buenos días, quería confirmar la visita técnica de mañana.",
                     "Bom dia, queria confirmar a visita técnica de amanhã.",
                     "Good morning, I'd like to confirm tomorrow's service visit."));
        break;
    case 11:
        m = text(say(l, "Disculpe, ¿podemos cambiar la cita para el jueves en la tarde?",
                     "Desculpe, podemos remarcar para quinta-feira à tarde?",
                     "Sorry, could we move the appointment to Thursday afternoon?"));
        break;
    case 12:
        m = text(say(l, "¿Dónde está el técnico? Ya son las 11 y no ha llegado.",
                     "Cadê o técnico? Já são 11h e ele ainda não chegou.",
                     "Where is the technician? It's already 11 and nobody has shown up."));
        break;
    case 13:
        m = {{u"type"_s, u"audio"_s}, {u"voice"_s, true}};
        break;
    case 14:
        m = text(say(l, "Ya llegó, gracias.", "Ele chegou, obrigado.", "He just arrived, thanks."));
        break;
    // --- a bill that does not match --------------------------------------------------------
    case 20:
        m = text(say(l, "Hola, me llegó la factura y el monto no coincide con la cotización.",
                     "Olá, recebi a fatura e o valor não bate com o orçamento.",
                     "Hi, I got the invoice and the amount doesn't match the quote."));
        break;
    case 21:
        m = {{u"type"_s, u"document"_s},
             {u"filename"_s,
              say(l, "comprobante_pago.pdf", "comprovante_pagamento.pdf", "payment_receipt.pdf")},
             {u"pdf_title"_s,
              say(l, "Comprobante de pago", "Comprovante de pagamento", "Payment receipt")},
             {u"pdf_text"_s, u"%1 - $%2"_s.arg(p.name).arg(450 + rng.bounded(2000))},
             {u"caption"_s,
              say(l, "Aquí está mi comprobante", "Segue o comprovante", "Here is my receipt")}};
        break;
    case 22:
        m = text(say(l, "Es la segunda vez que pasa. Me parece un pésimo servicio.",
                     "É a segunda vez que isso acontece. Péssimo atendimento.",
                     "This is the second time this happens. Really poor service."));
        break;
    case 23:
        m = {{u"type"_s, u"contacts"_s},
             {u"formatted_name"_s,
              say(l, "Roberto (mi esposo)", "Roberto (meu marido)", "Robert (my husband)")},
             {u"phone"_s, u'+' + CustomerDirectory::mobileNumber(p.country, rng)}};
        break;
    case 24:
        m = text(say(l, "Gracias por la aclaración.", "Obrigada pelo esclarecimento.",
                     "Thanks for clearing that up."));
        break;
    // --- a meter reading -------------------------------------------------------------------
    case 30:
        m = text(say(l, "Les mando la lectura del medidor de este mes.",
                     "Segue a leitura do medidor deste mês.",
                     "Here is this month's meter reading."));
        break;
    case 31:
        m = {{u"type"_s, u"image"_s},
             {u"mime_type"_s, u"image/png"_s},
             {u"caption"_s,
              say(l, "Lectura: %1 kWh", "Leitura: %1 kWh", "Reading: %1 kWh")
                  .arg(QString::number(1000 + rng.bounded(9000)).rightJustified(5, u'0'))}};
        break;
    case 32:
        m = text(say(l, "¿Para cuándo queda el siguiente mantenimiento?",
                     "Quando fica a próxima manutenção?", "When is the next maintenance due?"));
        break;
    case 33:
        m = {{u"type"_s, u"sticker"_s}, {u"animated"_s, rng.bounded(2) == 1}};
        break;
    // --- spare parts, from an ad ------------------------------------------------------------
    case 40:
        m = text(say(l, "Hola, vi su anuncio. ¿Tienen el filtro de agua para mi refrigerador?",
                     "Olá, vi o anúncio de vocês. Têm o filtro de água para a minha geladeira?",
                     "Hi, I saw your ad. Do you have the water filter for my fridge?"));
        m.insert(u"referral"_s, true); // a click-to-WhatsApp ad
        break;
    case 41:
        m = {{u"type"_s, u"video"_s},
             {u"caption"_s, say(l, "Así suena cuando lo prendo", "É assim que soa quando ligo",
                                "This is how it sounds when I turn it on")}};
        break;
    case 42:
        m = {{u"type"_s, u"order"_s},
             {u"text"_s,
              say(l, "Quiero estos repuestos", "Quero estas peças", "I'd like these parts")}};
        break;
    case 43:
        m = {{u"type"_s, u"unsupported"_s}}; // e.g. a poll, which the Cloud API does not carry
        break;
    default:
        m = text(say(l, "¡Excelente servicio, gracias!", "Excelente atendimento, obrigado!",
                     "Great service, thank you!"));
        break;
    }
    if (++p.step >= kBeats) {
        p.step = 0;
        p.scenario = (p.scenario + 1 + rng.bounded(kScenarios - 1)) % kScenarios;
    }
    // Now and then a customer forwards something, or writes from an ad.
    if (m.value("type"_L1).toString() == "text"_L1 && rng.bounded(25) == 0)
        m.insert(u"forwarded"_s, true);
    return m;
}

QJsonObject StoryBook::respond(const CustomerProfile &p, const QJsonObject &sent,
                               const QString &wamid, const QStringList &quickReplies,
                               QRandomGenerator &rng)
{
    const QString &l = p.language;
    const QString type = sent.value("type"_L1).toString();
    if (type == "reaction"_L1)
        return {};
    if (type == "interactive"_L1) {
        const QJsonObject i = sent.value("interactive"_L1).toObject();
        const QJsonObject action = i.value("action"_L1).toObject();
        if (i.value("type"_L1).toString() == "button"_L1) {
            const QJsonArray buttons = action.value("buttons"_L1).toArray();
            if (buttons.isEmpty())
                return {};
            const QJsonObject reply = buttons.at(rng.bounded(int(buttons.size())))
                                          .toObject()
                                          .value("reply"_L1)
                                          .toObject();
            return {{u"type"_s, u"interactive"_s},
                    {u"id"_s, reply.value("id"_L1)},
                    {u"title"_s, reply.value("title"_L1)},
                    {u"reply_to"_s, wamid}};
        }
        if (i.value("type"_L1).toString() == "list"_L1) {
            QJsonArray rows;
            for (const QJsonValue &s : action.value("sections"_L1).toArray()) {
                for (const QJsonValue &r : s.toObject().value("rows"_L1).toArray())
                    rows.append(r);
            }
            if (rows.isEmpty())
                return {};
            const QJsonObject row = rows.at(rng.bounded(int(rows.size()))).toObject();
            QJsonObject m{{u"type"_s, u"interactive"_s},
                          {u"reply_type"_s, u"list_reply"_s},
                          {u"id"_s, row.value("id"_L1)},
                          {u"title"_s, row.value("title"_L1)},
                          {u"reply_to"_s, wamid}};
            if (row.contains("description"_L1))
                m.insert(u"description"_s, row.value("description"_L1));
            return m;
        }
    }
    if (type == "template"_L1 && !quickReplies.isEmpty() && rng.bounded(3) != 0) {
        const QString label = pick(quickReplies, rng);
        return {{u"type"_s, u"button"_s},
                {u"text"_s, label},
                {u"payload"_s, label},
                {u"reply_to"_s, wamid}};
    }
    const int roll = rng.bounded(100);
    if (roll < 25) {
        return {{u"type"_s, u"reaction"_s},
                {u"message_id"_s, wamid},
                {u"emoji"_s, pick({u"👍"_s, u"❤️"_s, u"🙏"_s, u"😂"_s, u"😮"_s}, rng)}};
    }
    if (roll < 65) {
        QJsonObject m = text(
            pick({say(l, "Ok, gracias", "Ok, obrigado", "Ok, thanks"),
                  say(l, "Perfecto 👌", "Perfeito 👌", "Perfect 👌"),
                  say(l, "¿A qué hora sería?", "Que horas seria?", "What time would that be?"),
                  say(l, "No entendí, ¿me explica otra vez?", "Não entendi, pode explicar de novo?",
                      "I didn't get that, can you explain again?")},
                 rng));
        m.insert(u"reply_to"_s, wamid);
        return m;
    }
    return {};
}

} // namespace recado::metasim
