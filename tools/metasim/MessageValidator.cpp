// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/MessageValidator.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace recado::metasim {

namespace {
using Result = MessageValidator::Result;

Result fail(int code, const QString &details)
{
    return Result{code, details};
}

Result required(const QString &param)
{
    return fail(100, u"The parameter %1 is required."_s.arg(param));
}

Result tooLong(const QString &param, int max)
{
    return fail(131009, u"Param %1 must be at most %2 characters long."_s.arg(param).arg(max));
}

bool isNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return true;
    bool ok = false;
    v.toString().toDouble(&ok);
    return ok;
}

const QStringList kTypes = {u"audio"_s,       u"contacts"_s, u"document"_s, u"image"_s,
                            u"interactive"_s, u"location"_s, u"reaction"_s, u"sticker"_s,
                            u"template"_s,    u"text"_s,     u"video"_s};
} // namespace

QString MessageValidator::normaliseRecipient(const QString &to)
{
    QString digits;
    for (QChar c : to) {
        if (c.isDigit())
            digits.append(c);
        else if (c != u'+' && c != u' ' && c != u'-' && c != u'(' && c != u')')
            return {};
    }
    return digits.size() >= 7 && digits.size() <= 15 ? digits : QString();
}

Result MessageValidator::validate(const QJsonObject &body)
{
    if (body.value("messaging_product"_L1).toString() != "whatsapp"_L1)
        return required(u"messaging_product"_s);
    const QString to = body.value("to"_L1).toString();
    if (to.isEmpty())
        return required(u"to"_s);
    if (normaliseRecipient(to).isEmpty())
        return fail(100, u"Invalid parameter: to must be a phone number, got \"%1\"."_s.arg(to));
    const QString recipientType = body.value("recipient_type"_L1).toString(u"individual"_s);
    if (recipientType != "individual"_L1)
        return fail(100, u"Param recipient_type must be one of {INDIVIDUAL} - got \"%1\"."_s.arg(
                             recipientType));
    const QString type = body.value("type"_L1).toString(u"text"_s);
    if (!kTypes.contains(type)) {
        QStringList upper;
        for (const QString &t : kTypes)
            upper.append(t.toUpper());
        return fail(
            100, u"Param type must be one of {%1} - got \"%2\"."_s.arg(upper.join(u", "_s), type));
    }
    if (!body.value(type).isObject() && type != "contacts"_L1)
        return required(type);
    const QJsonObject o = body.value(type).toObject();
    const QJsonObject context = body.value("context"_L1).toObject();
    if (body.contains("context"_L1) && context.value("message_id"_L1).toString().isEmpty())
        return required(u"context['message_id']"_s);

    if (type == "text"_L1) {
        const QString text = o.value("body"_L1).toString();
        if (text.isEmpty())
            return required(u"text['body']"_s);
        if (text.size() > kMaxTextLength)
            return tooLong(u"text['body']"_s, kMaxTextLength);
        return {};
    }
    if (type == "image"_L1 || type == "video"_L1 || type == "audio"_L1 || type == "document"_L1 ||
        type == "sticker"_L1)
        return media(type, o);
    if (type == "location"_L1) {
        if (!o.contains("latitude"_L1))
            return required(u"location['latitude']"_s);
        if (!o.contains("longitude"_L1))
            return required(u"location['longitude']"_s);
        if (!isNumber(o.value("latitude"_L1)) || !isNumber(o.value("longitude"_L1)))
            return fail(131009, u"location latitude and longitude must be numbers."_s);
        const double lat = o.value("latitude"_L1).toVariant().toDouble();
        const double lon = o.value("longitude"_L1).toVariant().toDouble();
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180)
            return fail(131009, u"location latitude/longitude out of range."_s);
        return {};
    }
    if (type == "contacts"_L1)
        return contacts(body.value("contacts"_L1));
    if (type == "interactive"_L1)
        return interactive(o);
    if (type == "reaction"_L1) {
        if (o.value("message_id"_L1).toString().isEmpty())
            return required(u"reaction['message_id']"_s);
        if (!o.contains("emoji"_L1))
            return required(u"reaction['emoji']"_s);
        const QString emoji = o.value("emoji"_L1).toString();
        // One emoji (possibly several code points: skin tones, ZWJ sequences); empty removes.
        if (emoji.size() > 16)
            return fail(131009, u"reaction['emoji'] must be a single emoji."_s);
        return {};
    }
    // template: catalogue checks happen in TemplateCatalog::check.
    return {};
}

