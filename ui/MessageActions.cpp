// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MessageActions.h"

#include "core/sync/LocalCache.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"
#include "ui/AttachmentDialog.h"
#include "ui/AttachmentPicker.h"
#include "ui/ComposerEdit.h"
#include "ui/ComposerWidget.h"
#include "ui/ContactCardDialog.h"
#include "ui/InteractiveDialog.h"
#include "ui/LocationDialog.h"
#include "ui/MessageDelegate.h"
#include "ui/MessageText.h"
#include "ui/OutgoingContent.h"
#include "ui/Palette.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadView.h"
#include "ui/media/ImageViewer.h"
#include "ui/media/MediaContext.h"
#include "ui/media/MediaLoader.h"
#include "ui/media/MessageMedia.h"
#include "ui/media/ThumbnailCache.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QToolButton>

namespace recado::ui {

using sync::CachedMessage;

namespace {

QString mediaDirFor(sync::SyncEngine *engine)
{
    const QString cache = engine->cache()->path();
    if (cache.isEmpty() || cache == QLatin1String(":memory:"))
        return QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
               QStringLiteral("/recado-media");
    const QFileInfo info(cache);
    return info.absolutePath() + QStringLiteral("/media-") + info.completeBaseName();
}

//! The layout that directly holds `w`, searched from `root`.
QBoxLayout *layoutHolding(QLayout *root, QWidget *w, int *index)
{
    if (!root)
        return nullptr;
    for (int i = 0; i < root->count(); ++i) {
        QLayoutItem *item = root->itemAt(i);
        if (item->widget() == w) {
            *index = i;
            return qobject_cast<QBoxLayout *>(root);
        }
        if (QBoxLayout *inner = layoutHolding(item->layout(), w, index))
            return inner;
    }
    return nullptr;
}

} // namespace

const QStringList &MessageActions::quickReactions()
{
    static const QStringList list{QStringLiteral("👍"), QStringLiteral("❤️"),
                                  QStringLiteral("😂"), QStringLiteral("😮"),
                                  QStringLiteral("😢"), QStringLiteral("🙏")};
    return list;
}

MessageActions::MessageActions(sync::SyncEngine *engine, ThreadView *thread,
                               ComposerWidget *composer, std::function<qint64()> current,
                               QWidget *window)
    : QObject(window)
    , m_engine(engine)
    , m_thread(thread)
    , m_composer(composer)
    , m_current(std::move(current))
    , m_window(window)
    , m_media(new MediaContext(engine->media(), mediaDirFor(engine), this))
    , m_attach(new QToolButton(composer))
    , m_replyBar(new QWidget(composer))
    , m_replyText(new QLabel(m_replyBar))
{
    m_media->thumbnails()->setDevicePixelRatio(window->devicePixelRatioF());
    thread->threadModel()->setMediaContext(m_media);
    thread->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(thread, &QWidget::customContextMenuRequested, this, &MessageActions::showContextMenu);
    connect(thread->messageDelegate(), &MessageDelegate::cardActivated, this,
            &MessageActions::onCardActivated);

    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setText(tr("Attach"));
    m_attach->setToolTip(tr("Send a photo, video, audio or document (or drop or paste it "
                            "here), a location, a contact card, reply buttons or a list"));
    m_attach->setAutoRaise(true);
    connect(m_attach, &QToolButton::clicked, this, &MessageActions::showAttachMenu);

    m_replyBar->setObjectName(QStringLiteral("replyBar"));
    m_replyText->setObjectName(QStringLiteral("replyText"));
    auto *cancel = new QToolButton(m_replyBar);
    cancel->setText(QStringLiteral("✕"));
    cancel->setToolTip(tr("Cancel the reply"));
    cancel->setAutoRaise(true);
    connect(cancel, &QToolButton::clicked, this, &MessageActions::clearReply);
    auto *barRow = new QHBoxLayout(m_replyBar);
    barRow->setContentsMargins(6, 2, 2, 2);
    barRow->addWidget(m_replyText, 1);
    barRow->addWidget(cancel);
    m_replyBar->hide();
    m_replyBar->setAttribute(Qt::WA_StyledBackground);
    styleReplyBar();

    // Into the composer: the attach button left of the text box, the reply bar above it.
    int at = -1;
    if (QBoxLayout *row = layoutHolding(composer->layout(), composer->editor(), &at))
        row->insertWidget(at, m_attach, 0, Qt::AlignTop);
    if (auto *col = qobject_cast<QBoxLayout *>(composer->layout()))
        col->insertWidget(qMax(0, col->count() - 1), m_replyBar);

    for (QWidget *w : {static_cast<QWidget *>(composer->editor()), composer->editor()->viewport(),
                       thread->viewport()}) {
        w->installEventFilter(this);
        w->setAcceptDrops(true);
    }
    updateEnabled();
}

const CachedMessage *MessageActions::messageAt(const QModelIndex &index) const
{
    return index.isValid() ? m_thread->threadModel()->messageAt(index.row()) : nullptr;
}

void MessageActions::styleReplyBar()
{
    // The quoted message's look in the thread: an accent bar and the bubble's colour.
    const QPalette pal = m_replyBar->palette();
    m_replyBar->setStyleSheet(
        QStringLiteral("#replyBar { border-left: 3px solid %1;"
                       " background: %2; border-radius: 4px; }")
            .arg(Palette::badge(pal).name(), Palette::inboundBubble(pal).name()));
}

void MessageActions::updateEnabled()
{
    m_attach->setEnabled(m_current() != 0 && m_composer->canSendText());
}

QString MessageActions::sendFile(const QString &path, const QString &caption, bool asDocument)
{
    const qint64 conversation = m_current();
    if (conversation == 0)
        return tr("Open a conversation first.");
    const auto choice =
        AttachmentPicker::inspect(path, asDocument ? QStringLiteral("document") : QString());
    QString problem = choice.error;
    if (problem.isEmpty())
        problem = OutgoingContent::checkCaption(choice.kind, caption);
    if (!problem.isEmpty()) {
        Q_EMIT failed(tr("“%1” was not sent: %2").arg(choice.filename, problem));
        return problem;
    }
    const QJsonObject content = OutgoingContent::attachment(choice.kind, caption, choice.filename);
    const auto stored = m_engine->sendMessage(
        conversation, choice.kind, content, OutgoingContent::summary(choice.kind, content),
        takeReplyTo(), sync::OutboxAttachment{path, choice.mimeType, choice.filename});
    if (!stored) {
        const QString why = tr("The file could not be queued for sending.");
        Q_EMIT failed(why);
        return why;
    }
    Q_EMIT sent(conversation);
    return {};
}

bool MessageActions::sendContent(const QString &kind, const QJsonObject &content)
{
    const qint64 conversation = m_current();
    if (conversation == 0)
        return false;
    const auto stored = m_engine->sendMessage(
        conversation, kind, content, OutgoingContent::summary(kind, content), takeReplyTo(), {});
    if (stored)
        Q_EMIT sent(conversation);
    return stored.has_value();
}

bool MessageActions::react(const CachedMessage &target, const QString &emoji)
{
    if (target.message.wamid.isEmpty())
        return false;
    return m_engine
        ->sendMessage(target.message.conversationId, QStringLiteral("reaction"),
                      OutgoingContent::reaction(target.message.wamid, emoji), emoji, {}, {})
        .has_value();
}

bool MessageActions::setReplyTo(const CachedMessage &m)
{
    if (m.message.wamid.isEmpty())
        return false;
    m_replyWamid = m.message.wamid;
    m_replyConversation = m.message.conversationId;
    const QString who = m.message.direction == domain::Direction::Outbound
                            ? tr("Replying to your message")
                            : tr("Replying to the customer");
    QString what = MessageText::summary(m.message);
    if (what.isEmpty())
        what = MessageText::kindLabel(m.message);
    m_replyText->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(who.toHtmlEscaped(),
                 m_replyText->fontMetrics().elidedText(what, Qt::ElideRight, 480).toHtmlEscaped()));
    m_replyBar->show();
    m_composer->editor()->setFocus(Qt::OtherFocusReason);
    return true;
}

