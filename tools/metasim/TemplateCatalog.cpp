// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/metasim/TemplateCatalog.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace recado::metasim {

namespace {

QJsonObject body(const QString &text, const QJsonArray &example = {})
{
    QJsonObject o{{u"type"_s, u"BODY"_s}, {u"text"_s, text}};
    if (!example.isEmpty())
        o.insert(u"example"_s, QJsonObject{{u"body_text"_s, QJsonArray{example}}});
    return o;
}

QJsonObject textHeader(const QString &text)
{
    return {{u"type"_s, u"HEADER"_s}, {u"format"_s, u"TEXT"_s}, {u"text"_s, text}};
}

QJsonObject footer(const QString &text)
{
    return {{u"type"_s, u"FOOTER"_s}, {u"text"_s, text}};
}

QJsonObject quickReplies(const QStringList &labels)
{
    QJsonArray buttons;
    for (const QString &l : labels)
        buttons.append(QJsonObject{{u"type"_s, u"QUICK_REPLY"_s}, {u"text"_s, l}});
    return {{u"type"_s, u"BUTTONS"_s}, {u"buttons"_s, buttons}};
}

MessageTemplate make(const QString &name, const QString &lang, const QString &category,
                     const QJsonArray &components, const QString &status = u"APPROVED"_s)
{
    MessageTemplate t;
    t.name = name;
    t.language = lang;
    t.category = category;
    t.components = components;
    t.status = status;
    return t;
}

QString newTemplateId()
{
    return QString::number(100000000000000LL +
                           qint64(QRandomGenerator::global()->bounded(899999999999999.0)));
}

QString paramType(const QJsonObject &p)
{
    return p.value("type"_L1).toString().toLower();
}

} // namespace

QList<MessageTemplate> TemplateCatalog::seed()
{
    const QString utility = u"UTILITY"_s;
    const QString marketing = u"MARKETING"_s;
    QList<MessageTemplate> out;
    out << make(u"hello_world"_s, u"en_US"_s, utility,
                {textHeader(u"Hello World"_s),
                 body(u"Welcome and congratulations!! This message demonstrates your ability to "
                      "send a WhatsApp message notification from the Cloud API, hosted by Meta. "
                      "Thank you for taking the time to test with us."_s),
                 footer(u"WhatsApp Business Platform sample message"_s)});
    out << make(u"solicitud_recibida_cliente"_s, u"es"_s, utility,
                {body(u"Hola {{1}}, recibimos tu solicitud {{2}}. Un asesor te escribirá en "
                      "breve por este medio."_s,
                      {u"María"_s, u"SR-1042"_s}),
                 footer(u"Responde a este mensaje si necesitas algo más."_s)});
    out << make(u"tecnico_en_camino"_s, u"es"_s, utility,
                {textHeader(u"Técnico en camino"_s),
                 body(u"Hola {{1}}, {{2}} va en camino a tu domicilio y llegará cerca de las "
                      "{{3}}."_s,
                      {u"María"_s, u"Jorge"_s, u"10:30"_s}),
                 quickReplies({u"Confirmar"_s, u"Reprogramar"_s})});
    out << make(u"tecnico_en_camino"_s, u"pt_BR"_s, utility,
                {textHeader(u"Técnico a caminho"_s),
                 body(u"Olá {{1}}, {{2}} está a caminho e deve chegar por volta das {{3}}."_s,
                      {u"Ana"_s, u"Carlos"_s, u"10:30"_s}),
                 quickReplies({u"Confirmar"_s, u"Remarcar"_s})});
    out << make(u"tecnico_en_camino"_s, u"en"_s, utility,
                {textHeader(u"Technician on the way"_s),
                 body(u"Hi {{1}}, {{2}} is on the way and should arrive around {{3}}."_s,
                      {u"Emily"_s, u"Mike"_s, u"10:30"_s}),
                 quickReplies({u"Confirm"_s, u"Reschedule"_s})});
    out << make(u"confirmacion_cita"_s, u"es"_s, utility,
                {body(u"Hola {{1}}, tu visita técnica quedó agendada para el {{2}} entre "
                      "{{3}}. ¿Nos confirmas?"_s,
                      {u"María"_s, u"12 de marzo"_s, u"9:00 y 12:00"_s}),
                 quickReplies({u"Sí, confirmo"_s, u"Cambiar fecha"_s})});
    out << make(u"confirmacion_cita"_s, u"pt_BR"_s, utility,
                {body(u"Olá {{1}}, sua visita técnica foi agendada para {{2}} entre {{3}}. "
                      "Pode confirmar?"_s,
                      {u"Ana"_s, u"12 de março"_s, u"9h e 12h"_s}),
                 quickReplies({u"Sim, confirmo"_s, u"Mudar data"_s})});
    out << make(u"confirmacion_cita"_s, u"en"_s, utility,
                {body(u"Hi {{1}}, your service visit is booked for {{2}} between {{3}}. Can you "
                      "confirm?"_s,
                      {u"Emily"_s, u"March 12"_s, u"9 and 12 am"_s}),
                 quickReplies({u"Yes, confirm"_s, u"Change date"_s})});
    out << make(u"factura_disponible"_s, u"es"_s, utility,
                {QJsonObject{{u"type"_s, u"HEADER"_s}, {u"format"_s, u"DOCUMENT"_s}},
                 body(u"Hola {{1}}, te compartimos la factura {{2}} por {{3}}."_s,
                      {u"María"_s, u"F-2207"_s, u"$1,250.00 MXN"_s})});
    MessageTemplate rejected =
        make(u"encuesta_satisfaccion"_s, u"es"_s, marketing,
             {body(u"¡Gana un premio! Califica nuestro servicio del 1 al 10 en {{1}}."_s)},
             u"REJECTED"_s);
    rejected.rejectedReason = u"PROMOTIONAL"_s;
    out << rejected;
    out << make(u"promo_mantenimiento"_s, u"es"_s, marketing,
                {body(u"{{1}}, agenda tu mantenimiento preventivo con 15% de descuento este "
                      "mes."_s,
                      {u"María"_s})},
                u"PAUSED"_s);
    out << make(u"aviso_corte_servicio"_s, u"es"_s, utility,
                {body(u"Hola {{1}}, tu servicio será suspendido el {{2}} por falta de pago."_s,
                      {u"María"_s, u"15 de marzo"_s})},
                u"DISABLED"_s);
    return out;
}

