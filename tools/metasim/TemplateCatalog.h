// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/metasim/MessageTemplate.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace recado::metasim {

//! The WhatsApp Business Account's message templates: seeded with a field-service catalogue,
//! listed with Meta's cursor paging, and checked when the relay sends a template message.
class TemplateCatalog
{
public:
    //! Outcome of checking a `template` object of a send request.
    struct Check
    {
        int errorCode = 0; //!< 0 ok; 132000, 132001, 132012, 132015, 132016, 131008
        QString details;
        const MessageTemplate *tmpl = nullptr;
    };

    //! solicitud_recibida_cliente (es), tecnico_en_camino (es, pt_BR, en), confirmacion_cita
    //! (es, pt_BR, en), factura_disponible (es, DOCUMENT header), encuesta_satisfaccion
    //! (es, REJECTED), promo_mantenimiento (es, PAUSED), aviso_corte_servicio (es, DISABLED).
    static QList<MessageTemplate> seed();

    //! Adds or replaces (same name + language) a template; assigns an id when it has none.
    const MessageTemplate &upsert(MessageTemplate t);
    MessageTemplate *find(const QString &name, const QString &language);
    MessageTemplate *findById(const QString &id);
    bool remove(const QString &name, const QString &language = {});
    QList<MessageTemplate> all() const { return m_templates; }

    //! One page of GET message_templates: filters (name, status, language, category),
    //! `limit`, `after`/`before` cursors and optional `fields`. `pageUrl` builds the `next` and
    //! `previous` links from a cursor query. Returns false with `error` for a bad cursor.
    bool page(const QHash<QString, QString> &query,
              const std::function<QString(const QString &, const QString &)> &pageUrl,
              QJsonObject *out, QString *error) const;

    //! Validates a send request's `template` object against the catalogue.
    Check check(const QJsonObject &templateObject) const;

    //! Validates POST message_templates; returns 0 or a Meta error code with `details` set and
    //! `subcode` for duplicates (100 / 2388024).
    int validateNew(const QJsonObject &body, QString *details, int *subcode) const;

    static QString cursorFor(int index);
    static int indexFromCursor(const QString &cursor);

private:
    QList<MessageTemplate> m_templates;
};

} // namespace recado::metasim
