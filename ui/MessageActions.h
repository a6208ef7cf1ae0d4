// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/CachedMessage.h"
#include "ui/MessageCards.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class QLabel;
class QMimeData;
class QToolButton;
class QWidget;

namespace recado::sync {
class SyncEngine;
}

namespace recado::ui {

class ComposerWidget;
class MediaContext;
class ThreadView;

//! Everything an agent does with messages beyond typing text, wired onto the thread and the
//! composer of the main window:
//! - the thread's context menu: Reply (quote it), React with an emoji (or remove ours), Open,
//!   Save as…, Copy text; clicks on cards (open a photo in the viewer, play a video or voice
//!   note with the system's player, open a document, open a location in the map);
//! - the composer's attach button (file, location, contact card, reply buttons, list), files
//!   dropped on the thread or the composer, and images or files pasted into the composer;
//! - the reply bar above the composer while a reply is being written.
//! Every send goes through the SyncEngine's outbox, so it survives a restart or an outage.
class MessageActions : public QObject
{
    Q_OBJECT
public:
    MessageActions(sync::SyncEngine *engine, ThreadView *thread, ComposerWidget *composer,
                   std::function<qint64()> currentConversation, QWidget *window);

    MediaContext *media() const { return m_media; }
    QToolButton *attachButton() const { return m_attach; }
    QWidget *replyBar() const { return m_replyBar; }

    //! Sends a file with a caption after checking it against Meta's limits. Returns the
    //! refusal in words (nothing is sent then), or empty when it went to the outbox.
    QString sendFile(const QString &path, const QString &caption, bool asDocument = false);
    //! Sends a location, contact card or interactive message (content as OutgoingContent
    //! builds it). Quotes the message being replied to, if any.
    bool sendContent(const QString &kind, const QJsonObject &content);
    //! Reacts to a message (empty emoji: removes our reaction).
    bool react(const sync::CachedMessage &target, const QString &emoji);
    //! Starts a reply quoting `m` (it must have a wamid); the next message sent quotes it.
    bool setReplyTo(const sync::CachedMessage &m);
    void clearReply();
    QString replyTo() const { return m_replyWamid; }
    //! The wamid to quote with the text the composer sends now; ends the reply.
    QString takeReplyTo();
    //! Opens the attachment dialog for `path` (pre-filled caption from the composer).
    void attachWithDialog(const QString &path);
    //! What a drop or paste of `data` does: opens the dialog for its file or image.
    bool attachFromMimeData(const QMimeData *data);
    //! Opens (viewer or system application) or saves a message's file.
    void openMedia(const sync::CachedMessage &m);
    void saveMedia(const sync::CachedMessage &m);
    static const QStringList &quickReactions();

Q_SIGNALS:
    void failed(const QString &message);
    void sent(qint64 conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showContextMenu(const QPoint &pos);
    void onCardActivated(const QModelIndex &index, MessageCards::Action action, const QString &url);
    void showAttachMenu();
    void updateEnabled();
    void styleReplyBar();
    const sync::CachedMessage *messageAt(const QModelIndex &index) const;
    //! A file in the cache for an outbound media message, or empty (then it starts loading
    //! and the action is done when it is here).
    void withFile(const sync::CachedMessage &m, std::function<void(const QString &)> then);

    sync::SyncEngine *m_engine;
    ThreadView *m_thread;
    ComposerWidget *m_composer;
    std::function<qint64()> m_current;
    QWidget *m_window;
    MediaContext *m_media;
    QToolButton *m_attach;
    QWidget *m_replyBar;
    QLabel *m_replyText;
    QString m_replyWamid;
    qint64 m_replyConversation = 0;
};

} // namespace recado::ui
