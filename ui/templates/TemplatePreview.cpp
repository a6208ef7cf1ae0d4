// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/templates/TemplatePreview.h"

#include "ui/Palette.h"

#include <QEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace recado::ui {

using whatsapp::HeaderFormat;

namespace {
//! WhatsApp's inline formatting on already escaped text: *bold*, _italic_, ~strike~.
QString formatted(const QString &text)
{
    QString html = text.toHtmlEscaped();
    static const QRegularExpression bold(QStringLiteral("\\*([^*\\n]+)\\*"));
    static const QRegularExpression italic(QStringLiteral("(^|\\s)_([^_\\n]+)_"));
    static const QRegularExpression strike(QStringLiteral("~([^~\\n]+)~"));
    html.replace(bold, QStringLiteral("<b>\\1</b>"));
    html.replace(italic, QStringLiteral("\\1<i>\\2</i>"));
    html.replace(strike, QStringLiteral("<s>\\1</s>"));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}
} // namespace

TemplatePreview::TemplatePreview(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("templatePreview"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("templatePreviewText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(12, 10, 12, 10);
    col->addWidget(m_text);
    applyColours();
    clear();
}

void TemplatePreview::clear()
{
    m_plain.clear();
    m_text->setText(QStringLiteral("<i>%1</i>").arg(tr("The preview appears here.")));
}

void TemplatePreview::setRendered(const whatsapp::RenderedTemplate &r, const QString &headerNote)
{
    m_plain = r.toPlainText();
    const QString grey = Palette::secondaryText(palette()).name();
    QStringList parts;
    const QString note =
        headerNote.isEmpty() ? QString() : QLatin1Char(' ') + headerNote.toHtmlEscaped();
    switch (r.headerFormat) {
    case HeaderFormat::Text:
        if (!r.header.isEmpty())
            parts << QStringLiteral("<b>%1</b>").arg(r.header.toHtmlEscaped());
        break;
    case HeaderFormat::Image:
        parts << QStringLiteral("<span style='color:%1'>[%2]</span>").arg(grey, tr("Image")) + note;
        break;
    case HeaderFormat::Video:
        parts << QStringLiteral("<span style='color:%1'>[%2]</span>").arg(grey, tr("Video")) + note;
        break;
    case HeaderFormat::Document:
        parts << QStringLiteral("<span style='color:%1'>[%2]</span>").arg(grey, tr("Document")) +
                     note;
        break;
    case HeaderFormat::Location:
        parts << QStringLiteral("<span style='color:%1'>[%2]</span>").arg(grey, tr("Location")) +
                     note;
        break;
    case HeaderFormat::None:
        break;
    }
    parts << formatted(r.body);
    if (!r.footer.isEmpty())
        parts << QStringLiteral("<span style='color:%1'><small>%2</small></span>")
                     .arg(grey, r.footer.toHtmlEscaped());
    QString html = parts.join(QStringLiteral("<br><br>"));
    for (const QString &b : r.buttons)
        html += QStringLiteral("<br><span style='color:%1'>⟶ %2</span>")
                    .arg(palette().color(QPalette::Link).name(), b.toHtmlEscaped());
    m_text->setText(html);
}

void TemplatePreview::applyColours()
{
    QPalette p = palette();
    p.setColor(QPalette::Window, Palette::outboundBubble(p));
    setPalette(p);
}

void TemplatePreview::changeEvent(QEvent *e)
{
    QFrame::changeEvent(e);
    if (e->type() == QEvent::ApplicationPaletteChange)
        applyColours();
}

} // namespace recado::ui
