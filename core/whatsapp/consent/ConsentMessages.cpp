// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/consent/ConsentMessages.h"

namespace recado::whatsapp {

QString ConsentMessages::confirmation(ConsentAction action, const QString &language)
{
    const QString base =
        language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    const bool out = action == ConsentAction::OptOut;
    // Each text says what happened and how to undo it with a keyword ConsentKeywords knows.
    if (base == QLatin1String("es")) {
        return out ? QStringLiteral("Listo, no le enviaremos más mensajes por WhatsApp. Si cambia "
                                    "de opinión, escríbanos ALTA o cualquier mensaje.")
                   : QStringLiteral("¡Gracias! Volverá a recibir nuestros mensajes por WhatsApp. "
                                    "Para dejar de recibirlos, responda BAJA.");
    }
    if (base == QLatin1String("pt")) {
        return out ? QStringLiteral("Pronto, você não receberá mais mensagens nossas pelo "
                                    "WhatsApp. Se mudar de ideia, responda VOLTAR ou envie "
                                    "qualquer mensagem.")
                   : QStringLiteral("Obrigado! Você voltará a receber nossas mensagens pelo "
                                    "WhatsApp. Para deixar de recebê-las, responda SAIR.");
    }
    return out ? QStringLiteral("Done: we will not send you any more WhatsApp messages. If you "
                                "change your mind, reply START or send us any message.")
               : QStringLiteral("Thank you! You will receive our WhatsApp messages again. To "
                                "stop them, reply STOP.");
}

} // namespace recado::whatsapp