const MessageTemplate &TemplateCatalog::upsert(MessageTemplate t)
{
    for (MessageTemplate &existing : m_templates) {
        if (existing.name == t.name && existing.language == t.language) {
            if (t.id.isEmpty())
                t.id = existing.id;
            existing = t;
            return existing;
        }
    }
    if (t.id.isEmpty())
        t.id = newTemplateId();
    m_templates.append(t);
    return m_templates.last();
}

MessageTemplate *TemplateCatalog::find(const QString &name, const QString &language)
{
    for (MessageTemplate &t : m_templates) {
        if (t.name == name && t.language == language)
            return &t;
    }
    return nullptr;
}

MessageTemplate *TemplateCatalog::findById(const QString &id)
{
    for (MessageTemplate &t : m_templates) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

bool TemplateCatalog::remove(const QString &name, const QString &language)
{
    return m_templates.removeIf([&](const MessageTemplate &t) {
        return t.name == name && (language.isEmpty() || t.language == language);
    }) > 0;
}

QString TemplateCatalog::cursorFor(int index)
{
    return QString::fromLatin1(("recado-tpl:" + QByteArray::number(index)).toBase64());
}

int TemplateCatalog::indexFromCursor(const QString &cursor)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1());
    if (!raw.startsWith("recado-tpl:"))
        return -1;
    bool ok = false;
    const int index = raw.mid(11).toInt(&ok);
    return ok ? index : -1;
}

