// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/templates/TemplateComponents.h"

#include <array>
#include <utility>

namespace recado::whatsapp {

namespace {
template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E, std::size_t N>
E valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &s, E fallback)
{
    // Meta spells enums in upper case in responses but accepts lower case in requests (and its
    // own examples mix both), so comparisons ignore case.
    for (const auto &[v, name] : table) {
        if (s.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return v;
    }
    return fallback;
}

constexpr std::array<std::pair<TemplateCategory, const char *>, 3> kCategories{{
    {TemplateCategory::Marketing, "MARKETING"},
    {TemplateCategory::Utility, "UTILITY"},
    {TemplateCategory::Authentication, "AUTHENTICATION"},
}};

constexpr std::array<std::pair<TemplateStatus, const char *>, 10> kStatuses{{
    {TemplateStatus::Approved, "APPROVED"},
    {TemplateStatus::Pending, "PENDING"},
    {TemplateStatus::Rejected, "REJECTED"},
    {TemplateStatus::Paused, "PAUSED"},
    {TemplateStatus::Disabled, "DISABLED"},
    {TemplateStatus::InAppeal, "IN_APPEAL"},
    {TemplateStatus::Archived, "ARCHIVED"},
    {TemplateStatus::PendingDeletion, "PENDING_DELETION"},
    {TemplateStatus::Deleted, "DELETED"},
    {TemplateStatus::LimitExceeded, "LIMIT_EXCEEDED"},
}};

constexpr std::array<std::pair<HeaderFormat, const char *>, 5> kHeaderFormats{{
    {HeaderFormat::Text, "TEXT"},
    {HeaderFormat::Image, "IMAGE"},
    {HeaderFormat::Video, "VIDEO"},
    {HeaderFormat::Document, "DOCUMENT"},
    {HeaderFormat::Location, "LOCATION"},
}};

constexpr std::array<std::pair<ButtonType, const char *>, 6> kButtonTypes{{
    {ButtonType::QuickReply, "QUICK_REPLY"},
    {ButtonType::Url, "URL"},
    {ButtonType::PhoneNumber, "PHONE_NUMBER"},
    {ButtonType::CopyCode, "COPY_CODE"},
    {ButtonType::Otp, "OTP"},
    {ButtonType::Flow, "FLOW"},
}};

constexpr std::array<std::pair<ParameterFormat, const char *>, 2> kParameterFormats{{
    {ParameterFormat::Positional, "POSITIONAL"},
    {ParameterFormat::Named, "NAMED"},
}};

constexpr std::array<std::pair<TemplatePart, const char *>, 5> kParts{{
    {TemplatePart::Template, "template"},
    {TemplatePart::Header, "header"},
    {TemplatePart::Body, "body"},
    {TemplatePart::Footer, "footer"},
    {TemplatePart::Buttons, "buttons"},
}};
} // namespace

QString toString(TemplateCategory c)
{
    return nameOf(kCategories, c);
}
TemplateCategory templateCategoryFromString(const QString &s)
{
    return valueOf(kCategories, s, TemplateCategory::Unknown);
}
QString toString(TemplateStatus s)
{
    return nameOf(kStatuses, s);
}
TemplateStatus templateStatusFromString(const QString &s)
{
    // The status webhook reports REINSTATED and UNARCHIVED events for templates that are usable
    // again; as a state they mean approved.
    if (s.compare(QLatin1String("REINSTATED"), Qt::CaseInsensitive) == 0 ||
        s.compare(QLatin1String("UNARCHIVED"), Qt::CaseInsensitive) == 0)
        return TemplateStatus::Approved;
    return valueOf(kStatuses, s, TemplateStatus::Unknown);
}
QString toString(HeaderFormat f)
{
    return nameOf(kHeaderFormats, f);
}
HeaderFormat headerFormatFromString(const QString &s)
{
    return valueOf(kHeaderFormats, s, HeaderFormat::None);
}
QString toString(ButtonType t)
{
    return nameOf(kButtonTypes, t);
}
ButtonType buttonTypeFromString(const QString &s)
{
    return valueOf(kButtonTypes, s, ButtonType::Unknown);
}
QString toString(ParameterFormat f)
{
    return nameOf(kParameterFormats, f);
}
ParameterFormat parameterFormatFromString(const QString &s)
{
    return valueOf(kParameterFormats, s, ParameterFormat::Positional);
}
QString toString(TemplatePart p)
{
    return nameOf(kParts, p);
}
TemplatePart templatePartFromString(const QString &s)
{
    return valueOf(kParts, s, TemplatePart::Body);
}

bool isMediaHeader(HeaderFormat f)
{
    return f == HeaderFormat::Image || f == HeaderFormat::Video || f == HeaderFormat::Document;
}

} // namespace recado::whatsapp
