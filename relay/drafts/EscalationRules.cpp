// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/EscalationRules.h"

#include "relay/drafts/EntityExtractor.h"
#include "relay/drafts/IntentClassifier.h"
#include "relay/drafts/TextNormalizer.h"

#include <QSet>

namespace recado::relay::drafts {

namespace {

struct Row
{
    int label;
    const char *pattern;
};

// clang-format off
const Row kRows[] = {
    // Formal complaints and legal threats (Mexico, Brazil, Colombia, Argentina, US).
    {0, "profeco|procon|abogado|abogados|abogada|advogado|advogados|advogada|lawyer|lawyers|attorney|reclameaqui|bbb|juzgado|juizado|tribunal|lawsuit|sue|suing|demandar*|processar*|denunciar|superintendencia|condusef|ombudsman|consumidor"},
    {0, "reclame aqui"},
    {0, "better business"},
    {0, "legal action"},
    {0, "accion|acao|medida ~1 legal|legales|judicial|judiciais"},
    {0, "poner|meter|interponer|presentar|levantar ~2 demanda|denuncia|queja"},
    {0, "entrar|abrir|mover ~2 processo|acao"},
    {0, "processo judicial"},
    {0, "na|la ~1 justica|justicia"},
    {0, "small claims"},
    {0, "defensa ~2 consumidor"},
    {0, "consumer protection"},
    {0, "report|reportar|denunciar ~3 consumer|consumidor|proteccion|protecao|authorities|autoridades"},
    // Personal-data rights (ARCO, LGPD, GDPR-like): deletion, access, copy, origin of the data.
    {1, "borr*|elimin*|apag*|exclu*|delet*|remov*|suprim* ~4 datos|dados|data|informacion|informacao|information|registro|cadastro|perfil|profile|historial|historico"},
    {1, "borr*|elimin*|apag*|exclu*|delet* ~4 telefono|telefone|numero|number|direccion|endereco|address"},
    {1, "que|quais|qual|what|cuales|cual|which ~3 datos|dados|data|informacion|informacao|information ~3 tienen|tem|have|hold|guardan|guardam|store|keep|tenian|sobre|about"},
    {1, "copia|copy|acceso|acesso|access|export*|portabilidad|portabilidade ~3 datos|dados|data|informacion|informacao|information"},
    {1, "arco|lgpd|gdpr|lfpdppp|habeas|privacidad|privacidade|privacy"},
    {1, "revocar|revogar|revoke|retirar|withdraw|retiro ~3 consentimiento|consentimento|consent"},
    {1, "como|how ~2 usan|usam|use|utilizan|utilizam|manejan|tratan ~3 datos|dados|data"},
    {1, "datos|dados ~1 personales|pessoais"},
    {1, "personal ~1 data|information"},
    {1, "donde|onde|where|how ~4 sacaron|consiguieron|obtuvieron|conseguiram|conseguiu|pegaram|got|get|obtained ~3 numero|telefono|telefone|number|datos|dados|contacto|contato"},
    {1, "datos|dados|data|informacion|informacao|informacoes ~4 borr*|elimin*|apag*|exclu*|delet*"},
    {1, "que|quais|qual|what|cuales|which ~3 informacoes|informaciones|informations ~3 tienen|tem|have|hold|guardan|guardam|store|keep"},
    // Asking for a person.
    {2, "hablar|platicar|falar|talk|speak|chat|conversar ~3 persona|pessoa|person|humano|human|asesor|asesora|agente|agent|atendente|alguien|alguem|someone|somebody|supervisor|gerente|manager|encargado|responsable|ejecutivo|operador|operadora|representante|representative|rep|jefe|chefe"},
    {2, "comunican|comuniquen|comunica|comunicar|comuniqueme|pasen|pasenme|pasame|paseme|transfier*|transfer*|connect*|conect*|passa|passar|put|ponganme|poneme ~4 asesor|asesora|agente|agent|atendente|supervisor|gerente|manager|persona|pessoa|person|humano|human|representative|rep|operador"},
    {2, "alguien|alguem|someone|somebody|persona|pessoa|person ~2 real|verdad|verdade|humana|humano|human"},
    {2, "real|actual ~1 person|persona|pessoa|human|humano"},
    {2, "me|nos ~2 llamen|llamas|llama|llaman|llamar|llamarian|liga|ligue|liguem|ligam|ligar|ligaria"},
    {2, "llamenme|llamame|llameme|llamarme|ligueme"},
    {2, "call|phone|ring ~1 me|us"},
    {2, "give ~2 call"},
    {2, "carne y hueso"},
    {2, "atienda|atiendan|atenda|atendam ~3 supervisor|gerente|persona|pessoa|humano|human|alguien|alguem|asesor|ejecutivo|manager|jefe|encargado"},
    {2, "hablar|falar|talk|speak|conversar ~3 maquina|robot|bot|machine"},
    {2, "carne e osso"},
    {2, "flesh and blood"},
    {2, "atienda|atiendan|atendido|atendida|atenda|attended|served|helped ~3 por|by ~2 humano|humana|persona|pessoa|human|alguien|alguem|someone|person"},
    {2, "me|nos ~2 marquen|marque|marcan|marcar|hablen|telefonee|telefoneem"},
    {2, "someone|somebody|alguien|alguem|anyone ~4 speak|talk|hablar|falar|platicar"},
    {2, "es|e|is ~2 bot|robot|chatbot|maquina|automatico|automated"},
    // Refunds.
    {3, "reembols*|refund*|estorno|estornar|estornem|ressarc*|reintegr*|chargeback|contracargo"},
    {3, "dinero|dinheiro|money|plata|lana ~2 volta|back|vuelta"},
    {3, "regresen|devuelvan|devolvam|devolver|regresar|return ~3 dinero|dinheiro|money|plata|lana|pago"},
    // ... but an expense reimbursement at the customer's employer is not a refund from us.
    {5, "reembolso|reimbursement|reembolsar ~2 gastos|viaticos|despesas|expenses|empresa|company"},
    // The customer says they are repeating themselves.
    {4, "ya ~2 dije|dijimos|pedi|pedimos|pregunte|preguntamos|escribi|solicite|reporte|avise"},
    {4, "ja ~2 pedi|falei|disse|perguntei|avisei|mandei|reclamei"},
    {4, "otra|outra ~1 vez"},
    {4, "de novo|novamente|again"},
    {4, "segunda|tercera|terceira|second|third ~1 vez|time"},
    {4, "cuantas|quantas ~1 veces|vezes"},
    {4, "how many times"},
    {4, "already ~2 asked|told|said|wrote|sent"},
    {4, "i ~1 asked|told|wrote"},
    {4, "sin|sem|no ~1 respuesta|resposta|answer|reply"},
    {4, "me|nos ~1 leen|lee|escuchan|responden|contestan"},
    {4, "nadie|ninguem|nobody ~2 responde|contesta|answers|replies|respondeu"},
};
// clang-format on

QSet<QString> contentWords(const QString &text)
{
    QSet<QString> s;
    const QList<Token> tokens = TextNormalizer::tokenize(text);
    for (const Token &t : tokens) {
        if (t.text.size() >= 4)
            s.insert(t.key);
    }
    return s;
}

bool repeatable(Intent i)
{
    switch (i) {
    case Intent::Greeting:
    case Intent::Thanks:
    case Intent::ConfirmAppointment:
    case Intent::MediaShare:
    case Intent::Other:
        return false;
    default:
        return true;
    }
}

const char *const kReasonOrder[] = {
    reason::FormalComplaintThreat,
    reason::PersonalData,
    reason::BillingDispute,
    reason::Refund,
    reason::Complaint,
    reason::HumanRequested,
    reason::NegativeSentiment,
    reason::RepeatedRequest,
    reason::ModelFlagged,
    reason::NoGrounding,
    reason::LowConfidence,
    reason::UnclearIntent,
};

int reasonRank(const QString &r)
{
    for (size_t i = 0; i < std::size(kReasonOrder); ++i) {
        if (r == QLatin1String(kReasonOrder[i]))
            return int(i);
    }
    return int(std::size(kReasonOrder));
}

} // namespace

void EscalationRules::sortReasons(QStringList &reasons)
{
    std::stable_sort(reasons.begin(), reasons.end(), [](const QString &a, const QString &b) {
        return reasonRank(a) < reasonRank(b);
    });
}

EscalationRules::EscalationRules()
{
    for (const Row &r : kRows)
        m_lexicon.add(r.label, QString::fromLatin1(r.pattern), 1.0);
}

const EscalationRules &EscalationRules::instance()
{
    static const EscalationRules rules;
    return rules;
}

EscalationRules::Signals EscalationRules::scan(const QString &text) const
{
    Signals s;
    bool notRefund = false;
    const QList<FuzzyLexicon::Match> matches = m_lexicon.match(TextNormalizer::tokenize(text));
    for (const FuzzyLexicon::Match &m : matches) {
        switch (m.label) {
        case Threat:
            s.threat = true;
            break;
        case PersonalData:
            s.personalData = true;
            break;
        case Human:
            s.humanRequested = true;
            break;
        case Refund:
            s.refund = true;
            break;
        case RepeatCue:
            s.repeatCue = true;
            break;
        case NotRefund:
            notRefund = true;
            break;
        default:
            break;
        }
    }
    if (notRefund)
        s.refund = false;
    s.sentiment = SentimentAnalyzer::instance().analyze(text);
    return s;
}

bool EscalationRules::repeatsEarlierRequest(const DraftContext &context, Intent current) const
{
    if (!repeatable(current))
        return false;
    const QDateTime now = context.referenceTime();
    const QSet<QString> words = contentWords(context.text);
    int occurrences = 1;
    int looked = 0;
    for (auto it = context.history.crbegin();
         it != context.history.crend() && looked < recentMessages; ++it, ++looked) {
        if (it->direction != domain::Direction::Inbound || it->text.trimmed().isEmpty())
            continue;
        if (it->timestamp.isValid() && it->timestamp.secsTo(now) > qint64(recentHours) * 3600)
            break;
        const QList<Entity> entities = EntityExtractor::extract(it->text, now.date());
        const Classification earlier =
            IntentClassifier::instance().classify(it->text, it->kind, entities);
        bool same = earlier.intent == current;
        if (!same && !words.isEmpty()) {
            const QSet<QString> other = contentWords(it->text);
            const QSet<QString> common = QSet<QString>(words).intersect(other);
            const QSet<QString> all = QSet<QString>(words).unite(other);
            same = !all.isEmpty() && double(common.size()) / double(all.size()) >= 0.6;
        }
        if (same && ++occurrences >= repeatThreshold)
            return true;
    }
    return false;
}

void EscalationRules::apply(DraftResult &result, const DraftContext &context) const
{
    const Signals s = scan(context.text);
    if (s.threat)
        result.addEscalation(QString::fromLatin1(reason::FormalComplaintThreat));
    if (s.personalData || result.intent == Intent::DataRequest)
        result.addEscalation(QString::fromLatin1(reason::PersonalData));
    if (result.intent == Intent::BillingDispute)
        result.addEscalation(QString::fromLatin1(reason::BillingDispute));
    if (s.refund)
        result.addEscalation(QString::fromLatin1(reason::Refund));
    if (result.intent == Intent::Complaint)
        result.addEscalation(QString::fromLatin1(reason::Complaint));
    if (s.humanRequested || result.intent == Intent::Human)
        result.addEscalation(QString::fromLatin1(reason::HumanRequested));
    if (s.sentiment.negative())
        result.addEscalation(QString::fromLatin1(reason::NegativeSentiment));
    if ((s.repeatCue && repeatable(result.intent)) || repeatsEarlierRequest(context, result.intent))
        result.addEscalation(QString::fromLatin1(reason::RepeatedRequest));
    if (result.intent == Intent::Other)
        result.addEscalation(QString::fromLatin1(reason::UnclearIntent));
    else if (result.confidence < lowConfidenceThreshold)
        result.addEscalation(QString::fromLatin1(reason::LowConfidence));
}

} // namespace recado::relay::drafts