bool TemplateCatalog::page(const QHash<QString, QString> &query,
                           const std::function<QString(const QString &, const QString &)> &pageUrl,
                           QJsonObject *out, QString *error) const
{
    QList<const MessageTemplate *> matching;
    for (const MessageTemplate &t : m_templates) {
        auto filter = [&](const char *key, const QString &value) {
            const QString wanted = query.value(QString::fromLatin1(key));
            return wanted.isEmpty() || wanted.compare(value, Qt::CaseInsensitive) == 0;
        };
        if (filter("name", t.name) && filter("status", t.status) &&
            filter("language", t.language) && filter("category", t.category))
            matching.append(&t);
    }
    bool ok = true;
    int limit = query.value(u"limit"_s).toInt(&ok);
    if (!ok || limit <= 0)
        limit = 25;
    limit = qMin(limit, 1000);

    int start = 0;
    int end = 0;
    if (!query.value(u"after"_s).isEmpty()) {
        const int idx = indexFromCursor(query.value(u"after"_s));
        if (idx < 0) {
            *error = u"Invalid after cursor"_s;
            return false;
        }
        start = idx + 1;
        end = qMin(int(matching.size()), start + limit);
    } else if (!query.value(u"before"_s).isEmpty()) {
        const int idx = indexFromCursor(query.value(u"before"_s));
        if (idx < 0) {
            *error = u"Invalid before cursor"_s;
            return false;
        }
        end = qMin(int(matching.size()), idx);
        start = qMax(0, end - limit);
    } else {
        end = qMin(int(matching.size()), limit);
    }
    start = qMin(start, int(matching.size()));
    end = qMax(start, end);

    QStringList fields;
    if (!query.value(u"fields"_s).isEmpty())
        fields = query.value(u"fields"_s).split(u',', Qt::SkipEmptyParts);
    QJsonArray data;
    for (int i = start; i < end; ++i) {
        QJsonObject o = matching.at(i)->toJson();
        if (!fields.isEmpty()) {
            QJsonObject filtered{{u"id"_s, o.value("id"_L1)}};
            for (const QString &f : fields) {
                if (o.contains(f.trimmed()))
                    filtered.insert(f.trimmed(), o.value(f.trimmed()));
            }
            o = filtered;
        }
        data.append(o);
    }
    QJsonObject result{{u"data"_s, data}};
    if (end > start) {
        QJsonObject paging{{u"cursors"_s, QJsonObject{{u"before"_s, cursorFor(start)},
                                                      {u"after"_s, cursorFor(end - 1)}}}};
        if (end < matching.size())
            paging.insert(u"next"_s, pageUrl(u"after"_s, cursorFor(end - 1)));
        if (start > 0)
            paging.insert(u"previous"_s, pageUrl(u"before"_s, cursorFor(start)));
        result.insert(u"paging"_s, paging);
    }
    *out = result;
    return true;
}

