// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/DraftDetailView.h"

#include "core/sync/DraftApi.h"
#include "ui/Palette.h"
#include "ui/review/DiffHtml.h"
#include "ui/review/DraftLabels.h"
#include "ui/review/DraftSourcesView.h"
#include "ui/review/SourceReaderDialog.h"

#include <QBoxLayout>
#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>

namespace recado::ui {

using recado::domain::Draft;

namespace {
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

QTextBrowser *textBox(const char *name, QWidget *parent)
{
    auto *t = new QTextBrowser(parent);
    t->setObjectName(QLatin1String(name));
    t->setOpenLinks(false);
    t->setMinimumHeight(54);
    t->setMaximumHeight(130);
    return t;
}

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

DraftDetailView::DraftDetailView(sync::DraftApi *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_escalation(new QLabel(this))
    , m_decision(new QLabel(this))
    , m_draftHeading(heading(tr("AI draft"), this))
    , m_draftText(textBox("detailDraftText", this))
    , m_sentHeading(heading(tr("Sent to the customer"), this))
    , m_sentText(textBox("detailSentText", this))
    , m_diffHeading(heading(tr("Changes (deleted struck through, added underlined)"), this))
    , m_diff(textBox("detailDiff", this))
    , m_sources(new DraftSourcesView(this))
    , m_history(new QLabel(this))
    , m_markWrong(new QPushButton(tr("Mark as wrong…"), this))
    , m_body(new QWidget(this))
    , m_empty(new QLabel(tr("Select a draft to see it here."), this))
{
    setObjectName(QStringLiteral("draftDetail"));
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.1);
    m_title->setFont(tf);
    for (QLabel *l : {m_summary, m_escalation, m_decision, m_history})
        l->setWordWrap(true);
    m_decision->setObjectName(QStringLiteral("detailDecision"));
    m_history->setObjectName(QStringLiteral("detailHistory"));
    m_escalation->setObjectName(QStringLiteral("detailEscalation"));
    m_escalation->setMargin(4);
    m_markWrong->setObjectName(QStringLiteral("markWrongButton"));
    m_markWrong->setToolTip(tr("Flag this automatic reply as wrong; it is logged and counted."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_sources->setObjectName(QStringLiteral("detailSources"));

    auto *col = new QVBoxLayout(m_body);
    col->setContentsMargins(0, 0, 0, 0);
    col->addWidget(m_title);
    col->addWidget(m_summary);
    col->addWidget(m_escalation);
    col->addWidget(m_decision);
    col->addWidget(m_draftHeading);
    col->addWidget(m_draftText);
    col->addWidget(m_sentHeading);
    col->addWidget(m_sentText);
    col->addWidget(m_diffHeading);
    col->addWidget(m_diff);
    col->addWidget(heading(tr("Based on"), m_body));
    col->addWidget(m_sources);
    col->addWidget(heading(tr("History"), m_body));
    col->addWidget(m_history);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_markWrong);
    col->addLayout(row);
    col->addStretch();
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 4, 8, 4);
    outer->addWidget(m_body);
    outer->addWidget(m_empty, 1);

    connect(m_markWrong, &QPushButton::clicked, this, &DraftDetailView::askMarkWrong);
    connect(m_sources, &DraftSourcesView::sourceActivated, this,
            [this](const domain::DraftSource &s) {
                auto *reader = new SourceReaderDialog(s, m_api, this);
                reader->setAttribute(Qt::WA_DeleteOnClose);
                reader->show();
            });
    render();
}

void DraftDetailView::setDraft(const std::optional<Draft> &draft)
{
    const bool other = !draft || !m_draft || draft->id != m_draft->id;
    m_draft = draft;
    render();
    if (other && draft)
        loadHistory();
}

void DraftDetailView::render()
{
    m_body->setVisible(m_draft.has_value());
    m_empty->setVisible(!m_draft.has_value());
    if (!m_draft)
        return;
    const Draft &d = *m_draft;
    m_title->setText(tr("%1 — %2").arg(
        d.customerName.isEmpty() ? tr("Conversation %1").arg(d.conversationId) : d.customerName,
        DraftLabels::outcome(d.status)));
    m_summary->setText(tr("Drafted %1 · intent %2 · confidence %3 · %4")
                           .arg(when(d.createdAt), DraftLabels::intent(d.intent),
                                DraftLabels::percent(d.confidence),
                                d.drafter == QLatin1String("model") ? tr("model drafter")
                                                                    : tr("built-in drafter")));
    if (d.escalate) {
        QStringList reasons;
        for (const QString &r : d.escalationReasons)
            reasons << DraftLabels::escalationReason(r);
        if (reasons.isEmpty())
            reasons << DraftLabels::escalationReason(d.escalationReason);
        m_escalation->setText(tr("⚠ Escalated: %1").arg(reasons.join(QStringLiteral("; "))));
        QPalette p = m_escalation->palette();
        p.setColor(QPalette::Window, Palette::mix(palette().color(QPalette::Window),
                                                  Palette::error(palette()), 0.18));
        m_escalation->setPalette(p);
        m_escalation->setAutoFillBackground(true);
    }
    m_escalation->setVisible(d.escalate);

    QStringList decision;
    if (d.status == QLatin1String("pending")) {
        decision << tr("Waiting for an agent.");
    } else if (d.decidedAt.isValid()) {
        decision << tr("%1 by %2 on %3.")
                        .arg(DraftLabels::outcome(d.status), DraftLabels::actor(d.decidedBy),
                             when(d.decidedAt));
    }
    if (d.status == QLatin1String("rejected"))
        decision << tr("Reason: %1.").arg(DraftLabels::rejectReason(d.rejectReason));
    if (!d.note.isEmpty())
        decision << tr("Note: “%1”").arg(d.note);
    if (d.status == QLatin1String("edited") && d.editDistance >= 0)
        decision << tr("Characters changed: %1.").arg(d.editDistance);
    if (d.markedWrong)
        decision << tr("Marked as wrong by %1 on %2: “%3”")
                        .arg(d.markedWrongBy, when(d.markedWrongAt), d.markedWrongNote);
    m_decision->setText(decision.join(QLatin1Char(' ')));

    m_draftText->setPlainText(d.text);
    const bool sent = d.sentMessageId > 0 || !d.sentText.isEmpty();
    m_sentHeading->setVisible(sent);
    m_sentText->setVisible(sent);
    m_sentText->setPlainText(d.sentText);
    const bool changed = sent && d.sentText != d.text;
    m_diffHeading->setVisible(changed);
    m_diff->setVisible(changed);
    if (changed)
        m_diff->setHtml(DiffHtml::render(d.text, d.sentText, palette()));
    else
        m_diff->clear();
    if (sent && !changed)
        m_sentHeading->setText(tr("Sent to the customer (exactly as drafted)"));
    else
        m_sentHeading->setText(tr("Sent to the customer"));
    m_sources->setSources(d.sources);
    m_markWrong->setVisible(d.autoSent || d.status == QLatin1String("auto_sent"));
    m_markWrong->setEnabled(!d.markedWrong);
    m_markWrong->setText(d.markedWrong ? tr("Marked as wrong") : tr("Mark as wrong…"));
}

void DraftDetailView::loadHistory()
{
    m_history->setText(tr("Loading…"));
    const qint64 id = m_draft->id;
    m_api->decisions(
        id, this, [this, id](const sync::ApiResult &r, const QList<domain::DraftDecision> &list) {
            if (!m_draft || m_draft->id != id)
                return;
            if (!r.ok()) {
                m_history->setText(r.errorMessage);
                return;
            }
            QStringList lines;
            lines << tr("%1: drafted by the AI").arg(when(m_draft->createdAt));
            for (const domain::DraftDecision &dd : list) {
                QString line = tr("%1: %2 %3")
                                   .arg(when(dd.at), DraftLabels::actor(dd.actor),
                                        DraftLabels::decisionAction(dd.action));
                if (!dd.reason.isEmpty())
                    line += QStringLiteral(" — ") + DraftLabels::rejectReason(dd.reason);
                if (!dd.note.isEmpty())
                    line += QStringLiteral(" — “%1”").arg(dd.note);
                lines << line;
            }
            m_history->setText(lines.join(QLatin1Char('\n')));
        });
}

void DraftDetailView::askMarkWrong()
{
    if (!m_draft)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("markWrongDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Mark the automatic reply as wrong"));
    dialog->setLabelText(tr("What was wrong with this reply? (logged and counted in the figures)"));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setOkButtonText(tr("Mark as wrong"));
    m_markDialog = dialog;
    const qint64 id = m_draft->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &note) {
        m_api->markWrong(id, note.trimmed(), this,
                         [this](const sync::ApiResult &r, const Draft &d) {
                             if (!r.ok()) {
                                 Q_EMIT failed(r.errorMessage);
                                 return;
                             }
                             Draft updated = d;
                             if (m_draft && m_draft->id == d.id && updated.customerName.isEmpty())
                                 updated.customerName = m_draft->customerName;
                             if (m_draft && m_draft->id == d.id) {
                                 m_draft = updated;
                                 render();
                                 loadHistory();
                             }
                             Q_EMIT draftChanged(updated);
                         });
    });
    dialog->open();
}

void DraftDetailView::changeEvent(QEvent *e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::PaletteChange || e->type() == QEvent::ApplicationPaletteChange)
        render();
}

} // namespace recado::ui
