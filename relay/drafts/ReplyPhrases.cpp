// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/ReplyPhrases.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace recado::relay::drafts {

namespace {

struct Phrase
{
    const char *key;
    const char *es;
    const char *pt;
    const char *en;
};

// clang-format off
const Phrase kPhrases[] = {
    {"greeting", "¡Hola{n}! ¿En qué le podemos ayudar?", "Olá{n}! Como podemos ajudar?", "Hi{n}! How can we help you?"},
    {"thanks", "¡Con gusto{n}! Aquí estamos para lo que necesite.", "Por nada{n}! Estamos à disposição por aqui.", "You're welcome{n}! We're here if you need anything else."},
    {"with_tech", " con {tech}", " com {tech}", " with {tech}"},
    {"confirm_sr", "Gracias{n}. Registramos su confirmación de la visita {id}, {date}{tech}.", "Obrigado{n}. Registramos a sua confirmação da visita {id}, {date}{tech}.", "Thank you{n}. We have noted your confirmation for visit {id}, {date}{tech}."},
    {"confirm_mismatch", "Gracias{n}. En nuestro sistema la visita {id} figura para {date} y usted menciona {when}; lo reviso con un compañero y le confirmo por aquí.", "Obrigado{n}. No nosso sistema a visita {id} está marcada para {date} e você mencionou {when}; vou verificar com a equipe e confirmo por aqui.", "Thank you{n}. Our system has visit {id} {date} and you mentioned {when}; let me check with a colleague and confirm here."},
    {"confirm_nosr", "Gracias{n}. Tomamos nota de su confirmación{when}; un compañero la registra en su solicitud.", "Obrigado{n}. Anotamos a sua confirmação{when}; uma pessoa da equipe vai registrar no seu pedido.", "Thank you{n}. We've noted your confirmation{when}; a colleague will record it on your request."},
    {"reschedule_when", "Entendido{n}. Pediremos cambiar su visita{id} {when}. Le confirmamos la disponibilidad por aquí.", "Entendido{n}. Vamos pedir a troca da sua visita{id} {when}. Confirmamos a disponibilidade por aqui.", "Understood{n}. We'll ask to move your visit{id} {when}. We'll confirm availability here."},
    {"reschedule_ask", "Entendido{n}. ¿Qué día y horario le acomodan para la nueva visita{id}?", "Entendido{n}. Qual dia e horário ficam bons para a nova visita{id}?", "Understood{n}. Which day and time would suit you for the new visit{id}?"},
    {"policy", "Le recuerdo: {what}", "Só lembrando: {what}", "Just so you know: {what}"},
    {"cancel", "Entendido{n}. Registramos su solicitud de cancelación{id}; un compañero se la confirma por aquí.", "Entendido{n}. Registramos o seu pedido de cancelamento{id}; uma pessoa da equipe confirma por aqui.", "Understood{n}. We've noted your cancellation request{id}; a colleague will confirm it here."},
    {"eta_moving", "{who} va en camino a su domicilio.", "{who} está a caminho do seu endereço.", "{who} is on the way to your address."},
    {"the_tech", "El técnico", "O técnico", "The technician"},
    {"eta_status", "Su visita {id} está {status}.", "A sua visita {id} está {status}.", "Your visit {id} is {status}."},
    {"eta_scheduled", "Su visita {id} está {status} para {date}{tech}. No tengo la hora exacta de llegada; lo consulto con el equipo y le aviso por aquí.", "A sua visita {id} está {status} para {date}{tech}. Não tenho o horário exato de chegada; vou confirmar com a equipe e aviso por aqui.", "Your visit {id} is {status}, {date}{tech}. I don't have the exact arrival time; let me check with the team and let you know here."},
    {"status_sr", "Su solicitud {id}{what} está {status}{when}.", "A sua solicitação {id}{what} está {status}{when}.", "Your request {id}{what} is {status}{when}."},
    {"visit_on", "; la visita es {date}{tech}", "; a visita é {date}{tech}", "; the visit is {date}{tech}"},
    {"status_other_id", "No encuentro la solicitud {id} en esta conversación; lo reviso con un compañero y le respondo por aquí.", "Não encontrei o pedido {id} nesta conversa; vou verificar com a equipe e respondo por aqui.", "I can't find request {id} in this conversation; let me check with a colleague and reply here."},
    {"new_request", "Con gusto le ayudamos{n}.", "Claro, podemos ajudar{n}.", "We'd be glad to help{n}."},
    {"noted_address", " Tomamos nota de la dirección: {address}.", " Anotamos o endereço: {address}.", " We've noted the address: {address}."},
    {"noted_when", " Preferencia de horario: {when}.", " Preferência de horário: {when}.", " Preferred time: {when}."},
    {"ask_missing", " Para agendar la visita, ¿nos indica {what}?", " Para agendar a visita, pode nos informar {what}?", " To book the visit, could you tell us {what}?"},
    {"will_confirm", " Un compañero le confirma por aquí la fecha disponible.", " Uma pessoa da equipe confirma a data disponível por aqui.", " A colleague will confirm the available date here."},
    {"missing_address", "la dirección completa", "o endereço completo", "the full address"},
    {"missing_when", "qué día y horario le acomodan", "qual dia e horário são melhores", "which day and time suit you"},
    {"missing_what", "qué equipo falla y qué le pasa", "qual aparelho está com problema e o que acontece", "which appliance has the problem and what happens"},
    {"invoice", "Con gusto{n}. {what}", "Claro{n}. {what}", "Of course{n}. {what}"},
    {"media", "Gracias{n}, recibimos {kind}. Un compañero lo revisa y le responde por aquí.", "Obrigado{n}, recebemos {kind}. Uma pessoa da equipe vai ver e responde por aqui.", "Thank you{n}, we received {kind}. A colleague will look at it and reply here."},
    {"media_text", "Gracias{n}. Un compañero revisa lo que nos envió y le responde por aquí.", "Obrigado{n}. Uma pessoa da equipe vai ver o que você enviou e responde por aqui.", "Thank you{n}. A colleague will look at what you sent and reply here."},
    {"kind_image", "su foto", "a sua foto", "your photo"},
    {"kind_video", "su video", "o seu vídeo", "your video"},
    {"kind_audio", "su audio", "o seu áudio", "your voice message"},
    {"kind_document", "su documento", "o seu documento", "your document"},
    {"kind_other", "su archivo", "o seu arquivo", "your file"},
    {"answer", "{what}", "{what}", "{what}"},
    {"opt_out", "Entendido{n}. Registraremos que no desea recibir más mensajes nuestros por este medio.", "Entendido{n}. Vamos registrar que você não quer mais receber nossas mensagens por aqui.", "Understood{n}. We'll record that you don't want to receive further messages from us here."},
    {"handoff_complaint", "Lamento mucho lo ocurrido{n}. Paso su caso a un compañero del equipo, que le responderá por este mismo chat.", "Sinto muito pelo ocorrido{n}. Vou passar o seu caso para uma pessoa da equipe, que vai responder por este mesmo chat.", "I'm sorry about this{n}. I'm passing your case to a member of our team, who will reply in this same chat."},
    {"handoff_billing", "Entiendo{n}. Paso su caso al equipo de facturación, que revisará el cobro y le responderá por este mismo chat.", "Entendo{n}. Vou passar o seu caso para a equipe de cobrança, que vai revisar o valor e responder por este mesmo chat.", "I understand{n}. I'm passing this to our billing team, who will review the charge and reply in this same chat."},
    {"handoff_human", "Claro{n}. Le comunico con una persona del equipo, que le responderá por este mismo chat.", "Claro{n}. Vou chamar uma pessoa da equipe, que vai responder por este mesmo chat.", "Of course{n}. I'm connecting you with a person from our team, who will reply in this same chat."},
    {"handoff_data", "Recibimos su solicitud sobre sus datos personales{n}.", "Recebemos o seu pedido sobre os seus dados pessoais{n}.", "We have received your request about your personal data{n}."},
    {"handoff_data_tail", " La turnamos a la persona responsable de privacidad, que le responderá por este chat.", " Vamos encaminhar para a pessoa encarregada de dados, que vai responder por este chat.", " We're passing it to the person responsible for privacy, who will reply in this chat."},
    {"unclear", "Gracias por su mensaje{n}. Quiero asegurarme de entenderle bien: un compañero lo revisa y le responde por aquí.", "Obrigado pela mensagem{n}. Quero ter certeza de que entendi: uma pessoa da equipe vai ver e responder por aqui.", "Thanks for your message{n}. I want to make sure I understand: a member of our team will review it and reply here."},
    {"honest", "Gracias por su mensaje{n}. No tengo esa información a la mano; lo consulto con un compañero y le respondo por aquí.", "Obrigado pela mensagem{n}. Não tenho essa informação agora; vou confirmar com a equipe e respondo por aqui.", "Thanks for your message{n}. I don't have that information at hand; let me check with a colleague and get back to you here."},
    {"sorry_repeat", "Disculpe la demora{n}. ", "Desculpe a demora{n}. ", "Sorry for the delay{n}. "},
    {"sorry_upset", "Lamento la molestia{n}. ", "Sinto muito pelo transtorno{n}. ", "I'm sorry for the trouble{n}. "},
};
// clang-format on

} // namespace

