// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/TemplateApi.h"
#include "core/whatsapp/templates/ParameterSources.h"

#include <QDialog>
#include <QJsonObject>
#include <QTimer>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace recado::ui {

class TemplateListModel;
class TemplateParameterForm;
class TemplatePreview;

//! Where a template goes and what the client knows to fill it.
struct TemplatePickerContext
{
    qint64 conversationId = 0; //!< 0: a new number (no consent check before sending)
    QString recipient;         //!< shown at the top, e.g. "María López (+52 55 1234 5678)"
    QString language;          //!< the customer's; empty: the UI language
    whatsapp::ParameterContext parameters; //!< service request, customer name, agent name...
    QString preselect;                     //!< a template name to select first, if listed
};

//! Picks an approved template, fills its parameters and shows the message as the customer will
//! read it. The list shows sendable templates only, the customer's language first, searchable by
//! name; "Show all" adds the others greyed with why they cannot be sent. The preview renders at
//! once with core's TemplateRenderer and TemplateValidator; the relay's preview (debounced) is
//! the final word: its issues show under the fields and its consent decision above the buttons.
//! Send is enabled only when the relay said this exact set of values can be sent.
class TemplatePickerDialog : public QDialog
{
    Q_OBJECT
public:
    TemplatePickerDialog(sync::RelayApi *api, TemplatePickerContext context,
                         QWidget *parent = nullptr);

    //! The template object of a send: `{"name","language","parameters"}`.
    QJsonObject templateSpec() const;
    //! The text the customer will read (for the pending bubble until the relay answers).
    QString renderedText() const;
    const sync::TemplateEntry *currentEntry() const;
    bool selectTemplate(const QString &name, const QString &language = {});
    bool isLoaded() const { return m_loaded; }
    //! True when the relay checked the current values (sendable or not).
    bool isChecked() const { return m_remote.has_value() && m_remoteRevision == m_revision; }

    TemplateListModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    TemplateParameterForm *form() const { return m_form; }
    TemplatePreview *preview() const { return m_preview; }
    QPushButton *sendButton() const { return m_send; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *showAllBox() const { return m_showAll; }
    QLabel *refusalLabel() const { return m_refusal; }
    QLabel *stateLabel() const { return m_state; }

Q_SIGNALS:
    void loaded();
    //! The relay answered a preview (tests wait for it).
    void checked();

private:
    void load();
    void onCurrentChanged();
    void onValuesChanged();
    void requestRemotePreview();
    void updateState();

    sync::TemplateApi m_api;
    TemplatePickerContext m_context;
    TemplateListModel *m_model;
    QLineEdit *m_search;
    QCheckBox *m_showAll;
    QListView *m_list;
    QLabel *m_title;
    QLabel *m_statusDetail;
    TemplateParameterForm *m_form;
    TemplatePreview *m_preview;
    QLabel *m_refusal;
    QLabel *m_problems;
    QLabel *m_state;
    QPushButton *m_send;
    QTimer m_debounce;
    bool m_loaded = false;
    QString m_loadError;
    int m_revision = 0;
    int m_remoteRevision = -1;
    std::optional<sync::TemplatePreviewResult> m_remote;
    QString m_remoteError;
    bool m_localOk = false;
    QList<sync::TemplateIssue> m_localIssues; //!< core's findings, in the UI language
    QString m_rendered;
};

} // namespace recado::ui
