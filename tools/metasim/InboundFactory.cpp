// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/InboundFactory.h"

#include "tools/metasim/EnvelopeBuilder.h"
#include "tools/metasim/SampleMedia.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace recado::metasim {

namespace {
QString str(const QJsonObject &o, const char *key, const QString &fallback = {})
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : fallback;
}

QJsonObject sampleReferral()
{
    return {
        {u"source_url"_s, u"https://fb.me/3cr4Wqqkv"_s},
        {u"source_id"_s, u"120214541187270186"_s},
        {u"source_type"_s, u"ad"_s},
        {u"body"_s, u"Reparación de refrigeradores y lavadoras a domicilio. Agenda hoy."_s},
        {u"headline"_s, u"Servicio técnico en 24 horas"_s},
        {u"media_type"_s, u"image"_s},
        {u"image_url"_s, u"https://scontent.xx.fbcdn.net/v/t45.1600-4/ad.jpg"_s},
        {u"ctwa_clid"_s, u"ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LEkR7JwFF4"_s}};
}
} // namespace

InboundFactory::InboundFactory(MediaStore &media, const Config &config)
    : m_media(media)
    , m_config(config)
{}

QString InboundFactory::newWamid(const QString &waId)
{
    // Meta's ids are base64 of a small protobuf-like record: 0x1C 0x18 <len> <wa_id> 0x15 0x02
    // 0x00 0x12 0x18 0x14 <20 hex digits> 0x00, so they start with "wamid.HBg".
    static quint32 counter = 0;
    const QByteArray wa = waId.toLatin1().left(60);
    QByteArray raw("\x1c\x18");
    raw += char(wa.size());
    raw += wa;
    raw += QByteArray("\x15\x02\x00\x12\x18\x14", 6);
    const QByteArray random = QByteArray::number(QRandomGenerator::global()->generate64(), 16)
                                  .toUpper()
                                  .rightJustified(16, '0');
    raw += random.left(14) +
           QByteArray::number(++counter % 0xFFFFFF, 16).toUpper().rightJustified(6, '0');
    raw += '\0';
    return u"wamid."_s + QString::fromLatin1(raw.toBase64());
}

QString InboundFactory::webhookSha256(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toBase64());
}

QJsonObject InboundFactory::mediaObject(const QString &kind, const QJsonObject &spec,
                                        QString *error) const
{
    QJsonObject o = spec.value(kind).toObject();
    QString mime = str(o, "mime_type", str(spec, "mime_type"));
    if (mime.isEmpty()) {
        if (kind == "image"_L1)
            mime = u"image/jpeg"_s;
        else if (kind == "video"_L1)
            mime = u"video/mp4"_s;
        else if (kind == "audio"_L1)
            mime = u"audio/ogg; codecs=opus"_s;
        else if (kind == "document"_L1)
            mime = u"application/pdf"_s;
        else
            mime = u"image/webp"_s;
    }
    if (!o.contains("id"_L1)) {
        QByteArray bytes;
        const quint32 seed = QRandomGenerator::global()->bounded(1000u);
        if (kind == "document"_L1 && mime == "application/pdf"_L1) {
            const QString title = str(spec, "pdf_title", u"Recibo de pago"_s);
            bytes = SampleMedia::pdf(title, {str(spec, "pdf_text", u"Folio %1"_s.arg(seed))});
        } else {
            bytes = SampleMedia::forMimeType(mime, seed);
        }
        if (bytes.isEmpty()) {
            *error = u"no sample bytes for mime type %1"_s.arg(mime);
            return {};
        }
        const QString filename = str(o, "filename", str(spec, "filename"));
        const QString id = m_media.add(bytes, mime, filename, false);
        const MediaObject *m = m_media.find(id);
        o.insert(u"id"_s, id);
        o.insert(u"sha256"_s, webhookSha256(m->sha256));
    }
    o.insert(u"mime_type"_s, mime);
    const QString caption = str(spec, "caption");
    if (!caption.isEmpty() && kind != "audio"_L1 && kind != "sticker"_L1)
        o.insert(u"caption"_s, caption);
    if (kind == "document"_L1 && !o.contains("filename"_L1))
        o.insert(u"filename"_s, str(spec, "filename", u"documento.pdf"_s));
    if (kind == "audio"_L1 && !o.contains("voice"_L1))
        o.insert(u"voice"_s, spec.value("voice"_L1).toBool(true));
    if (kind == "sticker"_L1 && !o.contains("animated"_L1))
        o.insert(u"animated"_s, spec.value("animated"_L1).toBool(false));
    return o;
}