QString ReplyPhrases::get(const char *key, const QString &lang)
{
    for (const Phrase &p : kPhrases) {
        if (qstrcmp(p.key, key) == 0) {
            const char *text =
                lang == QLatin1String("pt") ? p.pt : (lang == QLatin1String("en") ? p.en : p.es);
            return QString::fromUtf8(text);
        }
    }
    return QString();
}

QString ReplyPhrases::date(const QDate &d, const QDate &today, const QString &lang)
{
    if (lang == QLatin1String("pt")) {
        const QString s = QLocale(QLocale::Portuguese, QLocale::Brazil)
                              .toString(d, QStringLiteral("dddd, d 'de' MMMM"));
        if (d == today)
            return QStringLiteral("hoje, ") + s;
        if (d == today.addDays(1))
            return QStringLiteral("amanhã, ") + s;
        return s;
    }
    if (lang == QLatin1String("en")) {
        const QString s = QLocale(QLocale::English, QLocale::UnitedStates)
                              .toString(d, QStringLiteral("dddd, MMMM d"));
        if (d == today)
            return QStringLiteral("today (") + s + QLatin1Char(')');
        if (d == today.addDays(1))
            return QStringLiteral("tomorrow (") + s + QLatin1Char(')');
        return QStringLiteral("on ") + s;
    }
    const QString s =
        QLocale(QLocale::Spanish, QLocale::Mexico).toString(d, QStringLiteral("dddd d 'de' MMMM"));
    if (d == today)
        return QStringLiteral("hoy ") + s;
    if (d == today.addDays(1))
        return QStringLiteral("mañana ") + s;
    return QStringLiteral("el ") + s;
}

