// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/PhoneNumber.h"

#include <phonenumbers/phonenumberutil.h>

namespace recado::whatsapp {

QString toE164(const QString &input, const QString &defaultRegion)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    // A bare digit string of international length is how Meta sends wa_id: treat it as +digits.
    bool allDigits = true;
    for (QChar c : text)
        allDigits = allDigits && c.isDigit();
    if (allDigits && text.size() >= 11)
        text.prepend(QLatin1Char('+'));

    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(text.toStdString(), defaultRegion.toStdString(), &number) !=
        PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    if (!util->IsPossibleNumber(number))
        return {};
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

QString toWaId(const QString &e164)
{
    QString s = e164;
    if (s.startsWith(QLatin1Char('+')))
        s.remove(0, 1);
    return s;
}

} // namespace recado::whatsapp
