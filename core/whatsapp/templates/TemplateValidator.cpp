// SPDX-License-Identifier: GPL-3.0-or-later
// Submission rules of TemplateValidator. The send rules live in TemplateValidatorSend.cpp.
#include "core/whatsapp/templates/TemplateValidator.h"

#include "core/whatsapp/TextFolding.h"
#include "core/whatsapp/templates/TemplateLanguages.h"
#include "core/whatsapp/templates/TemplateVariables.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace recado::whatsapp {

namespace {
using Severity = ValidationIssue::Severity;

class Collector
{
public:
    void add(const char *rule, TemplatePart part, int index, const QString &message,
             Severity severity = Severity::Error)
    {
        issues.append({QString::fromLatin1(rule), severity, part, index, message});
    }
    ValidationIssues issues;
};

QString partName(TemplatePart p)
{
    switch (p) {
    case TemplatePart::Header:
        return TemplateValidator::tr("header");
    case TemplatePart::Footer:
        return TemplateValidator::tr("footer");
    case TemplatePart::Buttons:
        return TemplateValidator::tr("buttons");
    default:
        return TemplateValidator::tr("body");
    }
}

//! Rules every text with variables shares (header and body; footers take none).
void checkVariables(Collector &c, TemplatePart part, const QString &text, ParameterFormat format)
{
    const TemplateVariables found = TemplateVariables::scan(text);
    for (const QString &bad : found.malformed) {
        c.add("variables.malformed", part, -1,
              TemplateValidator::tr(
                  "The %1 contains \"%2\", which is not a valid variable. Write variables as "
                  "{{1}}, {{2}}... without spaces.")
                  .arg(partName(part), bad));
    }
    if (found.variables.isEmpty())
        return;

    bool positional = false;
    bool named = false;
    for (const TemplateVariable &v : found.variables) {
        if (v.number > 0 || v.key == QLatin1String("0"))
            positional = true;
        else
            named = true;
    }
    const bool expectNamed = format == ParameterFormat::Named;
    if ((positional && named) || (expectNamed && positional) || (!expectNamed && named)) {
        c.add("variables.mixed_format", part, -1,
              expectNamed ? TemplateValidator::tr(
                                "This template uses named variables such as {{customer_name}}; "
                                "do not mix them with numbered ones in the %1.")
                                .arg(partName(part))
                          : TemplateValidator::tr(
                                "This template uses numbered variables {{1}}, {{2}}...; do not "
                                "mix them with named ones in the %1.")
                                .arg(partName(part)));
        return;
    }

    QSet<QString> seen;
    for (const TemplateVariable &v : found.variables) {
        if (seen.contains(v.key)) {
            c.add("variables.duplicate", part, v.number > 0 ? v.number : -1,
                  TemplateValidator::tr(
                      "The variable {{%1}} appears more than once in the %2. Use each variable "
                      "once.")
                      .arg(v.key, partName(part)));
        }
        seen.insert(v.key);
    }
    if (positional) {
        const QStringList keys = found.orderedKeys();
        for (int n = 1; n <= keys.size(); ++n) {
            if (keys.at(n - 1).toInt() != n) {
                c.add("variables.sequence", part, n,
                      TemplateValidator::tr(
                          "Variables in the %1 must be numbered {{1}}, {{2}}... without gaps; "
                          "{{%2}} is missing.")
                          .arg(partName(part))
                          .arg(n));
                break;
            }
        }
    }
    for (qsizetype i = 1; i < found.variables.size(); ++i) {
        const TemplateVariable &prev = found.variables.at(i - 1);
        const TemplateVariable &cur = found.variables.at(i);
        const qsizetype gapStart = prev.start + prev.length;
        if (text.mid(gapStart, cur.start - gapStart).trimmed().isEmpty()) {
            c.add("variables.adjacent", part, cur.number > 0 ? cur.number : -1,
                  TemplateValidator::tr(
                      "The variables {{%1}} and {{%2}} in the %3 stand next to each other. Put "
                      "some words between them.")
                      .arg(prev.key, cur.key, partName(part)));
        }
    }
}

void checkExamples(Collector &c, TemplatePart part, const QString &text,
                   const QStringList &examples)
{
    const QStringList keys = TemplateVariables::scan(text).orderedKeys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (examples.value(i).trimmed().isEmpty()) {
            const bool numbered = keys.at(i).toInt() > 0;
            c.add(part == TemplatePart::Header ? "examples.header_missing"
                                               : "examples.body_missing",
                  part, numbered ? keys.at(i).toInt() : int(i + 1),
                  TemplateValidator::tr(
                      "Give a sample value for {{%1}} in the %2: Meta reviews templates with "
                      "their samples.")
                      .arg(keys.at(i), partName(part)));
        }
    }
}