QString ReplyPhrases::window(const QString &value, const QString &lang)
{
    const bool pt = lang == QLatin1String("pt"), en = lang == QLatin1String("en");
    if (value == QLatin1String("morning"))
        return pt   ? QStringLiteral("de manhã")
               : en ? QStringLiteral("in the morning")
                    : QStringLiteral("por la mañana");
    if (value == QLatin1String("afternoon"))
        return pt   ? QStringLiteral("à tarde")
               : en ? QStringLiteral("in the afternoon")
                    : QStringLiteral("por la tarde");
    if (value == QLatin1String("evening"))
        return pt   ? QStringLiteral("à noite")
               : en ? QStringLiteral("in the evening")
                    : QStringLiteral("por la noche");
    static const QRegularExpression range(QStringLiteral("^(\\d\\d:\\d\\d)?-(\\d\\d:\\d\\d)?$"));
    const QRegularExpressionMatch m = range.match(value);
    if (m.hasMatch()) {
        const QString a = m.captured(1), b = m.captured(2);
        if (!a.isEmpty() && !b.isEmpty())
            return pt   ? QStringLiteral("das %1 às %2").arg(a, b)
                   : en ? QStringLiteral("between %1 and %2").arg(a, b)
                        : QStringLiteral("entre las %1 y las %2").arg(a, b);
        if (!a.isEmpty())
            return pt   ? QStringLiteral("depois das %1").arg(a)
                   : en ? QStringLiteral("after %1").arg(a)
                        : QStringLiteral("después de las %1").arg(a);
        return pt   ? QStringLiteral("antes das %1").arg(b)
               : en ? QStringLiteral("before %1").arg(b)
                    : QStringLiteral("antes de las %1").arg(b);
    }
    return pt   ? QStringLiteral("às %1").arg(value)
           : en ? QStringLiteral("at %1").arg(value)
                : QStringLiteral("a las %1").arg(value);
}

QString ReplyPhrases::join(const QStringList &items, const QString &lang)
{
    if (items.size() <= 1)
        return items.value(0);
    const QString last = lang == QLatin1String("pt")   ? QStringLiteral(" e ")
                         : lang == QLatin1String("en") ? QStringLiteral(" and ")
                                                       : QStringLiteral(" y ");
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + last + items.constLast();
}

} // namespace recado::relay::drafts