void MessageActions::clearReply()
{
    m_replyWamid.clear();
    m_replyConversation = 0;
    m_replyBar->hide();
}

QString MessageActions::takeReplyTo()
{
    // A reply belongs to its conversation: switching threads drops it.
    const QString wamid = m_replyConversation == m_current() ? m_replyWamid : QString();
    clearReply();
    return wamid;
}

void MessageActions::attachWithDialog(const QString &path)
{
    if (m_current() == 0 || !m_composer->canSendText())
        return;
    auto *dialog =
        new AttachmentDialog(path, m_composer->editor()->toPlainText().trimmed(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto c = dialog->choice();
        if (sendFile(c.path, dialog->caption(),
                     c.kind == QLatin1String("document") && dialog->asDocument()->isChecked())
                .isEmpty() &&
            !dialog->caption().isEmpty())
            m_composer->editor()->clear(); // the text went as the caption
    });
    dialog->open();
}

bool MessageActions::attachFromMimeData(const QMimeData *data)
{
    if (!AttachmentPicker::canAttach(data) || m_current() == 0 || !m_composer->canSendText())
        return false;
    const QList<QString> files = AttachmentPicker::filesIn(data);
    if (!files.isEmpty()) {
        for (const QString &f : files)
            attachWithDialog(f);
        return true;
    }
    const QString saved = AttachmentPicker::saveImage(qvariant_cast<QImage>(data->imageData()),
                                                      m_engine->outbox()->attachmentDir());
    if (saved.isEmpty())
        return false;
    attachWithDialog(saved);
    return true;
}

