// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Message.h"

#include <QObject>

#include <functional>

namespace recado::relay {

class Database;
class GraphClient;
class MediaStore;
struct GraphResult;

//! The outbox's step before sending a media message that names an agent's upload: uploads the
//! file to Meta's media endpoint (once; Meta's id is kept for 30 days and reused) and hands back
//! the message with `id` in place of `upload_id`. Upload errors come back as Graph results, so
//! the outbox retries transient ones and fails the message with Meta's reason otherwise.
class MediaUploader : public QObject
{
    Q_OBJECT
public:
    MediaUploader(Database &db, GraphClient &graph, MediaStore &files, QObject *parent = nullptr);

    //! `ready` is the message to send, or nullptr with `failure` describing what went wrong.
    using Done = std::function<void(const domain::Message *ready, const GraphResult &failure)>;
    //! Calls `done` at once for messages that need no upload.
    void prepare(const domain::Message &message, Done done);
    qint64 uploadedCount() const { return m_uploaded; }

private:
    Database &m_db;
    GraphClient &m_graph;
    MediaStore &m_files;
    qint64 m_uploaded = 0;
};

} // namespace recado::relay
