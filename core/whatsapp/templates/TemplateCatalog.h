// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/whatsapp/templates/Template.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace recado::whatsapp {

//! A set of templates keyed by name and language: the templates shipped with Recado (see
//! resources/templates/) or those synchronised from Meta.
class TemplateCatalog
{
public:
    //! The templates compiled into recado_core from resources/templates/*.json (Qt resource
    //! `:/templates/`). A file that does not parse is skipped and named in errors().
    static TemplateCatalog loadShipped();

    //! Every *.json file of `dir` (a path or a `:/` resource path), one template per file.
    static TemplateCatalog loadDirectory(const QString &dir);

    //! Adds `t`, replacing a template with the same name and language.
    void upsert(const Template &t);

    const QList<Template> &templates() const { return m_templates; }

    //! The translation of `name` in exactly `language`.
    std::optional<Template> find(const QString &name, const QString &language) const;

    //! The best translation of `name` for a customer speaking `language`: the exact code, else
    //! one with the same base language ("es_MX" -> "es"), else none.
    std::optional<Template> findBest(const QString &name, const QString &language) const;

    //! Languages `name` exists in, sorted.
    QStringList languages(const QString &name) const;

    //! Files that could not be read or parsed, with the reason.
    const QStringList &errors() const { return m_errors; }

private:
    QList<Template> m_templates;
    QStringList m_errors;
};

} // namespace recado::whatsapp
