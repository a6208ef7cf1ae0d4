// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/consent/ConsentKeywords.h"

#include <QHash>
#include <QSet>

#include "core/whatsapp/TextFolding.h"

#include <QList>
#include <QStringList>

#include <initializer_list>

namespace recado::whatsapp {

namespace {
using Kind = ConsentKeywordMatch::Kind;

// All lists are folded (lower case, no accents, punctuation as single spaces): "não" is "nao",
// "don't" is "don t".
struct Lists
{
    const char *language;
    std::initializer_list<const char *> optOutWords;
    std::initializer_list<const char *> optInWords;
    std::initializer_list<const char *> optOutPhrases;
    std::initializer_list<const char *> optInPhrases;
};

const Lists kSpanish{
    "es",
    {"baja", "de baja", "darme de baja", "dar de baja", "dame de baja", "denme de baja", "parar",
     "detener", "cancelar", "cancelar suscripcion", "desuscribir", "desuscribirme", "basta",
     "no mas", "no mas mensajes"},
    {"alta", "darme de alta", "dar de alta", "dame de alta", "volver", "suscribir", "suscribirme",
     "si", "quiero recibir", "reactivar"},
    {"no me escriban mas",
     "no me escribas mas",
     "no me escriba mas",
     "no me envien mas",
     "no me envies mas",
     "no me manden mas",
     "no me mandes mas",
     "dejen de escribirme",
     "dejen de enviarme",
     "dejen de mandarme",
     "deja de escribirme",
     "no quiero recibir mas",
     "no quiero recibir mensajes",
     "no deseo recibir",
     "darme de baja",
     "dar de baja mi numero",
     "cancelar suscripcion",
     "cancelar la suscripcion",
     "cancelar mi suscripcion",
     "eliminen mi numero",
     "borren mi numero",
     "no mas mensajes",
     "no quiero mas mensajes"},
    {"quiero recibir mensajes", "quiero volver a recibir", "quiero recibir notificaciones",
     "quiero recibir sus mensajes", "darme de alta", "volver a recibir mensajes", "acepto recibir"},
};

const Lists kPortuguese{
    "pt",
    {"sair", "parar", "pare", "cancelar", "descadastrar", "descadastre", "descadastrar me",
     "me descadastre", "remover", "chega", "nao quero mais", "cancelar inscricao"},
    {"sim", "voltar", "inscrever", "ativar", "reativar", "quero receber"},
    {"nao quero mais receber", "nao quero receber mais",   "nao quero mais mensagens",
     "nao me mande mais",      "nao me mandem mais",       "nao me envie mais",
     "nao me enviem mais",     "parem de me mandar",       "parem de me enviar",
     "pare de me mandar",      "pare de me enviar",        "me descadastre",
     "me descadastrem",        "descadastrar meu numero",  "cancelar inscricao",
     "cancelar a inscricao",   "cancelar minha inscricao", "remover meu numero",
     "remova meu numero",      "nao desejo receber"},
    {"quero receber mensagens", "quero voltar a receber", "quero receber notificacoes",
     "aceito receber", "quero receber as mensagens"},
};

const Lists kEnglish{
    "en",
    {"stop", "stop all", "stopall", "unsubscribe", "cancel", "end", "quit", "opt out", "optout",
     "remove me", "stop messages"},
    {"start", "unstop", "subscribe", "resume", "yes", "opt in", "optin"},
    {"unsubscribe", "stop sending", "stop texting", "stop messaging", "do not message me",
     "dont message me", "don t message me", "do not contact me", "dont contact me",
     "don t contact me", "do not text me", "dont text me", "don t text me", "remove me from",
     "opt me out", "no more messages", "take me off"},
    {"i want to receive", "start sending", "resubscribe", "opt me in", "i agree to receive",
     "subscribe me"},
};

// Words that are keywords on their own but frequently answer something else.
const QStringList kAmbiguous{QStringLiteral("cancelar"), QStringLiteral("cancel"),
                             QStringLiteral("end"),      QStringLiteral("si"),
                             QStringLiteral("sim"),      QStringLiteral("yes")};

// Stripped from both ends of a message before the whole-message comparison.
const QStringList kPoliteness{
    QStringLiteral("por"),      QStringLiteral("favor"),  QStringLiteral("porfavor"),
    QStringLiteral("porfa"),    QStringLiteral("pf"),     QStringLiteral("pfv"),
    QStringLiteral("please"),   QStringLiteral("pls"),    QStringLiteral("plz"),
    QStringLiteral("gracias"),  QStringLiteral("muchas"), QStringLiteral("thanks"),
    QStringLiteral("thank"),    QStringLiteral("you"),    QStringLiteral("obrigado"),
    QStringLiteral("obrigada"), QStringLiteral("ok"),     QStringLiteral("okay"),
    QStringLiteral("ya"),       QStringLiteral("ahora"),  QStringLiteral("agora"),
    QStringLiteral("now"),
};
// Stripped from the start only.
const QStringList kGreetings{
    QStringLiteral("hola"),      QStringLiteral("hi"),      QStringLiteral("hello"),
    QStringLiteral("hey"),       QStringLiteral("ola"),     QStringLiteral("oi"),
    QStringLiteral("buenas"),    QStringLiteral("buenos"),  QStringLiteral("dias"),
    QStringLiteral("tardes"),    QStringLiteral("noches"),  QStringLiteral("bom"),
    QStringLiteral("boa"),       QStringLiteral("dia"),     QStringLiteral("tarde"),
    QStringLiteral("noite"),     QStringLiteral("good"),    QStringLiteral("morning"),
    QStringLiteral("afternoon"), QStringLiteral("evening"),
};
const QStringList kNegations{
    QStringLiteral("no"),    QStringLiteral("nao"),   QStringLiteral("not"),
    QStringLiteral("dont"),  QStringLiteral("don"),   QStringLiteral("never"),
    QStringLiteral("nunca"), QStringLiteral("jamas"), QStringLiteral("nem"),
    QStringLiteral("won"),   QStringLiteral("wont"),  QStringLiteral("cannot"),
    QStringLiteral("didn"),  QStringLiteral("didnt"),
};
constexpr int kNegationWindow = 4; // tokens before a phrase that may negate it

QList<const Lists *> languageOrder(const QString &hint)
{
    QList<const Lists *> order{&kSpanish, &kPortuguese, &kEnglish};
    const QString base = hint.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (base.compare(QLatin1String(order.at(i)->language), Qt::CaseInsensitive) == 0) {
            order.move(i, 0);
            break;
        }
    }
    return order;
}

//! The message reduced to its core: folded, greetings and politeness removed, repeats
//! collapsed ("STOP STOP" -> "stop").
QString coreOf(const QString &text)
{
    QStringList tokens = foldForMatching(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!tokens.isEmpty() &&
           (kGreetings.contains(tokens.first()) || kPoliteness.contains(tokens.first())))
        tokens.removeFirst();
    while (!tokens.isEmpty() && kPoliteness.contains(tokens.last()))
        tokens.removeLast();
    QStringList collapsed;
    for (const QString &t : tokens) {
        if (collapsed.isEmpty() || collapsed.last() != t)
            collapsed.append(t);
    }
    return collapsed.join(QLatin1Char(' '));
}

struct Clause
{
    QStringList tokens;
    bool question = false;
};

//! Splits on sentence punctuation so "No, please unsubscribe me" keeps its "No" away from the
//! request, and marks clauses asked as questions.
QList<Clause> clausesOf(const QString &text)
{
    QList<Clause> clauses;
    QString current;
    bool openedAsQuestion = false;
    const auto flush = [&](bool question) {
        const QStringList tokens =
            foldForMatching(current).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!tokens.isEmpty())
            clauses.append({tokens, question || openedAsQuestion});
        current.clear();
        openedAsQuestion = false;
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('?')) {
            flush(true);
        } else if (c == QChar(0x00BF)) { // ¿ opens a question
            flush(false);
            openedAsQuestion = true;
        } else if (c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char(';') ||
                   c == QLatin1Char(':') || c == QLatin1Char('!') || c == QChar(0x00A1) ||
                   c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            flush(false);
        } else {
            current += c;
        }
    }
    flush(false);
    return clauses;
}

