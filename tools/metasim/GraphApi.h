// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/metasim/HttpExchange.h"

#include <QStringList>

namespace recado::metasim {

class MetaSimulator;

//! The Graph API endpoints the relay calls, answered like Meta's Cloud API:
//! `POST /{ver}/{phone_number_id}/messages` (sends and read receipts),
//! `POST /{ver}/{phone_number_id}/media`, `GET|DELETE /{ver}/{media_id}`,
//! `GET|POST|DELETE /{ver}/{waba_id}/message_templates`, `GET /{ver}/{phone_number_id}`,
//! and the media download URLs it hands out (`GET /_media/<token>`).
class GraphApi
{
public:
    explicit GraphApi(MetaSimulator &sim);

    HttpResponse handle(const HttpRequest &req);

private:
    //! True when the bearer token (header or access_token query) is accepted; else `denied`.
    bool authorized(const HttpRequest &req, HttpResponse *denied) const;
    HttpResponse route(const HttpRequest &req, const QString &version, const QStringList &segments);
    HttpResponse sendMessage(const HttpRequest &req);
    HttpResponse markRead(const QJsonObject &body);
    HttpResponse uploadMedia(const HttpRequest &req);
    HttpResponse mediaInfo(const QString &mediaId);
    HttpResponse downloadMedia(const HttpRequest &req, const QString &token);
    HttpResponse listTemplates(const HttpRequest &req, const QString &version);
    HttpResponse createTemplate(const HttpRequest &req);
    HttpResponse deleteTemplate(const HttpRequest &req);
    HttpResponse phoneNumberInfo() const;

    MetaSimulator &m_sim;
};

} // namespace recado::metasim
