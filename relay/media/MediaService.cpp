// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay/media/MediaService.h"

#include "relay/RelayConfig.h"
#include "relay/media/MediaFetcher.h"
#include "relay/media/MediaRoutes.h"
#include "relay/media/MediaStore.h"
#include "relay/media/MediaUploader.h"

namespace recado::relay {

const char *const MediaService::kUploadRoute = "/api/whatsapp/conversations/:id/media";

MediaService::MediaService(Database &db, const RelayConfig &config, GraphClient &graph,
                           QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_files(std::make_unique<MediaStore>(config.dataDir))
    , m_fetcher(std::make_unique<MediaFetcher>(db, config, graph, *m_files))
    , m_uploader(std::make_unique<MediaUploader>(db, graph, *m_files))
{
    connect(m_fetcher.get(), &MediaFetcher::committed, this, &MediaService::committed);
}

MediaService::~MediaService() = default;

void MediaService::start()
{
    m_fetcher->start();
}

void MediaService::stop()
{
    m_fetcher->stop();
}

void MediaService::registerRoutes(Router &router, ApiContext &ctx)
{
    registerMediaRoutes(router, ctx, *m_files);
}

} // namespace recado::relay
