// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/MessageCues.h"

#include "relay/drafts/TextNormalizer.h"

#include <QRegularExpression>

namespace recado::relay::drafts {

// "¿ya quedó registrado mi pago?" asks about the customer's own account: no article answers it.
bool MessageCues::accountSpecific(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:mi|meu|my)\\s+(?:pago|pagamento|payment|cuenta|conta|account|saldo|"
                       "balance|factura|fatura|bill|cargo|cobro)\\b|"
                       "\\b(?:registrad[oa]|caiu|cayo|went through|go "
                       "through|debo|devo|owe|adeudo|saldo|balance)\\b"));
    return re.match(TextNormalizer::fold(text)).hasMatch();
}

// True if the clause around `e` rules that day or time out ("el jueves no puedo", "tomorrow
// won't work", "esta semana ando de viaje"): it must not be echoed as the customer's choice.
bool MessageCues::ruledOut(const QString &text, const Entity &e)
{
    if (e.start < 0)
        return false;
    static const QRegularExpression boundary(QStringLiteral(
        "[,.;:?!¿¡\\n]|\\b(?:pero|mas|but|y|e|and|instead|(?:en|em)\\s+(?:vez|lugar))\\b"));
    const QString folded = TextNormalizer::fold(text);
    qsizetype from = 0, to = folded.size();
    for (auto it = boundary.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedEnd() <= e.start)
            from = m.capturedEnd();
        else if (m.capturedStart() >= e.start + e.length) {
            to = m.capturedStart();
            break;
        }
    }
    static const QRegularExpression negation(
        QStringLiteral("\\b(?:no|nao|not|can'?t|cannot|won'?t|don'?t|never|nunca|tampoco|ni|"
                       "complic\\w*|ocupad\\w*|viaj\\w*|travel\\w*|"
                       "trabaj\\w*|trabalh\\w*|imposible|impossivel|impossible)\\b"));
    const QString clause = folded.mid(from, to - from);
    // "em vez de manhã", "instead of the morning": what follows is ruled out.
    static const QRegularExpression instead(
        QStringLiteral("(?:(?:en|em)\\s+(?:vez|lugar)(?:\\s+d[eao])?|instead(?:\\s+of)?|ao\\s+"
                       "inves(?:\\s+d[eao])?)\\s*(?:la\\s+|the\\s+|a\\s+)?$"));
    return negation.match(clause).hasMatch() || instead.match(folded.left(e.start)).hasMatch();
}

// Only a question gets an article: "me hicieron un cargo doble, revisen" talks about money but
// asks nothing an article answers, and may well be a dispute in words the lexicon lacks.
bool MessageCues::isQuestion(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("\\?|^\\s*(?:cuanto|cuanta|quanto|quanta|how|what|do|does|can|could|is|are|"
                       "aceptan|aceitam|aceita|acepta|se\\s+puede|"
                       "puedo|posso|da\\s+pra|tienen|tem|hay)\\b"));
    return re.match(TextNormalizer::fold(text)).hasMatch();
}

bool MessageCues::mentionsAppliance(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "\\b(?:lavadora|secadora|refri|refrigerador|heladera|nevera|estufa|horno|minisplit|boiler|"
        "calentador|lavavajillas|"
        "geladeira|fogao|chuveiro|maquina|ar condicionado|aire "
        "acondicionado|dishwasher|dryer|washer|fridge|oven|furnace|"
        "heater|microondas|microwave|ac|tv|boiler|fregadero|tuberia|fuga|pia|sink|calefon)\\b"));
    return re.match(TextNormalizer::fold(text)).hasMatch();
}

} // namespace recado::relay::drafts
