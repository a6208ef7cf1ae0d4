// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/TemplateTypes.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace recado::ui {

//! The templates the picker offers: approved ones only (unless "show all" is on, then the
//! others come greyed with why they cannot be sent), those in the customer's language first,
//! filtered by a search over name and text. The library has tens to a few hundred entries, so
//! the whole filtered list is kept in memory.
class TemplateListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        LanguageRole,
        SendableRole,
        StatusDetailRole,
        CategoryRole,
        PreferredRole, //!< in the customer's language
        SnippetRole,   //!< the body text on one line (the list's second line)
    };

    explicit TemplateListModel(QObject *parent = nullptr);

    void setTemplates(const QList<sync::TemplateEntry> &templates);
    //! The customer's language (e.g. "es", "pt_BR"): its templates come first; the base
    //! language ("pt" for "pt_BR") matches too.
    void setPreferredLanguage(const QString &language);
    void setShowAll(bool all);
    void setFilterText(const QString &text);

    QString preferredLanguage() const { return m_language; }
    const sync::TemplateEntry *entryAt(int row) const;
    int rowOf(const QString &name, const QString &language) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void rebuild();
    bool preferred(const sync::TemplateEntry &e) const;

    QList<sync::TemplateEntry> m_all;
    QList<int> m_rows; //!< indexes into m_all, in display order
    QString m_language;
    QString m_filter;
    bool m_showAll = false;
};

} // namespace recado::ui