void checkName(Collector &c, const Template &t)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]+$"));
    if (!re.match(t.name).hasMatch()) {
        c.add("name.format", TemplatePart::Template, -1,
              TemplateValidator::tr(
                  "The template name \"%1\" may only contain lower-case letters, digits and "
                  "underscores, e.g. appointment_reminder.")
                  .arg(t.name));
    }
    if (t.name.size() > TemplateValidator::kMaxNameLength) {
        c.add("name.length", TemplatePart::Template, -1,
              TemplateValidator::tr("The template name is %1 characters long; the limit is %2.")
                  .arg(t.name.size())
                  .arg(TemplateValidator::kMaxNameLength));
    }
    if (!isKnownTemplateLanguage(t.language)) {
        c.add("language.unknown", TemplatePart::Template, -1,
              TemplateValidator::tr(
                  "\"%1\" is not a language code Meta accepts for templates (use e.g. es, es_MX, "
                  "pt_BR or en_US).")
                  .arg(t.language));
    }
    if (t.category == TemplateCategory::Unknown) {
        c.add("category.unknown", TemplatePart::Template, -1,
              TemplateValidator::tr("Choose a category: marketing, utility or authentication."));
    }
}

void checkHeader(Collector &c, const Template &t)
{
    const TemplateHeader &h = t.header;
    if (h.format == HeaderFormat::Text) {
        if (h.text.trimmed().isEmpty()) {
            c.add("header.text_missing", TemplatePart::Header, -1,
                  TemplateValidator::tr("The text header is empty. Write a header or remove it."));
            return;
        }
        if (h.text.size() > TemplateValidator::kMaxHeaderLength) {
            c.add("header.text_length", TemplatePart::Header, -1,
                  TemplateValidator::tr("The header is %1 characters long; the limit is %2.")
                      .arg(h.text.size())
                      .arg(TemplateValidator::kMaxHeaderLength));
        }
        if (h.text.contains(QLatin1Char('\n')) || h.text.contains(QLatin1Char('\r'))) {
            c.add("header.formatting", TemplatePart::Header, -1,
                  TemplateValidator::tr("The header cannot contain line breaks."));
        }
        if (containsEmoji(h.text)) {
            c.add("header.emoji", TemplatePart::Header, -1,
                  TemplateValidator::tr("Meta does not support emoji in headers; remove them."),
                  Severity::Warning);
        }
        const TemplateVariables found = TemplateVariables::scan(h.text);
        if (found.variables.size() > 1) {
            c.add("header.variables", TemplatePart::Header, -1,
                  TemplateValidator::tr("A header can hold only one variable; this one has %1.")
                      .arg(found.variables.size()));
        }
        checkVariables(c, TemplatePart::Header, h.text, t.parameterFormat);
        checkExamples(c, TemplatePart::Header, h.text, h.textExamples);
    } else if (isMediaHeader(h.format) && h.mediaHandles.isEmpty()) {
        c.add("header.media_example_missing", TemplatePart::Header, -1,
              TemplateValidator::tr(
                  "Upload a sample %1 for the header: Meta reviews media headers with a sample.")
                  .arg(toString(h.format).toLower()));
    }
}

