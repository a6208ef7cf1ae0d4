// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/DraftReviewPane.h"

#include "core/sync/DraftTracker.h"
#include "ui/Palette.h"
#include "ui/review/DraftLabels.h"
#include "ui/review/DraftSourcesView.h"
#include "ui/review/RejectDraftDialog.h"
#include "ui/review/SourceReaderDialog.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>

namespace recado::ui {

using recado::domain::Draft;

namespace {
QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

DraftReviewPane::DraftReviewPane(sync::DraftTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_tracker(tracker)
    , m_heading(new QLabel(this))
    , m_escalation(new QLabel(this))
    , m_blocked(new QLabel(this))
    , m_answered(new QLabel(this))
    , m_dismiss(new QPushButton(tr("Reject: already answered"), this))
    , m_intent(new QLabel(this))
    , m_confidence(new QProgressBar(this))
    , m_reply(new QTextBrowser(this))
    , m_entities(new QLabel(this))
    , m_sourcesHeading(sectionLabel(tr("Based on"), this))
    , m_sources(new DraftSourcesView(this))
    , m_editing(new QLabel(this))
    , m_cancelEdit(new QPushButton(tr("Stop editing"), this))
    , m_message(new QLabel(this))
    , m_approve(new QPushButton(tr("Approve && send"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_reject(new QPushButton(tr("Reject…"), this))
{
    setObjectName(QStringLiteral("draftReviewPane"));
    m_heading->setObjectName(QStringLiteral("draftHeading"));
    QFont hf = m_heading->font();
    hf.setBold(true);
    hf.setPointSizeF(hf.pointSizeF() * 1.1);
    m_heading->setFont(hf);
    m_escalation->setObjectName(QStringLiteral("draftEscalation"));
    m_blocked->setObjectName(QStringLiteral("draftBlocked"));
    for (QLabel *l :
         {m_escalation, m_blocked, m_answered, m_entities, m_editing, m_message, m_intent})
        l->setWordWrap(true);
    m_answered->setObjectName(QStringLiteral("draftAnswered"));
    m_answered->setText(tr("Someone already wrote to the customer after this draft. If it is no "
                           "longer needed, reject it so it does not linger."));
    m_dismiss->setObjectName(QStringLiteral("draftDismiss"));
    m_dismiss->setToolTip(tr("Reject the draft with the reason “Needs a person”."));
    m_escalation->setMargin(6);
    m_blocked->setMargin(6);
    m_intent->setObjectName(QStringLiteral("draftIntent"));
    m_confidence->setObjectName(QStringLiteral("draftConfidence"));
    m_confidence->setRange(0, 100);
    m_confidence->setTextVisible(true);
    m_confidence->setMaximumHeight(m_confidence->fontMetrics().height() + 6);
    m_reply->setObjectName(QStringLiteral("draftReply"));
    m_reply->setOpenLinks(false);
    m_reply->setMinimumHeight(90);
    m_reply->setMaximumHeight(220);
    m_entities->setObjectName(QStringLiteral("draftEntities"));
    m_entities->setTextFormat(Qt::RichText);
    m_editing->setObjectName(QStringLiteral("draftEditing"));
    m_editing->setText(tr("Editing in the composer below: what you send there is recorded as "
                          "your edit of this draft."));
    m_cancelEdit->setObjectName(QStringLiteral("draftStopEditing"));
    m_message->setObjectName(QStringLiteral("draftMessage"));
    m_approve->setObjectName(QStringLiteral("draftApprove"));
    m_edit->setObjectName(QStringLiteral("draftEdit"));
    m_reject->setObjectName(QStringLiteral("draftReject"));
    m_approve->setToolTip(tr("Send the draft to the customer exactly as written."));
    m_edit->setToolTip(tr("Change the draft in the composer, then send it."));
    m_reject->setToolTip(tr("Do not send this draft, and say why."));
    m_approve->setDefault(false);
    m_approve->setAutoDefault(false);

    auto *confRow = new QHBoxLayout;
    confRow->addWidget(new QLabel(tr("Confidence:"), this));
    confRow->addWidget(m_confidence, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_reject);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_editing, 1);
    editRow->addWidget(m_cancelEdit, 0, Qt::AlignTop);

    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(8, 6, 8, 6);
    col->addWidget(m_heading);
    col->addWidget(m_escalation);
    col->addWidget(m_blocked);
    col->addWidget(m_answered);
    col->addWidget(m_dismiss, 0, Qt::AlignLeft);
    col->addWidget(m_intent);
    col->addLayout(confRow);
    col->addWidget(m_reply);
    col->addWidget(m_entities);
    col->addWidget(m_sourcesHeading);
    col->addWidget(m_sources);
    col->addStretch();
    col->addLayout(editRow);
    col->addWidget(m_message);
    col->addLayout(buttons);

    connect(m_approve, &QPushButton::clicked, this, [this] {
        setMessage(tr("Sending…"), false);
        m_tracker->approve();
    });
    connect(m_edit, &QPushButton::clicked, this, &DraftReviewPane::startEditing);
    connect(m_cancelEdit, &QPushButton::clicked, this, &DraftReviewPane::cancelEditing);
    connect(m_reject, &QPushButton::clicked, this, &DraftReviewPane::askReject);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        setMessage(tr("Rejecting…"), false);
        m_tracker->reject(QStringLiteral("needs_human"), QString());
    });
    connect(m_sources, &DraftSourcesView::sourceActivated, this, &DraftReviewPane::openSource);
    connect(tracker, &sync::DraftTracker::pendingChanged, this, &DraftReviewPane::refresh);
    connect(tracker, &sync::DraftTracker::busyChanged, this, &DraftReviewPane::updateButtons);
    connect(tracker, &sync::DraftTracker::failed, this, [this](const QString &message) {
        setMessage(message, true);
        if (isEditing() && !m_lastEditedText.isEmpty())
            Q_EMIT editRequested(m_lastEditedText); // the agent's words are not lost
    });
    connect(tracker, &sync::DraftTracker::decided, this, [this](const Draft &d) {
        m_editingDraftId = 0;
        m_lastEditedText.clear();
        if (d.status == QLatin1String("rejected"))
            Q_EMIT notice(tr("Draft rejected: %1").arg(DraftLabels::rejectReason(d.rejectReason)));
        else if (d.status == QLatin1String("edited"))
            Q_EMIT notice(tr("Your edited reply was sent."));
        else
            Q_EMIT notice(tr("The draft was sent."));
        refresh();
    });
    connect(tracker, &sync::DraftTracker::decidedElsewhere, this, [this](const Draft &d) {
        if (d.status == QLatin1String("superseded"))
            Q_EMIT notice(tr("The customer wrote again; the AI draft was replaced."));
        else
            Q_EMIT notice(
                tr("%1 already decided on the AI draft (%2).")
                    .arg(DraftLabels::actor(d.decidedBy), DraftLabels::outcome(d.status)));
    });
    refresh();
}

void DraftReviewPane::refresh()
{
    const std::optional<Draft> d = m_tracker->pending();
    if (m_editingDraftId != 0 && (!d || d->id != m_editingDraftId)) {
        // The draft being edited is gone (decided elsewhere, superseded, other conversation):
        // whatever is in the composer is now an ordinary reply.
        m_editingDraftId = 0;
        if (d || m_tracker->conversationId() != 0)
            Q_EMIT notice(tr("The draft you were editing is no longer pending; your text stays "
                             "in the composer as an ordinary reply."));
    }
    const bool changedDraft = !d || !m_draft || d->id != m_draft->id;
    m_draft = d;
    if (!d) {
        if (m_rejectDialog)
            m_rejectDialog->reject();
        setVisible(false);
        return;
    }
    if (changedDraft)
        setMessage(QString(), false);
    showDraft(*d);
    setVisible(true);
}

void DraftReviewPane::styleBanner(QLabel *label, const QColor &accent)
{
    QPalette p = label->palette();
    p.setColor(QPalette::Window, Palette::mix(palette().color(QPalette::Window), accent, 0.18));
    p.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    label->setPalette(p);
    label->setAutoFillBackground(true);
}

void DraftReviewPane::showDraft(const Draft &d)
{
    m_heading->setText(d.drafter == QLatin1String("model") ? tr("AI draft (model)")
                                                           : tr("AI draft"));
    // Escalation first and loud: the agent must see it before the reply.
    if (d.escalate) {
        QStringList reasons;
        for (const QString &r : d.escalationReasons.isEmpty() ? QStringList{d.escalationReason}
                                                              : d.escalationReasons) {
            if (!r.isEmpty())
                reasons << DraftLabels::escalationReason(r);
        }
        m_escalation->setText(tr("<b>⚠ Needs a person.</b> %1")
                                  .arg(reasons.isEmpty()
                                           ? tr("The AI flagged this conversation.")
                                           : reasons.join(QStringLiteral("; ")).toHtmlEscaped()));
        styleBanner(m_escalation, Palette::error(palette()));
    }
    m_escalation->setVisible(d.escalate);
    if (!d.blockedReason.isEmpty()) {
        m_blocked->setText(tr("<b>Cannot be sent.</b> %1")
                               .arg(DraftLabels::blockedReason(d.blockedReason).toHtmlEscaped()));
        styleBanner(m_blocked, Palette::warning(palette()));
    }
    m_blocked->setVisible(!d.blockedReason.isEmpty());
    const bool answered = m_tracker->answeredSinceDraft();
    m_answered->setVisible(answered);
    m_dismiss->setVisible(answered);

    m_intent->setText(tr("Intent: <b>%1</b>").arg(DraftLabels::intent(d.intent).toHtmlEscaped()));
    const int pct = qBound(0, qRound(d.confidence * 100), 100);
    m_confidence->setValue(pct);
    m_confidence->setFormat(DraftLabels::percent(d.confidence));
    QPalette bp = m_confidence->palette();
    bp.setColor(QPalette::Highlight, pct >= 75   ? Palette::badge(palette())
                                     : pct >= 45 ? Palette::warning(palette())
                                                 : Palette::error(palette()));
    m_confidence->setPalette(bp);
    m_confidence->setToolTip(pct >= 75   ? tr("The AI is fairly sure what the customer wants.")
                             : pct >= 45 ? tr("The AI is not sure; read the message again.")
                                         : tr("The AI is guessing; check carefully."));

    m_reply->setPlainText(d.text);

    if (d.entities.isEmpty()) {
        m_entities->setText(tr("<b>Recognised:</b> nothing in particular"));
    } else {
        QStringList items;
        for (const auto &e : d.entities) {
            QString item =
                QStringLiteral("%1: <b>%2</b>")
                    .arg(DraftLabels::entityType(e.type).toHtmlEscaped(), e.text.toHtmlEscaped());
            if (!e.value.isEmpty() && e.value != e.text)
                item += QStringLiteral(" (%1)").arg(e.value.toHtmlEscaped());
            items << item;
        }
        m_entities->setText(tr("<b>Recognised:</b> %1").arg(items.join(QStringLiteral(" · "))));
    }
    m_sources->setSources(d.sources);
    m_sources->setVisible(!d.sources.isEmpty());
    m_sourcesHeading->setText(d.sources.isEmpty()
                                  ? tr("Based on: no sources (nothing to check it against)")
                                  : tr("Based on (click to read):"));
    updateButtons();
}

void DraftReviewPane::updateButtons()
{
    const bool busy = m_tracker->isBusy();
    const bool has = m_draft.has_value();
    const QString blocked = has ? m_draft->blockedReason : QString();
    m_approve->setEnabled(has && !busy && blocked.isEmpty());
    // An empty draft can still be written in the composer; a closed window or conversation
    // refuses any free text, edited or not.
    m_edit->setEnabled(has && !busy && !isEditing() &&
                       (blocked.isEmpty() || blocked == QLatin1String("empty_draft")));
    m_reject->setEnabled(has && !busy);
    m_dismiss->setEnabled(has && !busy);
    m_editing->setVisible(isEditing());
    m_cancelEdit->setVisible(isEditing());
    m_approve->setToolTip(blocked.isEmpty()
                              ? tr("Send the draft to the customer exactly as written.")
                              : DraftLabels::blockedReason(blocked));
}

void DraftReviewPane::startEditing()
{
    if (!m_draft)
        return;
    m_editingDraftId = m_draft->id;
    setMessage(QString(), false);
    updateButtons();
    Q_EMIT editRequested(m_draft->text);
}

void DraftReviewPane::cancelEditing()
{
    m_editingDraftId = 0;
    m_lastEditedText.clear();
    updateButtons();
}

void DraftReviewPane::submitEdited(const QString &text)
{
    if (!isEditing() || !m_draft || m_draft->id != m_editingDraftId)
        return;
    m_lastEditedText = text;
    setMessage(tr("Sending your edited reply…"), false);
    m_tracker->sendEdited(text);
}

void DraftReviewPane::askReject()
{
    if (!m_draft)
        return;
    auto *dialog = new RejectDraftDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_rejectDialog = dialog;
    const qint64 id = m_draft->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (!m_draft || m_draft->id != id)
            return; // decided elsewhere meanwhile
        setMessage(tr("Rejecting…"), false);
        m_tracker->reject(dialog->reason(), dialog->note());
    });
    dialog->open();
}

void DraftReviewPane::openSource(const domain::DraftSource &source)
{
    auto *reader = new SourceReaderDialog(source, m_tracker->api(), this);
    reader->setAttribute(Qt::WA_DeleteOnClose);
    reader->show();
}

void DraftReviewPane::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText,
               error ? Palette::error(palette()) : Palette::secondaryText(palette()));
    m_message->setPalette(p);
    m_message->setVisible(!text.isEmpty());
}

void DraftReviewPane::changeEvent(QEvent *e)
{
    QWidget::changeEvent(e);
    if ((e->type() == QEvent::PaletteChange || e->type() == QEvent::ApplicationPaletteChange) &&
        m_draft)
        showDraft(*m_draft);
}

} // namespace recado::ui
