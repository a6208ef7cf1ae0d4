// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/RelayApi.h"
#include "core/sync/TemplateTypes.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace recado::sync {

//! The relay's template routes as typed calls on top of RelayApi (docs/api.md, "Templates" and
//! "Sending a template"). Like RelayApi, every call takes a context object whose destruction
//! drops the answer.
class TemplateApi
{
public:
    explicit TemplateApi(RelayApi *api)
        : m_api(api)
    {}

    //! `GET /api/templates`: every template of the library (the picker filters and orders).
    void templates(QObject *context, RelayApi::Typed<QList<TemplateEntry>> done) const;

    //! `POST /api/templates/preview` for a library template. `spec` is the template object of a
    //! send (`{"name","language","parameters","values"}`); `conversationId` 0 for none (then the
    //! relay says nothing about consent).
    void preview(const QJsonObject &spec, qint64 conversationId, QObject *context,
                 RelayApi::Typed<TemplatePreviewResult> done) const;

    //! `POST /api/whatsapp/messages`: a template to a phone number (E.164), creating the
    //! contact and conversation when needed. The answer is the queued message.
    void sendToNumber(const QString &clientId, const QString &to, const QJsonObject &spec,
                      QObject *context, RelayApi::Typed<domain::Message> done) const;

    static QList<TemplateEntry> parseList(const QJsonObject &body);
    static TemplatePreviewResult parsePreview(const QJsonObject &body);

private:
    RelayApi *m_api;
};

} // namespace recado::sync