bool InboundFactory::build(const QString &waId, const QJsonObject &spec, QJsonObject *message,
                           QString *error) const
{
    const QString type = str(spec, "type", u"text"_s);
    QJsonObject m{{u"from"_s, waId},
                  {u"id"_s, newWamid(waId)},
                  {u"timestamp"_s, EnvelopeBuilder::unixNow()},
                  {u"type"_s, type}};

    if (type == "text"_L1) {
        QJsonObject t = spec.value("text"_L1).toObject();
        if (!t.contains("body"_L1))
            t.insert(u"body"_s, str(spec, "body", str(spec, "text")));
        if (t.value("body"_L1).toString().isEmpty()) {
            *error = u"text messages need a body"_s;
            return false;
        }
        m.insert(u"text"_s, t);
    } else if (type == "image"_L1 || type == "video"_L1 || type == "audio"_L1 ||
               type == "document"_L1 || type == "sticker"_L1) {
        const QJsonObject media = mediaObject(type, spec, error);
        if (media.isEmpty())
            return false;
        m.insert(type, media);
    } else if (type == "location"_L1) {
        QJsonObject l = spec.value("location"_L1).toObject();
        for (const char *key : {"latitude", "longitude", "address", "url"}) {
            const QLatin1String k(key);
            if (!l.contains(k) && spec.contains(k))
                l.insert(k, spec.value(k));
        }
        // Flat `name` is the customer's profile name, so the place name has its own key.
        if (!l.contains("name"_L1) && spec.contains("location_name"_L1))
            l.insert(u"name"_s, spec.value("location_name"_L1));
        if (!l.contains("latitude"_L1) || !l.contains("longitude"_L1)) {
            *error = u"location messages need latitude and longitude"_s;
            return false;
        }
        m.insert(u"location"_s, l);
    } else if (type == "contacts"_L1) {
        QJsonArray contacts = spec.value("contacts"_L1).toArray();
        if (contacts.isEmpty()) {
            const QString name = str(spec, "formatted_name", u"Técnico Juan Pérez"_s);
            const QString phone = str(spec, "phone", u"+52 55 1234 5678"_s);
            QString digits;
            for (QChar c : phone) {
                if (c.isDigit())
                    digits.append(c);
            }
            contacts.append(
                QJsonObject{{u"name"_s, QJsonObject{{u"formatted_name"_s, name},
                                                    {u"first_name"_s, name.section(u' ', 0, 0)}}},
                            {u"phones"_s, QJsonArray{QJsonObject{{u"phone"_s, phone},
                                                                 {u"wa_id"_s, digits},
                                                                 {u"type"_s, u"CELL"_s}}}}});
        }
        m.insert(u"contacts"_s, contacts);
    } else if (type == "button"_L1) {
        QJsonObject b = spec.value("button"_L1).toObject();
        if (b.isEmpty()) {
            b = {{u"payload"_s, str(spec, "payload", str(spec, "text"))},
                 {u"text"_s, str(spec, "text", str(spec, "payload"))}};
        }
        if (b.value("text"_L1).toString().isEmpty()) {
            *error = u"button messages need text (the quick-reply label)"_s;
            return false;
        }
        m.insert(u"button"_s, b);
    } else if (type == "interactive"_L1) {
        QJsonObject i = spec.value("interactive"_L1).toObject();
        if (i.isEmpty()) {
            const bool list = spec.contains("list_reply"_L1) ||
                              str(spec, "reply_type") == "list_reply"_L1 ||
                              spec.contains("description"_L1);
            const QString replyType = list ? u"list_reply"_s : u"button_reply"_s;
            QJsonObject reply = spec.value(replyType).toObject();
            if (reply.isEmpty()) {
                reply = {{u"id"_s, str(spec, "id")}, {u"title"_s, str(spec, "title")}};
                if (list && spec.contains("description"_L1))
                    reply.insert(u"description"_s, str(spec, "description"));
            }
            i = {{u"type"_s, replyType}, {replyType, reply}};
        }
        const QJsonObject reply = i.value(i.value("type"_L1).toString()).toObject();
        if (reply.value("id"_L1).toString().isEmpty() ||
            reply.value("title"_L1).toString().isEmpty()) {
            *error = u"interactive replies need an id and a title"_s;
            return false;
        }
        m.insert(u"interactive"_s, i);
    } else if (type == "reaction"_L1) {
        QJsonObject r = spec.value("reaction"_L1).toObject();
        if (r.isEmpty())
            r = {{u"message_id"_s, str(spec, "message_id")}, {u"emoji"_s, str(spec, "emoji")}};
        if (r.value("message_id"_L1).toString().isEmpty()) {
            *error = u"reactions need the message_id they react to"_s;
            return false;
        }
        if (!r.contains("emoji"_L1))
            r.insert(u"emoji"_s, QString()); // empty emoji: the reaction was removed
        m.insert(u"reaction"_s, r);
    } else if (type == "order"_L1) {
        QJsonObject o = spec.value("order"_L1).toObject();
        if (o.isEmpty()) {
            o = {{u"catalog_id"_s, str(spec, "catalog_id", u"1098765432101234"_s)},
                 {u"text"_s, str(spec, "text", u"Quiero estos repuestos"_s)},
                 {u"product_items"_s,
                  spec.value("product_items"_L1).isArray()
                      ? spec.value("product_items"_L1).toArray()
                      : QJsonArray{QJsonObject{{u"product_retailer_id"_s, u"FILTRO-AGUA-01"_s},
                                               {u"quantity"_s, 2},
                                               {u"item_price"_s, 149.5},
                                               {u"currency"_s, u"MXN"_s}}}}};
        }
        m.insert(u"order"_s, o);
    } else if (type == "system"_L1) {
        QJsonObject s = spec.value("system"_L1).toObject();
        if (s.isEmpty()) {
            const QString newWaId = str(spec, "new_wa_id");
            if (newWaId.isEmpty()) {
                *error = u"system messages need new_wa_id"_s;
                return false;
            }
            s = {{u"body"_s,
                  u"User %1 changed from %2 to %3"_s.arg(str(spec, "name", waId), waId, newWaId)},
                 {u"wa_id"_s, newWaId},
                 {u"type"_s, u"user_changed_number"_s}};
        }
        m.insert(u"system"_s, s);
    } else if (type == "unsupported"_L1) {
        m.insert(
            u"errors"_s,
            QJsonArray{QJsonObject{
                {u"code"_s, 131051},
                {u"title"_s, u"Message type unknown"_s},
                {u"message"_s, u"Message type unknown"_s},
                {u"error_data"_s,
                 QJsonObject{{u"details"_s, u"Message type is currently not supported."_s}}}}});
        m.insert(u"unsupported"_s,
                 QJsonObject{{u"type"_s, str(spec, "unsupported_type", u"poll_creation"_s)}});
    } else {
        *error = u"unknown message type \"%1\""_s.arg(type);
        return false;
    }

    QJsonObject context = spec.value("context"_L1).toObject();
    if (context.isEmpty() && !str(spec, "reply_to").isEmpty()) {
        context = {{u"from"_s, m_config.displayPhoneNumber}, {u"id"_s, str(spec, "reply_to")}};
    }
    if (spec.value("forwarded"_L1).toBool())
        context.insert(u"forwarded"_s, true);
    if (spec.value("frequently_forwarded"_L1).toBool())
        context.insert(u"frequently_forwarded"_s, true);
    if (!context.isEmpty())
        m.insert(u"context"_s, context);
    const QJsonValue referral = spec.value("referral"_L1);
    if (referral.isObject()) {
        QJsonObject r = sampleReferral();
        const QJsonObject given = referral.toObject();
        for (auto it = given.constBegin(); it != given.constEnd(); ++it)
            r.insert(it.key(), it.value());
        m.insert(u"referral"_s, r);
    } else if (referral.toBool()) {
        m.insert(u"referral"_s, sampleReferral());
    }
    *message = m;
    return true;
}

} // namespace recado::metasim