void checkBody(Collector &c, const Template &t)
{
    const QString &text = t.body.text;
    if (text.trimmed().isEmpty()) {
        // Authentication bodies are Meta's preset text and are sent without one.
        if (t.category != TemplateCategory::Authentication) {
            c.add("body.missing", TemplatePart::Body, -1,
                  TemplateValidator::tr("The body text is required."));
        }
        return;
    }
    if (text.size() > TemplateValidator::kMaxBodyLength) {
        c.add("body.length", TemplatePart::Body, -1,
              TemplateValidator::tr("The body is %1 characters long; the limit is %2.")
                  .arg(text.size())
                  .arg(TemplateValidator::kMaxBodyLength));
    }
    checkVariables(c, TemplatePart::Body, text, t.parameterFormat);
    const TemplateVariables found = TemplateVariables::scan(text);
    if (!found.variables.isEmpty()) {
        const TemplateVariable &first = found.variables.first();
        const TemplateVariable &last = found.variables.last();
        if (text.left(first.start).trimmed().isEmpty()) {
            c.add("body.leading_variable", TemplatePart::Body, first.number > 0 ? first.number : 1,
                  TemplateValidator::tr(
                      "The body cannot start with a variable. Begin with some words, e.g. "
                      "\"Hello {{1}}\"."));
        }
        if (text.mid(last.start + last.length).trimmed().isEmpty()) {
            c.add("body.trailing_variable", TemplatePart::Body, last.number > 0 ? last.number : -1,
                  TemplateValidator::tr(
                      "The body cannot end with a variable. Finish with some words or a full "
                      "stop."));
        }
    }
    if (t.category != TemplateCategory::Authentication)
        checkExamples(c, TemplatePart::Body, text, t.body.examples);
}

void checkFooter(Collector &c, const Template &t)
{
    const QString &text = t.footer.text;
    if (text.size() > TemplateValidator::kMaxFooterLength) {
        c.add("footer.length", TemplatePart::Footer, -1,
              TemplateValidator::tr("The footer is %1 characters long; the limit is %2.")
                  .arg(text.size())
                  .arg(TemplateValidator::kMaxFooterLength));
    }
    const TemplateVariables found = TemplateVariables::scan(text);
    if (!found.variables.isEmpty() || !found.malformed.isEmpty()) {
        c.add("footer.variables", TemplatePart::Footer, -1,
              TemplateValidator::tr("Footers cannot contain variables."));
    }
}

