// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/SourceReaderDialog.h"

#include "core/sync/DraftApi.h"
#include "ui/Palette.h"
#include "ui/review/DraftLabels.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>

namespace recado::ui {

SourceReaderDialog::SourceReaderDialog(const domain::DraftSource &source, sync::DraftApi *api,
                                       QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_title(new QLabel(this))
    , m_kind(new QLabel(this))
    , m_body(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("sourceReader"));
    setWindowTitle(tr("Source: %1").arg(DraftLabels::sourceTitle(source)));
    m_title->setObjectName(QStringLiteral("sourceTitle"));
    m_title->setWordWrap(true);
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.15);
    m_title->setFont(tf);
    m_title->setText(DraftLabels::sourceTitle(source));
    m_kind->setObjectName(QStringLiteral("sourceKind"));
    QPalette kp = m_kind->palette();
    kp.setColor(QPalette::WindowText, Palette::secondaryText(kp));
    m_kind->setPalette(kp);
    m_kind->setText(source.id.isEmpty()
                        ? DraftLabels::sourceKind(source.kind)
                        : tr("%1 · %2").arg(DraftLabels::sourceKind(source.kind), source.id));
    m_body->setObjectName(QStringLiteral("sourceBody"));
    m_body->setOpenLinks(false);
    showText(tr("What the AI read"), source.text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *col = new QVBoxLayout(this);
    col->addWidget(m_title);
    col->addWidget(m_kind);
    col->addWidget(m_body, 1);
    col->addWidget(buttons);
    resize(520, 420);

    if (source.kind == QLatin1String("kb") && api && !source.id.isEmpty()) {
        api->kbArticle(source.id, this, [this](const sync::ApiResult &r, const sync::KbArticle &a) {
            if (!r.ok())
                return; // the excerpt stays; the article may have been removed since
            m_full = true;
            m_title->setText(a.title);
            showText(tr("Approved article"), a.body);
        });
    }
}

void SourceReaderDialog::showText(const QString &heading, const QString &text)
{
    QString html = QStringLiteral("<p><i>%1</i></p>").arg(heading.toHtmlEscaped());
    const QStringList paragraphs = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &p : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    if (paragraphs.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("(no text)").toHtmlEscaped());
    m_body->setHtml(html);
}

} // namespace recado::ui
