// SPDX-License-Identifier: GPL-3.0-or-later
// The intent lexicon: how customers phrase each intent in es/pt/en, with Mexican, Argentine,
// Colombian and Brazilian variants. Words are folded (no accents); the matcher tolerates typos and
// phonetic spellings, so list each word once in its standard spelling. Weights: 4 = decisive on
// its own, 3 = strong, 2 = good evidence, 1 = a hint. See README.md ("Tuning") before editing.
#include "relay/drafts/IntentClassifier.h"

#include <QDebug>

namespace recado::relay::drafts {

namespace {

struct Row
{
    Intent intent;
    const char *pattern;
    double weight;
};

using I = Intent;

// clang-format off
const Row kRows[] = {
    // --- confirm_appointment -----------------------------------------------------------------
    {I::ConfirmAppointment, "confirmo|confirmado|confirmada|confirmamos|confirmed|confirming|confirmadisimo", 3},
    {I::ConfirmAppointment, "confirm*", 1},
    {I::ConfirmAppointment, "ahi|aqui|alli|alla|there ~1 estare|estaremos|estamos|estarei|estaremos", 3},
    {I::ConfirmAppointment, "los|las|la|lo|te|les|vos espero|esperamos", 3},
    {I::ConfirmAppointment, "estare|estaremos|estarei|estaremos ~3 casa|home|ahi|aqui|disponible|disponivel", 3},
    {I::ConfirmAppointment, "vou|vamos|voy estar ~3 casa|ai|aqui|disponivel", 3},
    {I::ConfirmAppointment, "estoy|estamos|to|tou|estou ~2 en|em ~1 casa", 1.5},
    {I::ConfirmAppointment, "i|we ll|will be ~2 home|there|around|available|in", 3},
    {I::ConfirmAppointment, "me|nos sirve|sirven|queda|acomoda|conviene", 2},
    {I::ConfirmAppointment, "esta|ta bien|bueno|perfecto|otimo|perfeito", 1.5},
    {I::ConfirmAppointment, "a|en|esa|essa|that hora|horario|time", 1},
    {I::ConfirmAppointment, "quedamos|combinado|combinamos|fechado|agreed", 2.5},
    {I::ConfirmAppointment, "nos vemos", 2.5},
    {I::ConfirmAppointment, "see you", 2.5},
    {I::ConfirmAppointment, "ate amanha|logo", 2},
    {I::ConfirmAppointment, "pode|podem|puede|pueden vir|venir ~1 sim|si|nomas|tranquilo", 3},
    {I::ConfirmAppointment, "sim|si|yes ~2 pode|podem|pueden|puede|can vir|venir|come", 3},
    {I::ConfirmAppointment, "fica|queda otimo|bom|bem|perfeito|perfecto|bien|genial", 2},
    {I::ConfirmAppointment, "pode|puede ser", 1.5},
    {I::ConfirmAppointment, "works|work ~2 for me|us", 3},
    {I::ConfirmAppointment, "that|it|tomorrow|today works", 2.5},
    {I::ConfirmAppointment, "sounds good|great|perfect|fine", 3},
    {I::ConfirmAppointment, "that|thats s fine", 2.5},
    {I::ConfirmAppointment, "fine by|with me", 2.5},
    {I::ConfirmAppointment, "yes|yep|yeah|sim|si|claro|sure|ok|vale|dale|listo|perfecto|perfeito|certo|beleza|va", 1},
    {I::ConfirmAppointment, "de una", 1.5},
    {I::ConfirmAppointment, "esperando ~5 lunes|martes|miercoles|jueves|viernes|sabado|domingo|segunda|terca|quarta|quinta|sexta|amanha|manana|tomorrow", 2.5},
    {I::ConfirmAppointment, "me sirve|me queda", 1},

    // --- reschedule --------------------------------------------------------------------------
    {I::Reschedule, "reprogram*|reagend*|remarc*|reschedul*|recalendar*|reprogam*", 4},
    {I::Reschedule, "cambi*|mudar|mude|mudem|trocar|troca|alterar|altera|modific*|change ~3 cita|visita|fecha|data|dia|hora|horario|turno|appointment|visit|date|time|agendamento|agenda", 3.5},
    {I::Reschedule, "mov*|mover|muevan|muevo|move|pasar|passar|pasen|correr|recorrer|adelantar|atrasar|push ~3 cita|visita|appointment|visit|it|la|lo|agendamento", 3.5},
    {I::Reschedule, "la|lo|me|a pasan|pasas|pasen|mueven|cambian|corren|passa|passam", 2.5},
    {I::Reschedule, "podemos|puede|pueden|podria|podrian|podemos|consegue|can|could ~2 pasar|passar|mover|cambiar|correr|move|push", 2},
    {I::Reschedule, "pasar|passar|mover|move|push|cambiar|trocar|mudar ~2 al|para|pra|pro|to|for|a ~2 lunes|martes|miercoles|jueves|viernes|sabado|domingo|segunda|terca|quarta|quinta|sexta|monday|tuesday|wednesday|thursday|friday|saturday|sunday|otro|outro|otra|outra|semana|week|tarde|manana|amanha|tomorrow|later", 3},
    {I::Reschedule, "otro|outro|otra|outra|another|different|other dia|day|fecha|data|date|horario|hora|time|slot|turno|momento", 3},
    {I::Reschedule, "no|nao ~2 puedo|podre|poder|posso|consigo|conseguir|da|llego|chego|alcanzo", 1.5},
    {I::Reschedule, "can|won t ~2 make|work|be", 2},
    {I::Reschedule, "cannot|cant|wont ~2 make|work|be", 2},
    {I::Reschedule, "surgio|surgiu|imprevisto|contratiempo|emergencia", 1.5},
    {I::Reschedule, "came up", 2},
    {I::Reschedule, "mas|mais tarde|cedo|temprano", 1.5},
    {I::Reschedule, "later|earlier", 1.5},
    {I::Reschedule, "en|em vez|lugar", 1.5},
    {I::Reschedule, "instead", 1.5},
    {I::Reschedule, "despues|depois ~1 de|das|da", 1},
    {I::Reschedule, "a partir ~1 de|das", 1},
    {I::Reschedule, "otra|proxima|outra semana", 1.5},
    {I::Reschedule, "semana que vem|viene", 1.5},
    {I::Reschedule, "next week", 1.5},
    {I::Reschedule, "slot|slots|disponibilidad|disponibilidade|availability", 1.5},
    {I::Reschedule, "vir|venir|come|venga|vengan|pasar ~4 depois|despues|later|after|otro|outro|tarde", 2},
    {I::Reschedule, "trabajo|trabalho|work ~3 manana|amanha|tomorrow|ese|esse|that", 1},
    {I::Reschedule, "mejor|melhor|better|prefiero|prefiro|prefer ~4 otro|outro|dia|tarde|manana|semana|viernes|sabado|lunes|later", 1.5},
    {I::Reschedule, "desmarc*", 1.5},

    // --- cancel ------------------------------------------------------------------------------
    {I::Cancel, "cancel*|anul*", 3.5},
    {I::Cancel, "call ~1 off", 3.5},
    {I::Cancel, "no|nao vengan|venga|vengas|vir|venham", 3},
    {I::Cancel, "no|nao necesito|preciso|ocupo|requiero|need ~2 mas|mais|anymore|longer", 3},
    {I::Cancel, "ya no ~2 necesito|ocupo|requiero|hace", 3},
    {I::Cancel, "no longer", 2.5},
    {I::Cancel, "won|wont|don|dont ~1 need", 2.5},
    {I::Cancel, "need ~3 anymore", 1.5},
    {I::Cancel, "desist*", 3.5},
    {I::Cancel, "ya|ja ~2 arreglo|arreglaron|arreglamos|resolvi|resolvio|resolveu|consertei|consertou|arrumei|arrumou", 2},
    {I::Cancel, "vendi|sold|regale|doei", 1},
    {I::Cancel, "no|nao|don|not ~3 cancel*", -3},
    {I::Cancel, "me|nos cancelaron|cancelaram|cancelan|cancelam", -2},

    // --- eta ---------------------------------------------------------------------------------
    {I::Eta, "que|what hora|horas|time ~4 llega*|viene|vienen|venir|chega*|vem|vao|pasa|passa|arriv*|come|coming|get|be|show", 4},
    {I::Eta, "cuanto|quanto|how ~3 falta|until|till|left", 3},
    {I::Eta, "how long ~3 until|till|before|get here|arrive", 3},
    {I::Eta, "falta ~1 muito|mucho|poco|pouco", 2.5},
    {I::Eta, "le falta", 2},
    {I::Eta, "ya|ja|already ~2 viene|vienen|salio|saiu|sale|sai|va|vai|coming|left", 2.5},
    {I::Eta, "cerca|perto|close|near|lejos|longe", 2},
    {I::Eta, "en|a camino|caminho", 3.5},
    {I::Eta, "on ~1 way", 3.5},
    {I::Eta, "cade|where|donde|onde ~3 tecnico|tecnica|tech|technician|muchacho|senor|rapaz|moco|guy|he|ele|viene|vem|anda", 3.5},
    {I::Eta, "eta", 4},
    {I::Eta, "ta|esta|is|vem|viene ~1 vindo|viniendo|coming|chegando|llegando", 3},
    {I::Eta, "vem|viene|vienen|come|coming|chega|llega ~2 hoje|hoy|today", 2},
    {I::Eta, "esperando|waiting ~4 desde|since|hace|faz", 1.5},
    {I::Eta, "sigo|sigue|llevo|estou|to|still esperando|waiting", 1.5},
    {I::Eta, "tecnico|tech|technician|muchacho|rapaz ~3 llega*|chega*|arriv*|viene|vem", 1.5},
    {I::Eta, "tengo|tenho|have ~1 que|to ~1 salir|sair|leave", 1},
    {I::Eta, "llegar|chegar|arrive|arriving|arrival|llegada|chegada", 1},

    // --- request_status ----------------------------------------------------------------------
    {I::RequestStatus, "status|estatus|situacion|situacao|andamento|novedad*|novidad*|update|updates|avance*|progreso|progress|seguimiento|acompanhamento|noticias|news", 3},
    {I::RequestStatus, "como|how ~1 va|vai|anda|esta|ta|is|going ~3 solicitud|pedido|orden|caso|chamado|reparacion|conserto|lavadora|refri|maquina|request|repair|order|lo|mi|meu|my", 3},
    {I::RequestStatus, "en que quedo", 3},
    {I::RequestStatus, "que paso|hubo|onda ~1 con", 3},
    {I::RequestStatus, "o que aconteceu", 3},
    {I::RequestStatus, "what happened", 2.5},
    {I::RequestStatus, "pieza|piezas|pecas|peca|refaccion*|repuesto*|part|parts", 2},
    {I::RequestStatus, "ya|ja|yet|already ~3 llego|chegou|acharam|encontraron|consiguieron|saben|sabem|arrived|asignaron|diagnostic*", 1.5},
    {I::RequestStatus, "asign*|atribu*|assign*", 2},
    {I::RequestStatus, "previsao|prevision", 2.5},
    {I::RequestStatus, "mi|meu|minha|my ~1 solicitud|pedido|orden|caso|chamado|reporte|request|order|repair|ticket|folio|servicio|servico", 1.5},
    {I::RequestStatus, "que ~1 tiene|tem", 1},

    // --- new_request -------------------------------------------------------------------------
    {I::NewRequest, "necesito|preciso|need|ocupo|requiero|quisiera|quiero|quero|gostaria|like ~4 tecnico|tecnica|alguien|alguem|someone|somebody|reparacion|reparar|conserto|consertar|mantenimiento|manutencao|maintenance|instalacion|instalar|instalacao|install*|revis*|arreglar|arreglen|fix|repair|checar|look", 3},
    {I::NewRequest, "agendar|marcar|programar|book|schedule|solicitar|pedir|request ~3 visita|mantenimiento|manutencao|maintenance|servicio|servico|service|revision|visit|appointment|cita|tune*|instal*|tecnico|reparacion|conserto", 3},
    {I::NewRequest, "descompuso|descompuesto|descompuesta|averiado|estropeado|parou|quebrou|quebrado|quebrada|broke|broken|leak*|gote*|vaza*|fuga|ruido|barulho|noise|queimou|quemo|stopped|pifio|fallando|falhando", 2},
    {I::NewRequest, "no|nao|not|doesn|isn|didn ~2 funciona|enfria|gela|prende|liga|calienta|esquenta|centrifuga|jala|anda|working|work|cool|cooling|heat|heating|drain|spin|turn|sirve", 2},
    {I::NewRequest, "pueden|podem|can|could|puede|pode ~3 venir|vir|mandar|enviar|send|come|pasar|checar|revisar|look|fix|arreglar|consertar", 1.5},
    {I::NewRequest, "mandan|mandar|manda|mandem|envian|enviar|send ~3 alguien|alguem|someone|tecnico|technician", 3},
    {I::NewRequest, "lavadora|secadora|refri|refrigerador|heladera|nevera|estufa|horno|minisplit|boiler|calentador|lavavajillas|lavaplatos|geladeira|fogao|chuveiro|dishwasher|dryer|washer|fridge|oven|furnace|heater|microondas|microwave|ac|aire|condicionado", 1},
    {I::NewRequest, "urgente|urgent|asap", 0.5},
    {I::NewRequest, "cuando|quando|when ~3 pueden|podem|can ~2 venir|vir|pasar|come", 1.5},

    // --- invoice -----------------------------------------------------------------------------
    {I::Invoice, "factur*|fatura*|cfdi|invoice*|recibo|recibos|receipt*|comprobante*|comprovante*|boleta|rfc|cnpj|nfe|nfse", 3.5},
    {I::Invoice, "nota fiscal", 3.5},
    {I::Invoice, "nf", 3},
    {I::Invoice, "razon social", 2},
    {I::Invoice, "mandar|enviar|send|manden|mandem|envien|mande|manda ~3 factura|nota|invoice|recibo|receipt|comprobante|comprovante|nf", 1},

    // --- media_share -------------------------------------------------------------------------
    {I::MediaShare, "mande|mandei|envie|enviei|sent|send|mando|envio|adjunto|anexo|attached|segue|here|va|mandar|sending|mandando|enviando ~4 foto*|video*|imagen*|imagem*|pic|pics|picture*|photo*|audio*|archivo*|arquivo*|documento*|screenshot*|captura*|print*", 3},
    {I::MediaShare, "foto*|video*|imagen*|imagem*|pic|pics|picture*|photo*|screenshot*|captura", 1.5},
    {I::MediaShare, "ahi|aqui|here ~2 va|esta|s|is|le", 1},
    {I::MediaShare, "asi|este|esta|esse|this|isso ~1 esta|es|e|is|quedo", 1},

    // --- billing_question --------------------------------------------------------------------
    {I::BillingQuestion, "cuanto|quanto|how_much ~3 cuesta|cuestan|custa|custam|cobran|cobram|sale|salir|cost*|charge|charges|vale|fica|sai|es|e|is", 3.5},
    {I::BillingQuestion, "cuanto|quanto|how_much ~2 debo|devo|owe|pago|pagar|pagaria", 3.5},
    {I::BillingQuestion, "precio*|preco*|price*|costo*|custo*|tarifa*|valor|fee|fees|rate|rates", 2},
    {I::BillingQuestion, "pago|pagar|pagamento|payment|pay|paid|pagos|pague|paga", 2},
    {I::BillingQuestion, "tarjeta|cartao|card|credito|debito|credit|debit|efectivo|dinheiro|cash|transferencia|transfer|pix|boleto|paypal|oxxo|deposito|deposit", 2},
    {I::BillingQuestion, "aceptan|aceitam|aceita|acepta|take|accept*|reciben|recebem", 1.5},
    {I::BillingQuestion, "meses|parcel*|installment*|cuotas|financ*|msi", 2.5},
    {I::BillingQuestion, "presupuesto|orcamento|cotizacion|cotacao|quote|estimate", 2.5},
    {I::BillingQuestion, "mano|mao de obra", 1.5},
    {I::BillingQuestion, "labor|labour", 1.5},
    {I::BillingQuestion, "registr*|caiu|cayo|refleja*|acredit*|compens*|aplicado|processed|through", 2},
    {I::BillingQuestion, "saldo|balance|adeudo|debo|devo|owe|deuda|divida", 2.5},
    {I::BillingQuestion, "incluye|inclui|include*", 1},

    // --- billing_dispute ---------------------------------------------------------------------
    {I::BillingDispute, "cobr*|charg*|billed ~4 dos|duas ~1 veces|vezes", 4.5},
    {I::BillingDispute, "cobr*|charg*|billed ~4 twice|doble|duplicad*|double|extra|demasiado|excesiv*|dobrado", 4.5},
    {I::BillingDispute, "cobr*|charg*|billed ~4 de|a ~1 mas|mais", 4},
    {I::BillingDispute, "reembols*|refund*|estorno|estornar|estornem|devolucion|devolucao|ressarc*|reintegr*|chargeback|contracargo", 4.5},
    {I::BillingDispute, "dinero|dinheiro|money|plata|lana ~2 volta|back|vuelta", 4.5},
    {I::BillingDispute, "regresen|devuelvan|devolvam|devolver|regresar|reponer|return ~3 dinero|dinheiro|money|plata|lana|pago|cobro", 4.5},
    {I::BillingDispute, "no|nao|don|didn|never ~3 reconozco|reconheco|recognize|autorice|autorizei|authorized|authorize|pedi|solicite|ordered|asked", 2.5},
    {I::BillingDispute, "cargo|cobro|cobranca|charge|valor|precio|preco|factura|invoice|bill|cuenta|monto ~4 equivocad*|errad*|errone*|incorrect*|wrong|mal|indebid*|injust*|abusiv*", 3.5},
    {I::BillingDispute, "no estoy de acuerdo", 3},
    {I::BillingDispute, "nao concordo|disagree", 3},
    {I::BillingDispute, "don t agree", 3},
    {I::BillingDispute, "no|nao acepto|aceito ~2 cargo|cobro|cobranca|charge|valor", 3},
    {I::BillingDispute, "por que ~3 cobr*", 4},
    {I::BillingDispute, "porque|why ~3 cobr*|charg*|billed", 4},
    {I::BillingDispute, "habian|habia|me ~1 dicho|dijeron|falaram|disseram|cotizaron|quoted", 2},
    {I::BillingDispute, "combinaram|combinamos|acordamos|agreed|quoted ~3 otro|outro|otra|different|precio|preco|price|valor", 3},
    {I::BillingDispute, "otro|outro|different|otra precio|preco|price|valor|monto", 2},
    {I::BillingDispute, "never|nunca ~3 installed|instalaron|instalaram|used|usaron|usaram", 2},
    {I::BillingDispute, "billed|cobraron|cobraram|charged ~4 parts|piezas|pecas|refacciones", 1.5},

    // --- complaint ---------------------------------------------------------------------------
    {I::Complaint, "sigue|segue|continua|still|todavia|aun|ainda ~3 goteando|vazando|leaking|gotea|vaza|igual|fallando|falhando|broken|roto|quebrado", 3},
    {I::Complaint, "sigue|segue|continua|still|todavia|aun|ainda ~2 sin|sem|not|no|nao ~2 working|funciona|funcionando|enfria|enfriar|gela|gelar|sirve|prende|liga|funcionar|fixed|arreglado|consertado|cooling", 3.5},
    {I::Complaint, "no|nao|didn|never|nunca|nadie ~3 arreglaron|arreglo|arreglado|consertaram|consertou|consertado|resolvieron|resolveram|resolvio|fixed|fix|repaired|solucionaron|solucionou|solucionado", 3},
    {I::Complaint, "ninguem|nobody|nadie ~2 resuelve|resolve|resolvem|fixes|responde|contesta|answers|ayuda|ajuda", 3},
    {I::Complaint, "no one ~2 resolve|fixes|answers|helps", 3},
    {I::Complaint, "voltou|volvio|volvieron|back|novo|otra|again|nuevamente|novamente ~4 defeito|falla|falha|problema|problem|issue|fallar|falhar|dar|mismo|mesmo|same|gotear|vazar|leak*|romper|quebrar", 3},
    {I::Complaint, "mismo|mesmo|same ~1 problema|defecto|defeito|falla|falha|problem|issue|error", 3},
    {I::Complaint, "tercera|tercer|terceira|cuarta|third|fourth ~1 vez|time|visita|visit", 2.5},
    {I::Complaint, "lasted|duro|durou ~3 day|dia|semana|week|nada", 1.5},
    {I::Complaint, "grosero|grosera|grosseiro|grosseira|rude|maleducado|maleducada|prepotente|arrogante|irrespetuoso|gritou|yelled", 3.5},
    {I::Complaint, "mal educado|educada", 3.5},
    {I::Complaint, "maltrat*|insult*|disrespect*", 3},
    {I::Complaint, "falta de ~1 respeto|respeito|seriedad|seriedade|profesionalismo|profissionalismo|educacion|educacao|compromiso|consideracion|respeito", 3.5},
    {I::Complaint, "dejo|dejaron|deixou|deixaram|left ~3 sucio|sucia|sujo|suja|mess|messy|tirado|cochinero|mugrero|basura|lixo", 3.5},
    {I::Complaint, "tecnico|tech|technician|senor|muchacho|guy|he|ele|el|they|ellos|voces|ustedes|you|pibe|chico ~3 broke|rompio|rompieron|quebrou|quebraram|rayo|rayaron|risco|riscou|damaged|danificou|estragou|scratched|dejo|deixou|left|manchou|mancho", 3},
    {I::Complaint, "rayo|rayaron|raspo|riscou|riscaram|scratch*|rompio|rompieron|quebraram|damag*|danific*|estragou|manch*|abollo|amassou|dent*", 1.5},
    {I::Complaint, "nadie|ninguem|nobody ~3 vino|veio|came|showed|aparecio|apareceu|llego|chegou|show|vinieron", 3.5},
    {I::Complaint, "no one ~2 came|showed|show", 3.5},
    {I::Complaint, "no|nao|n|never|didn|nunca ~2 vino|veio|came|show|showed|aparecio|apareceu|vinieron|vieram|appeared|llegaron|chegaram", 3},
    {I::Complaint, "llego|chegou|arrived|came|vino|veio|apareceu|aparecio ~4 tarde|tardisimo|atrasado|atrasada|late", 3},
    {I::Complaint, "perdi|perdimos|lost|wasted|pedi|took ~3 dia|manana|manha|day|morning|permiso|off", 3},
    {I::Complaint, "mal|mau|pesimo|pessimo|horrible|horrivel|terrible|awful|worst|malisimo|fatal|deficiente|lamentable|pessima|pesima|horrivel ~2 servicio|servico|atendimento|atencion|service|trabajo|trabalho|job|experiencia|experience", 3.5},
    {I::Complaint, "desastre|disaster|pesimo|pessimo|horrible|horrivel|terrible|awful|pessima|pesima|horrendo|lamentable", 2},
    {I::Complaint, "tenia|tinha|sabia|had ~2 idea|ideia|clue", 2.5},
    {I::Complaint, "seriedad|seriedade|profesionalismo|unprofessional|irresponsab*|descaso|negligen*|verguenza|vergonha|shameful|disgrace|abuso", 3},
    {I::Complaint, "queja|quejas|quejarme|reclamo|reclamos|reclamacao|reclamacion|reclamar|complain*|complaint*|inconformidad", 3},
    {I::Complaint, "decepcion*|decepcionad*|disappoint*|insatisfech*|insatisfeit*|unhappy|descontent*|frustrad*|molesto|molesta|enojad*|enfadad*|irritad*|chateado|chateada|furioso|furiosa|indignad*", 2.5},
    {I::Complaint, "not happy", 2.5},
    {I::Complaint, "profeco|procon|abogado|abogados|abogada|advogado|advogados|advogada|lawyer|lawyers|attorney|reclameaqui|bbb|juzgado|juizado|tribunal|lawsuit|sue|suing|demandar*|processar*|denunciar|denuncia", 4},
    {I::Complaint, "reclame aqui", 4},
    {I::Complaint, "better business", 4},
    {I::Complaint, "legal action", 4},
    {I::Complaint, "poner|meter|interponer|presentar|levantar ~2 demanda", 4},
    {I::Complaint, "entrar|abrir|mover ~2 processo|acao", 4},
    {I::Complaint, "processo judicial", 4},
    {I::Complaint, "ya me canse|harte", 2},
    {I::Complaint, "estoy harto|harta", 2},
    {I::Complaint, "fed up", 2},
    {I::Complaint, "que saco", 2},

    // --- human -------------------------------------------------------------------------------
    {I::Human, "hablar|platicar|falar|talk|speak|chat|conversar ~3 persona|pessoa|person|humano|human|asesor|asesora|agente|agent|atendente|alguien|alguem|someone|somebody|supervisor|gerente|manager|encargado|responsable|ejecutivo|operador|operadora|representante|representative|real|rep|jefe|chefe", 4},
    {I::Human, "comunican|comuniquen|comunica|comunicar|comuniqueme|pasen|pasenme|pasame|paseme|transfier*|transfer*|connect*|conect*|passa|passar|put|ponganme|poneme ~4 asesor|asesora|agente|agent|atendente|supervisor|gerente|manager|persona|pessoa|person|humano|human|someone|alguem|representative|rep|operador", 4},
    {I::Human, "alguien|alguem|someone|somebody|persona|pessoa|person|gente ~2 real|verdad|verdade|humana|humano|human|actual", 4},
    {I::Human, "real|actual ~1 person|persona|pessoa|human|humano", 4},
    {I::Human, "bot|robot|chatbot|automatico|automatica|automated", 2.5},
    {I::Human, "me|nos ~2 llamen|llamas|llama|llaman|llamar|llamarian|liga|ligue|liguem|ligam|ligar|ligaria", 3.5},
    {I::Human, "llamenme|llamame|llameme|llamarme|ligueme", 3.5},
    {I::Human, "call|phone|ring ~1 me|us", 3.5},
    {I::Human, "give ~2 call", 3.5},
    {I::Human, "por|pelo|by|over ~1 telefono|telefone|phone", 2},
    {I::Human, "no|nao|can ~2 consigo|puedo|t ~1 explicar|explain|escribir|escrever", 1.5},

    // --- data_request ------------------------------------------------------------------------
    {I::DataRequest, "borr*|elimin*|apag*|exclu*|delet*|remov*|suprim* ~4 datos|dados|data|informacion|informacao|information|telefono|telefone|numero|number|direccion|endereco|address|registro|cadastro|perfil|profile|historial|historico|history", 4},
    {I::DataRequest, "que|quais|qual|what|cuales|cual|which ~3 datos|dados|data|informacion|informacao|information ~3 tienen|tem|have|hold|guardan|guardam|store|keep|tenian|sobre|about", 4},
    {I::DataRequest, "copia|copy|acceso|acesso|access|export*|portabilidad|portabilidade ~3 datos|dados|data|informacion|informacao|information", 4},
    {I::DataRequest, "arco|lgpd|gdpr|lfpdppp|habeas|privacidad|privacidade|privacy", 4},
    {I::DataRequest, "datos|dados|personal|informacion|informacao ~1 personales|pessoais|data|information|personal|pessoal", 3},
    {I::DataRequest, "donde|onde|where|how ~4 sacaron|consiguieron|obtuvieron|conseguiram|conseguiu|pegaram|got|get|obtained ~3 numero|telefono|telefone|number|datos|dados|contacto|contato|info|informacion", 4},

    // --- opt_out -----------------------------------------------------------------------------
    {I::OptOut, "no|nao|don|not ~2 manden|mandes|envien|enviem|mandem|manda|mande|send|text|message|escriban|escrevam|contacten|contact|escribas", 3.5},
    {I::OptOut, "no|nao|don ~3 quiero|quero|want ~2 recibir|receber|receive|get ~3 mensajes|mensagens|messages|promo*|propaganda|publicidad|publicidade|ofertas|offers|notificac*|notifications|marketing|spam|nada|mas|mais|more", 4},
    {I::OptOut, "dejen|deja|deixem|paren|stop ~2 escribir*|mandar|enviar|texting|messaging|sending|contact*|escrever|llamar|ligar|mensaje*|mensage*|molestar|incomodar|spam*", 3.5},
    {I::OptOut, "para|pare|parem de ~2 mandar|enviar|escrever|ligar|mensage*", 3.5},
    {I::OptOut, "unsubscribe|desuscrib*|desinscrev*|descadastr*|optout", 4},
    {I::OptOut, "opt out", 4},
    {I::OptOut, "dar|darme|darse|de ~1 de ~1 baja", 3.5},
    {I::OptOut, "baja|stop", 2.5},
    {I::OptOut, "tira*|saca*|sacar|quita*|remove*|borra* ~3 lista|list|listas|grupo|mailing", 4},
    {I::OptOut, "sair ~2 lista|grupo", 3.5},
    {I::OptOut, "spam", 2},

    // --- greeting ----------------------------------------------------------------------------
    {I::Greeting, "hola|ola|holi|holis|hi|hello|hey|oi|oie|alo|saludos|hiya|howdy", 2.5},
    {I::Greeting, "buenas|buenos|buen ~1 dias|dia|tardes|noches|tarde|noche", 2.5},
    {I::Greeting, "buenas", 1},
    {I::Greeting, "bom|boa ~1 dia|tarde|noite", 2.5},
    {I::Greeting, "good ~1 morning|afternoon|evening|day", 2.5},
    {I::Greeting, "que tal", 1},
    {I::Greeting, "tudo ~1 bem|bom", 1},
    {I::Greeting, "como estas|esta|vai", 0.8},
    {I::Greeting, "how are you", 1},

    // --- thanks ------------------------------------------------------------------------------
    {I::Thanks, "gracias|obrigad*|brigad*|valeu|thanks|thank|cheers|agradec*|agradezco|appreciate*|merci", 2.5},
    {I::Thanks, "muy|que|muito|very|so amable|gentil|kind|atento|atenta|atencioso|atenciosa|helpful", 1.5},
    {I::Thanks, "excelente|excellent|great|otimo|genial|buenisimo|maravilloso|incrivel|increible|awesome|amazing ~2 servicio|servico|service|trabajo|trabalho|job|work|atencion|atendimento", 2},
    {I::Thanks, "deu|quedo|todo|tudo|all ~1 certo|bien|bem|good|set|perfecto|perfeito", 1.5},

    // --- faq ---------------------------------------------------------------------------------
    {I::Faq, "horario*|hours|opening", 2.5},
    {I::Faq, "que|qual|what|cual ~2 horario*|hours", 1.5},
    {I::Faq, "abren|abrem|abre|abierto|abiertos|aberto|abertos|open|cierran|fecham|closed", 2},
    {I::Faq, "trabajan|atienden|atendem|abren|abrem|open|work|trabalham|funcionan|funcionam ~3 domingo*|sabado*|feriado*|festivo*|fin|fim|weekend*|sunday*|saturday*|holiday*|noche|noite", 3.5},
    {I::Faq, "llegan|atienden|atendem|cubren|cover|covers|van|vao|chegam|trabajan|serve|service ~2 hasta|ate|en|em|to|in|zona|area|mi|your", 3},
    {I::Faq, "cover|covers", 1.5},
    {I::Faq, "cobertura|coverage|zonas|zona|areas|region|regiao|alcance", 2.5},
    {I::Faq, "garanti*|warranty|guarantee*|poliza", 3},
    {I::Faq, "preparar|prepare|preparo|ready", 2.5},
    {I::Faq, "antes ~3 venga|vengan|visita|llegue|chegue|visit|arrives|venha", 1.5},
    {I::Faq, "identificacion|identificacao|credencial|gafete|cracha|badge|identification|identify|uniforme|uniform", 3},
    {I::Faq, "cuanto|quanto|how_long ~2 tiempo|tempo|takes|take|dura|demora|tarda|lleva|leva", 3},
    {I::Faq, "normalmente|usually|geralmente|promedio|typically|normally", 1.5},
    {I::Faq, "preciso|necesito|tengo|do|need|have|debo|tenho ~3 estar|be ~2 casa|home|presente|present|there", 3},
    {I::Faq, "durante|during ~3 servicio|servico|service|visita|visit|reparacion|conserto", 1.5},
    {I::Faq, "como|how ~1 funciona|works|work", 2},

    // --- other -------------------------------------------------------------------------------
    {I::Other, "quien|quem|who ~2 habla|es|e|is|eres|fala|escribe|this", 3},
    {I::Other, "wrong|equivocado|equivocada|errado|errada ~2 number|numero|chat|person|persona|pessoa|mensaje|mensagem|message", 3},
    {I::Other, "me ~1 equivoque|confundi", 3},
    {I::Other, "foi mal", 3},
    {I::Other, "por|by ~1 engano|mistake|error", 3},
    {I::Other, "jaja*|jeje*|haha*|hehe*|k|kk|rsrs*|lol|lmao|xd", 2},
};
// clang-format on

} // namespace

void addIntentPatterns(FuzzyLexicon &lexicon)
{
    for (const Row &r : kRows) {
        if (!lexicon.add(int(r.intent), QString::fromLatin1(r.pattern), r.weight))
            qWarning("drafts: bad lexicon pattern %s", r.pattern);
    }
}

} // namespace recado::relay::drafts