TemplateCatalog::Check TemplateCatalog::check(const QJsonObject &templateObject) const
{
    Check c;
    const QString name = templateObject.value("name"_L1).toString();
    const QJsonValue languageValue = templateObject.value("language"_L1);
    const QString language = languageValue.isObject()
                                 ? languageValue.toObject().value("code"_L1).toString()
                                 : languageValue.toString();
    if (name.isEmpty()) {
        c.errorCode = 100;
        c.details = u"The parameter template['name'] is required."_s;
        return c;
    }
    if (language.isEmpty()) {
        c.errorCode = 100;
        c.details = u"The parameter template['language']['code'] is required."_s;
        return c;
    }
    const MessageTemplate *t = nullptr;
    for (const MessageTemplate &candidate : m_templates) {
        if (candidate.name == name && candidate.language == language)
            t = &candidate;
    }
    if (!t) {
        c.errorCode = 132001;
        c.details = u"template name (%1) does not exist in %2"_s.arg(name, language);
        return c;
    }
    c.tmpl = t;
    if (t->status == "PAUSED"_L1) {
        c.errorCode = 132015;
        c.details = u"Template %1 (%2) is paused because of low quality."_s.arg(name, language);
        return c;
    }
    if (t->status == "DISABLED"_L1) {
        c.errorCode = 132016;
        c.details = u"Template %1 (%2) was disabled."_s.arg(name, language);
        return c;
    }
    if (t->status != "APPROVED"_L1) {
        c.errorCode = 132001;
        c.details =
            u"template name (%1) does not exist in %2 (status %3)"_s.arg(name, language, t->status);
        return c;
    }

    QJsonArray bodyParams;
    QJsonArray headerParams;
    for (const QJsonValue &v : templateObject.value("components"_L1).toArray()) {
        const QJsonObject comp = v.toObject();
        const QString type = comp.value("type"_L1).toString().toLower();
        if (type == "body"_L1)
            bodyParams = comp.value("parameters"_L1).toArray();
        else if (type == "header"_L1)
            headerParams = comp.value("parameters"_L1).toArray();
    }
    const int expectedBody = t->placeholderCount(u"BODY"_s);
    if (bodyParams.size() != expectedBody) {
        c.errorCode = 132000;
        c.details = u"body: number of localizable_params (%1) does not match the expected "
                    "number of params (%2)"_s.arg(bodyParams.size())
                        .arg(expectedBody);
        return c;
    }
    for (int i = 0; i < bodyParams.size(); ++i) {
        const QJsonObject p = bodyParams.at(i).toObject();
        const QString ptype = paramType(p);
        if (ptype == "text"_L1 && p.value("text"_L1).toString().trimmed().isEmpty()) {
            c.errorCode = 131008;
            c.details = u"body: parameter %1 has no text"_s.arg(i + 1);
            return c;
        }
        if (ptype != "text"_L1 && ptype != "currency"_L1 && ptype != "date_time"_L1) {
            c.errorCode = 132012;
            c.details = u"body: Format mismatch, expected TEXT, received %1"_s.arg(
                ptype.isEmpty() ? u"UNKNOWN"_s : ptype.toUpper());
            return c;
        }
    }
    const QString headerFormat = t->headerFormat();
    if (headerFormat == "TEXT"_L1) {
        const int expectedHeader = t->placeholderCount(u"HEADER"_s);
        if (headerParams.size() != expectedHeader) {
            c.errorCode = 132000;
            c.details = u"header: number of localizable_params (%1) does not match the expected "
                        "number of params (%2)"_s.arg(headerParams.size())
                            .arg(expectedHeader);
            return c;
        }
    } else if (!headerFormat.isEmpty() && headerFormat != "LOCATION"_L1) {
        const QString wanted = headerFormat.toLower();
        const QJsonObject p =
            headerParams.isEmpty() ? QJsonObject() : headerParams.first().toObject();
        const QJsonObject media = p.value(wanted).toObject();
        if (paramType(p) != wanted || (media.value("id"_L1).toString().isEmpty() &&
                                       media.value("link"_L1).toString().isEmpty())) {
            c.errorCode = 132012;
            c.details = u"header: Format mismatch, expected %1, received %2"_s.arg(
                headerFormat, paramType(p).isEmpty() ? u"UNKNOWN"_s : paramType(p).toUpper());
            return c;
        }
    }
    return c;
}

int TemplateCatalog::validateNew(const QJsonObject &body, QString *details, int *subcode) const
{
    static const QRegularExpression nameRe(u"^[a-z0-9_]{1,512}$"_s);
    const QString name = body.value("name"_L1).toString();
    const QString language = body.value("language"_L1).toString();
    const QString category = body.value("category"_L1).toString().toUpper();
    if (name.isEmpty() || language.isEmpty() || category.isEmpty()) {
        *details = u"The parameters name, language and category are required."_s;
        return 100;
    }
    if (!nameRe.match(name).hasMatch()) {
        *details = u"Template names may contain only lowercase letters, numbers and "
                   "underscores."_s;
        return 100;
    }
    if (category != "UTILITY"_L1 && category != "MARKETING"_L1 && category != "AUTHENTICATION"_L1) {
        *details = u"category must be one of UTILITY, MARKETING, AUTHENTICATION."_s;
        return 100;
    }
    bool hasBody = false;
    for (const QJsonValue &v : body.value("components"_L1).toArray()) {
        const QJsonObject comp = v.toObject();
        if (comp.value("type"_L1).toString().toUpper() == "BODY"_L1 &&
            !comp.value("text"_L1).toString().isEmpty())
            hasBody = true;
    }
    if (!hasBody) {
        *details = u"A message template needs a BODY component with text."_s;
        return 100;
    }
    for (const MessageTemplate &t : m_templates) {
        if (t.name == name && t.language == language) {
            *details = u"Content in this language already exists for template %1."_s.arg(name);
            *subcode = 2388024;
            return 100;
        }
    }
    return 0;
}

} // namespace recado::metasim
