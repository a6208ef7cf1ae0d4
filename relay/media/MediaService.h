// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Event.h"

#include <QObject>

#include <memory>

namespace recado::relay {

class Database;
class GraphClient;
class MediaFetcher;
class MediaStore;
class MediaUploader;
class Router;
struct ApiContext;
struct RelayConfig;

//! Everything media in one place for `Relay` to wire: the content-addressed file store, the
//! download worker for customers' files, the uploader the outbox calls before sending an
//! agent's file, and the HTTP routes.
class MediaService : public QObject
{
    Q_OBJECT
public:
    //! Largest request body of the upload route: Meta's 100 MB document limit plus room for
    //! multipart framing.
    static constexpr qint64 kMaxUploadBody = 100LL * 1024 * 1024 + 64 * 1024;
    static const char *const kUploadRoute;

    MediaService(Database &db, const RelayConfig &config, GraphClient &graph,
                 QObject *parent = nullptr);
    ~MediaService() override;

    void start();
    void stop();
    MediaStore &files() { return *m_files; }
    MediaFetcher &fetcher() { return *m_fetcher; }
    MediaUploader &uploader() { return *m_uploader; }
    //! GET /api/media/:message_id and POST /api/whatsapp/conversations/:id/media.
    void registerRoutes(Router &router, ApiContext &ctx);

Q_SIGNALS:
    void committed(const QList<recado::domain::Event> &events);

private:
    Database &m_db;
    std::unique_ptr<MediaStore> m_files;
    std::unique_ptr<MediaFetcher> m_fetcher;
    std::unique_ptr<MediaUploader> m_uploader;
};

} // namespace recado::relay
