// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/templates/TemplatePickerDialog.h"

#include "core/whatsapp/templates/TemplateRenderer.h"
#include "core/whatsapp/templates/TemplateValidator.h"
#include "ui/Palette.h"
#include "ui/templates/TemplateListDelegate.h"
#include "ui/templates/TemplateListModel.h"
#include "ui/templates/TemplateParameterForm.h"
#include "ui/templates/TemplatePreview.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>

namespace recado::ui {

using whatsapp::TemplateArguments;

namespace {
QLabel *wrapping(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

void colour(QLabel *l, const QColor &c)
{
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, c);
    l->setPalette(p);
}

//! Like the relay's preview: a value still empty shows as its {{n}}.
whatsapp::RenderedTemplate renderLocally(const whatsapp::Template &t, TemplateArguments args)
{
    const auto markMissing = [](const QStringList &keys, QStringList *values) {
        for (qsizetype i = 0; i < values->size() && i < keys.size(); ++i) {
            if ((*values)[i].trimmed().isEmpty())
                (*values)[i] = QStringLiteral("{{%1}}").arg(keys.at(i));
        }
    };
    markMissing(t.headerVariableKeys(), &args.header);
    markMissing(t.bodyVariableKeys(), &args.body);
    return whatsapp::TemplateRenderer::render(t, args);
}
} // namespace

TemplatePickerDialog::TemplatePickerDialog(sync::RelayApi *api, TemplatePickerContext context,
                                           QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_context(std::move(context))
    , m_model(new TemplateListModel(this))
{
    setObjectName(QStringLiteral("templatePicker"));
    setWindowTitle(tr("Send a template"));
    if (m_context.language.isEmpty())
        m_context.language = QLocale().name();
    m_model->setPreferredLanguage(m_context.language);

    auto *recipient = wrapping(this, "templateRecipient");
    recipient->setText(m_context.recipient.isEmpty() ? QString()
                                                     : tr("To: %1").arg(m_context.recipient));
    recipient->setVisible(!m_context.recipient.isEmpty());

    // Left: search and list.
    auto *left = new QWidget(this);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("templateSearch"));
    m_search->setPlaceholderText(tr("Search templates by name"));
    m_search->setClearButtonEnabled(true);
    m_showAll = new QCheckBox(tr("Show templates that cannot be sent"), left);
    m_showAll->setObjectName(QStringLiteral("templateShowAll"));
    m_list = new QListView(left);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new TemplateListDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    auto *leftCol = new QVBoxLayout(left);
    leftCol->setContentsMargins(0, 0, 0, 0);
    leftCol->addWidget(m_search);
    leftCol->addWidget(m_showAll);
    leftCol->addWidget(m_list, 1);

    // Right: what the template is, its values, the preview and the verdict.
    auto *right = new QWidget(this);
    m_title = wrapping(right, "templateTitle");
    QFont tf = m_title->font();
    tf.setBold(true);
    m_title->setFont(tf);
    m_statusDetail = wrapping(right, "templateStatusDetail");
    colour(m_statusDetail, Palette::error(palette()));
    m_form = new TemplateParameterForm(right);
    auto *formScroll = new QScrollArea(right);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    m_preview = new TemplatePreview(right);
    m_refusal = wrapping(right, "templateRefusal");
    colour(m_refusal, Palette::error(palette()));
    m_problems = wrapping(right, "templateProblems");
    colour(m_problems, Palette::error(palette()));
    m_state = wrapping(right, "templateState");
    colour(m_state, Palette::secondaryText(palette()));
    auto *previewTitle = new QLabel(tr("What the customer will read:"), right);
    auto *rightCol = new QVBoxLayout(right);
    rightCol->setContentsMargins(0, 0, 0, 0);
    rightCol->addWidget(m_title);
    rightCol->addWidget(m_statusDetail);
    rightCol->addWidget(formScroll, 1);
    rightCol->addWidget(previewTitle);
    rightCol->addWidget(m_preview);
    rightCol->addWidget(m_refusal);
    rightCol->addWidget(m_problems);
    rightCol->addWidget(m_state);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send template"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("templateSendButton"));
    m_send->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_send->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *col = new QVBoxLayout(this);
    col->addWidget(recipient);
    col->addWidget(split, 1);
    col->addWidget(buttons);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &TemplatePickerDialog::requestRemotePreview);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        const auto *keep = currentEntry();
        const QString name = keep ? keep->tmpl.name : QString();
        const QString language = keep ? keep->tmpl.language : QString();
        m_model->setFilterText(text);
        if (!name.isEmpty() && selectTemplate(name, language))
            return;
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        else
            onCurrentChanged();
    });
    connect(m_showAll, &QCheckBox::toggled, this, [this](bool all) {
        const auto *keep = currentEntry();
        const QString name = keep ? keep->tmpl.name : QString();
        const QString language = keep ? keep->tmpl.language : QString();
        m_model->setShowAll(all);
        if (name.isEmpty() || !selectTemplate(name, language)) {
            if (m_model->rowCount() > 0)
                m_list->setCurrentIndex(m_model->index(0));
            else
                onCurrentChanged();
        }
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TemplatePickerDialog::onCurrentChanged);
    connect(m_form, &TemplateParameterForm::changed, this, &TemplatePickerDialog::onValuesChanged);

    resize(980, 640);
    m_search->setFocus();
    load();
}

