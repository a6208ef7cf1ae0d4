// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/templates/TemplateLanguages.h"

namespace recado::whatsapp {

const QStringList &templateLanguageCodes()
{
    // Copied from Meta's list (updated May 2026). Meta adds regional variants from time to time;
    // an unknown code is reported by the validator, and Meta itself has the final word.
    static const QStringList codes{
        QStringLiteral("af"),    QStringLiteral("sq"),    QStringLiteral("ar"),
        QStringLiteral("ar_EG"), QStringLiteral("ar_AE"), QStringLiteral("ar_LB"),
        QStringLiteral("ar_MA"), QStringLiteral("ar_QA"), QStringLiteral("az"),
        QStringLiteral("be_BY"), QStringLiteral("bn"),    QStringLiteral("bn_IN"),
        QStringLiteral("bg"),    QStringLiteral("ca"),    QStringLiteral("zh_CN"),
        QStringLiteral("zh_HK"), QStringLiteral("zh_TW"), QStringLiteral("hr"),
        QStringLiteral("cs"),    QStringLiteral("da"),    QStringLiteral("prs_AF"),
        QStringLiteral("nl"),    QStringLiteral("nl_BE"), QStringLiteral("en"),
        QStringLiteral("en_GB"), QStringLiteral("en_US"), QStringLiteral("en_AE"),
        QStringLiteral("en_AU"), QStringLiteral("en_CA"), QStringLiteral("en_GH"),
        QStringLiteral("en_IE"), QStringLiteral("en_IN"), QStringLiteral("en_JM"),
        QStringLiteral("en_MY"), QStringLiteral("en_NZ"), QStringLiteral("en_QA"),
        QStringLiteral("en_SG"), QStringLiteral("en_UG"), QStringLiteral("en_ZA"),
        QStringLiteral("et"),    QStringLiteral("fil"),   QStringLiteral("fi"),
        QStringLiteral("fr"),    QStringLiteral("fr_BE"), QStringLiteral("fr_CA"),
        QStringLiteral("fr_CH"), QStringLiteral("fr_CI"), QStringLiteral("fr_MA"),
        QStringLiteral("ka"),    QStringLiteral("de"),    QStringLiteral("de_AT"),
        QStringLiteral("de_CH"), QStringLiteral("el"),    QStringLiteral("gu"),
        QStringLiteral("ha"),    QStringLiteral("he"),    QStringLiteral("hi"),
        QStringLiteral("hu"),    QStringLiteral("id"),    QStringLiteral("ga"),
        QStringLiteral("it"),    QStringLiteral("ja"),    QStringLiteral("kn"),
        QStringLiteral("kk"),    QStringLiteral("rw_RW"), QStringLiteral("ko"),
        QStringLiteral("ky_KG"), QStringLiteral("lo"),    QStringLiteral("lv"),
        QStringLiteral("lt"),    QStringLiteral("mk"),    QStringLiteral("ms"),
        QStringLiteral("ml"),    QStringLiteral("mr"),    QStringLiteral("nb"),
        QStringLiteral("ps_AF"), QStringLiteral("fa"),    QStringLiteral("pl"),
        QStringLiteral("pt_BR"), QStringLiteral("pt_PT"), QStringLiteral("pa"),
        QStringLiteral("ro"),    QStringLiteral("ru"),    QStringLiteral("sr"),
        QStringLiteral("si_LK"), QStringLiteral("sk"),    QStringLiteral("sl"),
        QStringLiteral("es"),    QStringLiteral("es_AR"), QStringLiteral("es_CL"),
        QStringLiteral("es_CO"), QStringLiteral("es_CR"), QStringLiteral("es_DO"),
        QStringLiteral("es_EC"), QStringLiteral("es_HN"), QStringLiteral("es_MX"),
        QStringLiteral("es_PA"), QStringLiteral("es_PE"), QStringLiteral("es_ES"),
        QStringLiteral("es_UY"), QStringLiteral("sw"),    QStringLiteral("sv"),
        QStringLiteral("ta"),    QStringLiteral("te"),    QStringLiteral("th"),
        QStringLiteral("tr"),    QStringLiteral("uk"),    QStringLiteral("ur"),
        QStringLiteral("uz"),    QStringLiteral("vi"),    QStringLiteral("zu"),
    };
    return codes;
}

bool isKnownTemplateLanguage(const QString &code)
{
    return templateLanguageCodes().contains(code);
}

QString baseLanguage(const QString &code)
{
    const qsizetype sep = code.indexOf(QLatin1Char('_'));
    return (sep < 0 ? code : code.left(sep)).toLower();
}

} // namespace recado::whatsapp
