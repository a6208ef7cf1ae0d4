// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Message.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace recado::sync {
class MediaApi;
}

namespace recado::ui {

//! Brings message files from the relay to a disk cache, lazily: the thread asks for the files
//! of the rows it paints, so only what the user scrolls to is downloaded. The newest request
//! goes first (the rows on screen now matter more than the ones scrolled past), a few at a
//! time, each file once. Everything is asynchronous; nothing here ever blocks the UI.
class MediaLoader : public QObject
{
    Q_OBJECT
public:
    MediaLoader(sync::MediaApi *api, const QString &directory, QObject *parent = nullptr);

    //! The file on disk for this message, or empty when it is not here (yet): the outbox's
    //! copy of an attachment being sent, or a downloaded file.
    QString localFile(const domain::Message &m) const;
    //! Downloads the file if it is ready on the relay and not here yet. Cheap to call often.
    void request(const domain::Message &m);
    //! Why the last download of this message failed (empty: it did not).
    QString failure(qint64 messageId) const { return m_failures.value(messageId); }
    bool isLoading(qint64 messageId) const
    {
        return m_active.contains(messageId) || m_queuedIds.contains(messageId);
    }
    QString directory() const { return m_dir; }
    //! Downloads at once (the relay serves from disk; more would only compete with the UI).
    static constexpr int kParallel = 3;

Q_SIGNALS:
    //! The file of message `messageId` is now at `path`.
    void loaded(qint64 messageId, const QString &path);
    void failed(qint64 messageId, const QString &reason);

private:
    void pump();
    QString pathFor(const domain::Message &m) const;

    sync::MediaApi *m_api;
    QString m_dir;
    struct Job
    {
        qint64 messageId;
        QString path;
    };
    QList<Job> m_queue; //!< newest last; taken from the back
    QSet<qint64> m_queuedIds;
    QSet<qint64> m_active;
    QHash<qint64, QString> m_failures;
};

} // namespace recado::ui