void TemplatePickerDialog::load()
{
    m_state->setText(tr("Loading the approved templates…"));
    m_api.templates(this, [this](const sync::ApiResult &r, const QList<sync::TemplateEntry> &list) {
        if (!r.ok()) {
            m_loadError = r.errorMessage;
            m_state->setText(tr("The templates could not be loaded: %1").arg(r.errorMessage));
            return;
        }
        m_loaded = true;
        m_model->setTemplates(list);
        if (m_model->rowCount() == 0) {
            m_state->setText(
                tr("No approved template is available. An administrator can submit templates "
                   "to Meta; they can be sent once Meta approves them."));
        } else if (m_context.preselect.isEmpty() || !selectTemplate(m_context.preselect)) {
            m_list->setCurrentIndex(m_model->index(0));
        }
        updateState();
        Q_EMIT loaded();
    });
}

bool TemplatePickerDialog::selectTemplate(const QString &name, const QString &language)
{
    // Without a language: the customer's translation when there is one (it is listed first).
    const int row = m_model->rowOf(name, language);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    return true;
}

const sync::TemplateEntry *TemplatePickerDialog::currentEntry() const
{
    return m_list->currentIndex().isValid() ? m_model->entryAt(m_list->currentIndex().row())
                                            : nullptr;
}

void TemplatePickerDialog::onCurrentChanged()
{
    const sync::TemplateEntry *e = currentEntry();
    m_remote.reset();
    m_remoteError.clear();
    if (!e) {
        m_title->clear();
        m_statusDetail->hide();
        m_form->clear();
        m_preview->clear();
        m_rendered.clear();
        ++m_revision;
        updateState();
        return;
    }
    m_title->setText(QStringLiteral("%1 · %2").arg(e->tmpl.name, e->tmpl.language));
    m_statusDetail->setText(
        e->sendable ? QString()
                    : tr("This template cannot be sent: %1")
                          .arg(e->statusDetail.isEmpty()
                                   ? whatsapp::TemplateValidator::statusExplanation(e->tmpl)
                                   : e->statusDetail));
    m_statusDetail->setVisible(!e->sendable);
    whatsapp::ParameterContext ctx = m_context.parameters;
    ctx.language = e->tmpl.language;
    {
        QSignalBlocker block(m_form);
        m_form->setTemplate(e->tmpl, whatsapp::ParameterSources::fill(e->tmpl, ctx));
    }
    onValuesChanged();
}

void TemplatePickerDialog::onValuesChanged()
{
    ++m_revision;
    const sync::TemplateEntry *e = currentEntry();
    if (!e) {
        updateState();
        return;
    }
    // Instant feedback from core's renderer and validator; the relay's answer follows.
    const TemplateArguments args = m_form->arguments();
    const whatsapp::RenderedTemplate rendered = renderLocally(e->tmpl, args);
    QString note;
    if (whatsapp::isMediaHeader(e->tmpl.header.format))
        note = args.media.filename.isEmpty() ? args.media.link.section(QLatin1Char('/'), -1)
                                             : args.media.filename;
    else if (e->tmpl.header.format == whatsapp::HeaderFormat::Location && args.location.valid)
        note = args.location.name.isEmpty() ? args.location.address : args.location.name;
    m_preview->setRendered(rendered, note);
    m_rendered = whatsapp::TemplateRenderer::render(e->tmpl, args).toPlainText();
    const whatsapp::ValidationIssues local =
        whatsapp::TemplateValidator::validateForSend(e->tmpl, args);
    m_localOk = !whatsapp::hasErrors(local);
    QList<sync::TemplateIssue> issues;
    for (const whatsapp::ValidationIssue &i : local)
        issues.append(sync::TemplateIssue::fromValidation(i));
    m_localIssues = issues;
    const QList<sync::TemplateIssue> rest = m_form->showIssues(issues);
    QStringList general;
    for (const sync::TemplateIssue &i : rest) {
        if (i.rule != QLatin1String("send.status")) // said above the form already
            general << i.message;
    }
    m_problems->setText(general.join(QLatin1Char('\n')));
    m_problems->setVisible(!general.isEmpty());
    if (e->sendable)
        m_debounce.start();
    updateState();
}

