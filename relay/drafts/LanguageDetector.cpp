// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/LanguageDetector.h"

#include "relay/drafts/TextNormalizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace recado::relay::drafts {

namespace {

QSet<QString> words(const char *list)
{
    QSet<QString> s;
    const QStringList parts = QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &p : parts)
        s.insert(p);
    return s;
}

// Words (folded) that mark one language among the three; words shared by Spanish and
// Portuguese (de, que, por, para, se, me, dia, hora, tecnico ...) are deliberately absent.
const QSet<QString> &spanish()
{
    static const QSet<QString> s = words(
        "el los las del y muy pero hoy manana ya gracias hola buenas buenos buen usted ustedes "
        "quiero necesito "
        "puedo pueden puede tengo tiene tienen hay ahi eso esto ese esa cuando donde mi mis su sus "
        "le les lo "
        "nadie cita factura llega llegar viene vienen vengan senor oiga oigan pues bien cuanto "
        "cuesta ahora "
        "hacer tambien solo alguien quien estoy soy ayer todavia aun ahorita che vos neta wey guey "
        "chido parce "
        "pena quisiera gusto mucho muchas mandaron vino llego cobraron porfavor sirve queda "
        "quedamos "
        "cancelen reagendar cambiar jueves viernes miercoles lunes martes "
        "mismo sigue arreglaron refri lavadora estufa boleta heladera ocupo oye chamba laburo pibe "
        "boludo "
        "listo dale hablar persona datos borren dejen escribirme recibir otro otra llegan trabajan "
        " noche jaja jajaja jeje veces dinero pago pagar tarjeta efectivo disculpe perdon ustedes "
        " alla nosotros hace hacia entonces tambien cuenta decir dijeron perdi pedi ");
    return s;
}

const QSet<QString> &portuguese()
{
    static const QSet<QString> s = words(
        "o os as um uma do da dos das na nas em voce voces meu minha seu sua nao sim obrigado "
        "obrigada oi bom "
        "boa tudo muito muita hoje amanha agora pra pro tem tenho preciso quero posso pode podem "
        "ele ela eles "
        "isso isto esse essa ai ja ainda mais tambem depois ate sao estou to ta cade valeu beleza "
        "entao onde "
        "quando quanto quanta conserto fazer faz vai vou ne k kk rs vcs obg vlw blz td oq pq hj "
        "agr "
        "manha noite geladeira maquina fogao chuveiro chamado peca pecas remarcar trocar mudar "
        "consegue "
        "conseguir vem vindo chega chegou saiu cobrado cobranca dinheiro volta reclamar atendente "
        "falar alguem "
        "dados apaguem receber mensagens propaganda brigado brigadao fica otimo combinado certo "
        "obrigadao voltou defeito atrasado desculpa vazamento vazando gelar liga desisti quarta "
        "quinta sexta segunda terca feira fim vem atendem abrem pix "
        "ola quem foi dessa desse nessa nesse disso dele dela mensagem atendimento ninguem "
        "horrivel gostaria "
        "parcelar cartao boleto caiu pagamento preco errado reais");
    return s;
}

const QSet<QString> &english()
{
    static const QSet<QString> s = words("the an is are i you my your it this that to for of and "
                                         "on in at with be will can could would please "
                                         "thanks thank hi hello hey what when where how why who "
                                         "yes not do does did don t s ll ve have has get "
                                         "got need want tomorrow today morning afternoon evening "
                                         "time anymore just so lol stop cancel number "
                                         "data update any still after before there here up out all "
                                         "some send call guy tech technician he she "
                                         "they we our us was were been am pm appointment visit "
                                         "repair invoice receipt refund charged twice "
                                         "person agent real talk speak instead next week works "
                                         "fine good sounds see great job cheers sorry "
                                         "wrong much cost credit card payment through hours open "
                                         "cover warranty home arrive arriving way eta "
                                         "unsubscribe texting still working broke broken leaking "
                                         "asap book schedule fix dishwasher dryer");
    return s;
}

} // namespace

LanguageDetector::Result LanguageDetector::detect(const QString &text, const QString &hint)
{
    double es = 0, pt = 0, en = 0;
    for (QChar c : text) {
        const char16_t u = c.toLower().unicode();
        if (u == u'ñ' || u == u'¿' || u == u'¡')
            es += 2;
        else if (u == u'ã' || u == u'õ' || u == u'ç')
            pt += 2;
        else if (u == u'ê' || u == u'ô' || u == u'â')
            pt += 1;
    }
    // Spelling only one language uses: Spanish words start with "ll" (llega, llamar) and write
    // qué/cómo/dónde with an acute accent; Portuguese has "nh"/"lh" (amanhã, trabalho).
    static const QRegularExpression esSpelling(
        QStringLiteral("\\bll\\w|\\b(?:qué|cómo|dónde|cuándo|cuánto|cuál)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression ptSpelling(QStringLiteral("\\w(?:nh|lh)\\w"),
                                               QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = esSpelling.globalMatch(text); it.hasNext(); it.next())
        es += 1;
    for (auto it = ptSpelling.globalMatch(text); it.hasNext(); it.next())
        pt += 1;
    const QList<Token> tokens = TextNormalizer::tokenize(text);
    for (const Token &t : tokens) {
        if (t.numeric)
            continue;
        if (spanish().contains(t.text))
            es += 1;
        if (portuguese().contains(t.text))
            pt += 1;
        if (english().contains(t.text))
            en += 1;
        if (t.text.startsWith(QLatin1String("jaja")) || t.text.startsWith(QLatin1String("jeje")))
            es += 1;
        if (t.text.startsWith(QLatin1String("haha")))
            en += 0.5;
    }
    QString fallback = hint;
    if (fallback != QLatin1String("es") && fallback != QLatin1String("pt") &&
        fallback != QLatin1String("en"))
        fallback = QStringLiteral("es");
    // The hint breaks ties: a conversation rarely switches language.
    if (fallback == QLatin1String("es"))
        es += 0.25;
    else if (fallback == QLatin1String("pt"))
        pt += 0.25;
    else
        en += 0.25;
    const double best = std::max({es, pt, en});
    if (best < 1.0)
        return {fallback, 0.0};
    const double total = es + pt + en;
    QString lang = es >= pt && es >= en ? QStringLiteral("es")
                                        : (pt >= en ? QStringLiteral("pt") : QStringLiteral("en"));
    return {lang, best / total};
}

QString LanguageDetector::fromPhone(const QString &e164)
{
    const QString p = e164.trimmed();
    if (p.startsWith(QLatin1String("+55")))
        return QStringLiteral("pt");
    if (p.startsWith(QLatin1String("+351")) || p.startsWith(QLatin1String("+244")) ||
        p.startsWith(QLatin1String("+258")))
        return QStringLiteral("pt");
    if (p.startsWith(QLatin1String("+1")) || p.startsWith(QLatin1String("+44")) ||
        p.startsWith(QLatin1String("+61")) || p.startsWith(QLatin1String("+353")) ||
        p.startsWith(QLatin1String("+64")))
        return QStringLiteral("en");
    return p.isEmpty() ? QString() : QStringLiteral("es");
}

} // namespace recado::relay::drafts