void checkButton(Collector &c, const Template &t, int i)
{
    const TemplateButton &b = t.buttons.at(i);
    constexpr TemplatePart P = TemplatePart::Buttons;
    if (b.type == ButtonType::Unknown) {
        c.add("button.type_unknown", P, i,
              TemplateValidator::tr("Button %1 has a type Recado does not know.").arg(i + 1));
        return;
    }
    // OTP and COPY_CODE buttons get their label from WhatsApp when none is given.
    const bool labelOptional = b.type == ButtonType::Otp || b.type == ButtonType::CopyCode;
    if (b.text.trimmed().isEmpty() && !labelOptional) {
        c.add("button.text_missing", P, i,
              TemplateValidator::tr("Button %1 needs a label.").arg(i + 1));
    }
    if (b.text.size() > TemplateValidator::kMaxButtonTextLength) {
        c.add(
            "button.text_length", P, i,
            TemplateValidator::tr("The label of button %1 is %2 characters long; the limit is %3.")
                .arg(i + 1)
                .arg(b.text.size())
                .arg(TemplateValidator::kMaxButtonTextLength));
    }
    if (b.type == ButtonType::Url) {
        // Check the address with its variable filled in: braces are not valid URL characters.
        const QUrl url(TemplateVariables::substitute(b.url, QStringList(10, QStringLiteral("x"))),
                       QUrl::StrictMode);
        const bool httpUrl =
            url.isValid() &&
            (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
            !url.host().isEmpty();
        if (!httpUrl || b.url.size() > TemplateValidator::kMaxUrlLength) {
            c.add("button.url_invalid", P, i,
                  TemplateValidator::tr(
                      "Button %1 needs a web address starting with https:// (at most %2 "
                      "characters).")
                      .arg(i + 1)
                      .arg(TemplateValidator::kMaxUrlLength));
        }
        const TemplateVariables found = TemplateVariables::scan(b.url);
        if (!found.variables.isEmpty() || !found.malformed.isEmpty()) {
            const bool ok = found.malformed.isEmpty() && found.variables.size() == 1 &&
                            found.variables.first().key == QLatin1String("1") &&
                            b.url.endsWith(QLatin1String("{{1}}"));
            if (!ok) {
                c.add("button.url_variable", P, i,
                      TemplateValidator::tr(
                          "A button address can take one variable, {{1}}, and only at its end, "
                          "e.g. https://example.com/track/{{1}}."));
            } else if (b.example.trimmed().isEmpty()) {
                c.add("button.url_example_missing", P, i,
                      TemplateValidator::tr("Give a full sample address for button %1, e.g. "
                                            "https://example.com/track/SR-1042.")
                          .arg(i + 1));
            }
        }
    } else if (b.type == ButtonType::PhoneNumber) {
        static const QRegularExpression re(QStringLiteral("^\\+[1-9][0-9]{6,18}$"));
        if (!re.match(b.phoneNumber).hasMatch()) {
            c.add("button.phone_invalid", P, i,
                  TemplateValidator::tr(
                      "Button %1 needs a phone number in international format, e.g. "
                      "+5215512345678.")
                      .arg(i + 1));
        }
    } else if (b.type == ButtonType::CopyCode) {
        if (b.example.trimmed().isEmpty() || b.example.size() > TemplateValidator::kMaxCodeLength) {
            c.add("button.copy_code_example", P, i,
                  TemplateValidator::tr(
                      "The copy-code button needs a sample code of at most %1 characters.")
                      .arg(TemplateValidator::kMaxCodeLength));
        }
    } else if (b.type == ButtonType::Otp && t.category != TemplateCategory::Authentication) {
        c.add("button.otp_category", P, i,
              TemplateValidator::tr(
                  "One-time-password buttons are only allowed in authentication templates."));
    }
}

void checkButtons(Collector &c, const Template &t)
{
    constexpr TemplatePart P = TemplatePart::Buttons;
    const auto count = [&](ButtonType type) {
        return std::count_if(t.buttons.cbegin(), t.buttons.cend(),
                             [type](const TemplateButton &b) { return b.type == type; });
    };
    if (t.buttons.size() > TemplateValidator::kMaxButtons) {
        c.add("buttons.count", P, -1,
              TemplateValidator::tr("A template can have at most %1 buttons; this one has %2.")
                  .arg(TemplateValidator::kMaxButtons)
                  .arg(t.buttons.size()));
    }
    struct Limit
    {
        ButtonType type;
        int max;
        const char *rule;
        const char *text;
    };
    static const Limit limits[] = {
        {ButtonType::QuickReply, TemplateValidator::kMaxQuickReplies, "buttons.quick_reply_count",
         QT_TRANSLATE_NOOP("TemplateValidator", "At most %1 quick-reply buttons are allowed.")},
        {ButtonType::Url, TemplateValidator::kMaxUrlButtons, "buttons.url_count",
         QT_TRANSLATE_NOOP("TemplateValidator", "At most %1 web-address buttons are allowed.")},
        {ButtonType::PhoneNumber, TemplateValidator::kMaxPhoneButtons, "buttons.phone_count",
         QT_TRANSLATE_NOOP("TemplateValidator", "At most %1 phone-number button is allowed.")},
        {ButtonType::CopyCode, TemplateValidator::kMaxCopyCodeButtons, "buttons.copy_code_count",
         QT_TRANSLATE_NOOP("TemplateValidator", "At most %1 copy-code button is allowed.")},
    };
    for (const Limit &l : limits) {
        if (count(l.type) > l.max)
            c.add(l.rule, P, -1, TemplateValidator::tr(l.text).arg(l.max));
    }
    // Quick replies form one group and the other buttons another; WhatsApp cannot lay out a
    // quick reply between two call-to-action buttons (or the other way round).
    int groups = 0;
    for (qsizetype i = 0; i < t.buttons.size(); ++i) {
        const bool quick = t.buttons.at(i).type == ButtonType::QuickReply;
        if (i == 0 || quick != (t.buttons.at(i - 1).type == ButtonType::QuickReply))
            ++groups;
    }
    if (groups > 2) {
        c.add("buttons.grouping", P, -1,
              TemplateValidator::tr(
                  "Keep quick-reply buttons together, before or after the other buttons."));
    }
    for (int i = 0; i < t.buttons.size(); ++i)
        checkButton(c, t, i);
}

void checkAuthentication(Collector &c, const Template &t)
{
    // Authentication templates are Meta's preset text with a one-time-password button; an OTP
    // button read back from Meta appears as a URL button.
    const bool oneOtpButton = t.buttons.size() == 1 && (t.buttons.first().type == ButtonType::Otp ||
                                                        t.buttons.first().type == ButtonType::Url);
    if (!oneOtpButton) {
        c.add("auth.button", TemplatePart::Buttons, -1,
              TemplateValidator::tr(
                  "Authentication templates need exactly one one-time-password button (copy "
                  "code or one-tap) and no other buttons."));
    }
    if (t.header.format != HeaderFormat::None) {
        c.add("auth.header", TemplatePart::Header, -1,
              TemplateValidator::tr("Authentication templates cannot have a header."));
    }
    static const QRegularExpression url(QStringLiteral("(https?://|www\\.)"),
                                        QRegularExpression::CaseInsensitiveOption);
    for (const QString &text : {t.body.text, t.footer.text}) {
        if (url.match(text).hasMatch() || containsEmoji(text)) {
            c.add("auth.content", TemplatePart::Body, -1,
                  TemplateValidator::tr(
                      "Authentication templates cannot contain web addresses or emoji."));
            break;
        }
    }
    const int minutes = t.footer.codeExpirationMinutes;
    if (minutes < 0 || minutes > 90) {
        c.add("auth.code_expiration", TemplatePart::Footer, -1,
              TemplateValidator::tr("The code expiry must be between 1 and 90 minutes."));
    }
}

void checkUtility(Collector &c, const Template &t)
{
    for (int i = 0; i < t.buttons.size(); ++i) {
        if (t.buttons.at(i).type == ButtonType::CopyCode) {
            c.add("utility.copy_code", TemplatePart::Buttons, i,
                  TemplateValidator::tr(
                      "Utility templates cannot have a copy-code (coupon) button; use the "
                      "marketing category."));
        }
    }
    // A deliberately small list of unmistakably promotional words per language ("sale" is
    // English only: in Spanish it means "leaves"). It is a hint, not Meta's classifier: a match
    // is a warning for a human to look at.
    static const QRegularExpression es(QStringLiteral(
        "\\b(descuentos?|ofertas?|promocion(es)?|gratis|rebajas?|cupon(es)?|aprovecha|"
        "liquidacion|compra ya|2x1)\\b"));
    static const QRegularExpression pt(QStringLiteral(
        "\\b(descontos?|ofertas?|promocao|promocoes|gratis|cupom|cupons|aproveite|liquidacao|"
        "compre ja)\\b"));
    static const QRegularExpression en(
        QStringLiteral("\\b(discounts?|sale|free|offers?|coupons?|promo|deals?|buy now)\\b"));
    static const QRegularExpression percentOff(
        QStringLiteral("\\d+\\s?%\\s?(off|de descuento|de desconto|dto)\\b"),
        QRegularExpression::CaseInsensitiveOption);

    const QString base = baseLanguage(t.language);
    QList<const QRegularExpression *> lists;
    if (base == QLatin1String("es") || !isKnownTemplateLanguage(t.language))
        lists.append(&es);
    if (base == QLatin1String("pt") || !isKnownTemplateLanguage(t.language))
        lists.append(&pt);
    if (base == QLatin1String("en") || !isKnownTemplateLanguage(t.language))
        lists.append(&en);
    const QString raw =
        t.header.text + QLatin1Char(' ') + t.body.text + QLatin1Char(' ') + t.footer.text;
    const QString folded = foldForMatching(raw);
    QString word;
    for (const QRegularExpression *re : lists) {
        const QRegularExpressionMatch m = re->match(folded);
        if (m.hasMatch()) {
            word = m.captured(0);
            break;
        }
    }
    if (word.isEmpty()) {
        const QRegularExpressionMatch m = percentOff.match(raw);
        if (m.hasMatch())
            word = m.captured(0);
    }
    if (!word.isEmpty()) {
        c.add("utility.promotional_language", TemplatePart::Body, -1,
              TemplateValidator::tr(
                  "\"%1\" sounds promotional. Meta rejects or re-categorises utility templates "
                  "with promotional content; use the marketing category or rephrase.")
                  .arg(word),
              Severity::Warning);
    }
}
} // namespace

ValidationIssues TemplateValidator::validateForSubmission(const Template &t)
{
    Collector c;
    checkName(c, t);
    checkHeader(c, t);
    checkBody(c, t);
    checkFooter(c, t);
    checkButtons(c, t);
    if (t.category == TemplateCategory::Authentication)
        checkAuthentication(c, t);
    else if (t.category == TemplateCategory::Utility)
        checkUtility(c, t);
    return c.issues;
}

} // namespace recado::whatsapp
