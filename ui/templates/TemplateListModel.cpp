// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/templates/TemplateListModel.h"

#include "core/whatsapp/templates/TemplateLanguages.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace recado::ui {

using whatsapp::TemplateCategory;

TemplateListModel::TemplateListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void TemplateListModel::setTemplates(const QList<sync::TemplateEntry> &templates)
{
    m_all = templates;
    rebuild();
}

void TemplateListModel::setPreferredLanguage(const QString &language)
{
    m_language = language;
    rebuild();
}

void TemplateListModel::setShowAll(bool all)
{
    if (m_showAll == all)
        return;
    m_showAll = all;
    rebuild();
}

void TemplateListModel::setFilterText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_filter)
        return;
    m_filter = t;
    rebuild();
}

bool TemplateListModel::preferred(const sync::TemplateEntry &e) const
{
    if (m_language.isEmpty())
        return false;
    return e.tmpl.language == m_language ||
           whatsapp::baseLanguage(e.tmpl.language) == whatsapp::baseLanguage(m_language);
}

void TemplateListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    // Search by name as written ("tecnico en camino" finds tecnico_en_camino) and by text.
    const QString needle = QString(m_filter).replace(QLatin1Char(' '), QLatin1Char('_'));
    for (int i = 0; i < m_all.size(); ++i) {
        const sync::TemplateEntry &e = m_all.at(i);
        if (!m_showAll && !e.sendable)
            continue;
        if (!m_filter.isEmpty() && !e.tmpl.name.contains(needle, Qt::CaseInsensitive) &&
            !e.tmpl.name.contains(m_filter, Qt::CaseInsensitive) &&
            !e.tmpl.body.text.contains(m_filter, Qt::CaseInsensitive))
            continue;
        m_rows.append(i);
    }
    // Customer's language first (exact code before the same base language), sendable before
    // the rest, then by name and language.
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](int a, int b) {
        const sync::TemplateEntry &x = m_all.at(a), &y = m_all.at(b);
        const int px = preferred(x) ? (x.tmpl.language == m_language ? 0 : 1) : 2;
        const int py = preferred(y) ? (y.tmpl.language == m_language ? 0 : 1) : 2;
        if (px != py)
            return px < py;
        if (x.sendable != y.sendable)
            return x.sendable;
        if (x.tmpl.name != y.tmpl.name)
            return x.tmpl.name < y.tmpl.name;
        return x.tmpl.language < y.tmpl.language;
    });
    endResetModel();
}

const sync::TemplateEntry *TemplateListModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_all.at(m_rows.at(row)) : nullptr;
}

int TemplateListModel::rowOf(const QString &name, const QString &language) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const auto &t = m_all.at(m_rows.at(r)).tmpl;
        if (t.name == name && (language.isEmpty() || t.language == language))
            return r;
    }
    return -1;
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

static QString categoryText(TemplateCategory c)
{
    switch (c) {
    case TemplateCategory::Marketing:
        return TemplateListModel::tr("marketing");
    case TemplateCategory::Utility:
        return TemplateListModel::tr("utility");
    case TemplateCategory::Authentication:
        return TemplateListModel::tr("authentication");
    case TemplateCategory::Unknown:
        break;
    }
    return {};
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    const sync::TemplateEntry *e = entryAt(index.row());
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        QString line = QStringLiteral("%1  ·  %2").arg(e->tmpl.name, e->tmpl.language);
        const QString category = categoryText(e->tmpl.category);
        if (!category.isEmpty())
            line += QStringLiteral("  ·  ") + category;
        if (!e->sendable)
            line += QStringLiteral("  ·  ") +
                    tr("cannot be sent (%1)").arg(whatsapp::toString(e->tmpl.status).toLower());
        return line;
    }
    case Qt::ToolTipRole:
        return e->sendable ? e->tmpl.body.text : e->statusDetail;
    case Qt::ForegroundRole:
        if (!e->sendable)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::AccessibleDescriptionRole:
        return e->sendable ? QString() : e->statusDetail;
    case NameRole:
        return e->tmpl.name;
    case LanguageRole:
        return e->tmpl.language;
    case SendableRole:
        return e->sendable;
    case StatusDetailRole:
        return e->statusDetail;
    case CategoryRole:
        return whatsapp::toString(e->tmpl.category);
    case PreferredRole:
        return preferred(*e);
    case SnippetRole:
        return e->tmpl.body.text.simplified();
    default:
        return {};
    }
}

Qt::ItemFlags TemplateListModel::flags(const QModelIndex &index) const
{
    // Greyed templates stay selectable: the picker then shows why they cannot be sent.
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace recado::ui