Result MessageValidator::media(const QString &kind, const QJsonObject &o)
{
    const QString id = o.value("id"_L1).toString();
    const QString link = o.value("link"_L1).toString();
    if (id.isEmpty() && link.isEmpty())
        return fail(131008, u"%1: Please specify either an id or a link."_s.arg(kind));
    if (!id.isEmpty() && !link.isEmpty())
        return fail(131009, u"%1: Specify only one of id or link."_s.arg(kind));
    if (!link.isEmpty()) {
        const QUrl url(link);
        if (!url.isValid() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1) ||
            url.host().isEmpty())
            return fail(131009, u"%1: link must be an http or https URL."_s.arg(kind));
    }
    if (o.contains("caption"_L1)) {
        if (kind == "audio"_L1 || kind == "sticker"_L1)
            return fail(131009, u"%1: caption is not supported for this media type."_s.arg(kind));
        if (o.value("caption"_L1).toString().size() > kMaxCaptionLength)
            return tooLong(kind + u"['caption']"_s, kMaxCaptionLength);
    }
    if (o.contains("filename"_L1) && kind != "document"_L1)
        return fail(131009, u"%1: filename is only supported for documents."_s.arg(kind));
    return {};
}

Result MessageValidator::interactive(const QJsonObject &o)
{
    const QString itype = o.value("type"_L1).toString();
    if (itype.isEmpty())
        return required(u"interactive['type']"_s);
    const QJsonObject action = o.value("action"_L1).toObject();
    const QString bodyText = o.value("body"_L1).toObject().value("text"_L1).toString();
    const QJsonObject header = o.value("header"_L1).toObject();
    if (header.value("type"_L1).toString() == "text"_L1 &&
        header.value("text"_L1).toString().size() > 60)
        return tooLong(u"interactive['header']['text']"_s, 60);
    if (o.value("footer"_L1).toObject().value("text"_L1).toString().size() > 60)
        return tooLong(u"interactive['footer']['text']"_s, 60);
    if (itype == "button"_L1) {
        if (bodyText.isEmpty())
            return required(u"interactive['body']['text']"_s);
        if (bodyText.size() > 1024)
            return tooLong(u"interactive['body']['text']"_s, 1024);
        const QJsonArray buttons = action.value("buttons"_L1).toArray();
        if (buttons.isEmpty())
            return required(u"interactive['action']['buttons']"_s);
        if (buttons.size() > kMaxButtons)
            return fail(131009,
                        u"buttons: Too many elements. Min: 1, Max: %1, got %2."_s.arg(kMaxButtons)
                            .arg(buttons.size()));
        QSet<QString> ids;
        for (const QJsonValue &bv : buttons) {
            const QJsonObject b = bv.toObject();
            const QJsonObject reply = b.value("reply"_L1).toObject();
            if (b.value("type"_L1).toString() != "reply"_L1)
                return fail(131009, u"buttons: type must be \"reply\"."_s);
            const QString id = reply.value("id"_L1).toString();
            const QString title = reply.value("title"_L1).toString();
            if (id.isEmpty() || title.isEmpty())
                return fail(131008, u"buttons: every reply button needs an id and a title."_s);
            if (title.size() > 20)
                return fail(131009,
                            u"Button title length invalid. Min length: 1, Max length: 20"_s);
            if (id.size() > 256)
                return tooLong(u"button id"_s, 256);
            if (ids.contains(id))
                return fail(131009, u"buttons: button ids must be unique (\"%1\")."_s.arg(id));
            ids.insert(id);
        }
        return {};
    }
    if (itype == "list"_L1) {
        if (bodyText.isEmpty())
            return required(u"interactive['body']['text']"_s);
        if (bodyText.size() > 4096)
            return tooLong(u"interactive['body']['text']"_s, 4096);
        const QString button = action.value("button"_L1).toString();
        if (button.isEmpty())
            return required(u"interactive['action']['button']"_s);
        if (button.size() > 20)
            return tooLong(u"interactive['action']['button']"_s, 20);
        const QJsonArray sections = action.value("sections"_L1).toArray();
        if (sections.isEmpty())
            return required(u"interactive['action']['sections']"_s);
        if (sections.size() > kMaxListSections)
            return fail(131009, u"sections: Too many elements. Max: %1."_s.arg(kMaxListSections));
        int rowCount = 0;
        QSet<QString> ids;
        for (const QJsonValue &sv : sections) {
            const QJsonObject section = sv.toObject();
            if (sections.size() > 1 && section.value("title"_L1).toString().isEmpty())
                return fail(131008, u"sections: a title is required when there are several "
                                    "sections."_s);
            if (section.value("title"_L1).toString().size() > 24)
                return tooLong(u"section title"_s, 24);
            const QJsonArray rows = section.value("rows"_L1).toArray();
            if (rows.isEmpty())
                return fail(131008, u"sections: every section needs at least one row."_s);
            for (const QJsonValue &rv : rows) {
                const QJsonObject row = rv.toObject();
                const QString id = row.value("id"_L1).toString();
                const QString title = row.value("title"_L1).toString();
                if (id.isEmpty() || title.isEmpty())
                    return fail(131008, u"rows: every row needs an id and a title."_s);
                if (title.size() > 24)
                    return fail(131009, u"Row title length invalid. Max length: 24"_s);
                if (row.value("description"_L1).toString().size() > 72)
                    return fail(131009, u"Row description length invalid. Max length: 72"_s);
                if (ids.contains(id))
                    return fail(131009, u"rows: row ids must be unique (\"%1\")."_s.arg(id));
                ids.insert(id);
                ++rowCount;
            }
        }
        if (rowCount > kMaxListRows)
            return fail(131009,
                        u"rows: Too many elements. Min: 1, Max: %1, got %2."_s.arg(kMaxListRows)
                            .arg(rowCount));
        return {};
    }
    if (itype == "cta_url"_L1) {
        const QJsonObject params = action.value("parameters"_L1).toObject();
        if (bodyText.isEmpty())
            return required(u"interactive['body']['text']"_s);
        if (params.value("display_text"_L1).toString().isEmpty() ||
            params.value("url"_L1).toString().isEmpty())
            return required(u"interactive['action']['parameters']"_s);
        return {};
    }
    static const QStringList others = {u"product"_s,
                                       u"product_list"_s,
                                       u"catalog_message"_s,
                                       u"flow"_s,
                                       u"location_request_message"_s,
                                       u"voice_call"_s,
                                       u"call_permission_request"_s};
    if (!others.contains(itype))
        return fail(100, u"Param interactive['type'] must be one of {BUTTON, LIST, CTA_URL, "
                         "PRODUCT, PRODUCT_LIST, CATALOG_MESSAGE, FLOW, LOCATION_REQUEST_MESSAGE} "
                         "- got \"%1\"."_s.arg(itype));
    return {};
}

Result MessageValidator::contacts(const QJsonValue &v)
{
    const QJsonArray list = v.toArray();
    if (list.isEmpty())
        return required(u"contacts"_s);
    for (const QJsonValue &cv : list) {
        const QJsonObject name = cv.toObject().value("name"_L1).toObject();
        if (name.value("formatted_name"_L1).toString().isEmpty())
            return required(u"contacts[0]['name']['formatted_name']"_s);
    }
    return {};
}

} // namespace recado::metasim
