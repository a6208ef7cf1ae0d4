// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/whatsapp/templates/TemplateCatalog.h"

#include "core/whatsapp/templates/TemplateLanguages.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

// Q_INIT_RESOURCE must be called from the global namespace. recado_core is a static library:
// without this call a linker may drop the resource object and `:/templates` would be empty.
static void initShippedTemplateResources()
{
    Q_INIT_RESOURCE(recado_templates);
}

namespace recado::whatsapp {

TemplateCatalog TemplateCatalog::loadShipped()
{
    initShippedTemplateResources();
    return loadDirectory(QStringLiteral(":/templates"));
}

TemplateCatalog TemplateCatalog::loadDirectory(const QString &dir)
{
    TemplateCatalog catalog;
    const QDir d(dir);
    const QStringList files = d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        catalog.m_errors.append(QStringLiteral("%1: no template files").arg(dir));
    for (const QString &file : files) {
        QFile f(d.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            catalog.m_errors.append(QStringLiteral("%1: %2").arg(file, f.errorString()));
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        if (!doc.isObject()) {
            catalog.m_errors.append(QStringLiteral("%1: %2").arg(file, error.errorString()));
            continue;
        }
        const Template t = Template::fromJson(doc.object());
        if (t.name.isEmpty() || t.language.isEmpty()) {
            catalog.m_errors.append(QStringLiteral("%1: no name or language").arg(file));
            continue;
        }
        catalog.upsert(t);
    }
    return catalog;
}

void TemplateCatalog::upsert(const Template &t)
{
    for (Template &existing : m_templates) {
        if (existing.name == t.name && existing.language == t.language) {
            existing = t;
            return;
        }
    }
    m_templates.append(t);
}

std::optional<Template> TemplateCatalog::find(const QString &name, const QString &language) const
{
    for (const Template &t : m_templates) {
        if (t.name == name && t.language == language)
            return t;
    }
    return std::nullopt;
}

std::optional<Template> TemplateCatalog::findBest(const QString &name,
                                                  const QString &language) const
{
    if (auto exact = find(name, language))
        return exact;
    const QString base = baseLanguage(language);
    // Prefer the plain base code ("es") over another region ("es_AR").
    if (auto plain = find(name, base))
        return plain;
    for (const Template &t : m_templates) {
        if (t.name == name && baseLanguage(t.language) == base)
            return t;
    }
    return std::nullopt;
}

QStringList TemplateCatalog::languages(const QString &name) const
{
    QStringList out;
    for (const Template &t : m_templates) {
        if (t.name == name)
            out.append(t.language);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace recado::whatsapp
