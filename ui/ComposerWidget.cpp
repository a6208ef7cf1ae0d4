// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ComposerWidget.h"

#include "core/whatsapp/ServiceWindow.h"
#include "ui/ComposerEdit.h"
#include "ui/Palette.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPushButton>

namespace recado::ui {

using namespace recado::domain;

ComposerWidget::ComposerWidget(QWidget *parent)
    : QWidget(parent)
    , m_edit(new ComposerEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_template(new QPushButton(tr("Send template…"), this))
    , m_window(new QLabel(this))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("composer"));
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_template->setObjectName(QStringLiteral("templateButton"));
    m_window->setObjectName(QStringLiteral("windowLabel"));
    m_window->setWordWrap(true);
    m_send->setDefault(false);
    m_send->setAutoDefault(false);
    m_template->setAutoDefault(false);
    m_template->setToolTip(tr("Send an approved WhatsApp template. Templates may be sent at any "
                              "time, also after the 24-hour window has closed."));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_template);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addLayout(buttons);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(8, 4, 8, 8);
    col->addWidget(m_window);
    col->addLayout(row);

    connect(m_edit, &ComposerEdit::submitted, this, &ComposerWidget::submit);
    connect(m_send, &QPushButton::clicked, this, &ComposerWidget::submit);
    connect(m_template, &QPushButton::clicked, this, [this] {
        if (m_conversation && m_conversation->status != ConversationStatus::Closed)
            Q_EMIT templateRequested();
    });
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        m_send->setEnabled(m_canSend && !m_edit->toPlainText().trimmed().isEmpty());
    });
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &ComposerWidget::refresh);
    m_tick.start();
    refresh();
}

void ComposerWidget::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    refresh();
}

void ComposerWidget::setConversation(const std::optional<Conversation> &conversation)
{
    const bool switched =
        !conversation || !m_conversation || conversation->id != m_conversation->id;
    m_conversation = conversation;
    if (switched)
        m_edit->clear(); // drafts per conversation are another issue; never send to the wrong one
    refresh();
}

QString ComposerWidget::durationText(qint64 secs)
{
    const qint64 mins = qMax<qint64>(1, (secs + 59) / 60);
    if (mins < 60)
        return tr("%1 min").arg(mins);
    const qint64 h = mins / 60, m = mins % 60;
    return m == 0 ? tr("%1 h").arg(h) : tr("%1 h %2 min").arg(h).arg(m);
}

void ComposerWidget::refresh()
{
    const QPalette pal = palette();
    QString text;
    QColor colour = Palette::secondaryText(pal);
    m_canSend = false;
    if (!m_conversation) {
        text = tr("Select a conversation to reply.");
        m_edit->setPlaceholderText(QString());
    } else if (m_conversation->status == ConversationStatus::Closed) {
        text = tr("This conversation is closed. Reopen it to reply.");
        m_edit->setPlaceholderText(text);
    } else {
        const whatsapp::ServiceWindow w{m_conversation->lastInboundAt};
        const QDateTime now = m_now();
        if (!m_conversation->lastInboundAt.isValid()) {
            text = tr("The customer has not written yet, so WhatsApp only allows a template "
                      "message. Use “Send template…”.");
            colour = Palette::warning(pal);
            m_edit->setPlaceholderText(tr("Free text is not possible until the customer writes."));
        } else if (!w.isOpen(now)) {
            const qint64 ago = w.closesAt().secsTo(now);
            text =
                tr("The 24-hour window closed %1 ago: the customer last wrote more than 24 hours "
                   "ago, so WhatsApp only allows a template message. Use “Send template…”.")
                    .arg(durationText(ago));
            colour = Palette::error(pal);
            m_edit->setPlaceholderText(tr("Free text is disabled: the 24-hour window is closed."));
        } else {
            const qint64 left = w.secondsLeft(now);
            text =
                tr("24-hour window open: %1 left to reply with free text.").arg(durationText(left));
            if (left <= 2 * 60 * 60)
                colour = Palette::warning(pal);
            m_canSend = true;
            m_edit->setPlaceholderText(tr("Write a reply… (Enter sends, Shift+Enter adds a line)"));
        }
    }
    m_window->setText(text);
    QPalette lp = m_window->palette();
    lp.setColor(QPalette::WindowText, colour);
    m_window->setPalette(lp);
    m_edit->setEnabled(m_canSend);
    m_send->setEnabled(m_canSend && !m_edit->toPlainText().trimmed().isEmpty());
    // A template is allowed whenever the conversation is not closed; once free text is
    // impossible it is the way forward, so it becomes the default-looking button.
    const bool templateAllowed =
        m_conversation.has_value() && m_conversation->status != ConversationStatus::Closed;
    m_template->setVisible(m_conversation.has_value());
    m_template->setEnabled(templateAllowed);
    QFont tf = m_send->font();
    tf.setBold(templateAllowed && !m_canSend);
    m_template->setFont(tf);
}

void ComposerWidget::changeEvent(QEvent *e)
{
    QWidget::changeEvent(e);
    // The window label's colour is derived from the palette: follow a light/dark switch.
    if (e->type() == QEvent::PaletteChange || e->type() == QEvent::ApplicationPaletteChange)
        refresh();
}

void ComposerWidget::submit()
{
    const QString text = m_edit->toPlainText().trimmed();
    if (!m_canSend || text.isEmpty())
        return;
    m_edit->clear();
    Q_EMIT sendRequested(text);
}

} // namespace recado::ui