//! Index of `phrase` (as tokens) in `tokens`, or -1.
qsizetype findPhrase(const QStringList &tokens, const QStringList &phrase)
{
    for (qsizetype i = 0; i + phrase.size() <= tokens.size(); ++i) {
        bool all = true;
        for (qsizetype j = 0; j < phrase.size() && all; ++j)
            all = tokens.at(i + j) == phrase.at(j);
        if (all)
            return i;
    }
    return -1;
}

bool negatedBefore(const QStringList &tokens, qsizetype at)
{
    for (qsizetype i = qMax<qsizetype>(0, at - kNegationWindow); i < at; ++i) {
        if (kNegations.contains(tokens.at(i)))
            return true;
    }
    return false;
}

//! The tokens of a phrase from the static lists, split once per thread (detect() runs on every
//! inbound message, so re-splitting every phrase each time dominated ingest profiles).
const QStringList &tokensOf(const char *phrase)
{
    thread_local QHash<const char *, QStringList> cache;
    auto it = cache.find(phrase);
    if (it == cache.end())
        it = cache.insert(phrase, QString::fromLatin1(phrase).split(QLatin1Char(' ')));
    return it.value();
}

//! Every token a keyword or a phrase of any language starts with. A whole-message keyword is
//! the message's tokens after trimming, and a phrase is a run of a clause's tokens; the tokens
//! of the folded message are the clauses' tokens in order, so a message holding none of these
//! cannot match. Most messages hold none, and this check costs one fold instead of several.
const QSet<QString> &leadingTokens()
{
    static const QSet<QString> tokens = [] {
        QSet<QString> out;
        for (const Lists *lists : {&kSpanish, &kPortuguese, &kEnglish}) {
            for (const auto *list : {&lists->optOutWords, &lists->optInWords, &lists->optOutPhrases,
                                     &lists->optInPhrases}) {
                for (const char *entry : *list)
                    out.insert(QString::fromLatin1(entry).section(QLatin1Char(' '), 0, 0));
            }
        }
        return out;
    }();
    return tokens;
}

