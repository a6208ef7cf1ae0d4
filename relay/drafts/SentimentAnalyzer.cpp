// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/drafts/SentimentAnalyzer.h"

#include "relay/drafts/TextNormalizer.h"

#include <QRegularExpression>

namespace recado::relay::drafts {

namespace {

struct Row
{
    int label;
    const char *pattern;
};

// clang-format off
const Row kRows[] = {
    // Insults and profanity aimed at the company or its staff.
    {0, "pendejo*|idiota*|estupido*|imbecil*|inutil|inutiles|mierda|chingad*|chingue*|carajo|cabron*|culero*|pinche*|verga|mamad*|huevon*|boludo*|pelotudo*|forro*|malparido*|gonorrea|ladron*|rateros|estafa*|estafador*|basura|porqueria|desmadre|cochinada|mugre|ptm|hdp|pirobo*"},
    {0, "hijo|hijos|filho|filhos|son ~1 puta|putas|bitch"},
    {0, "porra|merda|caralho|burro|burros|lixo|porcaria|palhacada|palhacos|vagabund*|safad*|ladrao|ladroes|golpistas|otario*|fdp|pqp|vsf|bosta|cacete|droga|incompetentes"},
    {0, "fuck*|shit*|crap|idiot*|stupid|useless|morons|scam*|thieves|bullshit|wtf|damn|garbage|trash|incompetent|pathetic"},
    // Negative words and phrases.
    {1, "pesimo|pesima|pessimo|pessima|horrible|horrivel|terrible|awful|desastre|disaster|verguenza|vergonha|absurdo|ridiculo|ridiculous|inaceptable|inaceitavel|unacceptable|indignante|worst|odio|hate|furioso|furiosa|enojado|enojada|encabronado|emputado|irritado|irritada|chateado|chateada|frustrado|frustrada|frustrating|decepcionado|decepcionada|disappointed|harto|harta|lamentable|seriously|joke|burla|piada"},
    {1, "ya ~1 me ~1 canse|harte"},
    {1, "fed up"},
    {1, "sick ~1 of"},
    {1, "cansado|cansada ~1 de|of"},
    {1, "que saco"},
    {1, "falta ~1 de ~1 respeto|respeito|seriedad|seriedade"},
    {1, "nunca mais|mas"},
    {1, "never again"},
    {1, "no manches|mames"},
    // Positive words: excitement with these is not anger.
    {2, "gracias|obrigad*|brigad*|valeu|thanks|thank|excelente|excellent|perfecto|perfeito|genial|great|awesome|amable|atento|atenta|feliz|happy|encantado|encantada|maravilloso|otimo|lindo|top|buenisimo|hola|oi|hello|bom|buenos|buenas|felicidades|congrats|bravo"},
};
// clang-format on

bool isAngryEmoji(uint cp)
{
    switch (cp) {
    case 0x1F621: // 😡
    case 0x1F620: // 😠
    case 0x1F92C: // 🤬
    case 0x1F47F: // 👿
    case 0x1F4A2: // 💢
    case 0x1F624: // 😤
    case 0x1F595: // 🖕
    case 0x1F44E: // 👎
    case 0x1F612: // 😒
    case 0x1F644: // 🙄
        return true;
    default:
        return false;
    }
}

bool isHappyEmoji(uint cp)
{
    switch (cp) {
    case 0x1F64F: // 🙏
    case 0x1F60A: // 😊
    case 0x1F64C: // 🙌
    case 0x2764:  // ❤
    case 0x1F44D: // 👍
    case 0x1F601: // 😁
    case 0x1F600: // 😀
    case 0x1F970: // 🥰
    case 0x1F60D: // 😍
    case 0x1F603: // 😃
    case 0x1F642: // 🙂
    case 0x1F389: // 🎉
        return true;
    default:
        return false;
    }
}

} // namespace

bool SentimentAnalyzer::Result::negative() const
{
    if (insults > 0 || angryEmoji > 0 || negativeWords > 0)
        return true;
    // Capitals or "!!!" alone are anger unless the words are friendly ("GRACIAS!!!").
    return (shouting || bangs) && positiveWords == 0;
}

SentimentAnalyzer::SentimentAnalyzer()
    : m_lexicon(true)
{
    for (const Row &r : kRows)
        m_lexicon.add(r.label, QString::fromLatin1(r.pattern), 1.0);
}

const SentimentAnalyzer &SentimentAnalyzer::instance()
{
    static const SentimentAnalyzer analyzer;
    return analyzer;
}

SentimentAnalyzer::Result SentimentAnalyzer::analyze(const QString &text) const
{
    Result r;
    const QList<Token> tokens = TextNormalizer::tokenize(text);
    const QList<FuzzyLexicon::Match> matches = m_lexicon.match(tokens);
    for (const FuzzyLexicon::Match &m : matches) {
        const QString words =
            tokens.mid(m.firstToken, m.lastToken - m.firstToken + 1).constFirst().text;
        if (m.label == Insult) {
            ++r.insults;
            r.evidence.append(QStringLiteral("insult:") + words);
        } else if (m.label == Negative) {
            ++r.negativeWords;
            r.evidence.append(QStringLiteral("negative:") + words);
        } else {
            ++r.positiveWords;
        }
    }
    const QList<uint> cps = text.toUcs4();
    for (uint cp : cps) {
        if (isAngryEmoji(cp)) {
            ++r.angryEmoji;
            r.evidence.append(QStringLiteral("emoji"));
        } else if (isHappyEmoji(cp)) {
            ++r.positiveWords;
        }
    }
    // Shouting: mostly capitals over enough letters, or three capitalised words in a row.
    int letters = 0, upper = 0;
    for (QChar c : text) {
        if (c.isLetter()) {
            ++letters;
            if (c.isUpper())
                ++upper;
        }
    }
    static const QRegularExpression capsRun(
        QStringLiteral("(?:\\b\\p{Lu}{3,}\\b[^\\p{Ll}\\p{Lu}]+){2,}\\b\\p{Lu}{3,}\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    r.shouting = (letters >= 10 && upper >= 0.7 * letters) || capsRun.match(text).hasMatch();
    if (r.shouting)
        r.evidence.append(QStringLiteral("caps"));
    static const QRegularExpression bangs(
        QStringLiteral("!{3,}|[?!¡¿]*(?:\\?!|!\\?|¿¡|¡¿)[?!¡¿]*|\\?{4,}"));
    r.bangs = bangs.match(text).hasMatch();
    if (r.bangs)
        r.evidence.append(QStringLiteral("bangs"));
    r.score = r.insults * 3 + r.negativeWords * 2 + r.angryEmoji * 2 + (r.shouting ? 2 : 0) +
              (r.bangs ? 1.5 : 0) - r.positiveWords;
    return r;
}

} // namespace recado::relay::drafts