bool MessageActions::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *e = static_cast<QDragMoveEvent *>(event);
        if (AttachmentPicker::canAttach(e->mimeData()) && m_composer->canSendText()) {
            e->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        if (attachFromMimeData(e->mimeData())) {
            e->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::KeyPress: {
        auto *e = static_cast<QKeyEvent *>(event);
        if (watched == m_composer->editor() && e->matches(QKeySequence::Paste) &&
            attachFromMimeData(QApplication::clipboard()->mimeData()))
            return true;
        if (watched == m_composer->editor() && e->key() == Qt::Key_Escape &&
            !m_replyWamid.isEmpty()) {
            clearReply();
            return true;
        }
        break;
    }
    case QEvent::EnabledChange:
        updateEnabled();
        break;
    case QEvent::PaletteChange:
        if (watched == m_composer->editor())
            styleReplyBar();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void MessageActions::showAttachMenu()
{
    updateEnabled();
    if (!m_attach->isEnabled())
        return;
    QMenu menu(m_window);
    menu.addAction(tr("Photo, video, audio or document…"), this, [this] {
        const QString path = AttachmentPicker::pick(m_window);
        if (!path.isEmpty())
            attachWithDialog(path);
    });
    menu.addSeparator();
    auto open = [this](ContentDialog *d) {
        d->setAttribute(Qt::WA_DeleteOnClose);
        connect(d, &QDialog::accepted, this, [this, d] { sendContent(d->kind(), d->content()); });
        d->open();
    };
    menu.addAction(tr("Location…"), this, [this, open] { open(new LocationDialog(m_window)); });
    menu.addAction(tr("Contact card…"), this,
                   [this, open] { open(new ContactCardDialog(m_window)); });
    menu.addAction(tr("Reply buttons…"), this, [this, open] {
        open(new InteractiveDialog(InteractiveDialog::Mode::Buttons, m_window));
    });
    menu.addAction(tr("List…"), this, [this, open] {
        open(new InteractiveDialog(InteractiveDialog::Mode::List, m_window));
    });
    menu.exec(m_attach->mapToGlobal(QPoint(0, m_attach->height())));
}

void MessageActions::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_thread->indexAt(pos);
    const CachedMessage *found = messageAt(index);
    if (!found)
        return;
    const CachedMessage m = *found;
    const bool canWrite = m_composer->canSendText() && !m.message.wamid.isEmpty();
    QMenu menu(m_thread);
    QAction *reply = menu.addAction(tr("Reply"), this, [this, m] { setReplyTo(m); });
    reply->setEnabled(canWrite);
    QMenu *reactMenu = menu.addMenu(tr("React"));
    reactMenu->setEnabled(canWrite);
    for (const QString &emoji : quickReactions())
        reactMenu->addAction(emoji, this, [this, m, emoji] { react(m, emoji); });
    bool ours = false;
    for (const QJsonValue &v : m.message.reactions)
        ours = ours ||
               v.toObject().value(QStringLiteral("from")).toString() == QLatin1String("business");
    if (ours) {
        reactMenu->addSeparator();
        reactMenu->addAction(tr("Remove my reaction"), this, [this, m] { react(m, QString()); });
    }
    if (MessageMedia::isMediaKind(m.message.kind)) {
        const QString status = MessageMedia::status(m.message);
        const bool here = status == QLatin1String("ready") || status == QLatin1String("local");
        menu.addSeparator();
        menu.addAction(tr("Open"), this, [this, m] { openMedia(m); })->setEnabled(here);
        menu.addAction(tr("Save as…"), this, [this, m] { saveMedia(m); })->setEnabled(here);
    }
    const QString text = MessageText::bodyText(m.message);
    if (!text.isEmpty()) {
        menu.addSeparator();
        menu.addAction(tr("Copy text"), this, [text] { QApplication::clipboard()->setText(text); });
    }
    menu.exec(m_thread->viewport()->mapToGlobal(pos));
}

void MessageActions::onCardActivated(const QModelIndex &index, MessageCards::Action action,
                                     const QString &url)
{
    const CachedMessage *m = messageAt(index);
    if (!m)
        return;
    switch (action) {
    case MessageCards::Action::OpenMedia:
        openMedia(*m);
        break;
    case MessageCards::Action::SaveMedia:
        saveMedia(*m);
        break;
    case MessageCards::Action::OpenUrl: {
        const QUrl u(url);
        // Only web links: a customer's message must never open a local file or a handler.
        if (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(u);
        break;
    }
    case MessageCards::Action::None:
        break;
    }
}

void MessageActions::withFile(const CachedMessage &m, std::function<void(const QString &)> then)
{
    const QString path = m_media->fileOrRequest(m.message);
    if (!path.isEmpty()) {
        then(path);
        return;
    }
    const QString failure = m_media->failure(m.message);
    if (!failure.isEmpty()) {
        Q_EMIT failed(MessageCards::failureText(m.message, m_media));
        return;
    }
    // Not here yet: act once the download lands (or say why it did not).
    auto done = std::make_shared<QMetaObject::Connection>();
    const qint64 id = m.message.id;
    *done = connect(m_media, &MediaContext::changed, this,
                    [this, done, id, m, then = std::move(then)](qint64 changed) {
                        if (changed != id)
                            return;
                        const QString p = m_media->loader()->localFile(m.message);
                        const QString why = m_media->failure(m.message);
                        if (p.isEmpty() && why.isEmpty())
                            return; // a thumbnail of it, not the file: keep waiting
                        disconnect(*done);
                        if (!p.isEmpty())
                            then(p);
                        else
                            Q_EMIT failed(MessageCards::failureText(m.message, m_media));
                    });
}

void MessageActions::openMedia(const CachedMessage &m)
{
    withFile(m, [this, m](const QString &path) {
        if (MessageMedia::isPicture(m.message.kind)) {
            auto *viewer = new ImageViewer(path, MessageText::kindLabel(m.message), m_window);
            viewer->setAttribute(Qt::WA_DeleteOnClose);
            connect(viewer, &ImageViewer::saveRequested, this, [this, m] { saveMedia(m); });
            viewer->open();
            return;
        }
        // The system's player or viewer needs a name with the right extension.
        QString name = MessageMedia::filename(m.message);
        if (name.isEmpty()) {
            const QString ext = QMimeDatabase()
                                    .mimeTypeForName(MessageMedia::mimeType(m.message))
                                    .preferredSuffix();
            name = QStringLiteral("recado-%1.%2")
                       .arg(m.message.id)
                       .arg(ext.isEmpty() ? QStringLiteral("bin") : ext);
        }
        const QString dir = QDir::tempPath() + QStringLiteral("/recado-open");
        QDir().mkpath(dir);
        const QString target = dir + QLatin1Char('/') + QFileInfo(name).fileName();
        QFile::remove(target);
        if (!QFile::copy(path, target)) {
            Q_EMIT failed(tr("The file could not be prepared for opening."));
            return;
        }
        QDesktopServices::openUrl(QUrl::fromLocalFile(target));
    });
}

void MessageActions::saveMedia(const CachedMessage &m)
{
    withFile(m, [this, m](const QString &path) {
        QString name = MessageMedia::filename(m.message);
        if (name.isEmpty()) {
            const QString ext = QMimeDatabase()
                                    .mimeTypeForName(MessageMedia::mimeType(m.message))
                                    .preferredSuffix();
            name = QStringLiteral("whatsapp-%1%2")
                       .arg(m.message.id)
                       .arg(ext.isEmpty() ? QString() : QLatin1Char('.') + ext);
        }
        const QString target = QFileDialog::getSaveFileName(
            m_window, tr("Save as"),
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation) + QLatin1Char('/') +
                QFileInfo(name).fileName());
        if (target.isEmpty())
            return;
        QFile::remove(target);
        if (!QFile::copy(path, target))
            Q_EMIT failed(tr("The file could not be saved to %1.").arg(target));
    });
}

} // namespace recado::ui