void TemplatePickerDialog::requestRemotePreview()
{
    const sync::TemplateEntry *e = currentEntry();
    if (!e)
        return;
    const int revision = m_revision;
    m_api.preview(templateSpec(), m_context.conversationId, this,
                  [this, revision](const sync::ApiResult &r, const sync::TemplatePreviewResult &p) {
                      if (revision != m_revision)
                          return; // the agent typed on; a newer preview is on its way
                      m_remoteRevision = revision;
                      if (!r.ok()) {
                          m_remote.reset();
                          m_remoteError = r.errorMessage;
                      } else {
                          m_remote = p;
                          m_remoteError.clear();
                          // The relay's validator is the final word: its findings replace
                          // ours, worded in the UI language when core found the same thing.
                          QList<sync::TemplateIssue> issues = p.issues;
                          for (sync::TemplateIssue &i : issues) {
                              for (const sync::TemplateIssue &l : std::as_const(m_localIssues)) {
                                  if (l.rule == i.rule && l.part == i.part && l.index == i.index)
                                      i.message = l.message;
                              }
                          }
                          const QList<sync::TemplateIssue> rest = m_form->showIssues(issues);
                          QStringList general;
                          for (const sync::TemplateIssue &i : rest)
                              general << i.message;
                          m_problems->setText(general.join(QLatin1Char('\n')));
                          m_problems->setVisible(!general.isEmpty());
                      }
                      updateState();
                      Q_EMIT checked();
                  });
}

void TemplatePickerDialog::updateState()
{
    const sync::TemplateEntry *e = currentEntry();
    const bool current = m_remoteRevision == m_revision;
    QString refusal;
    if (current && m_remote && m_remote->consent.known && !m_remote->consent.allowed)
        refusal = m_remote->consent.reason.isEmpty()
                      ? tr("This customer's consent does not allow a template now.")
                      : m_remote->consent.reason;
    m_refusal->setText(refusal);
    m_refusal->setVisible(!refusal.isEmpty());

    bool ok = false;
    QString state;
    if (!m_loaded) {
        state = m_loadError.isEmpty()
                    ? tr("Loading the approved templates…")
                    : tr("The templates could not be loaded: %1").arg(m_loadError);
    } else if (!e) {
        state = m_model->rowCount() == 0 ? tr("No template matches.") : tr("Choose a template.");
    } else if (!e->sendable) {
        state = tr("Only approved templates can be sent.");
    } else if (!m_localOk) {
        state = tr("Fill in every value marked above to send.");
    } else if (!current) {
        state = tr("Checking with the relay…");
    } else if (!m_remote) {
        state = tr("The relay could not check this template: %1").arg(m_remoteError);
    } else if (!m_remote->sendable) {
        state = refusal.isEmpty() ? tr("The relay says this template cannot be sent yet; see "
                                       "the notes above.")
                                  : tr("Sending is blocked by the customer's consent.");
    } else {
        ok = true;
        state = tr("Ready to send.");
    }
    m_state->setText(state);
    m_send->setEnabled(ok);
}

QJsonObject TemplatePickerDialog::templateSpec() const
{
    const sync::TemplateEntry *e = currentEntry();
    if (!e)
        return {};
    QJsonObject spec{{QStringLiteral("name"), e->tmpl.name},
                     {QStringLiteral("language"), e->tmpl.language}};
    const QJsonObject parameters = m_form->parametersJson();
    if (!parameters.isEmpty())
        spec.insert(QStringLiteral("parameters"), parameters);
    return spec;
}

QString TemplatePickerDialog::renderedText() const
{
    return m_remote && isChecked() && !m_remote->text.isEmpty() ? m_remote->text : m_rendered;
}

} // namespace recado::ui