bool mayMatch(const QString &text)
{
    const QString folded = foldForMatching(text);
    for (const QStringView token :
         QStringView(folded).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (leadingTokens().contains(token.toString()))
            return true;
    }
    return false;
}

ConsentKeywordMatch makeMatch(Kind kind, const Lists *lists, const QString &keyword, bool whole)
{
    ConsentKeywordMatch m;
    m.kind = kind;
    m.language = QString::fromLatin1(lists->language);
    m.keyword = keyword;
    m.wholeMessage = whole;
    m.ambiguous = whole && kAmbiguous.contains(keyword);
    return m;
}
} // namespace

ConsentKeywordMatch ConsentKeywords::detect(const QString &text, const QString &languageHint)
{
    if (!mayMatch(text))
        return {};
    const QList<const Lists *> order = languageOrder(languageHint);
    // languageOrder() moved the hinted language first when we support it.
    const bool hintSupported =
        !languageHint.isEmpty() &&
        languageHint.startsWith(QLatin1String(order.first()->language), Qt::CaseInsensitive);
    const QString core = coreOf(text);
    if (core.isEmpty())
        return {};
    for (const Kind kind : {Kind::OptOut, Kind::OptIn}) {
        for (const Lists *lists : order) {
            const auto &words = kind == Kind::OptOut ? lists->optOutWords : lists->optInWords;
            for (const char *word : words) {
                if (core != QLatin1String(word))
                    continue;
                ConsentKeywordMatch m = makeMatch(kind, lists, core, true);
                // Customers of every language send STOP and START: a lone keyword says
                // little about their language, so the contact's known language wins.
                if (hintSupported)
                    m.language = QString::fromLatin1(order.first()->language);
                return m;
            }
        }
    }

    const QList<Clause> clauses = clausesOf(text);
    for (const Kind kind : {Kind::OptOut, Kind::OptIn}) {
        for (const Clause &clause : clauses) {
            if (clause.question)
                continue; // "¿qué pasa si me doy de baja?" is for an agent to answer
            for (const Lists *lists : order) {
                const auto &phrases =
                    kind == Kind::OptOut ? lists->optOutPhrases : lists->optInPhrases;
                for (const char *phrase : phrases) {
                    const QStringList &phraseTokens = tokensOf(phrase);
                    const qsizetype at = findPhrase(clause.tokens, phraseTokens);
                    if (at < 0)
                        continue;
                    // A phrase that is itself negative ("no me escriban más") cannot be
                    // negated by its own first word.
                    const bool selfNegative = kNegations.contains(phraseTokens.first());
                    if (!selfNegative && negatedBefore(clause.tokens, at))
                        continue;
                    return makeMatch(kind, lists, QString::fromLatin1(phrase), false);
                }
            }
        }
    }
    return {};
}

ConsentRecord ConsentKeywordMatch::toRecord(const QDateTime &at, const QString &originalText) const
{
    ConsentRecord r;
    if (kind == Kind::None)
        return r; // no time: isValid() is false
    r.action = kind == Kind::OptOut ? ConsentAction::OptOut : ConsentAction::OptIn;
    r.source = ConsentSource::Keyword;
    r.at = at.toUTC();
    r.keyword = originalText.trimmed().left(160);
    r.language = language;
    if (!wholeMessage)
        r.note = QStringLiteral("phrase: %1").arg(keyword);
    else if (ambiguous)
        r.note = QStringLiteral("ambiguous keyword: %1").arg(keyword);
    return r;
}

} // namespace recado::whatsapp
